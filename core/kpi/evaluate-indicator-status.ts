import {
  type Comparator,
  formatIndicatorValueVi,
  formatTargetVi,
  type IndicatorTarget,
  type IndicatorUnit,
  meetsTarget,
} from './indicator-target';
import { roundHalfAwayFromZero, roundPercentage } from './percentage';

export const indicatorStatuses = ['met', 'at_risk', 'missed', 'no_data'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

/**
 * How a figure moves through its period:
 * - `none`: a rate or a state (on-time rate, share of units); today's value is the best guess of
 *   the period's value.
 * - `linear`: a running total that only grows (budget revenue T12a, units inspected T03a); the
 *   period's value is projected as actual ÷ elapsed share.
 */
export type IndicatorProjection = 'none' | 'linear';

export type EvaluateIndicatorStatusInput = IndicatorTarget & {
  actual: number | null;
  /** Share of the period passed, 0–1 (`computeElapsedShare` in core/periods); 1 when omitted. */
  elapsedShare?: number;
  projection?: IndicatorProjection;
  unit?: IndicatorUnit;
};

export type IndicatorEvaluation = {
  status: IndicatorStatus;
  rule: {
    comparator: Comparator;
    threshold: number;
    projected?: number;
    explanationVi: string;
  };
};

/**
 * The decision, in order:
 * 1. No figure, or a period not yet begun → `no_data`.
 * 2. Period over (elapsed share 1) → `met` or `missed` on the actual value.
 * 3. Period running, a running total already past a ceiling (`<`, `<=`, or above an `=` target)
 *    → `missed` at once: a total that only grows cannot come back.
 * 4. Period running → `met` (on track) when the judged value meets the target, else `at_risk`.
 *    The judged value is the actual one, or for a running total its linear projection; an `=`
 *    target is then on track when the projection reaches it, as the total climbs towards it.
 * So `missed` is final and `at_risk` still leaves time to act.
 */
export function evaluateIndicatorStatus(input: EvaluateIndicatorStatusInput): IndicatorEvaluation {
  const { comparator, threshold, actual, unit } = input;
  const elapsedShare = input.elapsedShare ?? 1;
  if (!(elapsedShare >= 0 && elapsedShare <= 1)) {
    throw new RangeError(`elapsed share must be between 0 and 1, got ${elapsedShare}`);
  }
  const target = { comparator, threshold };
  const targetText = formatTargetVi(target, unit);
  if (actual === null) {
    return buildEvaluation(target, 'no_data', `Chưa có số liệu (chỉ tiêu ${targetText}).`);
  }
  if (elapsedShare === 0) {
    return buildEvaluation(target, 'no_data', `Kỳ báo cáo chưa bắt đầu (chỉ tiêu ${targetText}).`);
  }
  const actualText = formatIndicatorValueVi(actual, unit);
  if (elapsedShare === 1) {
    return meetsTarget(actual, target)
      ? buildEvaluation(target, 'met', `Đạt: ${actualText} so với chỉ tiêu ${targetText}.`)
      : buildEvaluation(
          target,
          'missed',
          `Không đạt: ${actualText} so với chỉ tiêu ${targetText}.`,
        );
  }
  return evaluateRunningPeriod({ ...input, actual, elapsedShare });
}

function evaluateRunningPeriod(
  input: EvaluateIndicatorStatusInput & { actual: number; elapsedShare: number },
): IndicatorEvaluation {
  const { comparator, threshold, actual, elapsedShare, unit, projection = 'none' } = input;
  const target = { comparator, threshold };
  const targetText = formatTargetVi(target, unit);
  const actualText = formatIndicatorValueVi(actual, unit);
  const elapsedText = formatIndicatorValueVi(roundPercentage(elapsedShare * 100), 'percent');

  if (projection === 'none') {
    const now = `${actualText} so với chỉ tiêu ${targetText} (kỳ đã qua ${elapsedText})`;
    return meetsTarget(actual, target)
      ? buildEvaluation(target, 'met', `Đang đạt: ${now}.`)
      : buildEvaluation(target, 'at_risk', `Có nguy cơ không đạt: hiện ${now}.`);
  }
  if (hasPassedCeiling(actual, target)) {
    const why = `số cộng dồn đã là ${actualText}, vượt chỉ tiêu ${targetText} khi kỳ mới qua ${elapsedText}`;
    return buildEvaluation(target, 'missed', `Không đạt: ${why}.`);
  }
  const projected = roundHalfAwayFromZero(actual / elapsedShare, 2);
  // An `=` total climbs towards its target: on track once the projection reaches it.
  const judgedTarget: IndicatorTarget =
    comparator === '=' ? { comparator: '>=', threshold } : target;
  const because = `ước cả kỳ ${formatIndicatorValueVi(projected, unit)} (${actualText} sau ${elapsedText} thời gian) so với chỉ tiêu ${targetText}`;
  return meetsTarget(projected, judgedTarget)
    ? buildEvaluation(target, 'met', `Đang đạt: ${because}.`, projected)
    : buildEvaluation(target, 'at_risk', `Có nguy cơ không đạt: ${because}.`, projected);
}

function buildEvaluation(
  { comparator, threshold }: IndicatorTarget,
  status: IndicatorStatus,
  explanationVi: string,
  projected?: number,
): IndicatorEvaluation {
  const rule = { comparator, threshold, explanationVi };
  return { status, rule: projected === undefined ? rule : { ...rule, projected } };
}

/** A running total already beyond a ceiling, which it cannot come back under. */
function hasPassedCeiling(actual: number, target: IndicatorTarget): boolean {
  if (target.comparator === '<' || target.comparator === '<=') return !meetsTarget(actual, target);
  if (target.comparator === '=') {
    return !meetsTarget(actual, { comparator: '<=', threshold: target.threshold });
  }
  return false;
}
