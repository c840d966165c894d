import { DownloadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { unitImportColumns } from '../../../contracts/units';
import { ImportFileModal } from '../../components/import-file-modal';
import { formatNumberVi } from '../../lib/format';
import { unitImportTemplateUrl, useImportUnits } from './units-api';

/** Imports units from xlsx/csv: check first (dry run, row-level errors), then import. */
export function ImportUnitsModal({ onClose }: { onClose: () => void }) {
  return (
    <ImportFileModal
      title="Nhập danh sách đơn vị từ tệp"
      fileLabel="Chọn tệp danh sách đơn vị"
      successMessage="Đã nhập danh sách đơn vị."
      mutation={useImportUnits()}
      describeCounts={(r) =>
        `thêm mới ${formatNumberVi(r.created)}, cập nhật ${formatNumberVi(r.updated)} đơn vị`
      }
      onClose={onClose}
      hint={
        <>
          Tệp .xlsx hoặc .csv, dòng đầu là tiêu đề với các cột:{' '}
          <Typography.Text code>{unitImportColumns.join(', ')}</Typography.Text>. Ngày ghi theo dạng
          YYYY-MM-DD. Đơn vị đã có mã sẽ được cập nhật.{' '}
          <a href={unitImportTemplateUrl} download>
            <DownloadOutlined aria-hidden /> Tải tệp mẫu (.xlsx)
          </a>
        </>
      }
    />
  );
}
