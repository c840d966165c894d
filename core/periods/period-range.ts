import {
  countDaysInclusive,
  countDaysInMonth,
  formatCalendarDate,
  parseCalendarDate,
  shiftMonth,
} from './calendar-date';
import { findPeriodMonths, type Period, type PeriodKind, type Quarter } from './period-code';

/** Both ends included, as `YYYY-MM-DD`. */
export type DateRange = { start: string; end: string };

/**
 * Which days a period's figures are taken from.
 * - `cut_off_day`: from the day after `cutOffDay` of the month before the period to `cutOffDay`
 *   of its last month. NĐ 09/2019 (vn-regulations.md §6, marked [practice] there): 15th to 14th,
 *   so Q1 2021 is 15/12/2020–14/03/2021, six months 15/12–14/06, a year 15/12–14/12.
 * - `calendar`: the calendar months themselves, for forms whose sector sets no cut-off.
 * §6 asks for the windows to be a setting; this is that setting.
 */
export type DataWindowRule = { kind: 'calendar' } | { kind: 'cut_off_day'; cutOffDay: number };

export const defaultDataWindowRule: DataWindowRule = { kind: 'cut_off_day', cutOffDay: 14 };

/** The 1st of the first month to the last day of the last month. */
export function computePeriodRange(period: Period): DateRange {
  const { firstMonth, lastMonth } = findPeriodMonths(period);
  return {
    start: formatCalendarDate({ year: period.year, month: firstMonth, day: 1 }),
    end: formatCalendarDate({
      year: period.year,
      month: lastMonth,
      day: countDaysInMonth(period.year, lastMonth),
    }),
  };
}

export function computeDataWindow(
  period: Period,
  rule: DataWindowRule = defaultDataWindowRule,
): DateRange {
  if (rule.kind === 'calendar') return computePeriodRange(period);
  assertCutOffDay(rule.cutOffDay);
  const { firstMonth, lastMonth } = findPeriodMonths(period);
  const before = shiftMonth(period.year, firstMonth, -1);
  return {
    start: formatCalendarDate({ ...before, day: rule.cutOffDay + 1 }),
    end: formatCalendarDate({ year: period.year, month: lastMonth, day: rule.cutOffDay }),
  };
}

/**
 * The period of the given kind whose data window holds `date`. With the default rule a dossier
 * received on 2020-12-20 counts towards 2021Q1 and one on 2021-03-15 towards 2021Q2.
 * Returns `null` for a half-year when the date falls after the first-half window (15/06–14/12):
 * there is no second-half report (see period-code.ts); those days belong to the year's report.
 */
export function findPeriodForDate(
  date: string,
  kind: PeriodKind,
  rule: DataWindowRule = defaultDataWindowRule,
): Period | null {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  let { year, month } = parts;
  if (rule.kind === 'cut_off_day') {
    assertCutOffDay(rule.cutOffDay);
    // A day after the cut-off already belongs to the next month's reporting.
    if (parts.day > rule.cutOffDay) ({ year, month } = shiftMonth(year, month, 1));
  }
  switch (kind) {
    case 'quarter':
      return { kind: 'quarter', year, quarter: Math.ceil(month / 3) as Quarter };
    case 'half_year':
      return month <= 6 ? { kind: 'half_year', year, half: 1 } : null;
    case 'year':
      return { kind: 'year', year };
  }
}

export function isDateInRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

/**
 * Share of a range's days that have passed by the end of `asOf` (0 before it starts, 1 from its
 * last day on). Feeds linear projections of cumulative indicators in `core/kpi/`.
 */
export function computeElapsedShare(range: DateRange, asOf: string): number {
  if (asOf < range.start) return 0;
  if (asOf >= range.end) return 1;
  return countDaysInclusive(range.start, asOf) / countDaysInclusive(range.start, range.end);
}

/** A cut-off from 1 to 27 keeps "the day after the cut-off" inside every month, February too. */
function assertCutOffDay(cutOffDay: number): void {
  if (!Number.isInteger(cutOffDay) || cutOffDay < 1 || cutOffDay > 27) {
    throw new RangeError(`cut-off day must be an integer from 1 to 27, got ${cutOffDay}`);
  }
}
