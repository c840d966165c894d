import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Breadcrumb,
  Button,
  Checkbox,
  Drawer,
  Empty,
  Flex,
  Form,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { UnitDetail } from '../../../contracts/units';
import { ErrorAlert } from '../../components/error-alert';
import { api } from '../../lib/api-client';
import { formatInstantDateTimeVi, formatNumberVi } from '../../lib/format';
import {
  type DossierRow,
  isMissingEndpoint,
  type KpiFigures,
  useKpiUnits,
  useLatestPlanYear,
  useOverdueTasks,
  usePlanUnits,
  useProvincePlan,
  useRootUnit,
  useUnitDossiers,
} from './dashboard-api';
import { periodLabel, periodOptions, periodRange, yearOptions } from './periods';
import { PrintStyles } from './print-styles';
import { TableTools } from './table-tools';

type MeasureKey =
  | 'onTimeRate'
  | 'onlineRate'
  | 'satisfactionRate'
  | 'overdueWithoutApology'
  | 'reportsOnTime'
  | 'tasksOverdue'
  | 'unitPlans';

interface Measure {
  label: string;
  /** Where the figure comes from: one-stop KPIs, or the plan and report modules (plan-units). */
  source: 'kpi' | 'plan';
  better: 'high' | 'low';
  percent: boolean;
  /** What lies behind a unit's figure. */
  drill: 'dossiers' | 'tasks' | 'none';
}

const measures: Record<MeasureKey, Measure> = {
  onTimeRate: {
    label: 'Tỷ lệ hồ sơ đúng hạn',
    source: 'kpi',
    better: 'high',
    percent: true,
    drill: 'dossiers',
  },
  onlineRate: {
    label: 'Tỷ lệ hồ sơ trực tuyến',
    source: 'kpi',
    better: 'high',
    percent: true,
    drill: 'dossiers',
  },
  satisfactionRate: {
    label: 'Mức độ hài lòng',
    source: 'kpi',
    better: 'high',
    percent: true,
    drill: 'dossiers',
  },
  overdueWithoutApology: {
    label: 'Hồ sơ quá hạn chưa xin lỗi',
    source: 'kpi',
    better: 'low',
    percent: false,
    drill: 'dossiers',
  },
  reportsOnTime: {
    label: 'Báo cáo đúng hạn',
    source: 'plan',
    better: 'high',
    percent: true,
    drill: 'none',
  },
  tasksOverdue: {
    label: 'Nhiệm vụ quá hạn',
    source: 'plan',
    better: 'low',
    percent: false,
    drill: 'tasks',
  },
  unitPlans: {
    label: 'Ban hành kế hoạch CCHC',
    source: 'plan',
    better: 'high',
    percent: true,
    drill: 'none',
  },
};

const measureKeys = Object.keys(measures) as MeasureKey[];

interface LeagueRow {
  code: string;
  name: string;
  kind: string;
  hasChildren: boolean;
  value: number | null;
  previous: number | null;
  detail: string | null;
  rank: number | null;
}

const formatValue = (value: number | null, measure: Measure) =>
  value === null
    ? 'Chưa có số liệu'
    : measure.percent
      ? `${formatNumberVi(value)} %`
      : formatNumberVi(value);

/** Best first, units without a figure last; equal figures share a rank. */
function rank(rows: Omit<LeagueRow, 'rank'>[], measure: Measure): LeagueRow[] {
  const sign = measure.better === 'high' ? -1 : 1;
  const sorted = [...rows].sort((a, b) => {
    if (a.value === null && b.value === null) return a.name.localeCompare(b.name, 'vi');
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return sign * (a.value - b.value) || a.name.localeCompare(b.name, 'vi');
  });
  return sorted.map((row) => ({
    ...row,
    rank:
      row.value === null
        ? null
        : 1 + sorted.filter((o) => o.value !== null && sign * (o.value - row.value!) < 0).length,
  }));
}

function Change({ row, measure }: { row: LeagueRow; measure: Measure }) {
  if (row.value === null || row.previous === null) return <span>—</span>;
  const delta = Math.round((row.value - row.previous) * 100) / 100;
  if (delta === 0)
    return (
      <span>
        <MinusOutlined aria-hidden /> Không đổi
      </span>
    );
  const better = measure.better === 'high' ? delta > 0 : delta < 0;
  const text = `${delta > 0 ? '+' : ''}${formatNumberVi(delta)}${measure.percent ? ' điểm %' : ''}`;
  return (
    <Typography.Text type={better ? 'success' : 'danger'}>
      {delta > 0 ? <ArrowUpOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />} {text}
      <span className="sr-only">{better ? ' (tốt lên)' : ' (kém đi)'}</span>
    </Typography.Text>
  );
}

