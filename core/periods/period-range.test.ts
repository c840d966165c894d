import { describe, expect, it } from 'vitest';
import { parsePeriodCode } from './period-code';
import {
  computeDataWindow,
  computeElapsedShare,
  computePeriodRange,
  findPeriodForDate,
  isDateInRange,
} from './period-range';

const period = (code: string) => parsePeriodCode(code)!;

describe('computePeriodRange', () => {
  it('covers whole calendar months, ending Q1 on 31 March', () => {
    expect(computePeriodRange(period('2021Q1'))).toEqual({
      start: '2021-01-01',
      end: '2021-03-31',
    });
    expect(computePeriodRange(period('2021S1'))).toEqual({
      start: '2021-01-01',
      end: '2021-06-30',
    });
    expect(computePeriodRange(period('2021'))).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});

// NĐ 09/2019 data windows, vn-regulations.md §6: 15th of the month before to the 14th.
describe('computeDataWindow', () => {
  it('opens Q1 2021 on 15 December 2020 and closes it on 14 March 2021', () => {
    expect(computeDataWindow(period('2021Q1'))).toEqual({ start: '2020-12-15', end: '2021-03-14' });
  });

  it('runs the six-month window 15/12–14/06 and the year window 15/12–14/12', () => {
    expect(computeDataWindow(period('2021S1'))).toEqual({ start: '2020-12-15', end: '2021-06-14' });
    expect(computeDataWindow(period('2021'))).toEqual({ start: '2020-12-15', end: '2021-12-14' });
  });

  it('opens Q4 on 15 September', () => {
    expect(computeDataWindow(period('2021Q4'))).toEqual({ start: '2021-09-15', end: '2021-12-14' });
  });

  it('uses the calendar months when the rule is "calendar"', () => {
    expect(computeDataWindow(period('2021Q2'), { kind: 'calendar' })).toEqual({
      start: '2021-04-01',
      end: '2021-06-30',
    });
  });

  it('follows a configured cut-off day other than the 14th', () => {
    expect(computeDataWindow(period('2021Q1'), { kind: 'cut_off_day', cutOffDay: 20 })).toEqual({
      start: '2020-12-21',
      end: '2021-03-20',
    });
  });

  it('refuses a cut-off day of 28, whose next day does not exist in February 2021', () => {
    expect(() =>
      computeDataWindow(period('2021Q2'), { kind: 'cut_off_day', cutOffDay: 28 }),
    ).toThrow(RangeError);
  });
});

describe('findPeriodForDate', () => {
  it('puts 14 March 2021 in the Q1 window and 15 March 2021 in the Q2 window', () => {
    expect(findPeriodForDate('2021-03-14', 'quarter')).toEqual(period('2021Q1'));
    expect(findPeriodForDate('2021-03-15', 'quarter')).toEqual(period('2021Q2'));
  });

  it('puts 15 December 2020 in the 2021 year, first half and Q1 windows', () => {
    expect(findPeriodForDate('2020-12-15', 'year')).toEqual(period('2021'));
    expect(findPeriodForDate('2020-12-15', 'half_year')).toEqual(period('2021S1'));
    expect(findPeriodForDate('2020-12-15', 'quarter')).toEqual(period('2021Q1'));
    expect(findPeriodForDate('2020-12-14', 'year')).toEqual(period('2020'));
  });

  it('finds no six-month period for 15 June, which only the year report covers', () => {
    expect(findPeriodForDate('2021-06-14', 'half_year')).toEqual(period('2021S1'));
    expect(findPeriodForDate('2021-06-15', 'half_year')).toBeNull();
  });

  it('puts 31 March in Q1 under calendar windows', () => {
    expect(findPeriodForDate('2021-03-31', 'quarter', { kind: 'calendar' })).toEqual(
      period('2021Q1'),
    );
  });

  it('agrees with computeDataWindow on every day of 2021', () => {
    for (let day = new Date(Date.UTC(2021, 0, 1)); day.getUTCFullYear() === 2021; ) {
      const date = day.toISOString().slice(0, 10);
      const found = findPeriodForDate(date, 'quarter')!;
      expect(isDateInRange(date, computeDataWindow(found))).toBe(true);
      day = new Date(day.getTime() + 86_400_000);
    }
  });

  it('rejects 30 February', () => {
    expect(() => findPeriodForDate('2021-02-30', 'quarter')).toThrow(RangeError);
  });
});

describe('computeElapsedShare', () => {
  const q1 = { start: '2021-01-01', end: '2021-03-31' };

  it('is 0 before the period starts and 1 on and after its last day', () => {
    expect(computeElapsedShare(q1, '2020-12-31')).toBe(0);
    expect(computeElapsedShare(q1, '2021-03-31')).toBe(1);
    expect(computeElapsedShare(q1, '2021-07-01')).toBe(1);
  });

  it('counts the as-of day itself: 1 January is 1/90 of Q1 2021', () => {
    expect(computeElapsedShare(q1, '2021-01-01')).toBeCloseTo(1 / 90, 12);
    expect(computeElapsedShare(q1, '2021-02-14')).toBeCloseTo(45 / 90, 12);
  });
});
