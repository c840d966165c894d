import {
  calendarYearRange,
  type DueDateQuery,
  type DueDateResponse,
  type NonWorkingDaysResponse,
} from '../../../contracts/calendar';
import {
  computeDueAt,
  findCountingStart,
  type TimeLimit,
} from '../../../core/calendar/compute-due-at';
import type { HolidayYearData, HolidayYearStatus } from '../../../core/calendar/holiday-year';
import { formatInstantVn, toVnDate } from '../../../core/calendar/vn-time';
import {
  buildWorkingCalendar,
  type HolidayYearSource,
  listCalendarDays,
  type ResolvedHolidayYear,
  type WorkingCalendar,
  type WorkingCalendarSettings,
} from '../../../core/calendar/working-calendar';
import type { Database, Queryable } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import { presentNonWorkingDay } from './calendar.present';
import * as repo from './calendar.repo';
import { type LoadedCalendar, readCachedCalendar } from './calendar-cache';

/** Refuses a year the calendar cannot answer for with 422 `calendar_year_unsupported`. */
export function assertSupportedYear(year: number): void {
  if (year < calendarYearRange.min || year > calendarYearRange.max) {
    throw new DomainError('calendar_year_unsupported', { year, ...calendarYearRange });
  }
}

export function toHolidayYearData(row: repo.CalendarYearRow): HolidayYearData {
  return {
    year: row.year,
    status: row.status as HolidayYearStatus,
    ...(row.note ? { note: row.note } : {}),
    days: row.days,
  };
}

export function toWorkingCalendarSettings(row: repo.CalendarSettingsRow): WorkingCalendarSettings {
  return {
    morning: { start: row.morningStart, end: row.morningEnd },
    afternoon: { start: row.afternoonStart, end: row.afternoonEnd },
    receptionCutOff: row.receptionCutOff,
  };
}

/** The calendar built from the database as it is now, bypassing the cache. */
export async function loadWorkingCalendar(
  db: Queryable,
  provinceCode: string,
): Promise<LoadedCalendar> {
  const [years, settings] = await Promise.all([
    repo.findCalendarYears(db, provinceCode),
    repo.findCalendarSettings(db, provinceCode),
  ]);
  // Administrator's years, then built-in ones, then projection: buildWorkingCalendar decides.
  const calendar = buildWorkingCalendar({
    years: years.map((row) => toHolidayYearData(row.entry)),
    ...(settings ? { settings: toWorkingCalendarSettings(settings.settings) } : {}),
  });
  const sourceDocuments = new Map(years.map((row) => [row.entry.year, row.entry.sourceDocument]));
  return { calendar, sourceDocuments };
}

function readCalendar(db: Database, provinceCode: string, via: Queryable = db) {
  return readCachedCalendar(db, provinceCode, () => loadWorkingCalendar(via, provinceCode));
}

/**
 * The province's working calendar, for any module that counts working time (due dates of
 * dossiers, report deadlines). Inside a transaction pass it as `via`: on PGlite a query outside
 * the open transaction would wait for it forever.
 */
export async function getWorkingCalendar(
  db: Database,
  provinceCode: string,
  via: Queryable = db,
): Promise<WorkingCalendar> {
  return (await readCalendar(db, provinceCode, via)).calendar;
}

/**
 * `workingDays` as core counts it: whole days as working days (the close of the N-th working
 * day, Bộ luật Dân sự 2015 Art. 147–148); a number with a half as that many half days, which
 * core counts session by session (2.5 days = 5 half days).
 */
export function toTimeLimit(query: DueDateQuery): TimeLimit {
  if (query.workingDays === undefined) {
    return { amount: query.amount ?? 0, unit: query.unit ?? 'working_days' };
  }
  return Number.isInteger(query.workingDays)
    ? { amount: query.workingDays, unit: 'working_days' }
    : { amount: query.workingDays * 2, unit: 'half_days' };
}

function yearOfInstant(instant: Date): number {
  return Number(toVnDate(instant).slice(0, 4));
}

export async function computeDueDate(
  db: Database,
  provinceCode: string,
  query: DueDateQuery,
): Promise<DueDateResponse> {
  const receivedAt = new Date(query.receivedAt);
  assertSupportedYear(yearOfInstant(receivedAt));
  const limit = toTimeLimit(query);
  const calendar = await getWorkingCalendar(db, provinceCode);
  let countedFrom: Date;
  let dueAt: Date;
  try {
    countedFrom = findCountingStart(calendar, receivedAt);
    dueAt = computeDueAt({ receivedAt, limit, calendar });
  } catch (error) {
    // The inputs are valid; core refuses only a count that runs past the last supported year.
    if (error instanceof RangeError) {
      throw new DomainError('calendar_year_unsupported', { ...calendarYearRange });
    }
    throw error;
  }
  let projected = false;
  for (let year = yearOfInstant(countedFrom); year <= yearOfInstant(dueAt); year += 1) {
    if (calendar.resolveYear(year).status !== 'official') projected = true;
  }
  return {
    receivedAt: formatInstantVn(receivedAt),
    countedFrom: formatInstantVn(countedFrom),
    dueAt: formatInstantVn(dueAt),
    limit,
    projected,
  };
}

function tryResolveYear(calendar: WorkingCalendar, year: number): ResolvedHolidayYear | null {
  try {
    return calendar.resolveYear(year);
  } catch {
    return null;
  }
}

/**
 * Which entry a listed day comes from. A day of solar year Y may belong to the entry of Y+1 or
 * Y-1 (a swap across New Year); the entry of Y takes precedence, as in buildWorkingCalendar.
 */
function findDaySource(calendar: WorkingCalendar, year: number, date: string): HolidayYearSource {
  for (const candidate of [year, year + 1, year - 1]) {
    const entry = tryResolveYear(calendar, candidate);
    if (entry?.days.some((day) => day.date === date)) return entry.source;
  }
  return calendar.resolveYear(year).source;
}

export async function listNonWorkingDays(
  db: Database,
  provinceCode: string,
  year: number,
): Promise<NonWorkingDaysResponse> {
  assertSupportedYear(year);
  const { calendar, sourceDocuments } = await readCalendar(db, provinceCode);
  const entry = calendar.resolveYear(year);
  return {
    year,
    status: entry.status,
    source: entry.source,
    sourceDocument: entry.source === 'administrator' ? (sourceDocuments.get(year) ?? null) : null,
    note: entry.note ?? null,
    items: listCalendarDays(calendar, year).map((day) =>
      presentNonWorkingDay(day, findDaySource(calendar, year, day.date)),
    ),
  };
}
