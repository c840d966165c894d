import { z } from 'zod';
import { unitKinds } from '../core/org/unit-kind';
import { periodKinds } from '../core/periods/period-code';
import {
  reportStatuses,
  reportTimeliness as reportTimelinessValues,
} from '../core/reports/report-deadline';
import { figureProblemCodes, figureTypes, prefillSources } from '../core/reports/report-form';
import { calendarDateSchema, pagedSchema, pageQuerySchema } from './common';
import { unitCodeSchema } from './units';

/** Limits shared by client and server. */
export const reportTextMaxLength = 20_000;
export const reportCommentMaxLength = 2_000;
export const maxFormFigures = 200;

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const fieldCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Z0-9_]+$/, 'Mã chỉ gồm chữ in hoa không dấu, số và dấu gạch dưới');
/** `2021Q1`, `2021S1`, `2021`; checked against the form by core/periods in the service. */
const periodCodeSchema = z.string().trim().max(10);

export const reportStatusSchema = z.enum(reportStatuses);
export const reportSlotStatusSchema = z.enum([...reportStatuses, 'missing']);
export const reportTimelinessSchema = z.enum(reportTimelinessValues);

export const reportFigureSchema = z.strictObject({
  code: fieldCode,
  label: trimmed(500),
  unitOfMeasure: trimmed(40),
  type: z.enum(figureTypes),
  indicatorCode: z.string().trim().max(20).optional(),
  prefill: z.enum(prefillSources).optional(),
  max: z.number().nonnegative().optional(),
  ratioOf: z
    .strictObject({
      numerator: z.array(fieldCode).min(1).max(10),
      denominator: z.array(fieldCode).min(1).max(10),
    })
    .optional(),
});
export type ReportFigureInput = z.output<typeof reportFigureSchema>;

export const reportSectionSchema = z.strictObject({ code: fieldCode, title: trimmed(500) });
export const reportRuleSchema = z.strictObject({
  left: z.array(fieldCode).min(1).max(10),
  right: z.array(fieldCode).min(1).max(10),
});

export const reportFormPeriodSchema = z.object({
  period: z.string(),
  label: z.string(),
  windowStart: calendarDateSchema,
  windowEnd: calendarDateSchema,
  dueOn: calendarDateSchema,
});
export type ReportFormPeriod = z.infer<typeof reportFormPeriodSchema>;

export const reportFormSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  year: z.number().int(),
  periodKinds: z.array(z.enum(periodKinds)),
  unitKinds: z.array(z.enum(unitKinds)),
  active: z.boolean(),
  figureCount: z.number().int(),
  sectionCount: z.number().int(),
});
export type ReportFormSummary = z.infer<typeof reportFormSummarySchema>;

export const reportFormDetailSchema = reportFormSummarySchema.extend({
  cutOffDay: z.number().int().nullable(),
  dueWorkingDays: z.number().int(),
  figures: z.array(reportFigureSchema),
  sections: z.array(reportSectionSchema),
  rules: z.array(reportRuleSchema),
  periods: z.array(reportFormPeriodSchema),
});
export type ReportFormDetail = z.infer<typeof reportFormDetailSchema>;

export const listReportFormsQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(9999).optional(),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['year', 'code', 'name']).default('year'),
});
export type ListReportFormsQuery = z.output<typeof listReportFormsQuerySchema>;
export const reportFormListSchema = pagedSchema(reportFormSummarySchema);

export const reportFormIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const reportFormPeriodParamsSchema = reportFormIdParamsSchema.extend({
  period: periodCodeSchema,
});

const formContentShape = {
  name: trimmed(300),
  periodKinds: z.array(z.enum(periodKinds)).min(1),
  unitKinds: z.array(z.enum(unitKinds)).min(1),
  cutOffDay: z.number().int().min(1).max(27).nullable(),
  dueWorkingDays: z.number().int().min(0).max(60),
  figures: z.array(reportFigureSchema).min(1).max(maxFormFigures),
  sections: z.array(reportSectionSchema).max(20),
  rules: z.array(reportRuleSchema).max(100),
};

export const createReportFormBodySchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_.-]+$/),
  year: z.number().int().min(2000).max(9999),
  ...formContentShape,
});
export type CreateReportFormBody = z.output<typeof createReportFormBodySchema>;

export const updateReportFormBodySchema = z.strictObject({
  name: formContentShape.name.optional(),
  periodKinds: formContentShape.periodKinds.optional(),
  unitKinds: formContentShape.unitKinds.optional(),
  cutOffDay: formContentShape.cutOffDay.optional(),
  dueWorkingDays: formContentShape.dueWorkingDays.optional(),
  figures: formContentShape.figures.optional(),
  sections: formContentShape.sections.optional(),
  rules: formContentShape.rules.optional(),
  active: z.boolean().optional(),
});
export type UpdateReportFormBody = z.output<typeof updateReportFormBodySchema>;

