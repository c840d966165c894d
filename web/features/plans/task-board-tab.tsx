import { Button, Card, Col, Empty, Progress, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PlanDetail, PlanTask } from '../../../contracts/plans';
import { ErrorAlert } from '../../components/error-alert';
import { formatCalendarDateVi } from '../../lib/format';
import { useActiveGrant } from '../auth/active-grant';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { UnitSelect } from '../org/unit-select';
import { usePlanTasks } from './plans-api';
import { TaskProgressModal } from './task-progress-modal';

const columns: Array<{ status: PlanTask['status']; title: string; color: string }> = [
  { status: 'overdue', title: 'Quá hạn', color: 'error' },
  { status: 'not_started', title: 'Chưa thực hiện', color: 'default' },
  { status: 'in_progress', title: 'Đang thực hiện', color: 'processing' },
  { status: 'done', title: 'Hoàn thành', color: 'success' },
];

/**
 * The task board of a unit (issue 3, Screens): the tasks it leads or coordinates in this plan,
 * and the sub-tasks given to it, in one column per status, overdue first.
 */
export function TaskBoardTab({ plan }: { plan: PlanDetail }) {
  const { activeGrant } = useActiveGrant();
  const [unit, setUnit] = useState<string | undefined>(activeGrant?.unitCode);
  const tasks = usePlanTasks(plan.id, { unit, page: 1, pageSize: 500 });
  const canReport =
    hasPermission(useSignedInUser(), 'plan_tasks.progress') && plan.status === 'issued';
  const [reporting, setReporting] = useState<PlanTask | null>(null);
  const items = tasks.data?.items ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>Đơn vị:</Typography.Text>
        <UnitSelect
          aria-label="Đơn vị của bảng nhiệm vụ"
          style={{ width: 300 }}
          value={unit ?? null}
          onChange={setUnit}
        />
        {tasks.data && (
          <Typography.Text type="secondary">{tasks.data.total} nhiệm vụ</Typography.Text>
        )}
      </Space>
      <ErrorAlert error={tasks.error} onRetry={() => tasks.refetch()} />
      {!unit && <Empty description="Chọn đơn vị để xem bảng nhiệm vụ" />}
      {unit && (
        <Row gutter={[12, 12]}>
          {columns.map((column) => {
            const own = items.filter((t) => t.status === column.status);
            return (
              <Col key={column.status} xs={24} md={12} xl={6}>
                <section aria-label={column.title}>
                  <Typography.Title level={5}>
                    <Tag color={column.color}>{column.title}</Tag> {own.length}
                  </Typography.Title>
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    {own.map((task) => (
                      <Card key={task.code} size="small" title={task.code}>
                        <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 4 }}>
                          {task.textVi}
                        </Typography.Paragraph>
                        <Typography.Text type="secondary">
                          {task.leadUnitName}
                          {task.deadline ? ` · hạn ${formatCalendarDateVi(task.deadline)}` : ''}
                          {task.parentCode ? ` · thuộc ${task.parentCode}` : ''}
                        </Typography.Text>
                        <Progress percent={task.progress} size="small" />
                        {task.stale && <Tag color="warning">Lâu chưa cập nhật</Tag>}
                        {canReport && (
                          <Button size="small" onClick={() => setReporting(task)}>
                            Cập nhật
                          </Button>
                        )}
                      </Card>
                    ))}
                  </Space>
                </section>
              </Col>
            );
          })}
        </Row>
      )}
      {reporting && (
        <TaskProgressModal planId={plan.id} task={reporting} onClose={() => setReporting(null)} />
      )}
    </Space>
  );
}
