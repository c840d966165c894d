import { describe, expect, it } from 'vitest';
import { builtInHolidayYears } from './holiday-data';
import { findHolidayYearProblems, type HolidayYearData } from './holiday-year';
import { buildWorkingCalendar, isWorkingDay, listCalendarDays } from './working-calendar';

const calendar = buildWorkingCalendar();

describe('working days', () => {
  it('works Monday to Friday and rests on Saturday and Sunday', () => {
    expect(isWorkingDay(calendar, '2021-03-05')).toBe(true);
    expect(isWorkingDay(calendar, '2021-03-06')).toBe(false);
    expect(isWorkingDay(calendar, '2021-03-07')).toBe(false);
  });

  it('rests on the five weekdays of Tết 2021 (10–16/02)', () => {
    for (const date of ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16']) {
      expect(isWorkingDay(calendar, date)).toBe(false);
    }
    expect(isWorkingDay(calendar, '2021-02-09')).toBe(true);
    expect(isWorkingDay(calendar, '2021-02-17')).toBe(true);
  });

  it('treats a swapped Saturday as a working day (04/5/2024, 26/4/2025)', () => {
    expect(isWorkingDay(calendar, '2024-05-04')).toBe(true);
    expect(isWorkingDay(calendar, '2025-04-26')).toBe(true);
  });

  it('treats the weekday swapped for it as a day off (29/4/2024, 02/5/2025)', () => {
    expect(isWorkingDay(calendar, '2024-04-29')).toBe(false);
    expect(isWorkingDay(calendar, '2025-05-02')).toBe(false);
  });

  it('rests on the nghỉ bù of 1/5/2021, a Saturday, on Monday 3/5', () => {
    expect(isWorkingDay(calendar, '2021-05-03')).toBe(false);
    expect(isWorkingDay(calendar, '2021-05-04')).toBe(true);
  });

  it('gives 2021 Quốc khánh two days (BLLĐ 2019 Art. 112): Thursday 2/9 and Friday 3/9', () => {
    expect(isWorkingDay(calendar, '2021-09-02')).toBe(false);
    expect(isWorkingDay(calendar, '2021-09-03')).toBe(false);
    expect(isWorkingDay(calendar, '2020-09-03')).toBe(true);
  });

  it('projects a year with no notice: Tết 2027 falls on 4–10/02', () => {
    expect(isWorkingDay(calendar, '2027-02-04')).toBe(false);
    expect(isWorkingDay(calendar, '2027-02-03')).toBe(true);
    expect(calendar.resolveYear(2027).source).toBe('projection');
  });

  it('refuses a year before any holiday rule it knows (2010)', () => {
    expect(() => isWorkingDay(calendar, '2010-01-04')).toThrow(RangeError);
  });
});

describe('listing a year', () => {
  it('returns an official year exactly as the reference, not projected', () => {
    const reference = builtInHolidayYears.find((data) => data.year === 2021)!;
    expect(listCalendarDays(calendar, 2021)).toEqual(
      reference.days.map((day) => ({ ...day, projected: false })),
    );
  });

  it('flags every day of the expected year 2026 and of a projected year as projected', () => {
    expect(listCalendarDays(calendar, 2026).every((day) => day.projected)).toBe(true);
    const days2030 = listCalendarDays(calendar, 2030);
    expect(days2030).toHaveLength(11);
    expect(days2030.every((day) => day.projected)).toBe(true);
  });

  it('lists a swap as a weekday off and a Saturday worked (2024)', () => {
    const swaps = listCalendarDays(calendar, 2024).filter((day) => day.kind.startsWith('swap_'));
    expect(swaps.map(({ date, kind }) => ({ date, kind }))).toEqual([
      { date: '2024-04-29', kind: 'swap_day_off' },
      { date: '2024-05-04', kind: 'swap_working_day' },
    ]);
  });
});

