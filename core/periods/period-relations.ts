import { findPeriodMonths, type Period, type Quarter } from './period-code';

/**
 * The period a "change from previous" compares with: the quarter before (2021Q1 → 2020Q4), the
 * year before (2021 → 2020). For the six-month period it is the first half of the year before
 * (2021S1 → 2020S1): there is no second-half period (period-code.ts), and Vietnamese six-month
 * reports compare with "cùng kỳ năm trước" anyway.
 */
export function findPreviousPeriod(period: Period): Period {
  switch (period.kind) {
    case 'quarter':
      return period.quarter === 1
        ? { kind: 'quarter', year: period.year - 1, quarter: 4 }
        : { kind: 'quarter', year: period.year, quarter: (period.quarter - 1) as Quarter };
    case 'half_year':
      return { kind: 'half_year', year: period.year - 1, half: 1 };
    case 'year':
      return { kind: 'year', year: period.year - 1 };
  }
}

/** "Cùng kỳ năm trước": the same quarter, half or year one year earlier. */
export function findSamePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}

/**
 * Every shorter period inside `period`, longest first: a year holds S1 and Q1–Q4; S1 holds Q1
 * and Q2; a quarter holds nothing.
 */
export function listPeriodsWithin(period: Period): Period[] {
  const { year } = period;
  const quarters = (list: Quarter[]): Period[] =>
    list.map((quarter): Period => ({ kind: 'quarter', year, quarter }));
  switch (period.kind) {
    case 'quarter':
      return [];
    case 'half_year':
      return quarters([1, 2]);
    case 'year':
      return [{ kind: 'half_year', year, half: 1 }, ...quarters([1, 2, 3, 4])];
  }
}

/** True when `inner` lies inside `outer`; a period lies inside itself. */
export function isPeriodWithin(inner: Period, outer: Period): boolean {
  if (inner.year !== outer.year) return false;
  const innerMonths = findPeriodMonths(inner);
  const outerMonths = findPeriodMonths(outer);
  return (
    innerMonths.firstMonth >= outerMonths.firstMonth &&
    innerMonths.lastMonth <= outerMonths.lastMonth
  );
}
