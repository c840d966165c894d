import { describe, expect, it } from 'vitest';
import {
  computeApologyCoverage,
  computeOnlineRate,
  computeOnTimeRate,
  computeSatisfactionRate,
  computeShareOfUnits,
} from './compute-rates';

describe('computeOnTimeRate', () => {
  it('returns null on-time rate when no dossier has ended', () => {
    expect(computeOnTimeRate({ onTime: 0, late: 0 })).toBeNull();
  });

  it('divides early-or-on-time by ended dossiers (T05a "trước và đúng hạn")', () => {
    expect(computeOnTimeRate({ onTime: 197, late: 3 })).toBe(98.5);
  });

  it('gives 0 % when every ended dossier was late', () => {
    expect(computeOnTimeRate({ onTime: 0, late: 4 })).toBe(0);
  });
});

describe('computeSatisfactionRate', () => {
  it('returns null when nobody rated', () => {
    expect(computeSatisfactionRate({ satisfied: 0, rated: 0 })).toBeNull();
  });

  it('counts neutral ratings in the denominator (vn-regulations.md §5: satisfied or very satisfied)', () => {
    expect(computeSatisfactionRate({ satisfied: 91, rated: 100 })).toBe(91);
  });

  it('refuses more satisfied ratings than ratings', () => {
    expect(() => computeSatisfactionRate({ satisfied: 5, rated: 4 })).toThrow(RangeError);
  });
});

describe('computeOnlineRate', () => {
  it('returns null when there were no dossiers at all', () => {
    expect(computeOnlineRate({ online: 0, total: 0 })).toBeNull();
  });

  it('divides online by all (QĐ 766 online dossier share)', () => {
    expect(computeOnlineRate({ online: 1, total: 2 })).toBe(50);
  });
});

describe('computeShareOfUnits', () => {
  it('returns null for an empty set of units', () => {
    expect(computeShareOfUnits({ meeting: 0, units: 0 })).toBeNull();
  });

  it('gives 35 % for 7 of 20 units inspected (T03a threshold)', () => {
    expect(computeShareOfUnits({ meeting: 7, units: 20 })).toBe(35);
  });
});

describe('computeApologyCoverage', () => {
  it('returns null when no dossier was overdue (T05b has nothing to cover)', () => {
    expect(computeApologyCoverage({ withApology: 0, overdue: 0 })).toBeNull();
  });

  it('gives 50 % when one of two overdue dossiers has an apology letter (Mẫu 04)', () => {
    expect(computeApologyCoverage({ withApology: 1, overdue: 2 })).toBe(50);
  });
});
