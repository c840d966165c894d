import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { units } from './org';

/** A fee or charge (phí, lệ phí) of a procedure; `amountVnd` is null where the amount is set elsewhere (e.g. by the provincial People's Council). */
export interface ProcedureFeeValue {
  description: string;
  amountVnd: number | null;
}

/** One item of the dossier (thành phần hồ sơ). */
export interface ProcedureDocumentValue {
  name: string;
  copies: number | null;
  required: boolean;
}

/**
 * The procedure catalogue (TTHC, issue 4). `code` is the national code of the national
 * procedure database (e.g. `1.001193`); a procedure replaced by another keeps its row, closed by
 * `valid_to`, so the code is unique only among open rows.
 */
export const procedures = pgTable(
  'procedures',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Code and name folded by `normalizeSearchText`, searched with LIKE. */
    searchText: text('search_text').notNull(),
    field: text('field').notNull(),
    level: text('level').notNull(),
    timeLimitAmount: numeric('time_limit_amount', { precision: 8, scale: 2, mode: 'number' }),
    timeLimitUnit: text('time_limit_unit'),
    /** The time limit as the source writes it, with its conditions ("08 ngày nếu phải xác minh"). */
    timeLimitNote: text('time_limit_note'),
    onlineLevel: text('online_level').notNull().default('none'),
    fees: jsonb('fees').$type<ProcedureFeeValue[]>().notNull().default([]),
    documents: jsonb('documents').$type<ProcedureDocumentValue[]>().notNull().default([]),
    legalBasis: text('legal_basis').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('procedures_open_code_key')
      .on(t.provinceCode, t.code)
      .where(sql`${t.validTo} is null`),
    index('procedures_province_field_idx').on(t.provinceCode, t.field),
    check('procedures_level_check', sql`${t.level} in ('province','district','commune')`),
    check('procedures_online_level_check', sql`${t.onlineLevel} in ('none','partial','full')`),
    check('procedures_status_check', sql`${t.status} in ('draft','published')`),
    check(
      'procedures_time_limit_unit_check',
      sql`${t.timeLimitUnit} in ('working_days','half_days','hours','calendar_days')`,
    ),
    // A time limit is an amount with its unit, or nothing yet (a draft whose limit is unknown).
    check(
      'procedures_time_limit_check',
      sql`(${t.timeLimitAmount} is null) = (${t.timeLimitUnit} is null) and (${t.timeLimitAmount} is null or ${t.timeLimitAmount} >= 0)`,
    ),
    check(
      'procedures_published_check',
      sql`${t.status} <> 'published' or (${t.publishedAt} is not null and ${t.timeLimitUnit} is not null)`,
    ),
    check(
      'procedures_valid_range_check',
      sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);

/**
 * The agencies that receive and handle a procedure: one lead agency for a một cửa procedure,
 * several for a một cửa liên thông one (NĐ 61/2018, vn-regulations.md §1). A district-level
 * procedure links every district as a lead, since each handles its own citizens' dossiers.
 */
export const procedureAgencies = pgTable(
  'procedure_agencies',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    procedureId: integer('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
  },
  (t) => [
    uniqueIndex('procedure_agencies_procedure_unit_key').on(t.procedureId, t.unitId),
    index('procedure_agencies_unit_idx').on(t.unitId),
    check('procedure_agencies_role_check', sql`${t.role} in ('lead','coordinating')`),
  ],
);

/**
 * The internal process (quy trình nội bộ): ordered steps, each done by a given unit (e.g. the
 * land registration office under STNMT) or by whichever unit of a kind handles the dossier (the
 * district that received it), each with its share of the time limit; shares add up to 100 %.
 */
export const procedureSteps = pgTable(
  'procedure_steps',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    procedureId: integer('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    unitKind: text('unit_kind'),
    unitId: integer('unit_id').references(() => units.id),
    sharePercent: numeric('share_percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('procedure_steps_procedure_ordinal_key').on(t.procedureId, t.ordinal),
    check('procedure_steps_share_check', sql`${t.sharePercent} > 0 and ${t.sharePercent} <= 100`),
    check('procedure_steps_unit_check', sql`(${t.unitKind} is null) <> (${t.unitId} is null)`),
  ],
);
