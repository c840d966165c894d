import type { KpiChange, KpiFigures } from '../../../contracts/kpi-analytics';
import {
  computeOnlineRate,
  computeOnTimeRate,
  computeSatisfactionRate,
} from '../../../core/kpi/compute-rates';
import { roundHalfAwayFromZero } from '../../../core/kpi/percentage';
import type { KpiSums } from './kpi.repo';

export const emptyKpiSums: KpiSums = {
  received: 0,
  finished: 0,
  withdrawn: 0,
  onTime: 0,
  late: 0,
  online: 0,
  overdueWithoutApology: 0,
  rated: 0,
  satisfied: 0,
  processingWorkingMinutesSum: 0,
};

/**
 * The figures of summed rollup rows, by the very rules of `getOnestopKpi` (kpi.service.ts;
 * docs/decisions/012-dossiers-and-kpi-rollups.md): rates by core/kpi, null on an empty
 * denominator; average processing time in working days of the calendar's day length.
 */
export function toKpiFigures(sums: KpiSums, workingDayMinutes: number): KpiFigures {
  return {
    received: sums.received,
    finished: sums.finished,
    withdrawn: sums.withdrawn,
    pending: sums.received - sums.finished - sums.withdrawn,
    onTime: sums.onTime,
    late: sums.late,
    onTimeRate: computeOnTimeRate(sums),
    online: sums.online,
    onlineRate: computeOnlineRate({ online: sums.online, total: sums.received }),
    overdueWithoutApology: sums.overdueWithoutApology,
    rated: sums.rated,
    satisfied: sums.satisfied,
    satisfactionRate: computeSatisfactionRate(sums),
    averageProcessingWorkingDays:
      sums.finished === 0
        ? null
        : roundHalfAwayFromZero(
            sums.processingWorkingMinutesSum / workingDayMinutes / sums.finished,
            2,
          ),
  };
}

export function subtractKpiSums(whole: KpiSums, parts: readonly KpiSums[]): KpiSums {
  const rest = { ...whole };
  for (const part of parts) {
    for (const key of Object.keys(rest) as (keyof KpiSums)[]) rest[key] -= part[key];
  }
  return rest;
}

const difference = (now: number | null, before: number | null) =>
  now === null || before === null ? null : roundHalfAwayFromZero(now - before, 2);

/** "Change from the previous period" of a league table (issue 5). */
export function compareKpiFigures(now: KpiFigures, before: KpiFigures): KpiChange {
  return {
    received: now.received - before.received,
    onTimeRate: difference(now.onTimeRate, before.onTimeRate),
    onlineRate: difference(now.onlineRate, before.onlineRate),
    satisfactionRate: difference(now.satisfactionRate, before.satisfactionRate),
    overdueWithoutApology: now.overdueWithoutApology - before.overdueWithoutApology,
    averageProcessingWorkingDays: difference(
      now.averageProcessingWorkingDays,
      before.averageProcessingWorkingDays,
    ),
  };
}
