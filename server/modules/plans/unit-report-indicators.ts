import type { Period } from '../../../core/periods/period-code';
import type { ServiceContext } from '../../http/request-context';
import type { LiveIndicatorValue } from './indicator-sources';

/**
 * The seam through which indicators whose source is the units' periodic reports (issue 3,
 * "Indicators with live status": "otherwise from unit reports") reach the plan's targets. The
 * reports module registers its reader when its routes are registered, as it does for the
 * official report's figures (periodic-report-figures.ts), so the plan module never imports it.
 */
export type UnitReportIndicatorReader = (
  ctx: ServiceContext,
  query: { unitPath: string; period: Period },
) => Promise<Map<string, LiveIndicatorValue>>;

let reader: UnitReportIndicatorReader | null = null;

export function registerUnitReportIndicatorReader(next: UnitReportIndicatorReader | null): void {
  reader = next;
}

export async function loadUnitReportIndicatorValues(
  ctx: ServiceContext,
  query: { unitPath: string; period: Period },
): Promise<Map<string, LiveIndicatorValue>> {
  return reader ? reader(ctx, query) : new Map();
}
