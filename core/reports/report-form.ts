import { aggregateAverage, aggregateRatioOfSums, aggregateSum } from '../kpi/aggregate-unit-values';

/**
 * A periodic report form (issue 3, "Periodic reports"): figures and text sections that a unit
 * fills for a period. NĐ 09/2019 leaves the content of each report regime to the agency that
 * issues it, and the ministry's CCHC template was not found (vn-regulations.md §6 [practice]), so
 * the form is data that Sở Nội vụ edits, not code.
 */
export const figureTypes = ['integer', 'decimal', 'percent'] as const;
export type FigureType = (typeof figureTypes)[number];

/**
 * Figures cchc already holds. One-stop counts come from the daily rollups of the unit's subtree
 * over the period's data window (docs/decisions/012); plan counts from the unit's own plan.
 */
export const prefillSources = [
  'onestop.received',
  'onestop.on_time',
  'onestop.late',
  'onestop.online',
  'onestop.apologies',
  'plans.unit_plan_issued',
  'plans.tasks_total',
  'plans.tasks_done',
] as const;
export type PrefillSource = (typeof prefillSources)[number];

export interface ReportFigure {
  code: string;
  label: string;
  /** Unit of measure as the annex table writes it ("hồ sơ", "văn bản", "%"). */
  unitOfMeasure: string;
  type: FigureType;
  /** The plan indicator this figure feeds (T03a, T09d …), when it feeds one. */
  indicatorCode?: string | undefined;
  prefill?: PrefillSource | undefined;
  /** Upper bound besides the type's own (1 for a yes/no figure written as 1/0). */
  max?: number | undefined;
  /**
   * A rate computed from other figures, never typed in: Σ numerator ÷ Σ denominator. Rolled up
   * the same way, from the summed parts (core/kpi ratio_of_sums), never by averaging rates.
   */
  ratioOf?: { numerator: string[]; denominator: string[] } | undefined;
}

export interface ReportSection {
  code: string;
  title: string;
}

/** Σ `left` ≤ Σ `right`, e.g. dossiers on time ≤ dossiers received. */
export interface ReportRule {
  left: string[];
  right: string[];
}

export interface ReportFormDefinition {
  figures: ReportFigure[];
  sections: ReportSection[];
  rules: ReportRule[];
}

export type FigureValues = Record<string, number | null | undefined>;

/** Problem codes per field; the server maps each to its Vietnamese message. */
export const figureProblemCodes = [
  'figure_unknown',
  'figure_computed',
  'figure_not_number',
  'figure_negative',
  'figure_not_integer',
  'figure_percent_out_of_range',
  'figure_above_max',
  'figure_exceeds',
  'figure_missing',
] as const;
export type FigureProblemCode = (typeof figureProblemCodes)[number];

export interface FigureProblem {
  field: string;
  code: FigureProblemCode;
  /** For `figure_exceeds`: the figures whose sum it may not exceed; for `figure_above_max`: the bound. */
  limit?: { codes?: string[]; max?: number; total?: number };
}

export function isEnteredFigure(figure: ReportFigure): boolean {
  return figure.ratioOf === undefined;
}

/**
 * Checks the values a unit typed in. Each value on its own (counts are whole and not negative,
 * percentages 0–100), then the form's rules between figures, judged only when every figure of
 * the rule has a value. `requireAll` (on submit) also reports figures left empty.
 */
export function validateFigureValues(
  form: Pick<ReportFormDefinition, 'figures' | 'rules'>,
  values: FigureValues,
  options: { requireAll?: boolean } = {},
): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const byCode = new Map(form.figures.map((figure) => [figure.code, figure]));
  for (const [code, value] of Object.entries(values)) {
    const figure = byCode.get(code);
    if (!figure) problems.push({ field: code, code: 'figure_unknown' });
    else if (!isEnteredFigure(figure) && value != null)
      problems.push({ field: code, code: 'figure_computed' });
    else if (value != null) {
      const problem = checkOneValue(figure, value);
      if (problem) problems.push(problem);
    }
  }
  if (options.requireAll) {
    for (const figure of form.figures) {
      if (isEnteredFigure(figure) && values[figure.code] == null)
        problems.push({ field: figure.code, code: 'figure_missing' });
    }
  }
  const bad = new Set(problems.map((p) => p.field));
  for (const rule of form.rules) {
    const codes = [...rule.left, ...rule.right];
    if (codes.some((code) => values[code] == null || bad.has(code))) continue;
    const left = sumOf(rule.left, values);
    const right = sumOf(rule.right, values);
    if (left > right) {
      // The message sits on the last figure of the left side: "on time" in on time ≤ received.
      problems.push({
        field: rule.left[rule.left.length - 1]!,
        code: 'figure_exceeds',
        limit: { codes: rule.right, total: right },
      });
    }
  }
  return problems;
}

function checkOneValue(figure: ReportFigure, value: number): FigureProblem | null {
  const field = figure.code;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { field, code: 'figure_not_number' };
  if (value < 0) return { field, code: 'figure_negative' };
  if (figure.type === 'integer' && !Number.isInteger(value))
    return { field, code: 'figure_not_integer' };
  if (figure.type === 'percent' && value > 100)
    return { field, code: 'figure_percent_out_of_range' };
  if (figure.max !== undefined && value > figure.max)
    return { field, code: 'figure_above_max', limit: { max: figure.max } };
  return null;
}

function sumOf(codes: readonly string[], values: FigureValues): number {
  return codes.reduce((total, code) => total + (values[code] ?? 0), 0);
}

/** The computed rates of one report from its entered figures; `null` when a part is missing. */
export function computeRatioFigures(
  figures: readonly ReportFigure[],
  values: FigureValues,
): Record<string, number | null> {
  const computed: Record<string, number | null> = {};
  for (const figure of figures) {
    if (!figure.ratioOf) continue;
    const parts = [...figure.ratioOf.numerator, ...figure.ratioOf.denominator];
    computed[figure.code] = parts.some((code) => values[code] == null)
      ? null
      : aggregateRatioOfSums([
          {
            numerator: sumOf(figure.ratioOf.numerator, values),
            denominator: sumOf(figure.ratioOf.denominator, values),
          },
        ]).value;
  }
  return computed;
}

export interface RolledUpFigure {
  code: string;
  value: number | null;
  unitsWithData: number;
}

/**
 * Figures of a subtree from its units' reports: counts and amounts summed; computed rates
 * recomputed from the summed parts; typed-in percentages, which carry no parts, averaged without
 * weights (and shown as such). Pass one `FigureValues` per unit report.
 */
export function rollUpFigures(
  figures: readonly ReportFigure[],
  reports: readonly FigureValues[],
): RolledUpFigure[] {
  return figures.map((figure) => {
    if (figure.ratioOf) {
      const { numerator, denominator } = figure.ratioOf;
      const parts = reports.map((values) =>
        [...numerator, ...denominator].some((code) => values[code] == null)
          ? null
          : { numerator: sumOf(numerator, values), denominator: sumOf(denominator, values) },
      );
      const result = aggregateRatioOfSums(parts);
      return { code: figure.code, value: result.value, unitsWithData: result.unitsWithData };
    }
    const values = reports.map((values) => values[figure.code] ?? null);
    const result = figure.type === 'percent' ? aggregateAverage(values) : aggregateSum(values);
    return { code: figure.code, value: result.value, unitsWithData: result.unitsWithData };
  });
}
