import { describe, expect, it } from 'vitest';
import {
  aggregateAllUnits,
  aggregateAverage,
  aggregateRatioOfSums,
  aggregateShareOfUnitsMeeting,
  aggregateSum,
  aggregateUnitValues,
} from './aggregate-unit-values';

const fullCoverage = { comparator: '=', threshold: 100 } as const;

describe('aggregateRatioOfSums', () => {
  it('weighs each dossier equally, not each unit: (1 + 99) / (2 + 100) is 98.04 %, not 74.5 %', () => {
    expect(
      aggregateRatioOfSums([
        { numerator: 1, denominator: 2 },
        { numerator: 99, denominator: 100 },
      ]),
    ).toEqual({ value: 98.04, unitsWithData: 2, unitsWithoutData: 0 });
  });

  it('returns null when no dossier ended anywhere in the subtree', () => {
    expect(aggregateRatioOfSums([{ numerator: 0, denominator: 0 }, null]).value).toBeNull();
  });

  it('counts units that did not report', () => {
    expect(aggregateRatioOfSums([{ numerator: 3, denominator: 4 }, null])).toEqual({
      value: 75,
      unitsWithData: 1,
      unitsWithoutData: 1,
    });
  });
});

describe('aggregateShareOfUnitsMeeting', () => {
  it('gives 35 % when 7 of 20 units were inspected (T03a ≥ 35 %)', () => {
    const values = [...Array(7).fill(100), ...Array(13).fill(0)];
    expect(aggregateShareOfUnitsMeeting(values, fullCoverage).value).toBe(35);
  });

  it('counts a unit without data in the denominator and not as meeting', () => {
    expect(aggregateShareOfUnitsMeeting([100, null], fullCoverage)).toEqual({
      value: 50,
      unitsWithData: 1,
      unitsWithoutData: 1,
    });
  });

  it('returns null when no unit has data', () => {
    expect(aggregateShareOfUnitsMeeting([null, null], fullCoverage).value).toBeNull();
    expect(aggregateShareOfUnitsMeeting([], fullCoverage).value).toBeNull();
  });
});

describe('aggregateAllUnits', () => {
  it('gives 100 only when every unit reports and meets', () => {
    expect(aggregateAllUnits([100, 100], fullCoverage).value).toBe(100);
  });

  it('gives 0 as soon as one unit misses, even with others missing', () => {
    expect(aggregateAllUnits([100, 99.99, null], fullCoverage).value).toBe(0);
  });

  it('returns null when none misses but one has not reported, and for no units at all', () => {
    expect(aggregateAllUnits([100, null], fullCoverage).value).toBeNull();
    expect(aggregateAllUnits([], fullCoverage).value).toBeNull();
  });
});

describe('aggregateSum and aggregateAverage', () => {
  it('adds what was reported and returns null when nothing was', () => {
    expect(aggregateSum([1_200, null, 800])).toEqual({
      value: 2_000,
      unitsWithData: 2,
      unitsWithoutData: 1,
    });
    expect(aggregateSum([null]).value).toBeNull();
  });

  it('averages reported values with the percentage rounding rule', () => {
    expect(aggregateAverage([15, 16, 16]).value).toBe(15.67);
    expect(aggregateAverage([]).value).toBeNull();
  });
});

describe('aggregateUnitValues', () => {
  it('dispatches on the rule named by the indicator', () => {
    expect(aggregateUnitValues({ rule: 'sum', values: [1, 2] }).value).toBe(3);
    expect(
      aggregateUnitValues({ rule: 'all_units', values: [100], target: fullCoverage }).value,
    ).toBe(100);
    expect(
      aggregateUnitValues({ rule: 'ratio_of_sums', parts: [{ numerator: 1, denominator: 4 }] })
        .value,
    ).toBe(25);
  });
});
