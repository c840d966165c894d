import { bigint, date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { units } from './org';

/**
 * The monthly rollup of onestop_kpi_daily: one row per handling unit and receipt month (the first
 * day of the month, Việt Nam), kept equal to the sum of the month's daily rows by a trigger on
 * onestop_kpi_daily, so every writer of the daily rows (desk, import, synthetic data) keeps it
 * exact in its own transaction. A year-long KPI then sums 12 rows per unit plus the edge days of
 * partial months instead of 365 (issue 4 "flat KPI"; docs/decisions/012-dossiers-and-kpi-rollups.md).
 */
export const onestopKpiMonthly = pgTable(
  'onestop_kpi_monthly',
  {
    provinceCode: text('province_code').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** First day of the month, YYYY-MM-01. */
    month: date('month', { mode: 'string' }).notNull(),
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
  (t) => [primaryKey({ columns: [t.provinceCode, t.month, t.unitId] })],
);
