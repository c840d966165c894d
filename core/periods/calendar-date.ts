/**
 * Calendar dates as `YYYY-MM-DD` strings, handled as numbers so that no time zone can shift
 * them (ARCHITECTURE.md: "calendar dates stay dates"). Kept inside `core/periods/` because the
 * periods rules must not depend on `core/calendar/` (working days), which is written separately.
 */
export type CalendarDateParts = { year: number; month: number; day: number };

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function parseCalendarDate(text: string): CalendarDateParts | null {
  const match = calendarDatePattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > countDaysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

export function formatCalendarDate({ year, month, day }: CalendarDateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Moves a (year, month) pair by whole months; `shiftMonth(2021, 1, -1)` is December 2020. */
export function shiftMonth(
  year: number,
  month: number,
  months: number,
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Days since 1970-01-01 for a valid date; throws on text that is not a calendar date. */
export function countDaysSinceEpoch(date: string): number {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  // Date.UTC only does arithmetic here; no clock and no local time zone is involved.
  return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

/** Number of days from `start` to `end` counting both ends; 0 when `end` is before `start`. */
export function countDaysInclusive(start: string, end: string): number {
  return Math.max(0, countDaysSinceEpoch(end) - countDaysSinceEpoch(start) + 1);
}
