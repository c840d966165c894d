import {
  describeFigureProblem,
  type FigureProblemView,
  type ReportDetail,
} from '../../../contracts/periodic-reports';
import { formatPeriodLabelVi, parsePeriodCode } from '../../../core/periods/period-code';
import type { ReportStatus, ReportTimeliness } from '../../../core/reports/report-deadline';
import {
  computeRatioFigures,
  type FigureProblem,
  type FigureValues,
  type ReportFigure,
} from '../../../core/reports/report-form';
import type * as repo from './periodic-reports.repo';

/** Text sections share the values table with figures; figure codes cannot hold a colon. */
const sectionPrefix = 'section:';
export function sectionField(code: string): string {
  return `${sectionPrefix}${code}`;
}

export function presentProblems(
  problems: FigureProblem[],
  figures: readonly ReportFigure[],
): FigureProblemView[] {
  const labelOf = (code: string) => figures.find((f) => f.code === code)?.label ?? code;
  return problems.map((problem) => ({
    field: problem.field,
    code: problem.code,
    message: describeFigureProblem(problem, labelOf),
  }));
}

export function figureValuesOf(values: repo.ReportValueRow[]): FigureValues {
  return Object.fromEntries(
    values
      .filter((v) => !v.fieldCode.startsWith(sectionPrefix))
      .map((v) => [v.fieldCode, v.numberValue]),
  );
}

export function presentReportDetail(input: {
  report: repo.ReportWithUnit;
  form: repo.ReportFormRow;
  period: repo.ReportFormPeriodRow;
  values: repo.ReportValueRow[];
  changes: Awaited<ReturnType<typeof repo.findValueChanges>>;
  events: Awaited<ReturnType<typeof repo.findEvents>>;
  exceptionUntil: string | null;
  timeliness: ReportTimeliness;
  locked: boolean;
  canEdit: boolean;
  canReview: boolean;
  problems: FigureProblemView[];
}): ReportDetail {
  const { report, form, period, values } = input;
  const byField = new Map(values.map((v) => [v.fieldCode, v]));
  const computed = computeRatioFigures(form.figures, figureValuesOf(values));
  return {
    id: report.report.id,
    formId: form.id,
    formCode: form.code,
    formName: form.name,
    period: report.report.periodCode,
    periodLabel: formatPeriodLabelVi(parsePeriodCode(report.report.periodCode)!),
    unitCode: report.unitCode,
    unitName: report.unitName,
    status: report.report.status as ReportStatus,
    timeliness: input.timeliness,
    windowStart: period.windowStart,
    windowEnd: period.windowEnd,
    dueOn: period.dueOn,
    exceptionUntil: input.exceptionUntil,
    locked: input.locked,
    canEdit: input.canEdit,
    canReview: input.canReview,
    returnComment: report.report.returnComment,
    firstSubmittedAt: report.report.firstSubmittedAt?.toISOString() ?? null,
    submittedAt: report.report.submittedAt?.toISOString() ?? null,
    reviewedAt: report.report.reviewedAt?.toISOString() ?? null,
    figures: form.figures.map((figure) => {
      const stored = byField.get(figure.code);
      const value = figure.ratioOf
        ? (computed[figure.code] ?? null)
        : (stored?.numberValue ?? null);
      const prefilledValue = stored?.prefilledValue ?? null;
      return {
        code: figure.code,
        label: figure.label,
        unitOfMeasure: figure.unitOfMeasure,
        type: figure.type,
        indicatorCode: figure.indicatorCode ?? null,
        computed: figure.ratioOf !== undefined,
        value,
        prefill: (stored?.prefillSource ?? null) as ReportDetail['figures'][number]['prefill'],
        prefilledValue,
        prefilledUnchanged:
          stored?.prefillSource != null && prefilledValue !== null && prefilledValue === value,
      };
    }),
    sections: form.sections.map((section) => ({
      code: section.code,
      title: section.title,
      text: byField.get(sectionField(section.code))?.textValue ?? '',
    })),
    problems: input.problems,
    history: input.changes.map((change) => ({
      // `section:I` for a text section, the figure's code otherwise.
      field: change.fieldCode,
      oldValue: change.oldNumber ?? change.oldText ?? null,
      newValue: change.newNumber ?? change.newText ?? null,
      source: change.source as 'user' | 'prefill',
      changedBy: change.changedByUsername,
      changedAt: change.changedAt.toISOString(),
    })),
    events: input.events.map((event) => ({
      action: event.action as ReportDetail['events'][number]['action'],
      comment: event.comment,
      actor: event.actorUsername,
      at: event.occurredAt.toISOString(),
    })),
  };
}
