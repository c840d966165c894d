/**
 * The one rounding rule for figures computed in core (ARCHITECTURE.md: "percentages computed in
 * core with one rounding rule"):
 *
 * - Round half away from zero to 2 decimals (98.505 → 98.51, -0.125 → -0.13), the school rule
 *   that people checking a report by hand apply.
 * - A share of counts is computed from the integers, so no binary fraction can tip a half
 *   (197/200 is exactly 98.5; 1/3 is 33.33; 2/3 is 66.67).
 * - A share short of the whole never rounds up to 100, and a share above nothing never rounds
 *   down to 0 (99 999 of 100 000 is 99.99, not 100). Fourteen of the 28 indicators of the 2021
 *   plan are "= 100 %" (hatinh-2021-plan.json); rounding alone must never meet one of them.
 */
export const percentageDecimals = 2;

export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const factor = 10 ** decimals;
  // toPrecision(15) removes binary noise first: 1.005 * 100 is 100.49999999999999 in binary.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

export function roundPercentage(value: number): number {
  return roundHalfAwayFromZero(value, percentageDecimals);
}

/**
 * `numerator` as a percentage of `denominator`, rounded by the rule above; `null` when the
 * denominator is 0 (nothing to measure is not the same as 0 %). Counts must not be negative.
 * A numerator above the denominator is allowed (e.g. T07b, hires against posts freed).
 */
export function computePercentage(numerator: number, denominator: number): number | null {
  if (numerator < 0 || denominator < 0 || !Number.isFinite(numerator + denominator)) {
    throw new RangeError(`counts must be finite and not negative: ${numerator}/${denominator}`);
  }
  if (denominator === 0) return null;
  const rounded = isExactIntegerShare(numerator, denominator)
    ? roundIntegerShare(numerator, denominator)
    : roundPercentage((numerator * 100) / denominator);
  const smallestStep = 10 ** -percentageDecimals;
  if (numerator > 0 && rounded === 0) return smallestStep;
  if (numerator < denominator && rounded >= 100) return roundPercentage(100 - smallestStep);
  return rounded;
}

function isExactIntegerShare(numerator: number, denominator: number): boolean {
  return (
    Number.isInteger(numerator) &&
    Number.isInteger(denominator) &&
    Number.isSafeInteger(numerator * 20_000 + denominator)
  );
}

/** Half up on hundredths of a percent: floor((n·10 000 + d/2) / d), all in exact integers. */
function roundIntegerShare(numerator: number, denominator: number): number {
  const hundredths = Math.floor((numerator * 20_000 + denominator) / (2 * denominator));
  return hundredths / 100;
}
