import type { ServiceContext } from '../../http/request-context';

/**
 * The seam between the official report and the periodic report forms (issue 3, "Periodic
 * reports"): figures units report for a period (procedures published, dossiers by channel,
 * staffing, electronic documents … — vn-regulations.md §6, annex table) reach the official
 * report only through this file. The reports module registers its reader once at start-up with
 * `registerPeriodicReportFigures`; until it does, the report states "chưa có số liệu".
 */
export interface PeriodicReportFigure {
  /** The form's figure code, kept so the annex can be matched back to the form. */
  code: string;
  labelVi: string;
  unitOfMeasure: string;
  value: number | null;
  note?: string | null;
}

export interface PeriodicReportFiguresQuery {
  /** The reporting unit: figures are those of its subtree, rolled up by the reports module. */
  unit: { id: number; code: string; path: string };
  /** `2021Q1`, `2021S1`, `2021`. */
  periodCode: string;
}

export type PeriodicReportFiguresReader = (
  ctx: ServiceContext,
  query: PeriodicReportFiguresQuery,
) => Promise<PeriodicReportFigure[] | null>;

let reader: PeriodicReportFiguresReader | null = null;

export function registerPeriodicReportFigures(next: PeriodicReportFiguresReader | null): void {
  reader = next;
}

/** Null when no module provides figures, or it has none approved for the unit and period. */
export async function loadPeriodicReportFigures(
  ctx: ServiceContext,
  query: PeriodicReportFiguresQuery,
): Promise<PeriodicReportFigure[] | null> {
  if (!reader) return null;
  const figures = await reader(ctx, query);
  return figures && figures.length > 0 ? figures : null;
}
