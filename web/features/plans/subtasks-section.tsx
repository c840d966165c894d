import { App, Button, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PlanTask } from '../../../contracts/plans';
import { ErrorAlert } from '../../components/error-alert';
import { formatCalendarDateVi } from '../../lib/format';
import { UnitSelect } from '../org/unit-select';
import { useCreateSubtask, useSubtasks } from './plan-work-api';

const statusTags: Record<PlanTask['status'], { color: string; label: string }> = {
  not_started: { color: 'default', label: 'Chưa thực hiện' },
  in_progress: { color: 'processing', label: 'Đang thực hiện' },
  done: { color: 'success', label: 'Hoàn thành' },
  overdue: { color: 'error', label: 'Quá hạn' },
};

/**
 * Sub-tasks of a task for units below its lead (issue 3): listed with their progress, and given
 * to another unit of the lead's subtree. The task's own progress then follows them under the
 * plan's rollup policy. No form element here: this sits inside the progress dialog's form.
 */
export function SubtasksSection({ planId, task }: { planId: number; task: PlanTask }) {
  const subtasks = useSubtasks(planId, task.code);
  const create = useCreateSubtask(planId, task.code);
  const { message } = App.useApp();
  const [unitCode, setUnitCode] = useState<string | undefined>(undefined);

  const assign = () => {
    if (!unitCode) return;
    create.mutate(
      { unitCode },
      {
        onSuccess: (created) => {
          message.success(`Đã giao nhiệm vụ con ${created.code}.`);
          setUnitCode(undefined);
        },
      },
    );
  };

  return (
    <section aria-label="Nhiệm vụ con">
      <Typography.Title level={5}>Nhiệm vụ con giao đơn vị trực thuộc</Typography.Title>
      <ErrorAlert error={subtasks.error ?? create.error} />
      <Table<PlanTask>
        size="small"
        rowKey="code"
        aria-label="Nhiệm vụ con"
        pagination={false}
        loading={subtasks.isLoading}
        dataSource={subtasks.data?.items ?? []}
        locale={{ emptyText: 'Chưa giao nhiệm vụ con' }}
        columns={[
          { key: 'unit', title: 'Đơn vị', dataIndex: 'leadUnitName' },
          {
            key: 'deadline',
            title: 'Hạn',
            dataIndex: 'deadline',
            width: 100,
            render: (d: string | null) => (d ? formatCalendarDateVi(d) : '—'),
          },
          {
            key: 'status',
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 130,
            render: (s: PlanTask['status']) => (
              <Tag color={statusTags[s].color}>{statusTags[s].label}</Tag>
            ),
          },
          {
            key: 'progress',
            title: 'Tiến độ',
            dataIndex: 'progress',
            width: 110,
            render: (p: number) => <Progress percent={p} size="small" />,
          },
        ]}
      />
      <Space style={{ marginTop: 8 }} wrap>
        <UnitSelect
          aria-label="Đơn vị nhận nhiệm vụ con"
          placeholder={`Đơn vị trực thuộc ${task.leadUnitName}`}
          style={{ width: 280 }}
          value={unitCode ?? null}
          onChange={setUnitCode}
        />
        <Button onClick={assign} disabled={!unitCode} loading={create.isPending}>
          Giao nhiệm vụ con
        </Button>
      </Space>
    </section>
  );
}
