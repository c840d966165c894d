import { Tag } from 'antd';
import type { ReportSlot } from '../../../contracts/periodic-reports';

export const statusTags: Record<ReportSlot['status'], { color: string; label: string }> = {
  missing: { color: 'default', label: 'Chưa lập' },
  draft: { color: 'processing', label: 'Đang soạn' },
  submitted: { color: 'blue', label: 'Đã gửi, chờ duyệt' },
  returned: { color: 'warning', label: 'Bị trả lại' },
  approved: { color: 'success', label: 'Đã duyệt' },
};

export const timelinessTags: Record<ReportSlot['timeliness'], { color: string; label: string }> = {
  on_time: { color: 'success', label: 'Đúng hạn' },
  late: { color: 'error', label: 'Gửi chậm' },
  overdue: { color: 'error', label: 'Quá hạn, chưa gửi' },
  pending: { color: 'default', label: 'Chưa đến hạn' },
};

export function StatusTag({ status }: { status: ReportSlot['status'] }) {
  return <Tag color={statusTags[status].color}>{statusTags[status].label}</Tag>;
}

export function TimelinessTag({ timeliness }: { timeliness: ReportSlot['timeliness'] }) {
  return <Tag color={timelinessTags[timeliness].color}>{timelinessTags[timeliness].label}</Tag>;
}