describe("an administrator's year", () => {
  const entered2027: HolidayYearData = {
    year: 2027,
    status: 'official',
    days: [
      { date: '2027-02-08', name: 'Tết Nguyên đán', kind: 'holiday' },
      { date: '2027-02-12', name: 'Hoán đổi ngày làm việc', kind: 'swap_day_off' },
      { date: '2027-02-20', name: 'Làm bù cho ngày 12/02/2027', kind: 'swap_working_day' },
    ],
  };

  it('replaces the projection of its year and is no longer projected', () => {
    const edited = buildWorkingCalendar({ years: [entered2027] });
    expect(isWorkingDay(edited, '2027-02-04')).toBe(true);
    expect(isWorkingDay(edited, '2027-02-12')).toBe(false);
    expect(isWorkingDay(edited, '2027-02-20')).toBe(true);
    expect(edited.resolveYear(2027).source).toBe('administrator');
    expect(listCalendarDays(edited, 2027).every((day) => !day.projected)).toBe(true);
  });

  it('replaces a built-in year: removing the 2024 swap makes 04/5/2024 a Saturday off again', () => {
    const reference = builtInHolidayYears.find((data) => data.year === 2024)!;
    const withoutSwap = {
      ...reference,
      days: reference.days.filter((day) => !day.kind.startsWith('swap_')),
    };
    const edited = buildWorkingCalendar({ years: [withoutSwap] });
    expect(isWorkingDay(edited, '2024-05-04')).toBe(false);
    expect(isWorkingDay(edited, '2024-04-29')).toBe(true);
    expect(isWorkingDay(calendar, '2024-05-04')).toBe(true);
  });

  it('may work a Saturday of the previous year in exchange for a day in January', () => {
    const entered2030: HolidayYearData = {
      ...entered2027,
      year: 2030,
      days: [
        { date: '2029-12-29', name: 'Làm bù cho ngày 02/01/2030', kind: 'swap_working_day' },
        { date: '2030-01-02', name: 'Hoán đổi ngày làm việc', kind: 'swap_day_off' },
      ],
    };
    const edited = buildWorkingCalendar({ years: [entered2030] });
    expect(isWorkingDay(edited, '2029-12-29')).toBe(true);
    expect(isWorkingDay(edited, '2030-01-02')).toBe(false);
    expect(listCalendarDays(edited, 2029).at(-1)?.date).toBe('2029-12-29');
  });

  it('is checked for a worked weekday, a day off on a weekend, duplicates and bad dates', () => {
    const problems = findHolidayYearProblems({
      year: 2027,
      status: 'official',
      days: [
        { date: '2027-02-09', name: 'x', kind: 'swap_working_day' },
        { date: '2027-02-06', name: 'x', kind: 'holiday' },
        { date: '2027-02-08', name: 'x', kind: 'holiday' },
        { date: '2027-02-08', name: 'x', kind: 'holiday' },
        { date: '2027-02-30', name: 'x', kind: 'holiday' },
        { date: '2031-01-01', name: 'x', kind: 'holiday' },
      ],
    });
    expect(problems.map((problem) => problem.code)).toEqual([
      'working_day_on_weekday',
      'day_off_on_weekend',
      'duplicate_date',
      'invalid_date',
      'date_far_from_year',
    ]);
  });

  it('finds no problem in the built-in reference years', () => {
    for (const data of builtInHolidayYears) expect(findHolidayYearProblems(data)).toEqual([]);
  });
});

describe('settings', () => {
  it('defaults to 07:30–11:30 and 13:30–17:00, a 7½-hour day, with a 15:00 cut-off', () => {
    expect(calendar.dayLengthMs).toBe(7.5 * 3_600_000);
    expect(calendar.cutOffMs).toBe(15 * 3_600_000);
    expect(buildWorkingCalendar({ settings: { receptionCutOff: undefined } }).cutOffMs).toBe(
      15 * 3_600_000,
    );
  });

  it('accepts other hours and refuses an afternoon that starts before the morning ends', () => {
    const summer = buildWorkingCalendar({
      settings: {
        morning: { start: '07:00', end: '11:30' },
        afternoon: { start: '13:30', end: '17:00' },
      },
    });
    expect(summer.dayLengthMs).toBe(8 * 3_600_000);
    expect(() =>
      buildWorkingCalendar({
        settings: {
          morning: { start: '07:30', end: '14:00' },
          afternoon: { start: '13:30', end: '17:00' },
        },
      }),
    ).toThrow(RangeError);
  });
});
