import { roundHalfAwayFromZero } from './percentage';

/**
 * Points of one indicator of the real-time service index (QĐ 766/QĐ-TTg 2022; formula marked
 * [practice] in vn-regulations.md §2): the maximum when the rate reaches the threshold, else
 * rate × maximum ÷ threshold. Rounded to 2 decimals by the one rounding rule.
 * `null` when the rate is `null` (nothing to measure); the index decides what that scores.
 */
export function scoreServiceIndicator({
  rate,
  threshold,
  maxPoints,
}: {
  rate: number | null;
  threshold: number;
  maxPoints: number;
}): number | null {
  if (!(threshold > 0) || !(maxPoints >= 0)) {
    throw new RangeError(
      `threshold must be above 0 and points not negative: ${threshold}, ${maxPoints}`,
    );
  }
  if (rate === null) return null;
  if (rate >= threshold) return maxPoints;
  return roundHalfAwayFromZero((Math.max(0, rate) * maxPoints) / threshold, 2);
}
