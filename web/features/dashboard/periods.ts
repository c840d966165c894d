import {
  formatPeriodCode,
  formatPeriodLabelVi,
  type Period,
  parsePeriodCode,
} from '../../../core/periods/period-code';
import { computePeriodRange } from '../../../core/periods/period-range';
import { findPreviousPeriod } from '../../../core/periods/period-relations';

/** The periods the plan reports on (NĐ 09/2019): the year, the first half, each quarter. */
export function periodOptions(year: number) {
  const periods: Period[] = [
    { kind: 'year', year },
    { kind: 'half_year', year, half: 1 },
    ...([1, 2, 3, 4] as const).map((quarter): Period => ({ kind: 'quarter', year, quarter })),
  ];
  return periods.map((p) => ({ value: formatPeriodCode(p), label: formatPeriodLabelVi(p) }));
}

export function periodRange(code: string): { from: string; to: string } {
  const range = computePeriodRange(parsePeriodCode(code)!);
  return { from: range.start, to: range.end };
}

export function periodLabel(code: string): string {
  const period = parsePeriodCode(code);
  return period ? formatPeriodLabelVi(period) : code;
}

export function previousPeriodCode(code: string): string {
  return formatPeriodCode(findPreviousPeriod(parsePeriodCode(code)!));
}

/** The years the dashboard offers: the demo's plan year and the years since. */
export function yearOptions(now = new Date()): number[] {
  const last = Math.max(2021, now.getFullYear());
  return Array.from({ length: last - 2021 + 1 }, (_, i) => 2021 + i);
}
