import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import * as echarts from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * A chart of ECharts' tree-shakable core: callers register the parts they draw with
 * `echarts.use([...])` (echarts/charts, echarts/components, echarts/renderers) so that a page's
 * chunk carries only those. Written here rather than taken from echarts-for-react 3.0.6, whose
 * `lib/core.js` imports `tslib` without declaring it and breaks the production build.
 */
export function EChart({
  option,
  height = 300,
  ariaLabel,
}: {
  option: EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={container} role="img" aria-label={ariaLabel} style={{ height, width: '100%' }} />
  );
}
