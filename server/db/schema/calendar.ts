import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { CalendarDayData } from '../../../core/calendar/holiday-year';
import { users } from './auth';

/**
 * A year of the working-time calendar as an administrator entered it from the Prime Minister's
 * notice (or the Ministry of Labour's, e.g. "Thông báo số 6150/TB-LĐTBXH"). It replaces the
 * built-in year of core/calendar/holiday-data.ts; a year without a row is built-in or projected.
 * `days` holds only departures from the ordinary week, in core's shape (holiday-year.ts), so a
 * year is read and written whole, as the notice is.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    status: text('status').notNull(),
    days: jsonb('days').$type<CalendarDayData[]>().notNull(),
    sourceDocument: text('source_document'),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ name: 'calendar_years_pkey', columns: [t.provinceCode, t.year] }),
    // `projected` is what the calendar computes for a year without a row, never stored.
    check('calendar_years_status_check', sql`${t.status} in ('official','expected')`),
    check('calendar_years_days_check', sql`jsonb_typeof(${t.days}) = 'array'`),
  ],
);

/**
 * The province's working hours and reception cut-off (vn-regulations.md §1: "a setting of the
 * province"); without a row the defaults of core/calendar/working-calendar.ts apply.
 */
export const calendarSettings = pgTable(
  'calendar_settings',
  {
    provinceCode: text('province_code').primaryKey(),
    morningStart: text('morning_start').notNull(),
    morningEnd: text('morning_end').notNull(),
    afternoonStart: text('afternoon_start').notNull(),
    afternoonEnd: text('afternoon_end').notNull(),
    /** null: no cut-off, a dossier counts from its receipt whenever the desk is open. */
    receptionCutOff: text('reception_cut_off'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    check(
      'calendar_settings_times_check',
      sql`${t.morningStart} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.morningEnd} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.afternoonStart} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.afternoonEnd} ~ '^[0-2][0-9]:[0-5][0-9]$' and (${t.receptionCutOff} is null or ${t.receptionCutOff} ~ '^[0-2][0-9]:[0-5][0-9]$')`,
    ),
  ],
);
