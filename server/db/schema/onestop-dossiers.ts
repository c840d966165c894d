import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { procedures } from './onestop-procedures';
import { units } from './org';

/**
 * Dossiers of the one-stop desk (NĐ 61/2018, TT 01/2018; vn-regulations.md §1). The applicant's
 * name, phone, e-mail and address are personal data: they stay in this table and never go into
 * logs or audit entries. Counting rules: docs/decisions/012-dossiers-and-kpi-rollups.md.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    code: text('code').notNull(),
    procedureId: integer('procedure_id')
      .notNull()
      .references(() => procedures.id),
    receivingUnitId: integer('receiving_unit_id')
      .notNull()
      .references(() => units.id),
    receivingUnitPath: text('receiving_unit_path').notNull(),
    /** The lead agency, accountable for the time limit; KPI rollups are kept per this unit. */
    handlingUnitId: integer('handling_unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    /** Where the dossier is now, moved by each hand-over (Mẫu 05). */
    currentUnitId: integer('current_unit_id')
      .notNull()
      .references(() => units.id),
    currentUnitPath: text('current_unit_path').notNull(),
    channel: text('channel').notNull(),
    state: text('state').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone'),
    applicantEmail: text('applicant_email'),
    applicantAddress: text('applicant_address'),
    /** Code and applicant name folded by `normalizeSearchText`, searched with LIKE. */
    searchText: text('search_text').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** The receipt day in Việt Nam: the rollup row every later change of this dossier updates. */
    receiptDay: date('receipt_day', { mode: 'string' }).notNull(),
    countingFromAt: timestamp('counting_from_at', { withTimezone: true }).notNull(),
    /** The appointment (Mẫu 01), moved only by a paused clock or a restarted limit, never by an apology. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** The one new appointment of an apology letter (Mẫu 04). */
    extendedDueAt: timestamp('extended_due_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** early, on_time or late, fixed when the dossier ends. */
    timeliness: text('timeliness'),
    supplementCount: integer('supplement_count').notNull().default(0),
    supplementRequestedAt: timestamp('supplement_requested_at', { withTimezone: true }),
    /** Whether the pending supplement request restarts the limit when the complete dossier arrives. */
    supplementRestartsLimit: boolean('supplement_restarts_limit'),
    pausedWorkingMinutes: integer('paused_working_minutes').notNull().default(0),
    apologyIssuedAt: timestamp('apology_issued_at', { withTimezone: true }),
    apologyReason: text('apology_reason'),
    apologyLate: boolean('apology_late'),
    resultNote: text('result_note'),
    resultDigitised: boolean('result_digitised').notNull().default(false),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** An online submission (state `submitted`) before the desk checks it; null at the counter. */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The processing officer named by the last hand-over (issue 4 "per officer"). */
    assigneeUserId: integer('assignee_user_id').references(() => users.id),
    /** When the reminder sweep told its people the dossier is at risk / overdue (once each). */
    atRiskNotifiedAt: timestamp('at_risk_notified_at', { withTimezone: true }),
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossiers_province_code_key').on(t.provinceCode, t.code),
    index('dossiers_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
    index('dossiers_receiving_path_idx').using('btree', t.receivingUnitPath.op('text_pattern_ops')),
    index('dossiers_current_path_idx').using('btree', t.currentUnitPath.op('text_pattern_ops')),
    index('dossiers_province_state_due_idx').on(t.provinceCode, t.state, t.dueAt),
    index('dossiers_assignee_idx').on(t.assigneeUserId),
    check('dossiers_channel_check', sql`${t.channel} in ('counter','online','postal')`),
    check(
      'dossiers_state_check',
      sql`${t.state} in ('submitted','received','refused','in_progress','awaiting_supplement','awaiting_payment','withdrawn','stopped','finished','returned')`,
    ),
    check('dossiers_timeliness_check', sql`${t.timeliness} in ('early','on_time','late')`),
    check('dossiers_rating_check', sql`${t.rating} between 1 and 5`),
    check('dossiers_supplement_count_check', sql`${t.supplementCount} >= 0`),
  ],
);

export const dossierEventKinds = [
  'submitted',
  'received',
  'handed_over',
  'supplement_requested',
  'supplement_received',
  'finished',
  'returned',
  'withdrawn',
  'refused',
  'apology_issued',
  'rated',
] as const;

/** The hand-over log: one row per step, the source of the process control sheet (Mẫu 05). */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    fromUnitId: integer('from_unit_id').references(() => units.id),
    toUnitId: integer('to_unit_id').references(() => units.id),
    actorUserId: integer('actor_user_id').references(() => users.id),
    note: text('note'),
    details: jsonb('details'),
    /** The step of the internal process the hand-over starts, and its own deadline (issue 4). */
    stepOrdinal: integer('step_ordinal'),
    stepName: text('step_name'),
    stepDueAt: timestamp('step_due_at', { withTimezone: true }),
    /** Set when the next hand-over, the result or an ending closes the step; late if after its due. */
    stepFinishedAt: timestamp('step_finished_at', { withTimezone: true }),
    stepLate: boolean('step_late'),
    assigneeUserId: integer('assignee_user_id').references(() => users.id),
  },
  (t) => [
    index('dossier_events_dossier_idx').on(t.dossierId, t.at),
    check(
      'dossier_events_kind_check',
      sql`${t.kind} in ('submitted','received','handed_over','supplement_requested','supplement_received','finished','returned','withdrawn','refused','apology_issued','rated')`,
    ),
  ],
);

/** The last number given in a day by a receiving unit (NĐ 61/2018: the number within the day). */
export const dossierDayCounters = pgTable(
  'dossier_day_counters',
  {
    provinceCode: text('province_code').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    day: date('day', { mode: 'string' }).notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day] })],
);

/**
 * Live KPI rollups: one row per handling unit and receipt day (Việt Nam), updated in the same
 * transaction as every change of a dossier received that day, so the KPI endpoint sums rows
 * instead of scanning dossiers (issue 4; docs/decisions/012-dossiers-and-kpi-rollups.md).
 */
export const onestopKpiDaily = pgTable(
  'onestop_kpi_daily',
  {
    provinceCode: text('province_code').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    day: date('day', { mode: 'string' }).notNull(),
    received: integer('received').notNull().default(0),
    finished: integer('finished').notNull().default(0),
    withdrawn: integer('withdrawn').notNull().default(0),
    onTime: integer('on_time').notNull().default(0),
    late: integer('late').notNull().default(0),
    online: integer('online').notNull().default(0),
    overdueWithoutApology: integer('overdue_without_apology').notNull().default(0),
    rated: integer('rated').notNull().default(0),
    satisfied: integer('satisfied').notNull().default(0),
    processingWorkingMinutesSum: bigint('processing_working_minutes_sum', { mode: 'number' })
      .notNull()
      .default(0),
  },
  (t) => [
    primaryKey({ columns: [t.provinceCode, t.unitId, t.day] }),
    index('onestop_kpi_daily_province_day_idx').on(t.provinceCode, t.day),
  ],
);
