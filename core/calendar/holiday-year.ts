import { type IsoDate, isIsoDate, isWeekend, toDayNumber } from './calendar-date';

/**
 * A year's departures from the ordinary week of state agencies (Monday to Friday,
 * QĐ 188/1999/QĐ-TTg): weekdays off and weekend days worked. Holidays that fall on a weekend
 * are not listed, because they change nothing by themselves; their nghỉ bù is listed instead.
 * This is the shape of vn-public-holidays.json and of an administrator's yearly entry.
 *
 * - `holiday`: a public holiday on a weekday (BLLĐ 2019 Art. 112), including the Tết days the
 *   Prime Minister moved off a weekend.
 * - `compensatory`: nghỉ bù for a holiday that fell on a weekly rest day (BLLĐ 2019 Art. 111.3).
 * - `swap_day_off`: a weekday given off in exchange for a Saturday worked (hoán đổi ngày làm việc).
 * - `swap_working_day`: the weekend day worked in exchange (làm bù); the only working kind.
 * A swap is two entries because the two days are independent facts of the notice and may fall
 * in different years (a Saturday in December worked for a Monday off in January).
 */
export const calendarDayKinds = [
  'holiday',
  'compensatory',
  'swap_day_off',
  'swap_working_day',
] as const;

export type CalendarDayKind = (typeof calendarDayKinds)[number];

export interface CalendarDayData {
  date: IsoDate;
  /** Vietnamese, shown to people: `Tết Nguyên đán`, `Nghỉ bù Quốc khánh (2/9 là thứ Bảy)`. */
  name: string;
  kind: CalendarDayKind;
}

/**
 * `official`: the Prime Minister's notice; `expected`: announced or proposed, not yet verified;
 * `projected`: computed from the law's rules because no notice has been entered.
 */
export const holidayYearStatuses = ['official', 'expected', 'projected'] as const;

export type HolidayYearStatus = (typeof holidayYearStatuses)[number];

export interface HolidayYearData {
  year: number;
  status: HolidayYearStatus;
  note?: string;
  days: readonly CalendarDayData[];
}

/** A day as the calendar reports it; `projected` unless its year is `official`. */
export interface CalendarDay extends CalendarDayData {
  projected: boolean;
}

export function isWorkingKind(kind: CalendarDayKind): boolean {
  return kind === 'swap_working_day';
}

export type HolidayYearProblemCode =
  | 'invalid_date'
  | 'duplicate_date'
  | 'day_off_on_weekend'
  | 'working_day_on_weekday'
  | 'date_far_from_year';

export interface HolidayYearProblem {
  code: HolidayYearProblemCode;
  date: string;
}

/**
 * Checks an administrator's entry for a year before it replaces the built-in one. A date may
 * lie in the next or previous year (a swap across New Year), not further.
 */
export function findHolidayYearProblems(data: HolidayYearData): HolidayYearProblem[] {
  const problems: HolidayYearProblem[] = [];
  const seen = new Set<string>();
  for (const { date, kind } of data.days) {
    if (!isIsoDate(date)) {
      problems.push({ code: 'invalid_date', date });
      continue;
    }
    if (seen.has(date)) problems.push({ code: 'duplicate_date', date });
    seen.add(date);
    if (Math.abs(Number(date.slice(0, 4)) - data.year) > 1) {
      problems.push({ code: 'date_far_from_year', date });
    }
    const weekend = isWeekend(toDayNumber(date));
    if (isWorkingKind(kind) && !weekend) problems.push({ code: 'working_day_on_weekday', date });
    if (!isWorkingKind(kind) && weekend) problems.push({ code: 'day_off_on_weekend', date });
  }
  return problems;
}
