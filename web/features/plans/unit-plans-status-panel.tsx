import {
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { PlanDetail, UnitPlanStatusItem } from '../../../contracts/plans';
import { unitKindLabels } from '../../../core/org/unit-kind';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { type PageState, serverPagination } from '../../components/server-pagination';
import { errorMessageOf } from '../../lib/api-client';
import {
  apiDateFormat,
  datePickerFormat,
  formatCalendarDateVi,
  formatPercentVi,
} from '../../lib/format';
import { UnitSelect } from '../org/unit-select';
import {
  type UnitPlansStatusFilter,
  useReturnPlan,
  useUnitPlansStatus,
  useUpdatePlanSettings,
} from './plans-api';
import { planStatusTags } from './unit-plan-section';

const stateTags: Record<UnitPlanStatusItem['state'], { color: string; label: string }> = {
  issued: { color: 'success', label: 'Đã ban hành' },
  late: { color: 'error', label: 'Chậm' },
  pending: { color: 'default', label: 'Chưa ban hành' },
};

const kinds = ['department', 'central_agency', 'district', 'commune'] as const;

function ReturnPlanModal({ item, onClose }: { item: UnitPlanStatusItem; onClose: () => void }) {
  const returnPlan = useReturnPlan();
  return (
    <FormModal<{ comment: string }>
      name="return-unit-plan"
      title={`Trả lại kế hoạch của ${item.unitName}`}
      okText="Trả lại"
      successMessage="Đã trả lại kế hoạch cho đơn vị."
      onClose={onClose}
      onSubmit={(v) => returnPlan.mutateAsync({ id: item.planId!, comment: v.comment.trim() })}
    >
      <Form.Item
        label="Ý kiến"
        name="comment"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập ý kiến trả lại' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function DeadlineForm({ plan }: { plan: PlanDetail }) {
  const { message } = App.useApp();
  const update = useUpdatePlanSettings(plan.id);
  const [value, setValue] = useState<Dayjs | null>(
    plan.unitPlanDeadline ? dayjs(plan.unitPlanDeadline) : null,
  );
  return (
    <Space wrap>
      <Typography.Text>Hạn ban hành kế hoạch của đơn vị:</Typography.Text>
      <DatePicker
        aria-label="Hạn ban hành kế hoạch của đơn vị"
        format={datePickerFormat}
        value={value}
        onChange={setValue}
      />
      <Button
        loading={update.isPending}
        onClick={() =>
          update.mutate(
            { unitPlanDeadline: value ? value.format(apiDateFormat) : null },
            {
              onSuccess: () => message.success('Đã lưu hạn ban hành.'),
              onError: (error) => message.error(errorMessageOf(error)),
            },
          )
        }
      >
        Lưu hạn
      </Button>
    </Space>
  );
}

/**
 * Sở Nội vụ's view of target 1: which units of a subtree have issued their plan (number, date),
 * which are late, and the share, which is T01a.
 */
export function UnitPlansStatusPanel({ plan, canSteer }: { plan: PlanDetail; canSteer: boolean }) {
  const [filter, setFilter] = useState<Omit<UnitPlansStatusFilter, 'page' | 'pageSize'>>({});
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: 20 });
  const [returning, setReturning] = useState<UnitPlanStatusItem | null>(null);
  const status = useUnitPlansStatus(plan.id, { ...filter, ...paging });
  const summary = status.data?.summary;
  const change = (patch: Partial<typeof filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <section aria-label="Tình hình ban hành kế hoạch của đơn vị">
      <Typography.Title level={4}>Tình hình ban hành kế hoạch của các đơn vị</Typography.Title>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {canSteer && <DeadlineForm plan={plan} />}
        {summary && (
          <Space size="large" wrap>
            <Statistic title="Phải ban hành" value={summary.required} />
            <Statistic title="Đã ban hành" value={summary.issued} />
            <Statistic title="Chậm" value={summary.late} />
            <Statistic
              title="Tỷ lệ (chỉ số T01a)"
              value={summary.share === null ? 'Chưa có dữ liệu' : formatPercentVi(summary.share)}
            />
          </Space>
        )}
        <Space wrap>
          <UnitSelect
            style={{ width: 240 }}
            placeholder="Toàn tỉnh"
            value={filter.unit}
            onChange={(unit?: string) => change({ unit: unit || undefined })}
          />
          <Select
            allowClear
            aria-label="Loại đơn vị"
            placeholder="Mọi loại đơn vị"
            style={{ width: 220 }}
            onChange={(kind?: (typeof kinds)[number]) => change({ kind })}
            options={kinds.map((k) => ({ value: k, label: unitKindLabels[k] }))}
          />
          <Select
            allowClear
            aria-label="Tình trạng"
            placeholder="Mọi tình trạng"
            style={{ width: 180 }}
            onChange={(state?: UnitPlanStatusItem['state']) => change({ state })}
            options={Object.entries(stateTags).map(([value, tag]) => ({ value, label: tag.label }))}
          />
        </Space>
        <ErrorAlert error={status.error} onRetry={() => status.refetch()} />
        <Table<UnitPlanStatusItem>
          aria-label="Kế hoạch của các đơn vị"
          rowKey="unitCode"
          size="middle"
          loading={{ spinning: status.isFetching, description: 'Đang tải…' }}
          dataSource={status.data?.items ?? []}
          locale={{ emptyText: 'Không có đơn vị phù hợp' }}
          pagination={serverPagination(paging, status.data?.total)}
          onChange={(p) =>
            setPaging({ page: p.current ?? 1, pageSize: p.pageSize ?? paging.pageSize })
          }
          columns={[
            { key: 'unit', title: 'Đơn vị', dataIndex: 'unitName' },
            {
              key: 'kind',
              title: 'Loại',
              dataIndex: 'kind',
              render: (k: UnitPlanStatusItem['kind']) => unitKindLabels[k],
            },
            {
              key: 'plan',
              title: 'Kế hoạch',
              render: (_: unknown, item) =>
                item.planStatus ? (
                  <Tag color={planStatusTags[item.planStatus].color}>
                    {planStatusTags[item.planStatus].label}
                  </Tag>
                ) : (
                  '—'
                ),
            },
            {
              key: 'number',
              title: 'Số',
              dataIndex: 'number',
              render: (n: string | null) => n ?? '—',
            },
            {
              key: 'issuedOn',
              title: 'Ngày ban hành',
              dataIndex: 'issuedOn',
              render: (d: string | null) => (d ? formatCalendarDateVi(d) : '—'),
            },
            {
              key: 'state',
              title: 'Tình trạng',
              dataIndex: 'state',
              render: (s: UnitPlanStatusItem['state']) => (
                <Tag color={stateTags[s].color}>{stateTags[s].label}</Tag>
              ),
            },
            {
              key: 'actions',
              title: 'Thao tác',
              render: (_: unknown, item) =>
                item.planStatus === 'submitted' && item.planId !== null ? (
                  <Button size="small" onClick={() => setReturning(item)}>
                    Trả lại
                  </Button>
                ) : null,
            },
          ]}
        />
      </Space>
      {returning && <ReturnPlanModal item={returning} onClose={() => setReturning(null)} />}
    </section>
  );
}
