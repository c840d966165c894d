import { describe, expect, it } from 'vitest';
import { isIsoDate, isWeekend, toDayNumber, toIsoDate, weekdayOf, yearOf } from './calendar-date';

describe('calendar dates', () => {
  it('numbers 1970-01-01 as day 0 and round-trips dates before and after it', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    for (const date of ['1969-12-31', '2000-02-29', '2021-03-05', '2199-12-31']) {
      expect(toIsoDate(toDayNumber(date))).toBe(date);
    }
  });

  it('knows 2021-03-05 was a Friday and 2024-05-04 a Saturday', () => {
    expect(weekdayOf(toDayNumber('2021-03-05'))).toBe(5);
    expect(isWeekend(toDayNumber('2024-05-04'))).toBe(true);
    expect(isWeekend(toDayNumber('1969-12-28'))).toBe(true);
  });

  it('rejects 2021-02-30, single-digit parts and two-digit years', () => {
    for (const value of ['2021-02-30', '2021-2-3', '21-03-05', '2021-13-01', '2021-03-05T00:00']) {
      expect(isIsoDate(value)).toBe(false);
      expect(() => toDayNumber(value)).toThrow(RangeError);
    }
  });

  it('finds the year of the last and first day of a year', () => {
    expect(yearOf(toDayNumber('2021-12-31'))).toBe(2021);
    expect(yearOf(toDayNumber('2022-01-01'))).toBe(2022);
  });
});
