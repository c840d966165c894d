import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * The province's yearly result and rank on the national indices the plan wants raised
 * (KH 513/KH-UBND, I.1: PAPI, PCI, PAR INDEX, SIPAS, ICT), recorded by Sở Nội vụ from the
 * published document (issue 5 "Province indices"). Value and rank may be missing: some
 * publications give only one of them, and nothing is guessed.
 */
export const provinceIndices = pgTable(
  'province_indices',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    index: text('index').notNull(),
    year: integer('year').notNull(),
    value: doublePrecision('value'),
    rank: integer('rank'),
    /** Number of provinces ranked that year (63 until the 2025 mergers). */
    rankOf: integer('rank_of'),
    sourceDocument: text('source_document'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('province_indices_province_index_year_key').on(t.provinceCode, t.index, t.year),
    check(
      'province_indices_index_check',
      sql`${t.index} in ('PAPI', 'PCI', 'PAR_INDEX', 'SIPAS', 'ICT')`,
    ),
    check(
      'province_indices_rank_check',
      sql`${t.rank} is null or (${t.rank} >= 1 and (${t.rankOf} is null or ${t.rank} <= ${t.rankOf}))`,
    ),
  ],
);
