import type {
  CalendarSettings,
  CalendarYearDetail,
  CalendarYearSummary,
  NonWorkingDay,
  NonWorkingDayKind,
} from '../../../contracts/calendar';
import {
  type CalendarDay,
  type CalendarDayKind,
  isWorkingKind,
} from '../../../core/calendar/holiday-year';
import type {
  HolidayYearSource,
  ResolvedHolidayYear,
  WorkingCalendarSettings,
} from '../../../core/calendar/working-calendar';
import type { CalendarSettingsListRow, CalendarYearListRow } from './calendar.repo';

const publicKinds: Record<CalendarDayKind, NonWorkingDayKind> = {
  holiday: 'holiday',
  compensatory: 'compensatory',
  swap_day_off: 'swap',
  swap_working_day: 'swap',
};

export function presentNonWorkingDay(day: CalendarDay, source: HolidayYearSource): NonWorkingDay {
  return {
    date: day.date,
    name: day.name,
    kind: publicKinds[day.kind],
    workingDay: isWorkingKind(day.kind),
    projected: day.projected,
    source,
  };
}

export function presentCalendarYearSummary(
  entry: ResolvedHolidayYear,
  row: CalendarYearListRow | undefined,
  hasBuiltIn: boolean,
): CalendarYearSummary {
  return {
    year: entry.year,
    status: entry.status,
    source: entry.source,
    hasBuiltIn,
    sourceDocument: row?.entry.sourceDocument ?? null,
    note: entry.note ?? null,
    dayCount: entry.days.length,
    updatedAt: row?.entry.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedByUsername ?? null,
  };
}

export function presentCalendarYearDetail(
  entry: ResolvedHolidayYear,
  row: CalendarYearListRow | undefined,
  hasBuiltIn: boolean,
): CalendarYearDetail {
  return {
    ...presentCalendarYearSummary(entry, row, hasBuiltIn),
    days: entry.days.map((d) => ({ date: d.date, name: d.name, kind: d.kind })),
  };
}

export function presentCalendarSettings(
  settings: WorkingCalendarSettings,
  row: CalendarSettingsListRow | null,
): CalendarSettings {
  return {
    morning: { ...settings.morning },
    afternoon: { ...settings.afternoon },
    receptionCutOff: settings.receptionCutOff,
    isDefault: row === null,
    updatedAt: row?.settings.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedByUsername ?? null,
  };
}
