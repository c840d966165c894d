import type {
  CalendarSettings,
  CalendarSettingsBody,
  CalendarYearDetail,
  CalendarYearProblem,
  CalendarYearSummary,
  ReplaceCalendarYearBody,
} from '../../../contracts/calendar';
import { calendarYearRange } from '../../../contracts/calendar';
import { builtInHolidayYears } from '../../../core/calendar/holiday-data';
import {
  type CalendarDayData,
  findHolidayYearProblems,
  type HolidayYearData,
  type HolidayYearProblemCode,
} from '../../../core/calendar/holiday-year';
import { toVnDate } from '../../../core/calendar/vn-time';
import {
  buildWorkingCalendar,
  defaultWorkingCalendarSettings,
} from '../../../core/calendar/working-calendar';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertProvinceCalendarAdmin } from './calendar.policy';
import {
  presentCalendarSettings,
  presentCalendarYearDetail,
  presentCalendarYearSummary,
} from './calendar.present';
import * as repo from './calendar.repo';
import {
  assertSupportedYear,
  toHolidayYearData,
  toWorkingCalendarSettings,
} from './calendar.service';
import { forgetCachedCalendar } from './calendar-cache';

const builtInYears = new Set(builtInHolidayYears.map((entry) => entry.year));

const problemMessages: Record<HolidayYearProblemCode, string> = {
  invalid_date: 'Ngày không hợp lệ',
  duplicate_date: 'Ngày này đã có ở một dòng trước',
  day_off_on_weekend:
    'Ngày nghỉ rơi vào thứ Bảy hoặc Chủ nhật, tự nó không đổi gì; hãy ghi ngày nghỉ bù',
  working_day_on_weekday: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
  date_far_from_year: 'Ngày cách năm đang nhập quá một năm',
};

/**
 * The entered year as the calendar will resolve it: a fresh build from the saved rows, not the
 * cache, so the administrator always sees what is stored.
 */
async function readAdministrationState(ctx: ServiceContext) {
  const rows = await repo.findCalendarYears(ctx.db, ctx.provinceCode);
  const calendar = buildWorkingCalendar({ years: rows.map((row) => toHolidayYearData(row.entry)) });
  return { calendar, rowsByYear: new Map(rows.map((row) => [row.entry.year, row])) };
}

/**
 * The years an administrator is likely to look at: those with data (built in or entered), this
 * year and the next, which may still be projections waiting for the notice.
 */
export async function listCalendarYears(
  ctx: ServiceContext,
): Promise<{ items: CalendarYearSummary[]; total: number }> {
  assertProvinceCalendarAdmin(ctx.actor);
  const { calendar, rowsByYear } = await readAdministrationState(ctx);
  const thisYear = Number(toVnDate(new Date()).slice(0, 4));
  const years = [...new Set([...builtInYears, ...rowsByYear.keys(), thisYear, thisYear + 1])]
    .filter((year) => year >= calendarYearRange.min && year <= calendarYearRange.max)
    .sort((a, b) => a - b);
  const items = years.map((year) =>
    presentCalendarYearSummary(
      calendar.resolveYear(year),
      rowsByYear.get(year),
      builtInYears.has(year),
    ),
  );
  return { items, total: items.length };
}

export async function getCalendarYear(
  ctx: ServiceContext,
  year: number,
): Promise<CalendarYearDetail> {
  assertProvinceCalendarAdmin(ctx.actor);
  assertSupportedYear(year);
  const { calendar, rowsByYear } = await readAdministrationState(ctx);
  return presentCalendarYearDetail(
    calendar.resolveYear(year),
    rowsByYear.get(year),
    builtInYears.has(year),
  );
}

/**
 * Every problem of every day, with its row: core checks the list in order and reports each day's
 * problems after the previous day's, so a prefix of the list yields a prefix of the problems.
 */
