import { describe, expect, it } from 'vitest';
import { formatPeriodCode, parsePeriodCode } from './period-code';
import {
  findPreviousPeriod,
  findSamePeriodLastYear,
  isPeriodWithin,
  listPeriodsWithin,
} from './period-relations';

const period = (code: string) => parsePeriodCode(code)!;
const codes = (list: ReturnType<typeof listPeriodsWithin>) => list.map(formatPeriodCode);

describe('findPreviousPeriod', () => {
  it('steps from Q1 back to Q4 of the year before', () => {
    expect(formatPeriodCode(findPreviousPeriod(period('2021Q1')))).toBe('2020Q4');
    expect(formatPeriodCode(findPreviousPeriod(period('2021Q3')))).toBe('2021Q2');
  });

  it('compares the first half with the first half of the year before, having no S2', () => {
    expect(formatPeriodCode(findPreviousPeriod(period('2021S1')))).toBe('2020S1');
  });

  it('steps a year back to the year before', () => {
    expect(formatPeriodCode(findPreviousPeriod(period('2021')))).toBe('2020');
  });
});

describe('findSamePeriodLastYear', () => {
  it('keeps the quarter and moves the year', () => {
    expect(formatPeriodCode(findSamePeriodLastYear(period('2021Q3')))).toBe('2020Q3');
  });
});

describe('listPeriodsWithin', () => {
  it('lists S1 and the four quarters inside a year', () => {
    expect(codes(listPeriodsWithin(period('2021')))).toEqual([
      '2021S1',
      '2021Q1',
      '2021Q2',
      '2021Q3',
      '2021Q4',
    ]);
  });

  it('lists Q1 and Q2 inside S1 and nothing inside a quarter', () => {
    expect(codes(listPeriodsWithin(period('2021S1')))).toEqual(['2021Q1', '2021Q2']);
    expect(listPeriodsWithin(period('2021Q2'))).toEqual([]);
  });
});

describe('isPeriodWithin', () => {
  it('puts Q2 inside S1 but not Q3, and nothing inside another year', () => {
    expect(isPeriodWithin(period('2021Q2'), period('2021S1'))).toBe(true);
    expect(isPeriodWithin(period('2021Q3'), period('2021S1'))).toBe(false);
    expect(isPeriodWithin(period('2020Q4'), period('2021'))).toBe(false);
  });

  it('treats a period as lying inside itself and a year as not inside its quarter', () => {
    expect(isPeriodWithin(period('2021'), period('2021'))).toBe(true);
    expect(isPeriodWithin(period('2021'), period('2021Q1'))).toBe(false);
  });
});
