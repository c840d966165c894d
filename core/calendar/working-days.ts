import { type IsoDate, toDayNumber, toIsoDate } from './calendar-date';
import { isWorkingDayNumber, type WorkingCalendar } from './working-calendar';

/**
 * Date arithmetic in working days, without times of day: the `n`-th working day after a date.
 * Used for due dates (computeDueAt) and for deadlines counted in days from a date, such as a
 * report due 2 working days after its cut-off (vn-regulations.md §6).
 */

/** Twenty years of consecutive days off would mean broken calendar data, not a long holiday. */
const MAX_DAYS_SEARCHED = 20 * 366;

export function findNextWorkingDay(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  return toIsoDate(findNextWorkingDayNumber(calendar, toDayNumber(date)));
}

/** The first working day on or after `date`. */
export function findWorkingDayOnOrAfter(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  return toIsoDate(findWorkingDayNumberOnOrAfter(calendar, toDayNumber(date)));
}

/**
 * The `count`-th working day after `date` (before it when negative); `date` itself does not
 * count, as the day of the event is not counted (Bộ luật Dân sự 2015 Art. 147.1).
 */
export function addWorkingDays(calendar: WorkingCalendar, date: IsoDate, count: number): IsoDate {
  return toIsoDate(addWorkingDayNumbers(calendar, toDayNumber(date), count));
}

export function addWorkingDayNumbers(
  calendar: WorkingCalendar,
  dayNumber: number,
  count: number,
): number {
  if (!Number.isInteger(count)) throw new RangeError(`Not a whole number of days: ${count}`);
  const step = count < 0 ? -1 : 1;
  let result = dayNumber;
  for (let counted = 0; counted < Math.abs(count); counted += 1) {
    result = stepToWorkingDay(calendar, result, step);
  }
  return result;
}

export function findNextWorkingDayNumber(calendar: WorkingCalendar, dayNumber: number): number {
  return stepToWorkingDay(calendar, dayNumber, 1);
}

export function findWorkingDayNumberOnOrAfter(
  calendar: WorkingCalendar,
  dayNumber: number,
): number {
  return isWorkingDayNumber(calendar, dayNumber)
    ? dayNumber
    : stepToWorkingDay(calendar, dayNumber, 1);
}

function stepToWorkingDay(calendar: WorkingCalendar, dayNumber: number, step: 1 | -1): number {
  for (let offset = 1; offset <= MAX_DAYS_SEARCHED; offset += 1) {
    const candidate = dayNumber + step * offset;
    if (isWorkingDayNumber(calendar, candidate)) return candidate;
  }
  throw new RangeError(
    `No working day within ${MAX_DAYS_SEARCHED} days of ${toIsoDate(dayNumber)}`,
  );
}
