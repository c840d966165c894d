import { computePercentage } from './percentage';

/**
 * Rates shown on dashboards and in reports, as percentages rounded by `percentage.ts`.
 * Every rate is `null` when its denominator is empty: "no dossier ended" is not "0 % on time",
 * and the indicator evaluation reports it as `no_data`.
 */

/**
 * Share of ended dossiers finished on or before the appointment. `onTime` counts early and
 * on-time dossiers together: T05a reads "được giải quyết trước và đúng hạn" (hatinh-2021-plan.json).
 * The denominator is the ended dossiers (`onTime + late`); a dossier still open after its
 * appointment at the end of the period is counted as late by the caller (QĐ 766/QĐ-TTg,
 * vn-regulations.md §2 [practice]; see `classifyTimeliness` in core/onestop).
 */
export function computeOnTimeRate({
  onTime,
  late,
}: {
  onTime: number;
  late: number;
}): number | null {
  return computePercentage(onTime, onTime + late);
}

/**
 * Share of ratings that are "satisfied" or "very satisfied" (4 or 5). The plan's "sự hài lòng
 * … từ 91 % trở lên" (T05c) uses this share (vn-regulations.md §5). `rated` counts every rating
 * given, neutral ones included.
 */
export function computeSatisfactionRate({
  satisfied,
  rated,
}: {
  satisfied: number;
  rated: number;
}): number | null {
  assertPartOfWhole(satisfied, rated, 'satisfied', 'rated');
  return computePercentage(satisfied, rated);
}

/**
 * Online share: online dossiers ÷ all dossiers (threshold 50 %), or procedures offered online ÷
 * all procedures (threshold 80 %) — QĐ 766/QĐ-TTg, vn-regulations.md §2 [practice]. The 2021 plan
 * counts procedures in T09a/T09b and dossiers in task III.7.1.08.
 */
export function computeOnlineRate({
  online,
  total,
}: {
  online: number;
  total: number;
}): number | null {
  assertPartOfWhole(online, total, 'online', 'total');
  return computePercentage(online, total);
}

/** Share of units that did something ("100 % các sở, ban, ngành … ban hành Kế hoạch", T01a). */
export function computeShareOfUnits({
  meeting,
  units,
}: {
  meeting: number;
  units: number;
}): number | null {
  assertPartOfWhole(meeting, units, 'meeting', 'units');
  return computePercentage(meeting, units);
}

/**
 * Share of overdue dossiers that have an apology letter (Mẫu 04, NĐ 61/2018; T05b reads it as
 * every overdue dossier). `null` when nothing was overdue: whether that counts as met is the
 * indicator's call, not the rate's.
 */
export function computeApologyCoverage({
  withApology,
  overdue,
}: {
  withApology: number;
  overdue: number;
}): number | null {
  assertPartOfWhole(withApology, overdue, 'withApology', 'overdue');
  return computePercentage(withApology, overdue);
}

function assertPartOfWhole(part: number, whole: number, partName: string, wholeName: string): void {
  if (part > whole) throw new RangeError(`${partName} (${part}) exceeds ${wholeName} (${whole})`);
}
