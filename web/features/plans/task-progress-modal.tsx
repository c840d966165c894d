import { Form, Input, InputNumber, List, Spin, Typography } from 'antd';
import type { PlanTask } from '../../../contracts/plans';
import { FormModal } from '../../components/form-modal';
import { formatInstantDateTimeVi } from '../../lib/format';
import { usePlanTask, useRecordTaskProgress } from './plans-api';

const statusLabels = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
} as const;

interface ProgressForm {
  percent: number;
  note: string;
}

/** The lead unit reports a task's progress; every earlier update is listed below the form. */
export function TaskProgressModal({
  planId,
  task,
  onClose,
}: {
  planId: number;
  task: PlanTask;
  onClose: () => void;
}) {
  const record = useRecordTaskProgress(planId, task.code);
  const detail = usePlanTask(planId, task.code);
  return (
    <FormModal<ProgressForm>
      name="task-progress"
      title={`Cập nhật tiến độ nhiệm vụ ${task.code}`}
      okText="Cập nhật"
      width={640}
      successMessage="Đã cập nhật tiến độ."
      initialValues={{ percent: task.progress }}
      onClose={onClose}
      onSubmit={(v) => record.mutateAsync({ percent: v.percent, note: v.note.trim() })}
    >
      <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }}>
        {task.textVi}
      </Typography.Paragraph>
      <Form.Item
        label="Tỷ lệ hoàn thành (%)"
        name="percent"
        rules={[{ required: true, message: 'Vui lòng nhập tỷ lệ hoàn thành' }]}
        extra="100 % là hoàn thành; trên 0 % là đang thực hiện."
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        label="Ghi chú"
        name="note"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập nội dung đã thực hiện' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Typography.Title level={5}>Lịch sử cập nhật</Typography.Title>
      {detail.isLoading && <Spin description="Đang tải…" />}
      {detail.data && (
        <List
          size="small"
          aria-label="Lịch sử cập nhật tiến độ"
          locale={{ emptyText: 'Chưa có cập nhật nào' }}
          dataSource={detail.data.history}
          renderItem={(entry) => (
            <List.Item key={entry.id}>
              <List.Item.Meta
                title={`${entry.percent} % — ${statusLabels[entry.status]}`}
                description={`${formatInstantDateTimeVi(entry.recordedAt)} · ${entry.recordedBy}: ${entry.note}`}
              />
            </List.Item>
          )}
        />
      )}
    </FormModal>
  );
}
