import { Typography } from 'antd';
import { ImportFileModal } from '../../components/import-file-modal';
import { formatNumberVi } from '../../lib/format';
import { useImportProcedures } from './procedures-api';

/**
 * Imports the catalogue from the sheet the export writes: check first (dry run, errors per row
 * and column), then import. The file is all or nothing.
 */
export function ImportProceduresModal({ onClose }: { onClose: () => void }) {
  return (
    <ImportFileModal
      title="Nhập danh mục thủ tục hành chính từ tệp"
      width={800}
      fileLabel="Chọn tệp danh mục thủ tục"
      successMessage="Đã nhập danh mục thủ tục."
      mutation={useImportProcedures()}
      describeCounts={(r) =>
        `thêm mới ${formatNumberVi(r.created)}, cập nhật ${formatNumberVi(r.updated)}, giữ nguyên ${formatNumberVi(r.unchanged)} thủ tục`
      }
      onClose={onClose}
      hint={
        <>
          Dùng tệp .xlsx có cùng các cột như tệp xuất (nút «Xuất Excel»): mỗi dòng một thủ tục; thủ
          tục đã có mã thì được cập nhật, dòng không đổi được giữ nguyên. Cơ quan ghi theo mã đơn
          vị, hoặc «Tất cả cấp huyện», «Tất cả cấp xã». Mỗi bước quy trình một dòng, dạng{' '}
          <Typography.Text code>1. Tên bước | Cấp xã | 25%</Typography.Text>.
        </>
      }
    />
  );
}
