import { formatNumberVi } from '../format/format-vi';

/**
 * Comparators exactly as hatinh-2021-plan.json writes them. The notes map the plan's wording:
 * "tối thiểu" / "từ … trở lên" / a bare N % → `>=`; "trên" → `>`; "dưới" → `<`;
 * "không quá" → `<=`; a bare 100 % → `=` (hatinh-2021-plan.notes.md §2, Targets and indicators).
 */
export const comparators = ['>=', '>', '=', '<=', '<'] as const;
export type Comparator = (typeof comparators)[number];

/** Units of measure the plan's indicators use (`unit` in hatinh-2021-plan.json). */
export const indicatorUnits = ['percent', 'billion_vnd'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

export type IndicatorTarget = { comparator: Comparator; threshold: number };

/** Figures come rounded to 2 decimals; this only absorbs binary noise in `=`, never a real gap. */
const equalityTolerance = 1e-9;

export function meetsTarget(value: number, { comparator, threshold }: IndicatorTarget): boolean {
  switch (comparator) {
    case '>=':
      return value >= threshold - equalityTolerance;
    case '>':
      return value > threshold + equalityTolerance;
    case '=':
      return Math.abs(value - threshold) <= equalityTolerance;
    case '<=':
      return value <= threshold + equalityTolerance;
    case '<':
      return value < threshold - equalityTolerance;
  }
}

/** The plan's own words for each comparator, so an explanation reads like the plan. */
const comparatorWordsVi: Record<Comparator, string> = {
  '>=': 'tối thiểu ',
  '>': 'trên ',
  '=': '',
  '<=': 'không quá ',
  '<': 'dưới ',
};

const unitSuffixesVi: Record<IndicatorUnit, string> = {
  percent: ' %',
  billion_vnd: ' tỷ đồng',
};

export function formatIndicatorValueVi(value: number, unit?: IndicatorUnit): string {
  return `${formatNumberVi(value)}${unit ? unitSuffixesVi[unit] : ''}`;
}

/** "tối thiểu 98,5 %", "trên 12.500 tỷ đồng", "100 %". */
export function formatTargetVi(
  { comparator, threshold }: IndicatorTarget,
  unit?: IndicatorUnit,
): string {
  return `${comparatorWordsVi[comparator]}${formatIndicatorValueVi(threshold, unit)}`;
}
