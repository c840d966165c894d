import { type IndicatorTarget, meetsTarget } from './indicator-target';
import { computePercentage, roundHalfAwayFromZero } from './percentage';

/**
 * How an indicator's unit values combine into a figure for a subtree of units. Each indicator
 * names its rule; nothing is guessed from the unit of measure.
 * - `ratio_of_sums`: Σ numerators ÷ Σ denominators, as a percentage. For rates over dossiers
 *   (T05a on-time, T09d dossiers in the one-stop system): every dossier weighs the same, a small
 *   commune does not weigh as much as the service centre.
 * - `share_of_units_meeting`: percentage of units whose own value meets the target ("Tối thiểu
 *   35 % cơ quan đơn vị được kiểm tra CCHC", T03a).
 * - `all_units`: 100 when every unit meets the target, 0 when one does not ("100 % các sở, ban,
 *   ngành … ban hành Kế hoạch", T01a, evaluated with `= 100`).
 * - `sum`: totals (billion VND, T12a/T12b).
 * - `average`: unweighted mean of unit values (scores).
 *
 * Pass the values of every unit of the subtree, not the aggregates of its children: only `sum`
 * and `ratio_of_sums` compose, and only when given parts. A unit without data is `null`.
 */
export const aggregationRules = [
  'ratio_of_sums',
  'share_of_units_meeting',
  'all_units',
  'sum',
  'average',
] as const;
export type AggregationRule = (typeof aggregationRules)[number];

export type RatioParts = { numerator: number; denominator: number };

export type AggregateResult = {
  /** `null` when no unit has data, or when the rule cannot decide without the missing ones. */
  value: number | null;
  unitsWithData: number;
  unitsWithoutData: number;
};

export type AggregationInput =
  | { rule: 'ratio_of_sums'; parts: readonly (RatioParts | null)[] }
  | { rule: 'sum' | 'average'; values: readonly (number | null)[] }
  | {
      rule: 'share_of_units_meeting' | 'all_units';
      values: readonly (number | null)[];
      target: IndicatorTarget;
    };

export function aggregateUnitValues(input: AggregationInput): AggregateResult {
  switch (input.rule) {
    case 'ratio_of_sums':
      return aggregateRatioOfSums(input.parts);
    case 'sum':
      return aggregateSum(input.values);
    case 'average':
      return aggregateAverage(input.values);
    case 'share_of_units_meeting':
      return aggregateShareOfUnitsMeeting(input.values, input.target);
    case 'all_units':
      return aggregateAllUnits(input.values, input.target);
  }
}

/** `null` when the denominators add up to 0 (e.g. no dossier ended anywhere in the subtree). */
export function aggregateRatioOfSums(parts: readonly (RatioParts | null)[]): AggregateResult {
  const reported = parts.filter((part): part is RatioParts => part !== null);
  const numerator = reported.reduce((total, part) => total + part.numerator, 0);
  const denominator = reported.reduce((total, part) => total + part.denominator, 0);
  return withCounts(parts.length, reported.length, computePercentage(numerator, denominator));
}

/** Skips units without data; the completeness shown beside the total tells how many. */
export function aggregateSum(values: readonly (number | null)[]): AggregateResult {
  const reported = keepReported(values);
  const value = reported.length === 0 ? null : reported.reduce((total, item) => total + item, 0);
  return withCounts(values.length, reported.length, value);
}

/** Mean of the units with data, rounded by the percentage rule (2 decimals, half away from 0). */
export function aggregateAverage(values: readonly (number | null)[]): AggregateResult {
  const reported = keepReported(values);
  const value =
    reported.length === 0
      ? null
      : roundHalfAwayFromZero(
          reported.reduce((total, item) => total + item, 0) / reported.length,
          2,
        );
  return withCounts(values.length, reported.length, value);
}

/**
 * The denominator is every unit of the subtree: a unit that did not report is not counted as
 * meeting the target (the plan counts units that did the thing, not units that answered).
 */
export function aggregateShareOfUnitsMeeting(
  values: readonly (number | null)[],
  target: IndicatorTarget,
): AggregateResult {
  const reported = keepReported(values);
  if (reported.length === 0) return withCounts(values.length, 0, null);
  const meeting = reported.filter((value) => meetsTarget(value, target)).length;
  return withCounts(values.length, reported.length, computePercentage(meeting, values.length));
}

/**
 * 0 as soon as one unit misses; 100 only when every unit has data and meets; otherwise `null`
 * (no miss yet, but a unit without data could still be one).
 */
export function aggregateAllUnits(
  values: readonly (number | null)[],
  target: IndicatorTarget,
): AggregateResult {
  const reported = keepReported(values);
  const anyMiss = reported.some((value) => !meetsTarget(value, target));
  const everyUnitMeets = values.length > 0 && reported.length === values.length && !anyMiss;
  const value = anyMiss ? 0 : everyUnitMeets ? 100 : null;
  return withCounts(values.length, reported.length, value);
}

function keepReported(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

function withCounts(units: number, unitsWithData: number, value: number | null): AggregateResult {
  return { value, unitsWithData, unitsWithoutData: units - unitsWithData };
}
