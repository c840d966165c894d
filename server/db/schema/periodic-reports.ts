import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ReportFigure, ReportRule, ReportSection } from '../../../core/reports/report-form';
import { users } from './auth';
import { units } from './org';

/**
 * A periodic report form (issue 3, "Periodic reports"; docs/decisions/016): what units of the
 * given kinds report for each period of the given kinds of one year. Figures, sections and rules
 * are data that Sở Nội vụ edits (vn-regulations.md §6: make the template configurable).
 */
export const reportForms = pgTable(
  'report_forms',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    periodKinds: jsonb('period_kinds').$type<string[]>().notNull(),
    unitKinds: jsonb('unit_kinds').$type<string[]>().notNull(),
    /** NĐ 09/2019 cut-off day (14: windows 15th–14th); null for calendar months. */
    cutOffDay: integer('cut_off_day'),
    /** Working days after the cut-off by which the report is due (default 2, §6). */
    dueWorkingDays: integer('due_working_days').notNull().default(2),
    figures: jsonb('figures').$type<ReportFigure[]>().notNull(),
    sections: jsonb('sections').$type<ReportSection[]>().notNull(),
    rules: jsonb('rules').$type<ReportRule[]>().notNull(),
    active: boolean('active').notNull().default(true),
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_forms_code_key').on(t.provinceCode, t.code),
    check(
      'report_forms_cut_off_check',
      sql`${t.cutOffDay} is null or ${t.cutOffDay} between 1 and 27`,
    ),
  ],
);

/** The data window and due date of each period of a form: defaults computed, due date editable. */
export const reportFormPeriods = pgTable(
  'report_form_periods',
  {
    formId: integer('form_id')
      .notNull()
      .references(() => reportForms.id),
    periodCode: text('period_code').notNull(),
    windowStart: date('window_start', { mode: 'string' }).notNull(),
    windowEnd: date('window_end', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.formId, t.periodCode] })],
);

/** One unit's report on one form for one period. */
export const periodicReports = pgTable(
  'periodic_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    formId: integer('form_id')
      .notNull()
      .references(() => reportForms.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    periodCode: text('period_code').notNull(),
    status: text('status').notNull().default('draft'),
    returnComment: text('return_comment'),
    /** The first sending decides timeliness; later sendings after a return do not. */
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('periodic_reports_slot_key').on(t.formId, t.unitId, t.periodCode),
    index('periodic_reports_unit_idx').on(t.unitId),
    index('periodic_reports_period_idx').on(t.provinceCode, t.periodCode),
    check(
      'periodic_reports_status_check',
      sql`${t.status} in ('draft','submitted','returned','approved')`,
    ),
  ],
);

/** The current value of each figure or text section of a report. */
export const periodicReportValues = pgTable(
  'periodic_report_values',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => periodicReports.id),
    fieldCode: text('field_code').notNull(),
    numberValue: doublePrecision('number_value'),
    textValue: text('text_value'),
    /** What cchc filled in and from where; kept when the unit corrects it. */
    prefillSource: text('prefill_source'),
    prefilledValue: doublePrecision('prefilled_value'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.fieldCode] })],
);

/** Every change of a value: who, when, old → new (issue 3: "every value keeps its history"). */
export const periodicReportValueChanges = pgTable(
  'periodic_report_value_changes',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    reportId: integer('report_id')
      .notNull()
      .references(() => periodicReports.id),
    fieldCode: text('field_code').notNull(),
    oldNumber: doublePrecision('old_number'),
    newNumber: doublePrecision('new_number'),
    oldText: text('old_text'),
    newText: text('new_text'),
    source: text('source').notNull(),
    changedByUserId: integer('changed_by_user_id').references(() => users.id),
    changedByUsername: text('changed_by_username'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('periodic_report_value_changes_report_idx').on(t.reportId, t.changedAt),
    check('periodic_report_value_changes_source_check', sql`${t.source} in ('user','prefill')`),
  ],
);

/** The report's way: created, submitted, returned (with the comment), approved. */
export const periodicReportEvents = pgTable(
  'periodic_report_events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    reportId: integer('report_id')
      .notNull()
      .references(() => periodicReports.id),
    action: text('action').notNull(),
    comment: text('comment'),
    actorUserId: integer('actor_user_id').references(() => users.id),
    actorUsername: text('actor_username'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('periodic_report_events_report_idx').on(t.reportId, t.occurredAt),
    check(
      'periodic_report_events_action_check',
      sql`${t.action} in ('created','submitted','returned','approved')`,
    ),
  ],
);

/** Sở Nội vụ lets a unit change and send a report after the due date, until `until_on`. */
export const periodicReportExceptions = pgTable(
  'periodic_report_exceptions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    formId: integer('form_id')
      .notNull()
      .references(() => reportForms.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    periodCode: text('period_code').notNull(),
    untilOn: date('until_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    grantedByUserId: integer('granted_by_user_id').references(() => users.id),
    grantedByUsername: text('granted_by_username'),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('periodic_report_exceptions_slot_key').on(t.formId, t.unitId, t.periodCode)],
);
