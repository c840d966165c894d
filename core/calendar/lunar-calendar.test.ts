import { describe, expect, it } from 'vitest';
import { composeDayNumber, toIsoDate } from './calendar-date';
import {
  convertLunarToSolar,
  convertSolarToLunar,
  findLeapMonth,
  findLunarNewYear,
} from './lunar-calendar';

/** mulberry32: a deterministic sample, so a failure reproduces. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('Vietnamese lunar calendar (Hồ Ngọc Đức, UTC+7)', () => {
  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ])('puts Tết %i on %s', (year, date) => {
    expect(findLunarNewYear(year)).toBe(date);
    expect(convertSolarToLunar(date)).toEqual({ day: 1, month: 1, year, isLeapMonth: false });
  });

  it('puts Tết 1985 on 21/01, a month before the Chinese calendar (20/02)', () => {
    expect(findLunarNewYear(1985)).toBe('1985-01-21');
    expect(convertSolarToLunar('1985-02-20')).toEqual({
      day: 1,
      month: 2,
      year: 1985,
      isLeapMonth: false,
    });
  });

  it('puts Tết 2007 on 17/02, a day before the Chinese calendar (18/02)', () => {
    expect(findLunarNewYear(2007)).toBe('2007-02-17');
    expect(convertSolarToLunar('2007-02-18')).toEqual({
      day: 2,
      month: 1,
      year: 2007,
      isLeapMonth: false,
    });
  });

  it('puts Giỗ Tổ (10/3 lunar) 2021 on 21/04/2021', () => {
    expect(convertLunarToSolar({ day: 10, month: 3, year: 2021, isLeapMonth: false })).toBe(
      '2021-04-21',
    );
  });

  it('puts Giỗ Tổ 2023 after the leap second month, on Saturday 29/04/2023', () => {
    expect(findLeapMonth(2023)).toBe(2);
    expect(convertLunarToSolar({ day: 10, month: 3, year: 2023, isLeapMonth: false })).toBe(
      '2023-04-29',
    );
  });

  it('tells the leap fourth month of 2020 from the regular one', () => {
    expect(findLeapMonth(2020)).toBe(4);
    expect(convertLunarToSolar({ day: 1, month: 4, year: 2020, isLeapMonth: false })).toBe(
      '2020-04-23',
    );
    expect(convertLunarToSolar({ day: 1, month: 4, year: 2020, isLeapMonth: true })).toBe(
      '2020-05-23',
    );
    expect(convertSolarToLunar('2020-05-23')).toEqual({
      day: 1,
      month: 4,
      year: 2020,
      isLeapMonth: true,
    });
  });

  it('finds no leap month in 2021 and the sixth in 2025', () => {
    expect(findLeapMonth(2021)).toBeNull();
    expect(findLeapMonth(2025)).toBe(6);
  });

  it('dates lunar New Year’s Eve 2021 as the 30th of the twelfth month of 2020', () => {
    expect(convertSolarToLunar('2021-02-11')).toEqual({
      day: 30,
      month: 12,
      year: 2020,
      isLeapMonth: false,
    });
  });

  it('refuses a leap month the year does not have and a 30th in a 29-day month', () => {
    expect(() => convertLunarToSolar({ day: 1, month: 5, year: 2020, isLeapMonth: true })).toThrow(
      RangeError,
    );
    expect(() =>
      convertLunarToSolar({ day: 30, month: 1, year: 2021, isLeapMonth: false }),
    ).toThrow(RangeError);
    expect(() => convertLunarToSolar({ day: 0, month: 1, year: 2021, isLeapMonth: false })).toThrow(
      RangeError,
    );
  });

  it('refuses years outside 1800–2199', () => {
    expect(() => findLunarNewYear(2200)).toThrow(RangeError);
    expect(() => convertSolarToLunar('1799-06-01')).toThrow(RangeError);
  });

  it('round-trips a sample of days from 1900 to 2199 through the lunar calendar', () => {
    const random = createRandom(20210305);
    const first = composeDayNumber(1900, 3, 1);
    const last = composeDayNumber(2199, 10, 31);
    for (let sample = 0; sample < 300; sample += 1) {
      const date = toIsoDate(first + Math.floor(random() * (last - first)));
      const lunar = convertSolarToLunar(date);
      expect(lunar.day).toBeGreaterThanOrEqual(1);
      expect(lunar.day).toBeLessThanOrEqual(30);
      expect(convertLunarToSolar(lunar)).toBe(date);
    }
  });
});
