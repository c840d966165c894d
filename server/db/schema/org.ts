import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * The organisation tree. `province_code` is the tenant key (docs/decisions/002-embedded-database.md):
 * a province that outgrows one server distributes by it.
 */
export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    typeLabel: text('type_label'),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    path: text('path').notNull(),
    level: integer('level').notNull(),
    searchText: text('search_text').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Codes are reused after mergers (hatinh-units-2025.notes.md §1): unique only among open units.
    uniqueIndex('units_open_code_key').on(t.provinceCode, t.code).where(sql`${t.validTo} is null`),
    index('units_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('units_parent_idx').on(t.parentId),
    check(
      'units_kind_check',
      sql`${t.kind} in ('province','department','central_agency','service_centre','district','commune')`,
    ),
    check('units_valid_range_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Predecessor → successor links written by merge, split and rename, so old figures stay attributable. */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    predecessorId: integer('predecessor_id')
      .notNull()
      .references(() => units.id),
    successorId: integer('successor_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('unit_successions_predecessor_idx').on(t.predecessorId),
    index('unit_successions_successor_idx').on(t.successorId),
    check('unit_successions_kind_check', sql`${t.kind} in ('merge','split','rename')`),
  ],
);
