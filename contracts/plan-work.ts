import { z } from 'zod';
import { calendarDateSchema, pagedSchema, pageQuerySchema, queryBooleanSchema } from './common';
import { listPlanTasksQuerySchema, planTaskSchema, taskStatusSchema } from './plans';
import { importRowErrorSchema, unitCodeSchema } from './units';

/**
 * Issue 3, second slice: the official report and its template, evidence files, sub-tasks,
 * task export/import, plans of other years, "my tasks" and reminders.
 */

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const reportFormats = ['docx', 'xlsx'] as const;

export const planReportQuerySchema = z.object({
  /** `2021Q1`, `2021S1` or `2021` (core/periods). */
  period: z.string().trim().min(4).max(10),
  /** The reporting unit; the plan's own unit when omitted. */
  unit: unitCodeSchema.optional(),
  format: z.enum(reportFormats).default('docx'),
});
export type PlanReportQuery = z.output<typeof planReportQuerySchema>;

export const reportTemplateQuerySchema = z.object({ unit: unitCodeSchema.optional() });

export const reportSectionsSchema = z.strictObject({
  direction: z.string().trim().max(8000),
  results: z.string().trim().max(8000),
  assessment: z.string().trim().max(8000),
  nextTasks: z.string().trim().max(8000),
  proposals: z.string().trim().max(8000),
});

/** What an administrator may change in the official report (issue 3, "The official report"). */
export const reportTemplateBodySchema = z.strictObject({
  issuerParent: z.string().trim().max(200).nullable(),
  issuerName: trimmed(200),
  numberSymbol: trimmed(40),
  place: trimmed(100),
  /** `{ky}` stands for the period, e.g. "quý I năm 2021". */
  titlePattern: trimmed(300),
  recipients: z.array(trimmed(300)).min(1).max(30),
  signingCapacity: z.string().trim().max(300),
  signerTitle: trimmed(200),
  signerName: z.string().trim().max(200),
  sections: reportSectionsSchema,
});
export type ReportTemplateBody = z.output<typeof reportTemplateBodySchema>;

export const reportTemplateSchema = reportTemplateBodySchema.extend({
  unitCode: z.string(),
  unitName: z.string(),
  /** False while the defaults apply (nothing saved yet). */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

/** Evidence files of a task (issue 3, Tasks). */
export const evidenceTypes = ['pdf', 'docx', 'xlsx', 'jpg', 'png'] as const;

export const evidenceSchema = z.object({
  id: z.number().int(),
  progressId: z.number().int().nullable(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const evidenceListSchema = z.object({ items: z.array(evidenceSchema) });

export const evidenceUploadQuerySchema = z.object({
  /** The progress update the file proves; the task's latest update when omitted. */
  progressId: z.coerce.number().int().positive().optional(),
});

export const evidenceParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  code: z.string().trim().min(1).max(60),
  evidenceId: z.coerce.number().int().positive(),
});

/** A part of a task for a unit below the lead (issue 3: "split into sub-tasks for units below"). */
export const createSubtaskBodySchema = z.strictObject({
  unitCode: unitCodeSchema,
  /** The parent's text when omitted. */
  textVi: trimmed(4000).optional(),
  deadline: calendarDateSchema.nullable().optional(),
  weight: z.number().int().min(1).max(100).optional(),
});
export type CreateSubtaskBody = z.output<typeof createSubtaskBodySchema>;

export const subtaskListSchema = z.object({ items: z.array(planTaskSchema) });

export const exportPlanTasksQuerySchema = listPlanTasksQuerySchema.omit({
  page: true,
  pageSize: true,
});

export const importDryRunQuerySchema = z.object({ dryRun: queryBooleanSchema.default(false) });

export const importPlanTasksResultSchema = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  areasCreated: z.number().int(),
  errors: z.array(importRowErrorSchema),
});
export type ImportPlanTasksResult = z.infer<typeof importPlanTasksResultSchema>;

/** A province plan of another year, recorded in the app (its tasks come by import). */
export const createPlanBodySchema = z.strictObject({
  number: trimmed(60),
  title: trimmed(500),
  year: z.number().int().min(2000).max(9999),
  unitCode: unitCodeSchema,
  /** When the plan is already signed: recorded as issued on that date. */
  issuedOn: calendarDateSchema.optional(),
  signerName: z.string().trim().max(200).optional(),
  signerTitle: z.string().trim().max(200).optional(),
});
export type CreatePlanBody = z.output<typeof createPlanBodySchema>;

export const myTasksQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(9999).optional(),
  status: taskStatusSchema.optional(),
});
export type MyTasksQuery = z.output<typeof myTasksQuerySchema>;

export const myTaskSchema = planTaskSchema.extend({
  planId: z.number().int(),
  planNumber: z.string().nullable(),
  planYear: z.number().int(),
  /** Why the task is in the list: led by one of the reader's units, or split from one. */
  relation: z.enum(['lead', 'subtask_of_mine']),
});
export type MyTask = z.infer<typeof myTaskSchema>;
export const myTaskListSchema = pagedSchema(myTaskSchema);

export const reminderSweepResultSchema = z.object({
  overdue: z.number().int(),
  stale: z.number().int(),
  notified: z.number().int(),
  emailed: z.number().int(),
});
export type ReminderSweepResult = z.infer<typeof reminderSweepResultSchema>;
