import { z } from 'zod';
import { aggregationRules } from '../core/kpi/aggregate-unit-values';
import { indicatorStatuses } from '../core/kpi/evaluate-indicator-status';
import { comparators, indicatorUnits } from '../core/kpi/indicator-target';
import { calendarDateSchema, pagedSchema, pageQuerySchema } from './common';
import { unitCodeSchema } from './units';

export const planStatuses = ['draft', 'submitted', 'issued'] as const;
export const planStatusSchema = z.enum(planStatuses);

export const progressRollups = ['by_status', 'weighted'] as const;

/** Where an indicator's figure comes from (`dataSource` of hatinh-2021-plan.json). */
export const indicatorDataSources = [
  'unit_report',
  'onestop_system',
  'survey',
  'finance',
  'statistics',
] as const;

/** The core rules, plus `none` for province-wide statistics not built from unit values. */
export const indicatorAggregations = [...aggregationRules, 'none'] as const;

export const taskRecurrences = ['once', 'continuous', 'periodic', 'yearly'] as const;

/**
 * Stored task statuses are the first three; `overdue` is shown for a task past its deadline
 * and not done (docs/decisions/008-plan-as-data.md).
 */
export const taskStatuses = ['not_started', 'in_progress', 'done', 'overdue'] as const;
export const taskStatusSchema = z.enum(taskStatuses);

export const planIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const listPlansQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(9999).optional(),
  /** Plans issued by this unit. */
  unit: unitCodeSchema.optional(),
});
export type ListPlansQuery = z.output<typeof listPlansQuerySchema>;

export const planSummarySchema = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  year: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  issuedOn: calendarDateSchema.nullable(),
  status: planStatusSchema,
  targetCount: z.number().int(),
  taskCount: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planListSchema = pagedSchema(planSummarySchema);

export const planLegalBasisSchema = z
  .object({
    id: z.string(),
    ref: z.string().nullable(),
    docType: z.string(),
    date: z.string().nullable(),
    issuer: z.string().nullable(),
    about: z.string().nullable(),
  })
  .loose();

export const planAreaSchema = z.object({
  code: z.string(),
  section: z.string(),
  parentSection: z.string().nullable(),
  nameVi: z.string(),
  leadUnitCode: z.string().nullable(),
  leadUnitName: z.string().nullable(),
  taskCount: z.number().int(),
});

export const planDetailSchema = planSummarySchema.extend({
  parentPlanId: z.number().int().nullable(),
  issuer: z.string(),
  place: z.string().nullable(),
  signer: z.object({
    name: z.string().nullable(),
    title: z.string().nullable(),
    signingCapacity: z.string().nullable(),
  }),
  preambleVi: z.string().nullable(),
  legalBases: z.array(planLegalBasisSchema),
  purposes: z.array(z.string()),
  requirements: z.array(z.string()),
  unitPlanDeadline: calendarDateSchema.nullable(),
  progressRollup: z.enum(progressRollups),
  indicatorCount: z.number().int(),
  areas: z.array(planAreaSchema),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const planTargetsQuerySchema = z.object({
  /** Narrows the figures to this unit's subtree. */
  unit: unitCodeSchema.optional(),
  /** `2021Q1`, `2021S1` or `2021`; the plan's year when omitted. Checked by core/periods. */
  period: z.string().trim().max(10).optional(),
});
export type PlanTargetsQuery = z.output<typeof planTargetsQuerySchema>;

export const indicatorSchema = z.object({
  code: z.string(),
  textVi: z.string(),
  contextVi: z.string().nullable(),
  threshold: z.number(),
  thresholdAsWritten: z.string().nullable(),
  comparator: z.enum(comparators),
  unit: z.enum(indicatorUnits),
  appliesTo: z.string().nullable(),
  dataSource: z.enum(indicatorDataSources),
  aggregation: z.enum(indicatorAggregations),
  implicit: z.boolean(),
  note: z.string().nullable(),
  actual: z.number().nullable(),
  status: z.enum(indicatorStatuses),
  rule: z.object({
    comparator: z.enum(comparators),
    threshold: z.number(),
    explanationVi: z.string(),
    projected: z.number().optional(),
  }),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const planTargetSchema = z.object({
  no: z.number().int(),
  section: z.string(),
  textVi: z.string(),
  areaCodes: z.array(z.string()),
  indicators: z.array(indicatorSchema),
});
export type PlanTarget = z.infer<typeof planTargetSchema>;

export const planTargetsResponseSchema = z.object({
  period: z.string(),
  unitCode: z.string(),
  items: z.array(planTargetSchema),
});
export type PlanTargetsResponse = z.infer<typeof planTargetsResponseSchema>;

export const listPlanTasksQuerySchema = pageQuerySchema.extend({
  area: z.string().trim().max(40).optional(),
  /** Tasks this unit leads or coordinates. */
  unit: unitCodeSchema.optional(),
  status: taskStatusSchema.optional(),
  search: z.string().trim().max(200).optional(),
});
export type ListPlanTasksQuery = z.output<typeof listPlanTasksQuerySchema>;

export const planTaskSchema = z.object({
  code: z.string(),
  areaCode: z.string(),
  textVi: z.string(),
  leadUnitCode: z.string(),
  leadUnitName: z.string(),
  leadAgencyAsWritten: z.string().nullable(),
  coordinatingUnitCodes: z.array(z.string()),
  coordinatingAgenciesAsWritten: z.array(z.string()),
  recurrence: z.enum(taskRecurrences),
  deadline: calendarDateSchema.nullable(),
  horizon: z.string().nullable(),
  outputs: z.array(z.string()),
  budgetVnd: z.number().int().nullable(),
  status: taskStatusSchema,
  progress: z.number().int(),
  note: z.string().nullable(),
});
export type PlanTask = z.infer<typeof planTaskSchema>;

export const planTaskListSchema = pagedSchema(planTaskSchema);
