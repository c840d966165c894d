import { Alert, Col, Flex, Row, Space, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { PlanTarget } from '../../../contracts/plans';
import type { IndicatorStatus } from '../../../core/kpi/evaluate-indicator-status';
import { meetsTarget } from '../../../core/kpi/indicator-target';
import { ErrorAlert } from '../../components/error-alert';
import { Heading, SecondaryText } from '../../components/plain-text';
import { formatNumberVi } from '../../lib/format';
import { useSignedInUser } from '../auth/auth-api';
import {
  useKpiUnits,
  useLatestPlanYear,
  usePlanUnits,
  useProvincePlan,
  useRootUnit,
  useTargets,
} from './dashboard-api';
import { type DashboardFilter, DashboardFilters } from './dashboard-filters';
import { KpiTrend } from './kpi-trend';
import { Figure, Panel } from './panel';
import { periodLabel, periodRange } from './periods';
import { PrintStyles } from './print-styles';
import { TargetsTable } from './targets-table';

const statusOrder: Array<{ status: IndicatorStatus; label: string; color: string }> = [
  { status: 'met', label: 'Đạt', color: '#237804' },
  { status: 'at_risk', label: 'Có nguy cơ', color: '#ad4e00' },
  { status: 'missed', label: 'Không đạt', color: '#a8071a' },
  { status: 'no_data', label: 'Chưa có số liệu', color: '#595959' },
];

function countByStatus(targets: PlanTarget[]) {
  const all = targets.flatMap((t) => t.indicators);
  return statusOrder.map((s) => ({ ...s, count: all.filter((i) => i.status === s.status).length }));
}

/** Children behind on a figure: the plan's threshold for it, judged by core's rule. */
function useUnitsBehind(
  planId: number | undefined,
  filter: DashboardFilter,
  unitCode: string | undefined,
  targets: PlanTarget[],
) {
  const { from, to } = periodRange(filter.period);
  const kpi = useKpiUnits(unitCode ?? '', from, to, 'onTimeRate', 'asc', unitCode !== undefined);
  const plan = usePlanUnits(planId, filter.period, unitCode ?? '');
  const onTime = targets.flatMap((t) => t.indicators).find((i) => i.code === 'T05a');
  const onTimeBehind =
    kpi.data && onTime
      ? kpi.data.items.filter(
          (row) =>
            row.onTimeRate !== null &&
            !meetsTarget(row.onTimeRate, {
              comparator: onTime.comparator,
              threshold: onTime.threshold,
            }),
        ).length
      : null;
  const items = plan.data?.items ?? null;
  return {
    onTimeBehind,
    withoutPlan: items ? items.filter((i) => i.unitPlansIssued < i.unitPlansRequired).length : null,
    withOverdueTasks: items ? items.filter((i) => i.tasksOverdue > 0).length : null,
  };
}

function BehindFigure({ value, label, to }: { value: number | null; label: string; to: string }) {
  return (
    <Col xs={24} sm={8}>
      <Link to={to}>
        <Figure
          title={label}
          value={value === null ? 'Chưa có số liệu' : formatNumberVi(value)}
          suffix={value === null ? undefined : 'đơn vị'}
        />
      </Link>
    </Col>
  );
}

/**
 * The landing page of Sở Nội vụ and the province's leaders (issue 5): the year's plan with its
 * 12 targets, each indicator's live value against its threshold, the quarterly trend of the
 * one-stop rates and how many units are behind, for a period and a subtree.
 */
export function SteeringPage() {
  const root = useRootUnit();
  const latest = useLatestPlanYear(root.data?.code);
  if (!latest.data) return <Spin />;
  return <SteeringBoard rootCode={root.data?.code} initialYear={latest.data} />;
}

function SteeringBoard({
  rootCode,
  initialYear,
}: {
  rootCode: string | undefined;
  initialYear: number;
}) {
  const user = useSignedInUser();
  const [filter, setFilter] = useState<DashboardFilter>({
    year: initialYear,
    period: String(initialYear),
    unit: undefined,
  });
  const root = { data: rootCode ? { code: rootCode } : undefined, isPending: false };
  const plan = useProvincePlan(filter.year, root.data?.code);
  const planId = plan.data?.id;
  const targets = useTargets(planId, filter.period, filter.unit);
  const items = targets.data?.items ?? [];
  const unitCode = filter.unit ?? root.data?.code;
  const behind = useUnitsBehind(planId, filter, unitCode, items);
  const league = (measure: string) =>
    `/dieu-hanh?chi-so=${measure}&ky=${filter.period}${unitCode ? `&don-vi=${encodeURIComponent(unitCode)}` : ''}`;

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      className="cchc-dashboard"
    >
      <PrintStyles />
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <div>
          <Heading level={2}>Điều hành cải cách hành chính</Heading>
          <SecondaryText>Xin chào, {user.fullName}</SecondaryText>
        </div>
        <Link to={league('onTimeRate')} className="no-print">
          Bảng xếp hạng đơn vị
        </Link>
      </Flex>
      <DashboardFilters value={filter} onChange={setFilter} />
      <ErrorAlert error={plan.error ?? targets.error} onRetry={() => targets.refetch()} />
      {plan.isPending || root.isPending ? (
        <Spin />
      ) : !plan.data ? (
        <Alert type="info" showIcon title={`Chưa có kế hoạch CCHC của tỉnh năm ${filter.year}`} />
      ) : (
        <>
          <Panel>
            <Heading level={4}>
              Kế hoạch {plan.data.number ?? ''} — {plan.data.title}
            </Heading>
            <SecondaryText>
              {periodLabel(filter.period)} ·{' '}
              {targets.data ? `${items.length} chỉ tiêu` : 'Đang tải…'}
            </SecondaryText>
            <Row gutter={16} style={{ marginTop: 12 }}>
              {countByStatus(items).map((s) => (
                <Col key={s.status} xs={12} sm={6}>
                  <Figure
                    title={s.label}
                    value={formatNumberVi(s.count)}
                    suffix="chỉ số"
                    color={s.color}
                  />
                </Col>
              ))}
            </Row>
          </Panel>
          <Panel title="Đơn vị chậm so với kế hoạch">
            <Row gutter={16}>
              <BehindFigure
                value={behind.onTimeBehind}
                label="Tỷ lệ đúng hạn dưới chỉ tiêu"
                to={league('onTimeRate')}
              />
              <BehindFigure
                value={behind.withoutPlan}
                label="Chưa ban hành đủ kế hoạch CCHC"
                to={league('unitPlans')}
              />
              <BehindFigure
                value={behind.withOverdueTasks}
                label="Có nhiệm vụ quá hạn"
                to={league('tasksOverdue')}
              />
            </Row>
          </Panel>
          <Panel title={`Xu hướng theo quý năm ${filter.year}`}>
            {unitCode && <KpiTrend unit={unitCode} year={filter.year} targets={items} />}
          </Panel>
          <Panel title="Chỉ tiêu và chỉ số">
            <TargetsTable targets={items} loading={targets.isFetching && !targets.data} />
          </Panel>
        </>
      )}
    </Space>
  );
}
