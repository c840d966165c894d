import {
  countDaysInclusive,
  countDaysInMonth,
  countDaysSinceEpoch,
  formatCalendarDate,
  parseCalendarDate,
  shiftMonth,
} from './calendar-date';
import type { DateRange } from './period-range';

/** Steps of a KPI trend: calendar months (`2021-03`) or calendar quarters (`2021Q1`). */
export const bucketGranularities = ['month', 'quarter'] as const;
export type BucketGranularity = (typeof bucketGranularities)[number];

/** One step of a trend: its code and the part of the asked window it covers (both ends included). */
export type WindowBucket = { period: string; start: string; end: string };

/**
 * Cuts a window into calendar months or quarters, clipped to the window: 15/02–10/04 by month is
 * 15/02–28/02, 01/03–31/03, 01/04–10/04. Every bucket is listed, empty ones too, so a chart shows
 * a gap as a gap. An empty list when `end` is before `start`.
 */
export function splitWindowIntoBuckets(
  range: DateRange,
  granularity: BucketGranularity,
): WindowBucket[] {
  const first = requireDate(range.start);
  requireDate(range.end);
  if (range.end < range.start) return [];
  const step = granularity === 'month' ? 1 : 3;
  let year = first.year;
  let month = granularity === 'month' ? first.month : Math.floor((first.month - 1) / 3) * 3 + 1;
  const buckets: WindowBucket[] = [];
  for (;;) {
    const lastMonth = month + step - 1;
    const bucketStart = formatCalendarDate({ year, month, day: 1 });
    if (bucketStart > range.end) break;
    const bucketEnd = formatCalendarDate({
      year,
      month: lastMonth,
      day: countDaysInMonth(year, lastMonth),
    });
    buckets.push({
      period:
        granularity === 'month'
          ? `${year}-${String(month).padStart(2, '0')}`
          : `${year}Q${(month + 2) / 3}`,
      start: laterDate(bucketStart, range.start),
      end: earlierDate(bucketEnd, range.end),
    });
    ({ year, month } = shiftMonth(year, month, step));
  }
  return buckets;
}

/**
 * The window a "change from the previous period" compares with (issue 5's league tables): the
 * same number of whole months just before when the window is whole months (Q2 → Q1, a year → the
 * year before, March → February), otherwise the same number of days just before.
 */
export function findPreviousWindow(range: DateRange): DateRange {
  const start = requireDate(range.start);
  const end = requireDate(range.end);
  if (start.day === 1 && end.day === countDaysInMonth(end.year, end.month)) {
    const months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
    const first = shiftMonth(start.year, start.month, -months);
    const last = shiftMonth(start.year, start.month, -1);
    return {
      start: formatCalendarDate({ ...first, day: 1 }),
      end: formatCalendarDate({ ...last, day: countDaysInMonth(last.year, last.month) }),
    };
  }
  const days = countDaysInclusive(range.start, range.end);
  const startDay = countDaysSinceEpoch(range.start);
  return { start: dateFromEpochDays(startDay - days), end: dateFromEpochDays(startDay - 1) };
}

/** `YYYY-MM-DD` strings order as their dates do. */
function laterDate(a: string, b: string): string {
  return a < b ? b : a;
}

function earlierDate(a: string, b: string): string {
  return a < b ? a : b;
}

function dateFromEpochDays(days: number): string {
  // Date.UTC arithmetic only, as in calendar-date.ts: no clock, no local time zone.
  const d = new Date(days * 86_400_000);
  return formatCalendarDate({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

function requireDate(text: string) {
  const parts = parseCalendarDate(text);
  if (!parts) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${text}`);
  return parts;
}
