/**
 * Reporting period codes: `2021Q1`…`2021Q4`, `2021S1`, `2021` (GLOSSARY.md "Kỳ báo cáo").
 *
 * Periodic CCHC reports are "định kỳ hàng quý, 6 tháng, năm" (KH 513/KH-UBND 2021, VI.1 and
 * VI.2.b). The six-month report is the first half only: NĐ 09/2019 (vn-regulations.md §6) gives a
 * six-month window 15/12–14/06 and no second-half window, because the yearly report covers the
 * rest. So `2021S2` is rejected with its own problem code rather than read as a half year.
 */
export const periodKinds = ['quarter', 'half_year', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export type Quarter = 1 | 2 | 3 | 4;

export type Period =
  | { kind: 'quarter'; year: number; quarter: Quarter }
  | { kind: 'half_year'; year: number; half: 1 }
  | { kind: 'year'; year: number };

export type PeriodCodeProblem = 'malformed' | 'second_half_not_used' | 'year_out_of_range';

/** Years a code may carry: four digits, and not before the first year the system holds data for. */
export const firstPeriodYear = 2000;
export const lastPeriodYear = 9999;

const periodCodePattern = /^(\d{4})(?:([QS])(\d))?$/;

export function validatePeriodCode(code: string): PeriodCodeProblem | null {
  const match = periodCodePattern.exec(code);
  if (!match) return 'malformed';
  const year = Number(match[1]);
  if (year < firstPeriodYear || year > lastPeriodYear) return 'year_out_of_range';
  const letter = match[2];
  const number = Number(match[3]);
  if (letter === 'Q' && (number < 1 || number > 4)) return 'malformed';
  if (letter === 'S' && number === 2) return 'second_half_not_used';
  if (letter === 'S' && number !== 1) return 'malformed';
  return null;
}

export function isPeriodCode(code: string): boolean {
  return validatePeriodCode(code) === null;
}

/** Reads a period code; `null` for anything `validatePeriodCode` rejects. */
export function parsePeriodCode(code: string): Period | null {
  if (validatePeriodCode(code) !== null) return null;
  const match = periodCodePattern.exec(code)!;
  const year = Number(match[1]);
  if (match[2] === 'Q') return { kind: 'quarter', year, quarter: Number(match[3]) as Quarter };
  if (match[2] === 'S') return { kind: 'half_year', year, half: 1 };
  return { kind: 'year', year };
}

export function formatPeriodCode(period: Period): string {
  switch (period.kind) {
    case 'quarter':
      return `${period.year}Q${period.quarter}`;
    case 'half_year':
      return `${period.year}S${period.half}`;
    case 'year':
      return String(period.year);
  }
}

const quarterNumeralsVi: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/**
 * The period as report titles write it: "Quý I năm 2021", "6 tháng đầu năm 2021", "Năm 2021"
 * (quarters in Roman numerals, as in the titles of Vietnamese periodic reports).
 */
export function formatPeriodLabelVi(period: Period): string {
  switch (period.kind) {
    case 'quarter':
      return `Quý ${quarterNumeralsVi[period.quarter]} năm ${period.year}`;
    case 'half_year':
      return `6 tháng đầu năm ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
  }
}

/** First and last month (1–12) a period covers. */
export function findPeriodMonths(period: Period): { firstMonth: number; lastMonth: number } {
  switch (period.kind) {
    case 'quarter':
      return { firstMonth: period.quarter * 3 - 2, lastMonth: period.quarter * 3 };
    case 'half_year':
      return { firstMonth: 1, lastMonth: 6 };
    case 'year':
      return { firstMonth: 1, lastMonth: 12 };
  }
}
