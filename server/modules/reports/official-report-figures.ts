import { formatPeriodCode, parsePeriodCode } from '../../../core/periods/period-code';
import {
  type FigureValues,
  type ReportFigure,
  type RolledUpFigure,
  rollUpFigures,
} from '../../../core/reports/report-form';
import type { Queryable } from '../../db/database';
import type { ServiceContext } from '../../http/request-context';
import type {
  PeriodicReportFigure,
  PeriodicReportFiguresQuery,
} from '../plans/periodic-report-figures';
import * as repo from './periodic-reports.repo';

export interface ApprovedRollup {
  figures: ReportFigure[];
  rolled: RolledUpFigure[];
  reportCount: number;
}

export interface ActiveForm {
  id: number;
  figures: ReportFigure[];
  periodCodes: Set<string>;
}

/** The active report forms of a year with the periods each has, read once per request. */
export async function findActiveForms(
  db: Queryable,
  provinceCode: string,
  year: number,
): Promise<ActiveForm[]> {
  const forms = (await repo.findForms(db, provinceCode)).filter(
    (form) => form.active && form.year === year,
  );
  const periods = await repo.findFormPeriods(
    db,
    forms.map((form) => form.id),
  );
  return forms.map((form) => ({
    id: form.id,
    figures: form.figures,
    periodCodes: new Set(periods.filter((p) => p.formId === form.id).map((p) => p.periodCode)),
  }));
}

/**
 * A subtree's figures for one period from the **approved** reports only (a figure in a signed
 * report, or behind a plan indicator, must have passed the level above; docs/decisions/016):
 * the first of `forms` that has the period; counts summed, rates recomputed.
 */
export async function loadApprovedRollup(
  db: Queryable,
  forms: readonly ActiveForm[],
  input: { provinceCode: string; unitPath: string; periodCode: string },
): Promise<ApprovedRollup | null> {
  for (const form of forms) {
    if (!form.periodCodes.has(input.periodCode)) continue;
    const rows = await repo.findSentValuesInSubtree(db, {
      provinceCode: input.provinceCode,
      formId: form.id,
      periodCode: input.periodCode,
      unitPath: input.unitPath,
      statuses: ['approved'],
    });
    const reports = new Map<number, FigureValues>();
    for (const row of rows) {
      const values = reports.get(row.reportId) ?? {};
      if (row.fieldCode !== null) values[row.fieldCode] = row.numberValue;
      reports.set(row.reportId, values);
    }
    if (reports.size === 0) continue;
    return {
      figures: form.figures,
      rolled: rollUpFigures(form.figures, [...reports.values()]),
      reportCount: reports.size,
    };
  }
  return null;
}

/**
 * The figures of the official report's annex (issue 3, "The official report") for the unit's
 * subtree and period. The plan module checked the reader's access to the unit before asking.
 */
export async function readOfficialReportFigures(
  ctx: ServiceContext,
  query: PeriodicReportFiguresQuery,
): Promise<PeriodicReportFigure[] | null> {
  const period = parsePeriodCode(query.periodCode);
  if (!period) return null;
  const forms = await findActiveForms(ctx.db, ctx.provinceCode, period.year);
  const rollup = await loadApprovedRollup(ctx.db, forms, {
    provinceCode: ctx.provinceCode,
    unitPath: query.unit.path,
    periodCode: formatPeriodCode(period),
  });
  if (!rollup) return null;
  return rollup.figures.map((figure, index) => ({
    code: figure.code,
    labelVi: figure.label,
    unitOfMeasure: figure.unitOfMeasure,
    value: rollup.rolled[index]!.value,
    note: `${rollup.reportCount} báo cáo đã duyệt`,
  }));
}
