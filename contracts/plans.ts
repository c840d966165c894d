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

/** The plan's overall progress under its rollup policy (core/plans/rollup-task-progress.ts). */
export const planProgressSchema = z.object({
  policy: z.enum(progressRollups),
  percent: z.number().nullable(),
  taskCount: z.number().int(),
  done: z.number().int(),
  inProgress: z.number().int(),
  notStarted: z.number().int(),
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
  staleAfterDays: z.number().int(),
  /** The comment of the level above when it last returned this unit plan to draft. */
  returnComment: z.string().nullable(),
  progress: planProgressSchema,
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
  /** Where `actual` comes from, in words, with the counts behind a rate (issue 3). */
  source: z.object({
    kind: z.enum(['onestop_kpi', 'unit_plans', 'unit_reports', 'not_connected']),
    descriptionVi: z.string(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    /** The data window read (dossiers received in it, for the one-stop indicators). */
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorSource = Indicator['source'];

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
  weight: z.number().int(),
  /** Past its deadline and not done. */
  overdue: z.boolean(),
  /** Not done and no update for the plan's `staleAfterDays`. */
  stale: z.boolean(),
  lastProgressAt: z.string().nullable(),
  /** The task this one was split from, for a sub-task of a unit below the lead. */
  parentCode: z.string().nullable(),
  subtaskCount: z.number().int(),
});
export type PlanTask = z.infer<typeof planTaskSchema>;

export const planTaskListSchema = pagedSchema(planTaskSchema);

export const storedTaskStatuses = ['not_started', 'in_progress', 'done'] as const;

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const createUnitPlanBodySchema = z.strictObject({ unitCode: unitCodeSchema });
export type CreateUnitPlanBody = z.output<typeof createUnitPlanBodySchema>;

export const updatePlanBodySchema = z.strictObject({
  /** The date by which every unit must have issued its own plan; null clears it. */
  unitPlanDeadline: calendarDateSchema.nullable().optional(),
  staleAfterDays: z.number().int().min(1).max(366).optional(),
  progressRollup: z.enum(progressRollups).optional(),
});
export type UpdatePlanBody = z.output<typeof updatePlanBodySchema>;

export const issuePlanBodySchema = z.strictObject({
  /** The number as the unit's document bears it, e.g. `25/KH-UBND`. */
  number: trimmed(60),
  issuedOn: calendarDateSchema,
});
export type IssuePlanBody = z.output<typeof issuePlanBodySchema>;

export const returnPlanBodySchema = z.strictObject({ comment: trimmed(2000) });
export type ReturnPlanBody = z.output<typeof returnPlanBodySchema>;

export const createPlanTaskBodySchema = z.strictObject({
  areaCode: trimmed(40),
  textVi: trimmed(4000),
  deadline: calendarDateSchema.nullable().optional(),
  outputs: z.array(trimmed(500)).max(20).optional(),
  weight: z.number().int().min(1).max(100).optional(),
});
export type CreatePlanTaskBody = z.output<typeof createPlanTaskBodySchema>;

export const planTaskParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  code: z.string().trim().min(1).max(40),
});

export const taskProgressBodySchema = z.strictObject({
  percent: z.number().int().min(0).max(100),
  note: trimmed(4000),
  /** When omitted: 100 % is done, above 0 under way, 0 not started. */
  status: z.enum(storedTaskStatuses).optional(),
});
export type TaskProgressBody = z.output<typeof taskProgressBodySchema>;

export const taskProgressEntrySchema = z.object({
  id: z.number().int(),
  percent: z.number().int(),
  status: z.enum(storedTaskStatuses),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type TaskProgressEntry = z.infer<typeof taskProgressEntrySchema>;

export const planTaskDetailSchema = planTaskSchema.extend({
  history: z.array(taskProgressEntrySchema),
});
export type PlanTaskDetail = z.infer<typeof planTaskDetailSchema>;

/** Units target 1 asks a plan of (KH 513/KH-UBND, II.1). */
export const unitPlanKinds = ['department', 'central_agency', 'district', 'commune'] as const;
export const unitPlanStates = ['issued', 'late', 'pending'] as const;

export const unitPlansStatusQuerySchema = pageQuerySchema.extend({
  /** The subtree to list; the plan's own unit (the province) when omitted. */
  unit: unitCodeSchema.optional(),
  kind: z.enum(unitPlanKinds).optional(),
  state: z.enum(unitPlanStates).optional(),
});
export type UnitPlansStatusQuery = z.output<typeof unitPlansStatusQuerySchema>;

export const unitPlanStatusItemSchema = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  kind: z.enum(unitPlanKinds),
  planId: z.number().int().nullable(),
  planStatus: planStatusSchema.nullable(),
  number: z.string().nullable(),
  issuedOn: calendarDateSchema.nullable(),
  /** Issued on or before the deadline: `issued`; none issued by a passed deadline: `late`. */
  state: z.enum(unitPlanStates),
});
export type UnitPlanStatusItem = z.infer<typeof unitPlanStatusItemSchema>;

export const unitPlansStatusSchema = pagedSchema(unitPlanStatusItemSchema).extend({
  unitCode: z.string(),
  deadline: calendarDateSchema.nullable(),
  summary: z.object({
    required: z.number().int(),
    issued: z.number().int(),
    late: z.number().int(),
    /** T01a for the subtree and the plan's year: the same computation as the targets. */
    share: z.number().nullable(),
  }),
});
export type UnitPlansStatus = z.infer<typeof unitPlansStatusSchema>;
