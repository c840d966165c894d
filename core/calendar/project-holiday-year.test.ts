import { describe, expect, it } from 'vitest';
import { isWeekend, toDayNumber } from './calendar-date';
import { builtInHolidayYears } from './holiday-data';
import { projectHolidayYear } from './project-holiday-year';

const pick = (days: readonly { date: string; kind: string }[]) =>
  days.map(({ date, kind }) => ({ date, kind }));

describe('projecting a year without a notice', () => {
  it.each(builtInHolidayYears.map((data) => [data.year, data] as const))(
    'reproduces the reference year %i except its swaps',
    (year, data) => {
      const withoutSwaps = data.days.filter((day) => !day.kind.startsWith('swap_'));
      expect(pick(projectHolidayYear(year).days)).toEqual(pick(withoutSwaps));
    },
  );

  it('marks the year projected and names the law it follows', () => {
    const projection = projectHolidayYear(2027);
    expect(projection.status).toBe('projected');
    expect(projection.note).toContain('Bộ luật Lao động 2019');
    expect(projectHolidayYear(2019).note).toContain('Bộ luật Lao động 2012');
  });

  it('gives 2021 Quốc khánh two days (BLLĐ 2019 Art. 112) and 2020 one (BLLĐ 2012)', () => {
    const nationalDays = (year: number) =>
      projectHolidayYear(year)
        .days.filter((day) => day.name === 'Quốc khánh')
        .map((day) => day.date);
    expect(nationalDays(2021)).toEqual(['2021-09-02', '2021-09-03']);
    expect(nationalDays(2020)).toEqual(['2020-09-02']);
  });

  it('adds a compensatory day when 2/9 falls on Sunday (2029: Mon 3/9 and nghỉ bù Tue 4/9)', () => {
    const september = projectHolidayYear(2029).days.filter((day) => day.date.startsWith('2029-09'));
    expect(september).toEqual([
      { date: '2029-09-03', name: 'Quốc khánh', kind: 'holiday' },
      {
        date: '2029-09-04',
        name: 'Nghỉ bù Quốc khánh (2/9 là Chủ nhật)',
        kind: 'compensatory',
      },
    ]);
  });

  it('takes Friday 1/9 and makes up 2/9 on Monday when 2/9 falls on Saturday (2028)', () => {
    const september = projectHolidayYear(2028).days.filter((day) => day.date.startsWith('2028-09'));
    expect(pick(september)).toEqual([
      { date: '2028-09-01', kind: 'holiday' },
      { date: '2028-09-04', kind: 'compensatory' },
    ]);
  });

  it('makes up 1/1 on Monday 3/1 when it falls on Saturday (2028)', () => {
    expect(projectHolidayYear(2028).days[0]).toEqual({
      date: '2028-01-03',
      name: 'Nghỉ bù Tết Dương lịch (1/1 là thứ Bảy)',
      kind: 'compensatory',
    });
  });

  it('moves a Tết Saturday to the previous free weekday and a Sunday to the next (Tết 2027)', () => {
    const tet = projectHolidayYear(2027)
      .days.filter((day) => day.name === 'Tết Nguyên đán')
      .map((day) => day.date);
    // Lunar New Year's Eve is Fri 5/2, mùng 1 Sat 6/2, mùng 2 Sun 7/2.
    expect(tet).toEqual(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']);
  });

  it('makes up two weekend holidays on two successive days after 1/5 (2023 pattern)', () => {
    // 2023: Giỗ Tổ Sat 29/4, Chiến thắng Sun 30/4, Lao động Mon 1/5.
    expect(pick(projectHolidayYear(2023).days.slice(6, 9))).toEqual([
      { date: '2023-05-01', kind: 'holiday' },
      { date: '2023-05-02', kind: 'compensatory' },
      { date: '2023-05-03', kind: 'compensatory' },
    ]);
  });

  it('lists only weekdays, in date order, for every year to 2060', () => {
    for (let year = 2014; year <= 2060; year += 1) {
      const dates = projectHolidayYear(year).days.map((day) => day.date);
      expect(dates.every((date) => !isWeekend(toDayNumber(date)))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(year >= 2021 ? 11 : 10);
    }
  });

  it('refuses years before the 2012 Labour Code and beyond the lunar tables', () => {
    expect(() => projectHolidayYear(2013)).toThrow(RangeError);
    expect(() => projectHolidayYear(2199)).toThrow(RangeError);
    expect(() => projectHolidayYear(2030.5)).toThrow(RangeError);
  });
});
