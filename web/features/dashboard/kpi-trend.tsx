import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { Indicator, PlanTarget } from '../../../contracts/plans';
import { SecondaryText } from '../../components/plain-text';
import { isMissingEndpoint, useKpiSeries } from './dashboard-api';

// ECharts is the largest download of the page: it comes after the targets are on screen.
const TrendChart = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })));

function findIndicator(targets: PlanTarget[], code: string): Indicator | undefined {
  return targets.flatMap((t) => t.indicators).find((i) => i.code === code);
}

const quarterLabel = (period: string) => period.replace(/^(\d{4})Q(\d)$/, 'Quý $2/$1');

/**
 * On-time, online and satisfaction rates quarter by quarter (the one-stop KPI series), each
 * with its plan threshold (T05a, T09b, T05c) as a dashed line.
 */
export function KpiTrend({
  unit,
  year,
  targets,
}: {
  unit: string;
  year: number;
  targets: PlanTarget[];
}) {
  const series = useKpiSeries(unit, `${year}-01-01`, `${year}-12-31`);
  if (series.isPending) return null;
  if (series.error || !series.data) {
    return (
      <SecondaryText>
        {isMissingEndpoint(series.error)
          ? 'Chưa có số liệu xu hướng theo quý'
          : 'Chưa có số liệu (không tải được xu hướng theo quý)'}
      </SecondaryText>
    );
  }
  const items = series.data.items;
  const threshold = (code: string) => findIndicator(targets, code)?.threshold;
  const line = (name: string, code: string, pick: (i: (typeof items)[number]) => number | null) => {
    const t = threshold(code);
    return { name, values: items.map(pick), ...(t === undefined ? {} : { threshold: t }) };
  };
  return (
    <Suspense fallback={<Spin />}>
      <TrendChart
        label={`Tỷ lệ hồ sơ đúng hạn, trực tuyến và mức độ hài lòng theo quý năm ${year}`}
        categories={items.map((i) => quarterLabel(i.period))}
        series={[
          line('Đúng hạn (T05a)', 'T05a', (i) => i.onTimeRate),
          line('Trực tuyến (T09b)', 'T09b', (i) => i.onlineRate),
          line('Hài lòng (T05c)', 'T05c', (i) => i.satisfactionRate),
        ]}
      />
    </Suspense>
  );
}
