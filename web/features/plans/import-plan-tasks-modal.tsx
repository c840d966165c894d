import { DownloadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { PlanDetail } from '../../../contracts/plans';
import { ImportFileModal } from '../../components/import-file-modal';
import { formatNumberVi } from '../../lib/format';
import { taskExportUrl, useImportPlanTasks } from './plan-work-api';

const columns = [
  'Mã nhiệm vụ',
  'Lĩnh vực',
  'Tên lĩnh vực',
  'Nội dung nhiệm vụ',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Tần suất',
  'Thời hạn',
  'Sản phẩm',
  'Kinh phí (đồng)',
  'Trọng số',
];

/** The plan's annex of key tasks from Excel: checked first (errors per row), then imported. */
export function ImportPlanTasksModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  return (
    <ImportFileModal
      title={`Nhập phụ lục nhiệm vụ — ${plan.number ?? plan.title}`}
      width={760}
      fileLabel="Chọn tệp phụ lục nhiệm vụ"
      successMessage="Đã nhập phụ lục nhiệm vụ."
      mutation={useImportPlanTasks(plan.id)}
      describeCounts={(r) =>
        `thêm mới ${formatNumberVi(r.created)}, cập nhật ${formatNumberVi(r.updated)}, giữ nguyên ${formatNumberVi(r.unchanged)} nhiệm vụ; thêm ${formatNumberVi(r.areasCreated)} lĩnh vực`
      }
      onClose={onClose}
      hint={
        <>
          Tệp .xlsx hoặc .csv, dòng đầu là tiêu đề với các cột:{' '}
          <Typography.Text code>{columns.join(', ')}</Typography.Text>. Đơn vị ghi bằng mã (nhiều
          đơn vị phối hợp cách nhau bằng dấu ;), thời hạn dạng dd/mm/yyyy, tần suất: Một lần, Thường
          xuyên, Định kỳ, Hằng năm. Nhiệm vụ đã có mã sẽ được cập nhật, trừ nhiệm vụ đã có cập nhật
          tiến độ.{' '}
          <a href={taskExportUrl(plan.id, {})} download>
            <DownloadOutlined aria-hidden /> Tải danh sách hiện có (.xlsx)
          </a>
        </>
      }
    />
  );
}
