import type { DateRange } from '../../../core/periods/period-range';
import type { PrefillSource, ReportFigure } from '../../../core/reports/report-form';
import type { Queryable } from '../../db/database';
import { type KpiSums, sumKpiDaily } from '../onestop/kpi.repo';
import {
  loadPlanFiguresForReport,
  type PlanFiguresForReport,
} from '../plans/periodic-report-prefill';

export interface PrefilledValue {
  source: PrefillSource;
  value: number;
}

/**
 * One-stop figures of the unit's subtree over the report's data window, from the daily rollups
 * the KPI endpoint reads (docs/decisions/012): dossiers received in the window, and of them those
 * ended on time or late, received online, and late with an apology letter (late less those
 * without one, T05b).
 */
function fromOnestop(source: PrefillSource, sums: KpiSums): number | null {
  switch (source) {
    case 'onestop.received':
      return sums.received;
    case 'onestop.on_time':
      return sums.onTime;
    case 'onestop.late':
      return sums.late;
    case 'onestop.online':
      return sums.online;
    case 'onestop.apologies':
      return Math.max(0, sums.late - sums.overdueWithoutApology);
    default:
      return null;
  }
}

function fromPlans(source: PrefillSource, figures: PlanFiguresForReport): number | null {
  switch (source) {
    case 'plans.unit_plan_issued':
      return figures.unitPlanIssued;
    case 'plans.tasks_total':
      return figures.tasksTotal;
    case 'plans.tasks_done':
      return figures.tasksDone;
    default:
      return null;
  }
}

/** The values cchc fills in for the figures of a form that name a source it holds. */
export async function computePrefill(
  db: Queryable,
  input: {
    provinceCode: string;
    unit: { id: number; path: string };
    year: number;
    window: DateRange;
    figures: readonly ReportFigure[];
  },
): Promise<Map<string, PrefilledValue>> {
  const wanted = input.figures.filter((figure) => figure.prefill !== undefined);
  const result = new Map<string, PrefilledValue>();
  if (wanted.length === 0) return result;
  const needsOnestop = wanted.some((figure) => figure.prefill!.startsWith('onestop.'));
  const needsPlans = wanted.some((figure) => figure.prefill!.startsWith('plans.'));
  const sums = needsOnestop
    ? await sumKpiDaily(db, {
        provinceCode: input.provinceCode,
        unitPath: input.unit.path,
        from: input.window.start,
        to: input.window.end,
      })
    : null;
  const planFigures = needsPlans
    ? await loadPlanFiguresForReport(db, {
        provinceCode: input.provinceCode,
        unitId: input.unit.id,
        year: input.year,
        windowEnd: input.window.end,
      })
    : null;
  for (const figure of wanted) {
    const source = figure.prefill!;
    const value =
      sums && source.startsWith('onestop.')
        ? fromOnestop(source, sums)
        : planFigures && source.startsWith('plans.')
          ? fromPlans(source, planFigures)
          : null;
    if (value !== null) result.set(figure.code, { source, value });
  }
  return result;
}
