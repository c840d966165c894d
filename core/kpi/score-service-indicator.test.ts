import { describe, expect, it } from 'vitest';
import { scoreServiceIndicator } from './score-service-indicator';

// QĐ 766/QĐ-TTg scoring, vn-regulations.md §2 [practice].
describe('scoreServiceIndicator', () => {
  it('gives the maximum once the rate reaches the threshold', () => {
    expect(scoreServiceIndicator({ rate: 80, threshold: 80, maxPoints: 6 })).toBe(6);
    expect(scoreServiceIndicator({ rate: 95, threshold: 80, maxPoints: 6 })).toBe(6);
  });

  it('scales below the threshold: 40 % against 50 % of 6 points is 4.8', () => {
    expect(scoreServiceIndicator({ rate: 40, threshold: 50, maxPoints: 6 })).toBe(4.8);
  });

  it('returns null when there is no rate', () => {
    expect(scoreServiceIndicator({ rate: null, threshold: 50, maxPoints: 6 })).toBeNull();
  });

  it('refuses a zero threshold', () => {
    expect(() => scoreServiceIndicator({ rate: 10, threshold: 0, maxPoints: 6 })).toThrow(
      RangeError,
    );
  });
});
