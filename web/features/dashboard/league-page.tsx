import {
  Breadcrumb,
  Button,
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
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import { formatNumberVi } from '../../lib/format';
import {
  isMissingEndpoint,
  type KpiFigures,
  useKpiUnits,
  useLatestPlanYear,
  usePlanUnits,
  useProvincePlan,
  useRootUnit,
} from './dashboard-api';
import { DossiersDrawer, TasksDrawer, useUnitDetail } from './league-drawers';
import {
  Change,
  formatValue,
  type LeagueRow,
  type MeasureKey,
  measureKeys,
  measures,
  rankRows,
} from './league-measures';
import { periodLabel, periodOptions, periodRange, yearOptions } from './periods';
import { PrintStyles } from './print-styles';
import { TableTools } from './table-tools';

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
  const rows = rankRows(
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