export const updateReportFormPeriodBodySchema = z.strictObject({ dueOn: calendarDateSchema });
export type UpdateReportFormPeriodBody = z.output<typeof updateReportFormPeriodBodySchema>;

/* ---------- reports ---------- */

export const reportIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const createReportBodySchema = z.strictObject({
  formId: z.number().int().positive(),
  unitCode: unitCodeSchema,
  period: periodCodeSchema,
});
export type CreateReportBody = z.output<typeof createReportBodySchema>;

export const saveReportBodySchema = z.strictObject({
  /** Figure code → value; `null` clears it. Only the figures sent change. */
  figures: z.record(fieldCode, z.number().nullable()).optional(),
  /** Section code → text; empty clears it. */
  sections: z.record(fieldCode, z.string().max(reportTextMaxLength)).optional(),
});
export type SaveReportBody = z.output<typeof saveReportBodySchema>;

export const reviewCommentBodySchema = z.strictObject({ comment: trimmed(reportCommentMaxLength) });
export type ReviewCommentBody = z.output<typeof reviewCommentBodySchema>;
export const approveReportBodySchema = z.strictObject({
  comment: z.string().trim().max(reportCommentMaxLength).optional(),
});
export type ApproveReportBody = z.output<typeof approveReportBodySchema>;

export const figureProblemSchema = z.object({
  field: z.string(),
  code: z.enum(figureProblemCodes),
  message: z.string(),
});
export type FigureProblemView = z.infer<typeof figureProblemSchema>;

export const reportValueChangeSchema = z.object({
  field: z.string(),
  oldValue: z.union([z.number(), z.string()]).nullable(),
  newValue: z.union([z.number(), z.string()]).nullable(),
  source: z.enum(['user', 'prefill']),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export type ReportValueChange = z.infer<typeof reportValueChangeSchema>;

export const reportEventSchema = z.object({
  action: z.enum(['created', 'submitted', 'returned', 'approved']),
  comment: z.string().nullable(),
  actor: z.string().nullable(),
  at: z.string(),
});

export const reportFigureValueSchema = z.object({
  code: z.string(),
  label: z.string(),
  unitOfMeasure: z.string(),
  type: z.enum(figureTypes),
  indicatorCode: z.string().nullable(),
  computed: z.boolean(),
  value: z.number().nullable(),
  /** Where cchc took the first value from, and that value; null when typed in. */
  prefill: z.enum(prefillSources).nullable(),
  prefilledValue: z.number().nullable(),
  /** The value still equals what cchc filled in. */
  prefilledUnchanged: z.boolean(),
});

export const reportDetailSchema = z.object({
  id: z.number().int(),
  formId: z.number().int(),
  formCode: z.string(),
  formName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  status: reportStatusSchema,
  timeliness: reportTimelinessSchema,
  windowStart: calendarDateSchema,
  windowEnd: calendarDateSchema,
  dueOn: calendarDateSchema,
  exceptionUntil: calendarDateSchema.nullable(),
  locked: z.boolean(),
  /** What the caller may do now. */
  canEdit: z.boolean(),
  canReview: z.boolean(),
  returnComment: z.string().nullable(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  figures: z.array(reportFigureValueSchema),
  sections: z.array(z.object({ code: z.string(), title: z.string(), text: z.string() })),
  /** Problems the values have now (empty when it can be sent). */
  problems: z.array(figureProblemSchema),
  history: z.array(reportValueChangeSchema),
  events: z.array(reportEventSchema),
});
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const reportBoxes = ['to_fill', 'to_review'] as const;
export const listReportsQuerySchema = pageQuerySchema.extend({
  /** `to_fill`: reports of units the caller fills; `to_review`: sent by units below the caller. */
  box: z.enum(reportBoxes).default('to_fill'),
  formId: z.coerce.number().int().positive().optional(),
  period: periodCodeSchema.optional(),
  unit: unitCodeSchema.optional(),
  status: reportSlotStatusSchema.optional(),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['due', 'unit', 'period']).default('due'),
});
export type ListReportsQuery = z.output<typeof listReportsQuerySchema>;

export const reportSlotSchema = z.object({
  reportId: z.number().int().nullable(),
  formId: z.number().int(),
  formName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  unitKind: z.enum(unitKinds),
  status: reportSlotStatusSchema,
  timeliness: reportTimelinessSchema,
  dueOn: calendarDateSchema,
  exceptionUntil: calendarDateSchema.nullable(),
  locked: z.boolean(),
  submittedAt: z.string().nullable(),
});
export type ReportSlot = z.infer<typeof reportSlotSchema>;
export const reportSlotListSchema = pagedSchema(reportSlotSchema);

export const completenessQuerySchema = pageQuerySchema.extend({
  formId: z.coerce.number().int().positive(),
  unit: unitCodeSchema.optional(),
  kind: z.enum(unitKinds).optional(),
  search: z.string().trim().max(200).optional(),
});
export type CompletenessQuery = z.output<typeof completenessQuerySchema>;

export const completenessCellSchema = z.object({
  period: z.string(),
  reportId: z.number().int().nullable(),
  status: reportSlotStatusSchema,
  timeliness: reportTimelinessSchema,
  exceptionUntil: calendarDateSchema.nullable(),
});
export const completenessSchema = z.object({
  formId: z.number().int(),
  unitCode: z.string(),
  periods: z.array(reportFormPeriodSchema),
  items: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      unitKind: z.enum(unitKinds),
      cells: z.array(completenessCellSchema),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Per period over all rows of the filter (not only this page). */
  summary: z.array(
    z.object({
      period: z.string(),
      expected: z.number().int(),
      submitted: z.number().int(),
      approved: z.number().int(),
      onTime: z.number().int(),
      late: z.number().int(),
      missing: z.number().int(),
    }),
  ),
});
export type Completeness = z.infer<typeof completenessSchema>;

export const rollupQuerySchema = z.object({
  formId: z.coerce.number().int().positive(),
  period: periodCodeSchema,
  unit: unitCodeSchema.optional(),
});
export type RollupQuery = z.output<typeof rollupQuerySchema>;

const rolledFigureSchema = z.object({
  code: z.string(),
  label: z.string(),
  unitOfMeasure: z.string(),
  type: z.enum(figureTypes),
  computed: z.boolean(),
  value: z.number().nullable(),
  unitsWithData: z.number().int(),
});
export const rollupSchema = z.object({
  formId: z.number().int(),
  period: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  /** Reports counted: sent (submitted) or approved; drafts and returned ones are not. */
  reportsCounted: z.number().int(),
  reportsExpected: z.number().int(),
  figures: z.array(rolledFigureSchema),
  /** The same figures for each unit directly below, each over its own subtree. */
  children: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      reportsCounted: z.number().int(),
      values: z.record(z.string(), z.number().nullable()),
    }),
  ),
});
export type Rollup = z.infer<typeof rollupSchema>;

