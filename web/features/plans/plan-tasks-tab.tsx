import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PlanDetail, PlanTask } from '../../../contracts/plans';
import { ErrorAlert } from '../../components/error-alert';
import { FilterFormActions } from '../../components/filter-form-actions';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { formatCalendarDateVi } from '../../lib/format';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { UnitSelect } from '../org/unit-select';
import { ImportPlanTasksModal } from './import-plan-tasks-modal';
import { taskExportUrl } from './plan-work-api';
import { type PlanTaskFilter, usePlanTasks } from './plans-api';
import { TaskProgressModal } from './task-progress-modal';

const recurrenceLabels: Record<PlanTask['recurrence'], string> = {
  once: 'Một lần',
  continuous: 'Thường xuyên',
  periodic: 'Định kỳ',
  yearly: 'Hằng năm',
};

const statusTags: Record<PlanTask['status'], { color: string; label: string }> = {
  not_started: { color: 'default', label: 'Chưa thực hiện' },
  in_progress: { color: 'processing', label: 'Đang thực hiện' },
  done: { color: 'success', label: 'Hoàn thành' },
  overdue: { color: 'error', label: 'Quá hạn' },
};

type TaskCriteria = Omit<PlanTaskFilter, 'page' | 'pageSize'>;

function TaskDetail({ task }: { task: PlanTask }) {
  return (
    <Space orientation="vertical" size={4}>
      {task.outputs.length > 0 && (
        <div>
          <Typography.Text strong>Sản phẩm:</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {task.outputs.map((output) => (
              <li key={output}>{output}</li>
            ))}
          </ul>
        </div>
      )}
      {task.coordinatingUnitCodes.length > 0 && (
        <Typography.Text>
          <Typography.Text strong>Đơn vị phối hợp: </Typography.Text>
          {task.coordinatingAgenciesAsWritten.length > 0
            ? task.coordinatingAgenciesAsWritten.join('; ')
            : task.coordinatingUnitCodes.join(', ')}{' '}
          ({task.coordinatingUnitCodes.length} đơn vị)
        </Typography.Text>
      )}
      {task.leadAgencyAsWritten && task.leadAgencyAsWritten !== task.leadUnitName && (
        <Typography.Text>
          <Typography.Text strong>Chủ trì theo văn bản: </Typography.Text>
          {task.leadAgencyAsWritten}
        </Typography.Text>
      )}
      {task.horizon && <Typography.Text>Lộ trình đến năm {task.horizon}</Typography.Text>}
      {task.note && <Typography.Text type="secondary">{task.note}</Typography.Text>}
    </Space>
  );
}

export function PlanTasksTab({ plan }: { plan: PlanDetail }) {
  const [form] = Form.useForm<TaskCriteria>();
  const [criteria, setCriteria] = useState<TaskCriteria>({});
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const tasks = usePlanTasks(plan.id, { ...criteria, ...paging });
  const areaNames = new Map(plan.areas.map((a) => [a.code, a.nameVi]));
  // The server checks the task's lead unit; the button is only offered to roles that report.
  const user = useSignedInUser();
  const canReport = hasPermission(user, 'plan_tasks.progress') && plan.status === 'issued';
  // The annex of a province plan is Sở Nội vụ's; a unit's plan is its own (the server checks).
  const canImport = hasPermission(
    user,
    plan.parentPlanId === null ? 'plans.import' : 'unit_plans.manage',
  );
  const [reporting, setReporting] = useState<PlanTask | null>(null);
  const [importing, setImporting] = useState(false);

  const applyFilter = (values: TaskCriteria) => {
    setCriteria({
      search: values.search?.trim() || undefined,
      area: values.area || undefined,
      unit: values.unit || undefined,
      status: values.status || undefined,
    });
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form<TaskCriteria>
        form={form}
        name="plan-task-filter"
        layout="inline"
        onFinish={applyFilter}
        role="search"
        aria-label="Lọc nhiệm vụ"
        style={{ rowGap: 8 }}
      >
        <Form.Item label="Tìm" name="search">
          <Input placeholder="Nội dung hoặc mã nhiệm vụ" allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="Lĩnh vực" name="area">
          <Select
            allowClear
            placeholder="Mọi lĩnh vực"
            style={{ width: 240 }}
            options={plan.areas.map((a) => ({ value: a.code, label: `${a.section}. ${a.nameVi}` }))}
          />
        </Form.Item>
        <Form.Item label="Đơn vị" name="unit">
          <UnitSelect style={{ width: 240 }} placeholder="Chủ trì hoặc phối hợp" />
        </Form.Item>
        <Form.Item label="Trạng thái" name="status">
          <Select
            allowClear
            placeholder="Mọi trạng thái"
            style={{ width: 170 }}
            options={Object.entries(statusTags).map(([value, tag]) => ({
              value,
              label: tag.label,
            }))}
          />
        </Form.Item>
        <FilterFormActions
          onClear={() => {
            form.resetFields();
            applyFilter({});
          }}
        />
      </Form>
      <Space wrap>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          href={taskExportUrl(plan.id, { ...criteria })}
          download
        >
          Xuất Excel (theo bộ lọc)
        </Button>
        {canImport && (
          <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
            Nhập phụ lục nhiệm vụ
          </Button>
        )}
      </Space>
      <ErrorAlert error={tasks.error} onRetry={() => tasks.refetch()} />
      <Table<PlanTask>
        aria-label="Nhiệm vụ của kế hoạch"
        rowKey="code"
        size="middle"
        loading={{ spinning: tasks.isFetching, description: 'Đang tải…' }}
        dataSource={tasks.data?.items ?? []}
        locale={{ emptyText: 'Không có nhiệm vụ phù hợp' }}
        pagination={serverPagination(paging, tasks.data?.total)}
        scroll={{ x: 1300 }}
        expandable={{ expandedRowRender: (task) => <TaskDetail task={task} /> }}
        onChange={(pagination) =>
          setPaging({
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? paging.pageSize,
          })
        }
        columns={[
          { key: 'code', title: 'Mã', dataIndex: 'code', width: 100 },
          {
            key: 'area',
            title: 'Lĩnh vực',
            dataIndex: 'areaCode',
            width: 160,
            render: (code: string) => areaNames.get(code) ?? code,
          },
          {
            key: 'text',
            title: 'Nội dung',
            dataIndex: 'textVi',
            width: 420,
            render: (text: string) => (
              <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
                {text}
              </Typography.Paragraph>
            ),
          },
          { key: 'lead', title: 'Chủ trì', dataIndex: 'leadUnitName', width: 170 },
          {
            key: 'recurrence',
            title: 'Tần suất',
            dataIndex: 'recurrence',
            width: 110,
            render: (r: PlanTask['recurrence']) => recurrenceLabels[r],
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
            width: 140,
            render: (s: PlanTask['status'], task) => (
              <Space size={4} wrap>
                <Tag color={statusTags[s].color}>{statusTags[s].label}</Tag>
                {task.stale && (
                  <Tag color="warning" title="Không có cập nhật tiến độ trong thời hạn theo dõi">
                    Lâu chưa cập nhật
                  </Tag>
                )}
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
          ...(canReport
            ? [
                {
                  key: 'report',
                  title: 'Cập nhật',
                  width: 110,
                  render: (_: unknown, task: PlanTask) => (
                    <Button size="small" onClick={() => setReporting(task)}>
                      Cập nhật
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {reporting && (
        <TaskProgressModal planId={plan.id} task={reporting} onClose={() => setReporting(null)} />
      )}
      {importing && <ImportPlanTasksModal plan={plan} onClose={() => setImporting(false)} />}
    </Space>
  );
}
