import { describe, expect, it } from 'vitest';
import {
  countDaysInclusive,
  countDaysInMonth,
  isCalendarDate,
  parseCalendarDate,
  shiftMonth,
} from './calendar-date';

describe('calendar dates', () => {
  it('knows 29 February only in leap years, 2000 included and 2100 excluded', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(countDaysInMonth(2000, 2)).toBe(29);
    expect(countDaysInMonth(2100, 2)).toBe(28);
  });

  it('rejects month 13, day 0 and dates without leading zeros', () => {
    expect(parseCalendarDate('2021-13-01')).toBeNull();
    expect(parseCalendarDate('2021-01-00')).toBeNull();
    expect(parseCalendarDate('2021-1-5')).toBeNull();
  });

  it('shifts January back to December of the year before', () => {
    expect(shiftMonth(2021, 1, -1)).toEqual({ year: 2020, month: 12 });
    expect(shiftMonth(2021, 12, 1)).toEqual({ year: 2022, month: 1 });
  });

  it('counts both ends of a range and gives 0 for a reversed one', () => {
    expect(countDaysInclusive('2020-12-15', '2021-03-14')).toBe(90);
    expect(countDaysInclusive('2021-03-14', '2021-03-13')).toBe(0);
  });
});
