import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { EChart } from '../../components/echart';
import { formatNumberVi } from '../../lib/format';

// Only the parts the dashboard draws: keeps ECharts' chunk a fraction of the full build.
echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export interface TrendSeries {
  name: string;
  values: (number | null)[];
  kind?: 'line' | 'bar';
  /** The plan's threshold, drawn as a dashed line. */
  threshold?: number;
  yAxis?: 0 | 1;
}

interface TrendChartProps {
  categories: string[];
  series: TrendSeries[];
  /** What the chart shows, for screen readers (the figures are also in the tables). */
  label: string;
  height?: number;
  percent?: boolean;
  /** A second axis for counts or ranks. */
  secondAxis?: { name: string; inverse?: boolean } | undefined;
  /** Smaller is better (ranks): the axis runs downwards. */
  inverse?: boolean;
}

export function TrendChart({
  categories,
  series,
  label,
  height = 300,
  percent = true,
  secondAxis,
  inverse = false,
}: TrendChartProps) {
  const format = (v: number) => (percent ? `${formatNumberVi(v)} %` : formatNumberVi(v));
  const option = {
    animation: false,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : format(v)),
    },
    legend: { top: 0 },
    grid: { left: 48, right: secondAxis ? 48 : 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: categories },
    yAxis: [
      {
        type: 'value',
        // Rates on 0–100 so that every threshold line (98,5 %, 91 %, 30 %) stays on the chart.
        ...(percent ? { min: 0, max: 100 } : { scale: true }),
        inverse,
        ...(inverse ? { minInterval: 1 } : {}),
        axisLabel: { formatter: (v: number) => (percent ? `${formatNumberVi(v)}` : format(v)) },
      },
      ...(secondAxis
        ? [
            {
              type: 'value',
              name: secondAxis.name,
              inverse: secondAxis.inverse ?? false,
              minInterval: 1,
            },
          ]
        : []),
    ],
    series: series.map((s) => ({
      name: s.name,
      type: s.kind ?? 'line',
      yAxisIndex: s.yAxis ?? 0,
      data: s.values,
      connectNulls: false,
      ...(s.threshold !== undefined
        ? {
            markLine: {
              symbol: 'none',
              lineStyle: { type: 'dashed' },
              label: { formatter: `Chỉ tiêu ${format(s.threshold)}`, position: 'insideEndTop' },
              data: [{ yAxis: s.threshold }],
            },
          }
        : {}),
    })),
  };
  return <EChart option={option} height={height} ariaLabel={label} />;
}
