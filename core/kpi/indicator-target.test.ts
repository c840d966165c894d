import { describe, expect, it } from 'vitest';
import { formatTargetVi, meetsTarget } from './indicator-target';

// Comparators and wording: hatinh-2021-plan.json and its notes §2 "Targets and indicators".
describe('meetsTarget', () => {
  it('meets "tối thiểu 98,5 %" (>=) at exactly 98.5 but not at 98.49', () => {
    expect(meetsTarget(98.5, { comparator: '>=', threshold: 98.5 })).toBe(true);
    expect(meetsTarget(98.49, { comparator: '>=', threshold: 98.5 })).toBe(false);
  });

  it('does not meet "trên 90 %" (>) at exactly 90', () => {
    expect(meetsTarget(90, { comparator: '>', threshold: 90 })).toBe(false);
    expect(meetsTarget(90.01, { comparator: '>', threshold: 90 })).toBe(true);
  });

  it('meets "không quá 50 %" (<=) at exactly 50 and "dưới 29 %" (<) only below 29', () => {
    expect(meetsTarget(50, { comparator: '<=', threshold: 50 })).toBe(true);
    expect(meetsTarget(29, { comparator: '<', threshold: 29 })).toBe(false);
    expect(meetsTarget(28.99, { comparator: '<', threshold: 29 })).toBe(true);
  });

  it('meets "= 100 %" at 100 despite binary noise but not at 99.99', () => {
    expect(meetsTarget(0.1 * 3 * (1000 / 3), { comparator: '=', threshold: 100 })).toBe(true);
    expect(meetsTarget(99.99, { comparator: '=', threshold: 100 })).toBe(false);
  });
});

describe('formatTargetVi', () => {
  it('speaks the plan: "tối thiểu", "trên", "không quá", "dưới", bare for "="', () => {
    expect(formatTargetVi({ comparator: '>=', threshold: 98.5 }, 'percent')).toBe(
      'tối thiểu 98,5 %',
    );
    expect(formatTargetVi({ comparator: '>', threshold: 12_500 }, 'billion_vnd')).toBe(
      'trên 12.500 tỷ đồng',
    );
    expect(formatTargetVi({ comparator: '<=', threshold: 50 }, 'percent')).toBe('không quá 50 %');
    expect(formatTargetVi({ comparator: '<', threshold: 29 }, 'percent')).toBe('dưới 29 %');
    expect(formatTargetVi({ comparator: '=', threshold: 100 }, 'percent')).toBe('100 %');
  });
});