function useUnitDetail(code: string | undefined) {
  return useQuery({
    queryKey: ['units', 'detail', code],
    queryFn: ({ signal }) =>
      api.get<UnitDetail>(`/api/units/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: code !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** The dossiers behind a unit's figure in the period; each opens on the one-stop desk. */
function DossiersDrawer({
  unit,
  period,
  narrowTo,
  onClose,
}: {
  unit: { code: string; name: string } | null;
  period: string;
  narrowTo: 'late' | 'without_apology' | undefined;
  onClose: () => void;
}) {
  const [narrow, setNarrow] = useState(narrowTo !== undefined);
  const { from, to } = periodRange(period);
  const list = useUnitDossiers(unit?.code, {
    from,
    to,
    ...(narrow && narrowTo ? { only: narrowTo } : {}),
  });
  const overdueOnly = narrow && narrowTo !== undefined;
  const title = `Hồ sơ tiếp nhận ${periodLabel(period).toLowerCase()} — ${unit?.name ?? ''}`;
  return (
    <Drawer open={unit !== null} onClose={onClose} title={title} size="large">
      {narrowTo && (
        <Checkbox
          checked={narrow}
          onChange={(e) => setNarrow(e.target.checked)}
          style={{ marginBottom: 12 }}
        >
          {narrowTo === 'late' ? 'Chỉ hồ sơ trễ hạn' : 'Chỉ hồ sơ quá hạn chưa có thư xin lỗi'}
        </Checkbox>
      )}
      <ErrorAlert error={list.error} />
      <Table<DossierRow>
        aria-label={title}
        rowKey="code"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: overdueOnly ? 'Không có hồ sơ như vậy' : 'Không có hồ sơ' }}
        columns={[
          {
            key: 'code',
            title: 'Mã hồ sơ',
            render: (_, d) => (
              <Link to={`/mot-cua?ho-so=${encodeURIComponent(d.code)}`}>{d.code}</Link>
            ),
          },
          { key: 'procedure', title: 'Thủ tục', render: (_, d) => d.procedure.name },
          {
            key: 'received',
            title: 'Tiếp nhận',
            render: (_, d) => formatInstantDateTimeVi(d.receivedAt),
          },
          { key: 'due', title: 'Hẹn trả', render: (_, d) => formatInstantDateTimeVi(d.dueAt) },
          {
            key: 'state',
            title: 'Trạng thái',
            render: (_, d) => `${d.stateLabel}${d.overdue ? ' · Quá hạn' : ''}`,
          },
        ]}
      />
    </Drawer>
  );
}

function TasksDrawer({
  planId,
  unit,
  onClose,
}: {
  planId: number | undefined;
  unit: { code: string; name: string } | null;
  onClose: () => void;
}) {
  const list = useOverdueTasks(planId, unit?.code);
  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      title={`Nhiệm vụ quá hạn — ${unit?.name ?? ''}`}
      size="large"
    >
      <ErrorAlert error={list.error} />
      <Table
        aria-label="Nhiệm vụ quá hạn của đơn vị"
        rowKey="code"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: 'Không có nhiệm vụ quá hạn' }}
        columns={[
          { key: 'code', title: 'Mã', dataIndex: 'code', width: 80 },
          { key: 'text', title: 'Nhiệm vụ', dataIndex: 'textVi' },
          { key: 'lead', title: 'Chủ trì', dataIndex: 'leadUnitName', width: 180 },
          { key: 'progress', title: 'Tiến độ', render: (_, t) => `${t.progress} %`, width: 90 },
        ]}
      />
    </Drawer>
  );
}

/**
 * League tables of the units below one unit (issue 5): each key figure ranked with the change
 * from the previous period; a unit with units below drills down, a unit's dossiers or tasks open
 * in a drawer and from there on the one-stop desk.
 */
export function LeaguePage() {
  const root = useRootUnit();
  const latest = useLatestPlanYear(root.data?.code);
  const [params, setParams] = useSearchParams();
  if (!root.data || !latest.data) return <Skeleton active />;
  const measureKey = (measureKeys as string[]).includes(params.get('chi-so') ?? '')
    ? (params.get('chi-so') as MeasureKey)
    : 'onTimeRate';
  const period = params.get('ky') ?? String(latest.data);
  const unitCode = params.get('don-vi') ?? root.data.code;
  const update = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };
  return (
    <LeagueBoard
      rootCode={root.data.code}
      measureKey={measureKey}
      period={period}
      unitCode={unitCode}
      update={update}
      openDrill={params.get('mo') ?? undefined}
    />
  );
}

interface LeagueBoardProps {
  rootCode: string;
  measureKey: MeasureKey;
  period: string;
  unitCode: string;
  openDrill: string | undefined;
  update: (change: Record<string, string | undefined>) => void;
}

function LeagueBoard({
  rootCode,
  measureKey,
  period,
  unitCode,
  update,
  openDrill,
}: LeagueBoardProps) {
  const measure = measures[measureKey];
  const year = Number(period.slice(0, 4));
  const plan = useProvincePlan(year, rootCode);
  const { from, to } = periodRange(period);
  const unit = useUnitDetail(unitCode);
  const planUnits = usePlanUnits(plan.data?.id, period, unitCode, measureKey === 'reportsOnTime');
  const kpi = useKpiUnits(
    unitCode,
    from,
    to,
    measure.source === 'kpi' ? measureKey : 'onTimeRate',
    'desc',
    measure.source === 'kpi',
  );

  // The units below come from the plan module's list of children (always there); figures from
  // the source of the measure.
  const children = planUnits.data?.items ?? [];
  const kpiByCode = new Map((kpi.data?.items ?? []).map((row) => [row.unit.code, row]));
  const base = children.map((child) => ({
    code: child.unitCode,
    name: child.unitName,
    kind: child.kind,
    hasChildren: child.hasChildren,
  }));
  const rows = rank(
    base.map((child) => {
      const plain = children.find((c) => c.unitCode === child.code)!;
      if (measure.source === 'kpi') {
        const k = kpiByCode.get(child.code);
        const key = measureKey as keyof KpiFigures;
        return {
          ...child,
          value: (k?.[key] as number | null | undefined) ?? null,
          previous: (k?.previous?.[key] as number | null | undefined) ?? null,
          detail: k ? `${formatNumberVi(k.received)} hồ sơ tiếp nhận` : null,
        };
      }
      if (measureKey === 'tasksOverdue') {
        return {
          ...child,
          value: plain.tasksTotal > 0 ? plain.tasksOverdue : null,
          previous: plain.tasksTotal > 0 ? plain.tasksOverduePrevious : null,
          detail: `${formatNumberVi(plain.tasksTotal)} nhiệm vụ chủ trì, phối hợp`,
        };
      }
      if (measureKey === 'unitPlans') {
        return {
          ...child,
          value: plain.unitPlansShare,
          previous: null,
          detail:
            plain.unitPlansRequired > 0
              ? `${formatNumberVi(plain.unitPlansIssued)}/${formatNumberVi(plain.unitPlansRequired)} đơn vị`
              : null,
        };
      }
      if (measureKey === 'reportsOnTime') {
        return {
          ...child,
          value: plain.reportsOnTimeShare,
          previous: null,
          detail: plain.reportsDue
            ? `${formatNumberVi(plain.reportsOnTime ?? 0)}/${formatNumberVi(plain.reportsDue)} báo cáo đúng hạn`
            : null,
        };
      }
      return { ...child, value: null, previous: null, detail: null };
    }),
    measure,
  );
  const sourceMissing = measure.source === 'kpi' && isMissingEndpoint(kpi.error);
  const drillUnit = openDrill ? (rows.find((r) => r.code === openDrill) ?? null) : null;
  const title = `${measure.label} — ${unit.data?.name ?? unitCode} — ${periodLabel(period)}`;
  const ancestors = unit.data?.ancestors ?? [];

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      className="cchc-dashboard"
    >
      <PrintStyles />
      <Typography.Title level={2} style={{ margin: 0 }}>
        Xếp hạng đơn vị
      </Typography.Title>
      <Breadcrumb
        items={[
          ...ancestors.map((a) => ({
            key: a.code,
            title: (
              <a
                href={`?chi-so=${measureKey}&ky=${period}&don-vi=${encodeURIComponent(a.code)}`}
                onClick={(e) => {
                  e.preventDefault();
                  update({ 'don-vi': a.code, mo: undefined });
                }}
              >
                {a.name}
              </a>
            ),
          })),
          { key: unitCode, title: unit.data?.name ?? unitCode },
        ]}
      />
      <Form layout="inline" role="search" aria-label="Chọn kỳ" className="no-print">
        <Form.Item label="Năm" htmlFor="league-year">
          <Select
            id="league-year"
            value={year}
            onChange={(y) => update({ ky: period.replace(/^\d{4}/, String(y)) })}
            options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
        </Form.Item>
        <Form.Item label="Kỳ" htmlFor="league-period">
          <Select
            id="league-period"
            value={period}
            onChange={(ky) => update({ ky })}
            options={periodOptions(year)}
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
      <Tabs
        className="no-print"
        activeKey={measureKey}
        onChange={(key) => update({ 'chi-so': key, mo: undefined })}
        items={measureKeys.map((key) => ({ key, label: measures[key].label }))}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <TableTools
          fileName={`xep-hang-${measureKey}-${unitCode}-${period}`}
          title={title}
          header={['Hạng', 'Đơn vị', measure.label, 'Kỳ trước', 'Ghi chú']}
          rows={() => rows.map((r) => [r.rank, r.name, r.value, r.previous, r.detail])}
          disabled={rows.length === 0}
        />
      </Flex>
      <ErrorAlert
        error={planUnits.error ?? (sourceMissing ? null : kpi.error)}
        onRetry={() => planUnits.refetch()}
      />
      {sourceMissing && (
        <Empty description={`Chưa có số liệu ${measure.label.toLowerCase()} cho kỳ này`} />
      )}
      <Table<LeagueRow>
        aria-label={title}
        rowKey="code"
        size="small"
        loading={planUnits.isFetching || (measure.source === 'kpi' && kpi.isFetching)}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: 'Không có đơn vị trực thuộc' }}
        columns={[
          { key: 'rank', title: 'Hạng', width: 70, render: (_, r) => r.rank ?? '—' },
          {
            key: 'name',
            title: 'Đơn vị',
            render: (_, r) =>
              r.hasChildren ? (
                <a
                  href={`?chi-so=${measureKey}&ky=${period}&don-vi=${encodeURIComponent(r.code)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    update({ 'don-vi': r.code, mo: undefined });
                  }}
                >
                  {r.name}
                </a>
              ) : (
                r.name
              ),
          },
          {
            key: 'value',
            title: measure.label,
            width: 170,
            align: 'right',
            render: (_, r) => formatValue(r.value, measure),
          },
          {
            key: 'previous',
            title: 'Kỳ trước',
            width: 130,
            align: 'right',
            render: (_, r) => (r.previous === null ? '—' : formatValue(r.previous, measure)),
          },
          {
            key: 'change',
            title: 'Thay đổi',
            width: 150,
            render: (_, r) => <Change row={r} measure={measure} />,
          },
          { key: 'detail', title: 'Ghi chú', width: 200, render: (_, r) => r.detail ?? '' },
          {
            key: 'drill',
            title: <span className="sr-only">Chi tiết</span>,
            width: 110,
            className: 'no-print',
            render: (_, r) =>
              measure.drill === 'none' ? null : (
                <Button
                  size="small"
                  aria-label={`${measure.drill === 'tasks' ? 'Nhiệm vụ quá hạn' : 'Hồ sơ'} của ${r.name}`}
                  onClick={() => update({ mo: r.code })}
                >
                  {measure.drill === 'tasks' ? 'Nhiệm vụ' : 'Hồ sơ'}
                </Button>
              ),
          },
        ]}
      />
      {measure.drill === 'dossiers' && (
        <DossiersDrawer
          key={`${drillUnit?.code}-${measureKey}-${period}`}
          unit={drillUnit}
          period={period}
          narrowTo={
            measureKey === 'overdueWithoutApology'
              ? 'without_apology'
              : measureKey === 'onTimeRate'
                ? 'late'
                : undefined
          }
          onClose={() => update({ mo: undefined })}
        />
      )}
      {measure.drill === 'tasks' && (
        <TasksDrawer
          planId={plan.data?.id}
          unit={drillUnit}
          onClose={() => update({ mo: undefined })}
        />
      )}
    </Space>
  );
}
