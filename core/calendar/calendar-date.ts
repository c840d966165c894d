/**
 * Calendar dates travel as `YYYY-MM-DD` strings and are computed on as day numbers (whole days
 * since 1970-01-01). Only `Date.UTC` and the UTC getters are used, so the runtime's time zone
 * can never shift a date: a date stays a date (ARCHITECTURE.md, data rules of thumb).
 */
export type IsoDate = string;

export const MS_PER_DAY = 86_400_000;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  return parseDayNumber(value) !== null;
}

/** Throws a RangeError on anything but a real `YYYY-MM-DD` date: callers validate input first. */
export function toDayNumber(date: IsoDate): number {
  const dayNumber = parseDayNumber(date);
  if (dayNumber === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return dayNumber;
}

export function toIsoDate(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function composeDayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`; 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

function parseDayNumber(value: string): number | null {
  const match = isoDatePattern.exec(value);
  if (!match) return null;
  const dayNumber = composeDayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
  // Date.UTC rolls 2021-02-30 over to March; a round trip rejects it.
  return toIsoDate(dayNumber) === value ? dayNumber : null;
}
