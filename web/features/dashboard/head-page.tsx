import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { UnitDetail } from '../../../contracts/units';
import { ErrorAlert } from '../../components/error-alert';
import { api } from '../../lib/api-client';
import { formatInstantDateTimeVi, formatNumberVi } from '../../lib/format';
import { useSignedInUser } from '../auth/auth-api';
import {
  isMissingEndpoint,
  useLatestPlanYear,
  useOverdueDossiers,
  useOverdueTasks,
  useProvincePlan,
  usePublicScoreboard,
  useRootUnit,
  useTargets,
} from './dashboard-api';
import { type DashboardFilter, DashboardFilters } from './dashboard-filters';
import { periodLabel } from './periods';
import { PrintStyles } from './print-styles';
import { TargetsTable } from './targets-table';

type RateKey = 'onTimeRate' | 'onlineRate' | 'satisfactionRate';
const rates: Array<{ key: RateKey; label: string }> = [
  { key: 'onTimeRate', label: 'Tỷ lệ đúng hạn' },
  { key: 'onlineRate', label: 'Tỷ lệ trực tuyến' },
  { key: 'satisfactionRate', label: 'Mức độ hài lòng' },
];

/** The unit's place among the units of the same kind under the same parent, for one rate. */
function rankAmongPeers(
  rows: Array<{ code: string; kind: string; kpi: Record<RateKey, number | null> }>,
  own: string,
  key: RateKey,
) {
  const me = rows.find((r) => r.code === own);
  const mine = me?.kpi[key];
  if (!me || mine === null || mine === undefined) return null;
  const peers = rows.filter((r) => r.kind === me.kind && r.kpi[key] !== null);
  return {
    rank: 1 + peers.filter((r) => (r.kpi[key] as number) > mine).length,
    of: peers.length,
    value: mine,
  };
}

/**
 * The landing page of a unit's head (issue 5 "Head's view"): the unit's own figures against the
 * plan's targets and against peer units of the same kind, and the overdue dossiers and tasks
 * that drag them down.
 */
export function HeadPage({ unitCode }: { unitCode: string }) {
  const root = useRootUnit();
  const latest = useLatestPlanYear(root.data?.code);
  if (!root.data || !latest.data) return <Skeleton active />;
  return <HeadBoard unitCode={unitCode} rootCode={root.data.code} initialYear={latest.data} />;
}

function HeadBoard({
  unitCode,
  rootCode,
  initialYear,
}: {
  unitCode: string;
  rootCode: string;
  initialYear: number;
}) {
  const user = useSignedInUser();
  const [filter, setFilter] = useState<DashboardFilter>({
    year: initialYear,
    period: String(initialYear),
    unit: unitCode,
  });
  const unit = useQuery({
    queryKey: ['units', 'detail', unitCode],
    queryFn: ({ signal }) =>
      api.get<UnitDetail>(`/api/units/${encodeURIComponent(unitCode)}`, { signal }),
  });
  const parentCode = unit.data?.ancestors.at(-1)?.code;
  const plan = useProvincePlan(filter.year, rootCode);
  const targets = useTargets(plan.data?.id, filter.period, unitCode);
  // Peers' figures are outside a head's subtree, but they are public: the scoreboard's table of
  // the parent's units (a year or a quarter; a half-year compares the whole year).
  const quarter = /Q(\d)$/.exec(filter.period)?.[1];
  const peers = usePublicScoreboard(
    {
      year: filter.year,
      ...(quarter ? { quarter: Number(quarter) } : {}),
      ...(parentCode ? { unit: parentCode } : {}),
    },
    parentCode !== undefined,
  );
  const dossiers = useOverdueDossiers(unitCode);
  const tasks = useOverdueTasks(plan.data?.id, unitCode);

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      className="cchc-dashboard"
    >
      <PrintStyles />
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Kết quả CCHC của {unit.data?.name ?? 'đơn vị'}
        </Typography.Title>
        <Typography.Text type="secondary">Xin chào, {user.fullName}</Typography.Text>
      </div>
      <DashboardFilters value={filter} onChange={setFilter} showUnit={false} />
      <ErrorAlert error={targets.error} onRetry={() => targets.refetch()} />
      <Card size="small" title={`So với các đơn vị cùng loại — ${periodLabel(filter.period)}`}>
        {peers.error || !parentCode ? (
          <Empty
            description={
              isMissingEndpoint(peers.error) || !parentCode
                ? 'Chưa có số liệu so sánh'
                : 'Chưa có số liệu (không tải được bảng so sánh)'
            }
          />
        ) : (
          <Row gutter={16}>
            {rates.map((rate) => {
              const placed = peers.data
                ? rankAmongPeers(peers.data.units, unitCode, rate.key)
                : null;
              return (
                <Col key={rate.key} xs={24} sm={8}>
                  <Statistic
                    title={rate.label}
                    value={placed ? `${formatNumberVi(placed.value)} %` : 'Chưa có số liệu'}
                  />
                  <Typography.Text type="secondary">
                    {placed ? `Hạng ${placed.rank}/${placed.of} đơn vị cùng loại` : ''}
                  </Typography.Text>
                </Col>
              );
            })}
          </Row>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={`Hồ sơ quá hạn (${formatNumberVi(dossiers.data?.total ?? 0)})`}>
            <ErrorAlert error={dossiers.error} />
            <Table
              aria-label="Hồ sơ quá hạn của đơn vị"
              rowKey="code"
              size="small"
              loading={dossiers.isFetching}
              dataSource={dossiers.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: 'Không có hồ sơ quá hạn' }}
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
                  key: 'due',
                  title: 'Hẹn trả',
                  render: (_, d) => formatInstantDateTimeVi(d.dueAt),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`Nhiệm vụ quá hạn (${formatNumberVi(tasks.data?.total ?? 0)})`}>
            <ErrorAlert error={tasks.error} />
            <Table
              aria-label="Nhiệm vụ quá hạn của đơn vị"
              rowKey="code"
              size="small"
              loading={tasks.isFetching}
              dataSource={tasks.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: 'Không có nhiệm vụ quá hạn' }}
              columns={[
                { key: 'code', title: 'Mã', dataIndex: 'code', width: 80 },
                { key: 'text', title: 'Nhiệm vụ', dataIndex: 'textVi' },
                {
                  key: 'progress',
                  title: 'Tiến độ',
                  render: (_, t) => `${t.progress} %`,
                  width: 90,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title="Chỉ tiêu và chỉ số của đơn vị">
        {!plan.data && !plan.isPending ? (
          <Alert type="info" showIcon title={`Chưa có kế hoạch CCHC của tỉnh năm ${filter.year}`} />
        ) : (
          <TargetsTable
            targets={targets.data?.items ?? []}
            loading={targets.isFetching && !targets.data}
          />
        )}
      </Card>
    </Space>
  );
}
