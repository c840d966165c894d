import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { users } from '../../db/schema/auth';
import { calendarSettings, calendarYears } from '../../db/schema/calendar';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type NewCalendarYearRow = typeof calendarYears.$inferInsert;
export type CalendarSettingsRow = typeof calendarSettings.$inferSelect;
export type NewCalendarSettingsRow = typeof calendarSettings.$inferInsert;

/** A row with the user name of whoever saved it last, for the administrator's list. */
export interface CalendarYearListRow {
  entry: CalendarYearRow;
  updatedByUsername: string | null;
}

export async function findCalendarYears(
  db: Queryable,
  provinceCode: string,
): Promise<CalendarYearListRow[]> {
  return db
    .select({ entry: calendarYears, updatedByUsername: users.username })
    .from(calendarYears)
    .leftJoin(users, eq(users.id, calendarYears.updatedBy))
    .where(eq(calendarYears.provinceCode, provinceCode))
    .orderBy(asc(calendarYears.year));
}

/** Locks the year's row, if any, so that concurrent replacements of one year queue. */
export async function lockCalendarYear(
  db: Queryable,
  provinceCode: string,
  year: number,
): Promise<CalendarYearRow | null> {
  const [row] = await db
    .select()
    .from(calendarYears)
    .where(and(eq(calendarYears.provinceCode, provinceCode), eq(calendarYears.year, year)))
    .for('update');
  return row ?? null;
}

export async function upsertCalendarYear(
  db: Queryable,
  row: NewCalendarYearRow,
): Promise<CalendarYearRow> {
  const { provinceCode: _provinceCode, year: _year, ...changes } = row;
  const [saved] = await db
    .insert(calendarYears)
    .values(row)
    .onConflictDoUpdate({ target: [calendarYears.provinceCode, calendarYears.year], set: changes })
    .returning();
  return saved!;
}

export async function deleteCalendarYear(
  db: Queryable,
  provinceCode: string,
  year: number,
): Promise<void> {
  await db
    .delete(calendarYears)
    .where(and(eq(calendarYears.provinceCode, provinceCode), eq(calendarYears.year, year)));
}

export interface CalendarSettingsListRow {
  settings: CalendarSettingsRow;
  updatedByUsername: string | null;
}

export async function findCalendarSettings(
  db: Queryable,
  provinceCode: string,
): Promise<CalendarSettingsListRow | null> {
  const [row] = await db
    .select({ settings: calendarSettings, updatedByUsername: users.username })
    .from(calendarSettings)
    .leftJoin(users, eq(users.id, calendarSettings.updatedBy))
    .where(eq(calendarSettings.provinceCode, provinceCode));
  return row ?? null;
}

export async function lockCalendarSettings(
  db: Queryable,
  provinceCode: string,
): Promise<CalendarSettingsRow | null> {
  const [row] = await db
    .select()
    .from(calendarSettings)
    .where(eq(calendarSettings.provinceCode, provinceCode))
    .for('update');
  return row ?? null;
}

export async function upsertCalendarSettings(
  db: Queryable,
  row: NewCalendarSettingsRow,
): Promise<CalendarSettingsRow> {
  const { provinceCode: _provinceCode, ...changes } = row;
  const [saved] = await db
    .insert(calendarSettings)
    .values(row)
    .onConflictDoUpdate({ target: calendarSettings.provinceCode, set: changes })
    .returning();
  return saved!;
}
