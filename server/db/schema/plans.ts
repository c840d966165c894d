import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { units } from './org';

/** A legal basis as hatinh-2021-plan.json records it (`plan.legalBases`). */
export interface PlanLegalBasis {
  id: string;
  ref: string | null;
  docType: string;
  date: string | null;
  issuer: string | null;
  about: string | null;
  [key: string]: unknown;
}

/**
 * A CCHC plan (issue 3): the province's plan (513/KH-UBND for 2021) and, later, each unit's own
 * plan that refers to it through `parent_plan_id` (target 1: every unit issues its own plan).
 */
export const plans = pgTable(
  'plans',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    /** The issuing unit: the province (42) for 513/KH-UBND. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    parentPlanId: integer('parent_plan_id').references((): AnyPgColumn => plans.id),
    year: integer('year').notNull(),
    /** Null while a unit plan is a draft: the number is given when it is issued. */
    number: text('number'),
    numberAsWritten: text('number_as_written'),
    title: text('title').notNull(),
    titleAsWritten: text('title_as_written'),
    issuer: text('issuer').notNull(),
    place: text('place'),
    issuedOn: date('issued_on', { mode: 'string' }),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    signingCapacity: text('signing_capacity'),
    preambleVi: text('preamble_vi'),
    legalBases: jsonb('legal_bases').$type<PlanLegalBasis[]>().notNull().default([]),
    purposes: jsonb('purposes').$type<string[]>().notNull().default([]),
    requirements: jsonb('requirements').$type<string[]>().notNull().default([]),
    status: text('status').notNull().default('draft'),
    /** The date by which units must issue their own plan; 513/KH-UBND states none. */
    unitPlanDeadline: date('unit_plan_deadline', { mode: 'string' }),
    /** How task progress rolls up to the plan (issue 3, Tasks): by status, or weighted. */
    progressRollup: text('progress_rollup').notNull().default('by_status'),
    /** A task with no progress update for this many days is flagged `stale` (issue 3, Tasks). */
    staleAfterDays: integer('stale_after_days').notNull().default(30),
    /** The comment of the level above the last time it returned this unit plan to draft. */
    returnComment: text('return_comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plans_year_idx').on(t.provinceCode, t.year),
    index('plans_unit_idx').on(t.unitId),
    index('plans_parent_idx').on(t.parentPlanId),
    check('plans_status_check', sql`${t.status} in ('draft','submitted','issued')`),
    check('plans_progress_rollup_check', sql`${t.progressRollup} in ('by_status','weighted')`),
    check('plans_issued_check', sql`${t.status} <> 'issued' or ${t.issuedOn} is not null`),
    check('plans_stale_after_days_check', sql`${t.staleAfterDays} between 1 and 366`),
    // Target 1: one plan per unit under a province plan (docs/decisions/011-unit-plans-and-progress.md).
    uniqueIndex('plans_parent_unit_key')
      .on(t.parentPlanId, t.unitId)
      .where(sql`${t.parentPlanId} is not null`),
  ],
);

/** Areas of section III (8 codes: III.7 is split into E_GOVERNMENT and ISO). */
export const planAreas = pgTable(
  'plan_areas',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    code: text('code').notNull(),
    section: text('section').notNull(),
    parentSection: text('parent_section'),
    nameVi: text('name_vi').notNull(),
    leadUnitId: integer('lead_unit_id').references(() => units.id),
    leadBasis: text('lead_basis'),
    ordinal: integer('ordinal').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('plan_areas_plan_code_key').on(t.planId, t.code)],
);

/** Section II's numbered targets. */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    no: integer('no').notNull(),
    section: text('section').notNull(),
    textVi: text('text_vi').notNull(),
    areaCodes: jsonb('area_codes').$type<string[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('plan_targets_plan_no_key').on(t.planId, t.no)],
);

