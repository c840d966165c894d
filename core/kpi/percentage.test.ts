import { describe, expect, it } from 'vitest';
import { computePercentage, roundHalfAwayFromZero, roundPercentage } from './percentage';

// The one rounding rule (ARCHITECTURE.md "percentages computed in core with one rounding rule").
describe('roundPercentage', () => {
  it('rounds a written half up even when binary makes it slightly less (1.005 → 1.01)', () => {
    expect(roundPercentage(1.005)).toBe(1.01);
    expect(roundPercentage(98.505)).toBe(98.51);
    expect(roundPercentage(98.504)).toBe(98.5);
  });

  it('rounds a negative half away from zero and never returns -0', () => {
    expect(roundPercentage(-0.125)).toBe(-0.13);
    expect(Object.is(roundPercentage(-0.001), 0)).toBe(true);
  });

  it('refuses infinity and NaN', () => {
    expect(() => roundHalfAwayFromZero(Number.NaN, 2)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 2)).toThrow(RangeError);
  });
});

describe('computePercentage', () => {
  it('returns null for an empty denominator rather than 0 %', () => {
    expect(computePercentage(0, 0)).toBeNull();
  });

  it('computes shares of counts exactly: 197/200 is 98.5, 1/3 is 33.33, 2/3 is 66.67', () => {
    expect(computePercentage(197, 200)).toBe(98.5);
    expect(computePercentage(1, 3)).toBe(33.33);
    expect(computePercentage(2, 3)).toBe(66.67);
    expect(computePercentage(1, 8)).toBe(12.5);
  });

  it('rounds a half at the third decimal up: 201 of 20 000 is 1.01 %', () => {
    expect(computePercentage(201, 20_000)).toBe(1.01);
  });

  it('keeps 99 999 of 100 000 at 99.99 so that "= 100 %" is not met by rounding', () => {
    // 14 of the 28 indicators of KH 513/KH-UBND are "= 100 %" (hatinh-2021-plan.json).
    expect(computePercentage(99_999, 100_000)).toBe(99.99);
    expect(computePercentage(100_000, 100_000)).toBe(100);
  });

  it('keeps 1 of 1 000 000 at 0.01 so that a single case does not vanish', () => {
    expect(computePercentage(1, 1_000_000)).toBe(0.01);
    expect(computePercentage(0, 1_000_000)).toBe(0);
  });

  it('allows a numerator above the denominator (T07b: hires against posts freed)', () => {
    expect(computePercentage(3, 2)).toBe(150);
  });

  it('rounds non-integer inputs by the same rule', () => {
    expect(computePercentage(0.5, 3)).toBe(16.67);
  });

  it('refuses negative counts', () => {
    expect(() => computePercentage(-1, 10)).toThrow(RangeError);
  });
});