function findDayProblems(data: HolidayYearData): CalendarYearProblem[] {
  const problems: CalendarYearProblem[] = [];
  let reported = 0;
  data.days.forEach((day, index) => {
    const found = findHolidayYearProblems({ ...data, days: data.days.slice(0, index + 1) });
    for (const problem of found.slice(reported)) {
      problems.push({
        index,
        date: day.date,
        code: problem.code,
        message: problemMessages[problem.code],
      });
    }
    reported = found.length;
  });
  return problems;
}

/** Replaces a year's days with those of the notice, all at once (a notice is read whole). */
export async function replaceCalendarYear(
  ctx: ServiceContext,
  year: number,
  body: ReplaceCalendarYearBody,
): Promise<CalendarYearDetail> {
  const root = assertProvinceCalendarAdmin(ctx.actor);
  assertSupportedYear(year);
  const days: CalendarDayData[] = body.days.map(({ date, name, kind }) => ({ date, name, kind }));
  const problems = findDayProblems({ year, status: body.status, days });
  if (problems.length > 0) throw new DomainError('calendar_year_invalid', problems);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockCalendarYear(tx, ctx.provinceCode, year);
    const after = await repo.upsertCalendarYear(tx, {
      provinceCode: ctx.provinceCode,
      year,
      status: body.status,
      days: [...days].sort((a, b) => a.date.localeCompare(b.date)),
      sourceDocument: body.sourceDocument ?? null,
      note: body.note ?? null,
      updatedAt: new Date(),
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: before ? 'calendar_year.replaced' : 'calendar_year.created',
      entityType: 'calendar_year',
      entityId: year,
      unit: root,
      before,
      after,
    });
  });
  forgetCachedCalendar(ctx.db, ctx.provinceCode);
  return getCalendarYear(ctx, year);
}

/** Drops the administrator's year: the built-in data or the projection applies again. */
export async function deleteCalendarYear(ctx: ServiceContext, year: number): Promise<void> {
  const root = assertProvinceCalendarAdmin(ctx.actor);
  assertSupportedYear(year);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockCalendarYear(tx, ctx.provinceCode, year);
    if (!before) throw new DomainError('calendar_year_not_found', { year });
    await repo.deleteCalendarYear(tx, ctx.provinceCode, year);
    await recordAudit(tx, ctx, {
      action: 'calendar_year.deleted',
      entityType: 'calendar_year',
      entityId: year,
      unit: root,
      before,
      after: null,
    });
  });
  forgetCachedCalendar(ctx.db, ctx.provinceCode);
}

export async function getCalendarSettings(ctx: ServiceContext): Promise<CalendarSettings> {
  assertProvinceCalendarAdmin(ctx.actor);
  const row = await repo.findCalendarSettings(ctx.db, ctx.provinceCode);
  const settings = row ? toWorkingCalendarSettings(row.settings) : defaultWorkingCalendarSettings;
  return presentCalendarSettings(settings, row);
}

export async function updateCalendarSettings(
  ctx: ServiceContext,
  body: CalendarSettingsBody,
): Promise<CalendarSettings> {
  const root = assertProvinceCalendarAdmin(ctx.actor);
  try {
    // Core refuses hours that are not a morning session followed by an afternoon one.
    buildWorkingCalendar({ settings: body });
  } catch (error) {
    if (error instanceof RangeError) throw new DomainError('calendar_settings_invalid', body);
    throw error;
  }
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockCalendarSettings(tx, ctx.provinceCode);
    const after = await repo.upsertCalendarSettings(tx, {
      provinceCode: ctx.provinceCode,
      morningStart: body.morning.start,
      morningEnd: body.morning.end,
      afternoonStart: body.afternoon.start,
      afternoonEnd: body.afternoon.end,
      receptionCutOff: body.receptionCutOff,
      updatedAt: new Date(),
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'calendar_settings.updated',
      entityType: 'calendar_settings',
      entityId: ctx.provinceCode,
      unit: root,
      before,
      after,
    });
  });
  forgetCachedCalendar(ctx.db, ctx.provinceCode);
  return getCalendarSettings(ctx);
}
