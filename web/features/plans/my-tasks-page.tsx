import { Button, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MyTask } from '../../../contracts/plan-work';
import type { PlanTask } from '../../../contracts/plans';
import { ErrorAlert } from '../../components/error-alert';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { formatCalendarDateVi } from '../../lib/format';
import { type MyTasksFilter, useMyTasks } from './plan-work-api';
import { TaskProgressModal } from './task-progress-modal';

const statusTags: Record<PlanTask['status'], { color: string; label: string }> = {
  not_started: { color: 'default', label: 'Chưa thực hiện' },
  in_progress: { color: 'processing', label: 'Đang thực hiện' },
  done: { color: 'success', label: 'Hoàn thành' },
  overdue: { color: 'error', label: 'Quá hạn' },
};

/**
 * "Việc của tôi" (issue 3, Screens): the tasks of the reader's units and the sub-tasks they gave
 * to units below, overdue first, each with its progress dialog.
 */
export function MyTasksPage() {
  const [status, setStatus] = useState<MyTasksFilter['status']>(undefined);
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const tasks = useMyTasks({ status, ...paging });
  const [reporting, setReporting] = useState<MyTask | null>(null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Việc của tôi
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Nhiệm vụ CCHC do đơn vị của bạn chủ trì và nhiệm vụ con đơn vị đã giao cho đơn vị trực
        thuộc; nhiệm vụ quá hạn ở đầu danh sách.
      </Typography.Paragraph>
      <Space wrap>
        <Typography.Text>Trạng thái:</Typography.Text>
        <Select
          aria-label="Lọc theo trạng thái"
          allowClear
          placeholder="Mọi trạng thái"
          style={{ width: 200 }}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={Object.entries(statusTags).map(([value, tag]) => ({ value, label: tag.label }))}
        />
      </Space>
      <ErrorAlert error={tasks.error} onRetry={() => tasks.refetch()} />
      <Table<MyTask>
        aria-label="Việc của tôi"
        rowKey={(task) => `${task.planId}:${task.code}`}
        size="middle"
        loading={{ spinning: tasks.isFetching, description: 'Đang tải…' }}
        dataSource={tasks.data?.items ?? []}
        locale={{ emptyText: 'Không có nhiệm vụ nào' }}
        pagination={serverPagination(paging, tasks.data?.total)}
        scroll={{ x: 1100 }}
        onChange={(pagination) =>
          setPaging({
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? paging.pageSize,
          })
        }
        columns={[
          { key: 'code', title: 'Mã', dataIndex: 'code', width: 130 },
          {
            key: 'plan',
            title: 'Kế hoạch',
            width: 130,
            render: (_, task) => task.planNumber ?? `Năm ${task.planYear}`,
          },
          {
            key: 'text',
            title: 'Nội dung',
            dataIndex: 'textVi',
            width: 380,
            render: (text: string) => (
              <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
                {text}
              </Typography.Paragraph>
            ),
          },
          {
            key: 'lead',
            title: 'Chủ trì',
            width: 180,
            render: (_, task) => (
              <>
                {task.leadUnitName}
                {task.relation === 'subtask_of_mine' && (
                  <Tag style={{ marginInlineStart: 4 }}>đã giao</Tag>
                )}
              </>
            ),
          },
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
            width: 150,
            render: (s: PlanTask['status'], task) => (
              <Space size={4} wrap>
                <Tag color={statusTags[s].color}>{statusTags[s].label}</Tag>
                {task.stale && <Tag color="warning">Lâu chưa cập nhật</Tag>}
              </Space>
            ),
          },
          {
            key: 'progress',
            title: 'Tiến độ',
            dataIndex: 'progress',
            width: 120,
            render: (p: number) => <Progress percent={p} size="small" />,
          },
          {
            key: 'action',
            title: 'Cập nhật',
            width: 110,
            render: (_, task) => (
              <Button size="small" onClick={() => setReporting(task)}>
                Cập nhật
              </Button>
            ),
          },
        ]}
      />
      {reporting && (
        <TaskProgressModal
          planId={reporting.planId}
          task={reporting}
          onClose={() => setReporting(null)}
        />
      )}
    </Space>
  );
}
