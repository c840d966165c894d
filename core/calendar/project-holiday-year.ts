import { composeDayNumber, isWeekend, toDayNumber, toIsoDate, weekdayOf } from './calendar-date';
import type { CalendarDayData, HolidayYearData } from './holiday-year';
import { convertLunarToSolar, findLunarNewYear } from './lunar-calendar';

/**
 * Projects a year with no Prime Minister's notice from the rules in vn-public-holidays.json.
 * The result reproduces the official years 2020–2025 except their swaps, which the government
 * decides each year and which therefore cannot be derived (rules.swaps).
 *
 * Law by year: Bộ luật Lao động 2012 (in force 2013-05-01) Art. 115 until 2020, Bộ luật Lao động
 * 2019 (in force 2021-01-01) Art. 112 from 2021. They differ only in Quốc khánh (1 day, then 2).
 * Earlier years fall under the 1994 code (4 days of Tết), which is not modelled.
 */
export const FIRST_PROJECTED_YEAR = 2014;
/** The lunar conversion is trusted up to 2199. */
export const LAST_PROJECTED_YEAR = 2198;

interface FixedHoliday {
  dayNumber: number;
  name: string;
  /** How the nghỉ bù names the day: `1/1`, `10/3 âm lịch`. */
  label: string;
}

export function projectHolidayYear(year: number): HolidayYearData {
  if (!Number.isInteger(year) || year < FIRST_PROJECTED_YEAR || year > LAST_PROJECTED_YEAR) {
    throw new RangeError(
      `No holiday rules to project year ${year} (${FIRST_PROJECTED_YEAR}–${LAST_PROJECTED_YEAR})`,
    );
  }
  const daysOff = new Map<number, CalendarDayData>();
  const isFree = (dayNumber: number) => !isWeekend(dayNumber) && !daysOff.has(dayNumber);
  const markOff = (dayNumber: number, name: string, kind: CalendarDayData['kind']) =>
    daysOff.set(dayNumber, { date: toIsoDate(dayNumber), name, kind });

  placeTetDays(year, isFree, (dayNumber) => markOff(dayNumber, 'Tết Nguyên đán', 'holiday'));

  const holidays = listFixedHolidays(year);
  for (const holiday of holidays) {
    if (!isWeekend(holiday.dayNumber)) markOff(holiday.dayNumber, holiday.name, 'holiday');
  }
  // BLLĐ 2019 Art. 111.3 (BLLĐ 2012 Art. 115.3): a holiday on a weekly rest day is made up on
  // the next working day. All holidays are placed first, so that 29/4/2023 (Saturday) is made up
  // on 2/5, after the 1/5 holiday, as in the 2023 notice.
  for (const holiday of holidays) {
    if (!isWeekend(holiday.dayNumber)) continue;
    const weekdayName = weekdayOf(holiday.dayNumber) === 6 ? 'thứ Bảy' : 'Chủ nhật';
    const name = `Nghỉ bù ${holiday.name.replace(/ \(.*\)$/, '')} (${holiday.label} là ${weekdayName})`;
    markOff(findFreeDay(holiday.dayNumber, 1, isFree), name, 'compensatory');
  }

  const law = year >= 2021 ? 'Bộ luật Lao động 2019' : 'Bộ luật Lao động 2012';
  return {
    year,
    status: 'projected',
    note: `Dự kiến theo ${law}; cần đối chiếu với thông báo của Thủ tướng Chính phủ.`,
    days: [...daysOff.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/**
 * BLLĐ 2019 Art. 112.1.b: five days of Tết Âm lịch, whose dates the Prime Minister fixes
 * (Art. 112.3). The
 * projection (rules.tetProjection) reproduces the notices 2020–2025: lunar New Year's Eve and
 * days 1 to 4; a Saturday among them moves to the previous free working day, a Sunday to the next.
 */
function placeTetDays(
  year: number,
  isFree: (dayNumber: number) => boolean,
  markOff: (dayNumber: number) => void,
): void {
  const newYearsEve = toDayNumber(findLunarNewYear(year)) - 1;
  const tetDays = [0, 1, 2, 3, 4].map((index) => newYearsEve + index);
  for (const dayNumber of tetDays) if (!isWeekend(dayNumber)) markOff(dayNumber);
  for (const dayNumber of tetDays) {
    const weekday = weekdayOf(dayNumber);
    if (weekday === 6) markOff(findFreeDay(dayNumber, -1, isFree));
    if (weekday === 0) markOff(findFreeDay(dayNumber, 1, isFree));
  }
}

/** BLLĐ 2019 Art. 112.1 a, c, d, đ, e (BLLĐ 2012 Art. 115.1 before 2021). */
function listFixedHolidays(year: number): FixedHoliday[] {
  const giotoDate = convertLunarToSolar({ day: 10, month: 3, year, isLeapMonth: false });
  const nationalDay = composeDayNumber(year, 9, 2);
  const holidays: FixedHoliday[] = [
    { dayNumber: composeDayNumber(year, 1, 1), name: 'Tết Dương lịch', label: '1/1' },
    {
      dayNumber: toDayNumber(giotoDate),
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      label: '10/3 âm lịch',
    },
    { dayNumber: composeDayNumber(year, 4, 30), name: 'Ngày Chiến thắng', label: '30/4' },
    { dayNumber: composeDayNumber(year, 5, 1), name: 'Quốc tế Lao động', label: '1/5' },
    { dayNumber: nationalDay, name: 'Quốc khánh', label: '2/9' },
  ];
  if (year >= 2021) {
    // BLLĐ 2019 Art. 112.1.đ: 2/9 and the day before or after it, chosen by the Prime Minister
    // (Art. 112.3); rules.nationalDayProjection gives the choice by weekday, always a weekday itself.
    const shiftBySundayFirstWeekday = [1, 1, -1, -1, 1, -1, -1] as const;
    const shift = shiftBySundayFirstWeekday[weekdayOf(nationalDay)] ?? 1;
    holidays.push({ dayNumber: nationalDay + shift, name: 'Quốc khánh', label: '2/9' });
  }
  return holidays.sort((a, b) => a.dayNumber - b.dayNumber);
}

function findFreeDay(from: number, step: 1 | -1, isFree: (dayNumber: number) => boolean): number {
  let dayNumber = from + step;
  while (!isFree(dayNumber)) dayNumber += step;
  return dayNumber;
}