export const createExceptionBodySchema = z.strictObject({
  formId: z.number().int().positive(),
  unitCode: unitCodeSchema,
  period: periodCodeSchema,
  until: calendarDateSchema,
  reason: trimmed(reportCommentMaxLength),
});
export type CreateExceptionBody = z.output<typeof createExceptionBodySchema>;
export const reportExceptionSchema = z.object({
  formId: z.number().int(),
  unitCode: z.string(),
  period: z.string(),
  until: calendarDateSchema,
  reason: z.string(),
  grantedBy: z.string().nullable(),
  grantedAt: z.string(),
});
export type ReportException = z.infer<typeof reportExceptionSchema>;

export const timelinessQuerySchema = z.object({
  period: periodCodeSchema,
  unit: unitCodeSchema.optional(),
});
export const reportTimelinessCountsSchema = z.object({
  unitCode: z.string(),
  period: z.string(),
  due: z.number().int(),
  submittedOnTime: z.number().int(),
  submittedLate: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
});
export type ReportTimelinessCounts = z.infer<typeof reportTimelinessCountsSchema>;

/**
 * The Vietnamese message of a problem with one figure, shared by the server (422 details) and
 * the form page (checked as the officer types).
 */
export function describeFigureProblem(
  problem: {
    field: string;
    code: (typeof figureProblemCodes)[number];
    limit?: { codes?: string[]; max?: number; total?: number };
  },
  labelOf: (code: string) => string,
): string {
  switch (problem.code) {
    case 'figure_unknown':
      return 'Chỉ tiêu không có trong mẫu báo cáo';
    case 'figure_computed':
      return 'Chỉ tiêu này được tính tự động, không nhập';
    case 'figure_not_number':
      return 'Giá trị phải là số';
    case 'figure_negative':
      return 'Số liệu không được âm';
    case 'figure_not_integer':
      return 'Số liệu phải là số nguyên';
    case 'figure_percent_out_of_range':
      return 'Tỷ lệ phải từ 0 đến 100%';
    case 'figure_above_max':
      return `Giá trị không được lớn hơn ${problem.limit?.max ?? ''}`;
    case 'figure_exceeds':
      return `Không được lớn hơn ${(problem.limit?.codes ?? []).map(labelOf).join(' + ')} (${problem.limit?.total ?? ''})`;
    case 'figure_missing':
      return 'Chưa nhập số liệu';
  }
}
