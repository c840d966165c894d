import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import type { KpiSeriesItem } from '../../../contracts/kpi-analytics';
import { EChart } from '../../components/echart';
import { formatNumberVi, formatPercentVi } from '../../lib/format';

// Only the parts drawn here, so the page's chunk does not carry the whole of ECharts.
echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const monthLabel = (period: string) =>
  /^\d{4}-\d{2}$/.test(period)
    ? `T${Number(period.slice(5))}/${period.slice(0, 4)}`
    : period.replace(/^(\d{4})Q(\d)$/, 'Q$2/$1');

type TooltipItem = {
  marker: string;
  seriesName: string;
  value: number | null;
  axisValueLabel: string;
};

function tooltip(format: (value: number) => string) {
  return {
    trigger: 'axis' as const,
    formatter: (items: TooltipItem[]) =>
      [
        items[0]?.axisValueLabel ?? '',
        ...items.map(
          (item) =>
            `${item.marker}${item.seriesName}: ${item.value === null || item.value === undefined ? 'chưa có số liệu' : format(item.value)}`,
        ),
      ].join('<br/>'),
  };
}

/** Monthly (or quarterly) trend of the three rates the plan sets targets for (T05a, T09b, T05c). */
export function KpiRatesChart({ items }: { items: KpiSeriesItem[] }) {
  const option = useMemo(
    () => ({
      tooltip: tooltip(formatPercentVi),
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: items.map((i) => monthLabel(i.period)) },
      yAxis: {
        type: 'value',
        max: 100,
        axisLabel: { formatter: (value: number) => formatPercentVi(value) },
      },
      series: [
        { name: 'Đúng hạn', key: 'onTimeRate' as const },
        { name: 'Trực tuyến', key: 'onlineRate' as const },
        { name: 'Hài lòng', key: 'satisfactionRate' as const },
      ].map(({ name, key }) => ({
        name,
        type: 'line',
        connectNulls: false,
        data: items.map((i) => i[key]),
      })),
    }),
    [items],
  );
  return (
    <EChart option={option} ariaLabel="Biểu đồ tỷ lệ đúng hạn, trực tuyến và hài lòng theo tháng" />
  );
}

/** Dossiers received and finished per step. */
export function KpiVolumeChart({ items }: { items: KpiSeriesItem[] }) {
  const option = useMemo(
    () => ({
      tooltip: tooltip(formatNumberVi),
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: items.map((i) => monthLabel(i.period)) },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumberVi(value) } },
      series: [
        { name: 'Tiếp nhận', type: 'bar', data: items.map((i) => i.received) },
        { name: 'Đã giải quyết', type: 'bar', data: items.map((i) => i.finished) },
      ],
    }),
    [items],
  );
  return (
    <EChart option={option} ariaLabel="Biểu đồ số hồ sơ tiếp nhận và đã giải quyết theo tháng" />
  );
}