/** The measurable indicators of a target (T01a, T05a …), with the rule that judges them. */
export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    targetId: integer('target_id')
      .notNull()
      .references(() => planTargets.id),
    code: text('code').notNull(),
    ordinal: integer('ordinal').notNull(),
    textVi: text('text_vi').notNull(),
    contextVi: text('context_vi'),
    unitOfMeasure: text('unit_of_measure').notNull(),
    comparator: text('comparator').notNull(),
    threshold: numeric('threshold', { mode: 'number' }).notNull(),
    thresholdAsWritten: text('threshold_as_written'),
    appliesTo: text('applies_to'),
    dataSource: text('data_source').notNull(),
    aggregation: text('aggregation').notNull(),
    projection: text('projection').notNull().default('none'),
    implicit: boolean('implicit').notNull().default(false),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('plan_indicators_plan_code_key').on(t.planId, t.code),
    index('plan_indicators_target_idx').on(t.targetId),
    check('plan_indicators_comparator_check', sql`${t.comparator} in ('>=','>','=','<=','<')`),
    check(
      'plan_indicators_aggregation_check',
      sql`${t.aggregation} in ('ratio_of_sums','share_of_units_meeting','all_units','sum','average','none')`,
    ),
    check('plan_indicators_projection_check', sql`${t.projection} in ('none','linear')`),
  ],
);

/** Section III's tasks, each with a lead unit and coordinating units. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    code: text('code').notNull(),
    ordinal: integer('ordinal').notNull(),
    areaCode: text('area_code').notNull(),
    textVi: text('text_vi').notNull(),
    leadUnitId: integer('lead_unit_id')
      .notNull()
      .references(() => units.id),
    /** The lead exactly as the plan names it, since a collective lead maps to the province. */
    leadAgencyAsWritten: text('lead_agency_as_written'),
    leadBasis: text('lead_basis'),
    coordinatingAgenciesAsWritten: jsonb('coordinating_agencies_as_written')
      .$type<string[]>()
      .notNull()
      .default([]),
    recurrence: text('recurrence').notNull(),
    deadlineOn: date('deadline_on', { mode: 'string' }),
    horizon: text('horizon'),
    timeframeNote: text('timeframe_note'),
    outputs: jsonb('outputs').$type<string[]>().notNull().default([]),
    budgetVnd: bigint('budget_vnd', { mode: 'number' }),
    /** `overdue` is not stored: it follows from the deadline and the date (docs/decisions/008-plan-as-data.md). */
    status: text('status').notNull().default('not_started'),
    progress: integer('progress').notNull().default(0),
    note: text('note'),
    /** In a unit plan: the province plan's task it was copied from; null for the unit's own. */
    sourceTaskId: integer('source_task_id').references((): AnyPgColumn => planTasks.id),
    /** Weight under the `weighted` rollup policy. */
    weight: integer('weight').notNull().default(1),
    /**
     * A sub-task: the part of a task split to a unit below the lead (issue 3, Tasks); its progress
     * rolls up into the parent under the plan's policy (core/plans/rollup-task-progress.ts).
     */
    parentTaskId: integer('parent_task_id').references((): AnyPgColumn => planTasks.id),
    lastProgressAt: timestamp('last_progress_at', { withTimezone: true }),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('plan_tasks_plan_code_key').on(t.planId, t.code),
    index('plan_tasks_lead_idx').on(t.leadUnitId),
    index('plan_tasks_parent_idx').on(t.parentTaskId),
    check(
      'plan_tasks_recurrence_check',
      sql`${t.recurrence} in ('once','continuous','periodic','yearly')`,
    ),
    check('plan_tasks_status_check', sql`${t.status} in ('not_started','in_progress','done')`),
    check('plan_tasks_progress_check', sql`${t.progress} between 0 and 100`),
    check('plan_tasks_weight_check', sql`${t.weight} between 1 and 100`),
  ],
);

export const planTaskCoordinatingUnits = pgTable(
  'plan_task_coordinating_units',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => planTasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.unitId] }),
    index('plan_task_coordinating_units_unit_idx').on(t.unitId),
  ],
);

/** Every progress update of a task, kept so the history can be read back (issue 3, Tasks). */
export const planTaskProgress = pgTable(
  'plan_task_progress',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    taskId: integer('task_id')
      .notNull()
      .references(() => planTasks.id),
    percent: integer('percent').notNull(),
    status: text('status').notNull(),
    note: text('note').notNull(),
    recordedByUserId: integer('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    recordedByUsername: text('recorded_by_username').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_task_progress_task_idx').on(t.taskId, t.recordedAt),
    check('plan_task_progress_percent_check', sql`${t.percent} between 0 and 100`),
    check(
      'plan_task_progress_status_check',
      sql`${t.status} in ('not_started','in_progress','done')`,
    ),
  ],
);
