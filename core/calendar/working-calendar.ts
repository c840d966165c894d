import { type IsoDate, isWeekend, toDayNumber, yearOf } from './calendar-date';
import { builtInHolidayYears } from './holiday-data';
import { type CalendarDay, type HolidayYearData, isWorkingKind } from './holiday-year';
import { projectHolidayYear } from './project-holiday-year';
import { parseTimeOfDay } from './vn-time';

/** A session of the working day, `HH:MM` in Việt Nam local time, end excluded. */
export interface WorkingSessionHours {
  start: string;
  end: string;
}

export interface WorkingCalendarSettings {
  morning: WorkingSessionHours;
  afternoon: WorkingSessionHours;
  /** `HH:MM`; a dossier received after it counts from the next working day. null: no cut-off. */
  receptionCutOff: string | null;
}

export const defaultWorkingCalendarSettings: WorkingCalendarSettings = {
  // vn-regulations.md §1: working hours are a setting of the province, "e.g. 07:30–11:30 and
  // 13:30–17:00; verify locally". No text fixes them, hence a setting with these defaults.
  morning: { start: '07:30', end: '11:30' },
  afternoon: { start: '13:30', end: '17:00' },
  // NĐ 61/2018 (vn-regulations.md §1, step 3): a paper dossier received after 15:00 is handed on
  // at the start of the next working day, and systems count it from that day [practice].
  receptionCutOff: '15:00',
};

export type HolidayYearSource = 'administrator' | 'built_in' | 'projection';

export interface ResolvedHolidayYear extends HolidayYearData {
  source: HolidayYearSource;
}

/** Milliseconds after local midnight; `[startMs, endMs)`. */
export interface WorkingSession {
  startMs: number;
  endMs: number;
}

export interface WorkingCalendar {
  readonly settings: WorkingCalendarSettings;
  readonly sessions: readonly [morning: WorkingSession, afternoon: WorkingSession];
  readonly dayLengthMs: number;
  /** Milliseconds after local midnight; null when there is no cut-off. */
  readonly cutOffMs: number | null;
  /** The entry for a year: the administrator's, else the built-in one, else a projection. */
  readonly resolveYear: (year: number) => ResolvedHolidayYear;
  /** The departure from the ordinary week on a day, if any. */
  readonly findDay: (dayNumber: number) => CalendarDay | undefined;
}

export interface BuildWorkingCalendarInput {
  /** Years entered or edited by an administrator; each replaces the built-in year. */
  years?: readonly HolidayYearData[];
  settings?: Partial<WorkingCalendarSettings>;
  /** Defaults to the data copied from the reference (holiday-data.ts). */
  builtInYears?: readonly HolidayYearData[];
}

/**
 * Years are resolved when first asked for and kept, so a calendar serves any year from 2014 on
 * without knowing the range in advance; the cache is invisible to callers, who see a value.
 */
export function buildWorkingCalendar(input: BuildWorkingCalendarInput = {}): WorkingCalendar {
  const settings: WorkingCalendarSettings = {
    morning: input.settings?.morning ?? defaultWorkingCalendarSettings.morning,
    afternoon: input.settings?.afternoon ?? defaultWorkingCalendarSettings.afternoon,
    receptionCutOff:
      input.settings?.receptionCutOff === undefined
        ? defaultWorkingCalendarSettings.receptionCutOff
        : input.settings.receptionCutOff,
  };
  const sessions = resolveSessions(settings);
  const cutOffMs =
    settings.receptionCutOff === null ? null : parseTimeOfDay(settings.receptionCutOff);
  const administratorYears = new Map((input.years ?? []).map((data) => [data.year, data]));
  const builtInYears = new Map(
    (input.builtInYears ?? builtInHolidayYears).map((data) => [data.year, data]),
  );
  const resolvedYears = new Map<number, ResolvedHolidayYear>();
  const dayIndexes = new Map<number, Map<number, CalendarDay>>();

  const resolveYear = (year: number): ResolvedHolidayYear => {
    const known = resolvedYears.get(year);
    if (known) return known;
    const administrator = administratorYears.get(year);
    const builtIn = builtInYears.get(year);
    const resolved: ResolvedHolidayYear = administrator
      ? { ...administrator, source: 'administrator' }
      : builtIn
        ? { ...builtIn, source: 'built_in' }
        : { ...projectHolidayYear(year), source: 'projection' };
    resolvedYears.set(year, resolved);
    return resolved;
  };

  // A year's entry may reach into the next or previous year (a swap across New Year), so the
  // days of solar year Y are gathered from the entries of Y-1, Y+1 and, taking precedence, Y.
  const indexYear = (year: number): Map<number, CalendarDay> => {
    const index = new Map<number, CalendarDay>();
    const own = resolveYear(year);
    for (const neighbour of [year - 1, year + 1]) {
      const entry = tryResolveYear(resolveYear, neighbour);
      if (entry) addDaysInYear(index, entry, year);
    }
    addDaysInYear(index, own, year);
    return index;
  };

  const findDay = (dayNumber: number): CalendarDay | undefined => {
    const year = yearOf(dayNumber);
    let index = dayIndexes.get(year);
    if (!index) {
      index = indexYear(year);
      dayIndexes.set(year, index);
    }
    return index.get(dayNumber);
  };

  return {
    settings,
    sessions,
    dayLengthMs: sessions[0].endMs - sessions[0].startMs + sessions[1].endMs - sessions[1].startMs,
    cutOffMs,
    resolveYear,
    findDay,
  };
}

export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(date));
}

export function isWorkingDayNumber(calendar: WorkingCalendar, dayNumber: number): boolean {
  const day = calendar.findDay(dayNumber);
  if (day) return isWorkingKind(day.kind);
  return !isWeekend(dayNumber);
}

/** The year's departures from the ordinary week that fall within it, by date. */
export function listCalendarDays(calendar: WorkingCalendar, year: number): CalendarDay[] {
  const first = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const days: CalendarDay[] = [];
  for (let dayNumber = first; yearOf(dayNumber) === year; dayNumber += 1) {
    const day = calendar.findDay(dayNumber);
    if (day) days.push(day);
  }
  return days;
}

function resolveSessions(settings: WorkingCalendarSettings): WorkingCalendar['sessions'] {
  const morning = {
    startMs: parseTimeOfDay(settings.morning.start),
    endMs: parseTimeOfDay(settings.morning.end),
  };
  const afternoon = {
    startMs: parseTimeOfDay(settings.afternoon.start),
    endMs: parseTimeOfDay(settings.afternoon.end),
  };
  const ordered =
    morning.startMs < morning.endMs &&
    morning.endMs <= afternoon.startMs &&
    afternoon.startMs < afternoon.endMs;
  if (!ordered) {
    throw new RangeError('Working hours must be two ordered sessions: morning, then afternoon');
  }
  return [morning, afternoon];
}

function tryResolveYear(
  resolveYear: (year: number) => ResolvedHolidayYear,
  year: number,
): ResolvedHolidayYear | null {
  try {
    return resolveYear(year);
  } catch {
    // A neighbour outside the projectable range only contributes nothing.
    return null;
  }
}

function addDaysInYear(
  index: Map<number, CalendarDay>,
  entry: ResolvedHolidayYear,
  year: number,
): void {
  for (const day of entry.days) {
    const dayNumber = toDayNumber(day.date);
    if (yearOf(dayNumber) !== year) continue;
    index.set(dayNumber, { ...day, projected: entry.status !== 'official' });
  }
}
