import type { Paged } from '../../../contracts/common';
import type {
  CreateReportFormBody,
  ListReportFormsQuery,
  ReportFormDetail,
  ReportFormSummary,
  UpdateReportFormBody,
  UpdateReportFormPeriodBody,
} from '../../../contracts/periodic-reports';
import type { WorkingCalendar } from '../../../core/calendar/working-calendar';
import {
  formatPeriodCode,
  formatPeriodLabelVi,
  type Period,
  type PeriodKind,
  parsePeriodCode,
} from '../../../core/periods/period-code';
import { computeDefaultReportSchedule } from '../../../core/reports/report-deadline';
import type { ReportFigure, ReportRule, ReportSection } from '../../../core/reports/report-form';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import type { Queryable } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { assertUnitPermission, requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import * as repo from './periodic-reports.repo';

/** The periods of a year a form asks for, in the order reports fall due. */
export function listFormPeriods(year: number, kinds: readonly string[]): Period[] {
  const periods: Period[] = [];
  for (const quarter of [1, 2, 3, 4] as const) {
    if (kinds.includes('quarter')) periods.push({ kind: 'quarter', year, quarter });
    if (quarter === 2 && kinds.includes('half_year'))
      periods.push({ kind: 'half_year', year, half: 1 });
  }
  if (kinds.includes('year')) periods.push({ kind: 'year', year });
  return periods;
}

export function buildFormPeriodRows(
  form: repo.ReportFormRow,
  calendar: WorkingCalendar,
): repo.ReportFormPeriodRow[] {
  return listFormPeriods(form.year, form.periodKinds).map((period) => {
    const { window, dueOn } = computeDefaultReportSchedule(
      period,
      { cutOffDay: form.cutOffDay, dueWorkingDays: form.dueWorkingDays },
      calendar,
    );
    return {
      formId: form.id,
      periodCode: formatPeriodCode(period),
      windowStart: window.start,
      windowEnd: window.end,
      dueOn,
    };
  });
}

/**
 * Codes are unique, and rates and rules only name figures that are typed in: a rate built on
 * another rate would be averaged, not recomputed, when rolled up.
 */
export function assertFormDefinition(def: {
  figures: ReportFigure[];
  sections: ReportSection[];
  rules: ReportRule[];
}): void {
  const codes = def.figures.map((f) => f.code);
  const entered = new Set(def.figures.filter((f) => !f.ratioOf).map((f) => f.code));
  const problems: string[] = [];
  if (new Set(codes).size !== codes.length) problems.push('figure codes repeat');
  const sectionCodes = def.sections.map((s) => s.code);
  if (new Set(sectionCodes).size !== sectionCodes.length) problems.push('section codes repeat');
  for (const figure of def.figures) {
    if (!figure.ratioOf) continue;
    for (const code of [...figure.ratioOf.numerator, ...figure.ratioOf.denominator])
      if (!entered.has(code)) problems.push(`${figure.code} uses ${code}`);
  }
  for (const rule of def.rules)
    for (const code of [...rule.left, ...rule.right])
      if (!entered.has(code)) problems.push(`rule uses ${code}`);
  if (problems.length > 0) throw new DomainError('report_form_invalid', { problems });
}

export function presentFormSummary(form: repo.ReportFormRow): ReportFormSummary {
  return {
    id: form.id,
    code: form.code,
    name: form.name,
    year: form.year,
    periodKinds: form.periodKinds as PeriodKind[],
    unitKinds: form.unitKinds as ReportFormSummary['unitKinds'],
    active: form.active,
    figureCount: form.figures.length,
    sectionCount: form.sections.length,
  };
}

export function presentFormPeriod(row: repo.ReportFormPeriodRow) {
  return {
    period: row.periodCode,
    label: formatPeriodLabelVi(parsePeriodCode(row.periodCode)!),
    windowStart: row.windowStart,
    windowEnd: row.windowEnd,
    dueOn: row.dueOn,
  };
}

export async function loadForm(db: Queryable, provinceCode: string, id: number) {
  const form = await repo.findFormById(db, provinceCode, id);
  if (!form) throw new DomainError('report_form_not_found', { id });
  const periods = await repo.findFormPeriods(db, [id]);
  return { form, periods };
}

function presentFormDetail(
  form: repo.ReportFormRow,
  periods: repo.ReportFormPeriodRow[],
): ReportFormDetail {
  return {
    ...presentFormSummary(form),
    cutOffDay: form.cutOffDay,
    dueWorkingDays: form.dueWorkingDays,
    figures: form.figures,
    sections: form.sections,
    rules: form.rules,
    periods: periods.map(presentFormPeriod),
  };
}

export async function listReportForms(
  ctx: ServiceContext,
  query: ListReportFormsQuery,
): Promise<Paged<ReportFormSummary>> {
  requirePermissionScopes(ctx.actor, 'periodic_reports.read');
  const search = query.search ? normalizeSearchText(query.search) : null;
  const all = (await repo.findForms(ctx.db, ctx.provinceCode))
    .filter((form) => query.year === undefined || form.year === query.year)
    .filter((form) => search === null || form.searchText.includes(search))
    .sort((a, b) =>
      query.sort === 'year'
        ? b.year - a.year || a.code.localeCompare(b.code)
        : a[query.sort].localeCompare(b[query.sort], 'vi'),
    );
  const { page, pageSize } = query;
  return {
    items: all.slice((page - 1) * pageSize, page * pageSize).map(presentFormSummary),
    total: all.length,
    page,
    pageSize,
  };
}

export async function getReportForm(ctx: ServiceContext, id: number): Promise<ReportFormDetail> {
  requirePermissionScopes(ctx.actor, 'periodic_reports.read');
  const { form, periods } = await loadForm(ctx.db, ctx.provinceCode, id);
  return presentFormDetail(form, periods);
}

/** Forms are the province's: Sở Nội vụ (reform_steering at the province root) sets them. */
async function assertSteering(ctx: ServiceContext) {
  const province = await resolveUnit(ctx.db, ctx.provinceCode, ctx.provinceCode);
  assertUnitPermission(ctx.actor, 'periodic_reports.steer', province.path);
  return province;
}

export async function createReportForm(
  ctx: ServiceContext,
  body: CreateReportFormBody,
): Promise<ReportFormDetail> {
  const province = await assertSteering(ctx);
  assertFormDefinition(body);
  const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode);
  const id = await ctx.db.transaction(async (tx) => {
    if (await repo.findFormByCode(tx, ctx.provinceCode, body.code))
      throw new DomainError('report_form_code_taken', { code: body.code });
    const form = await repo.insertForm(tx, {
      provinceCode: ctx.provinceCode,
      ...body,
      searchText: normalizeSearchText(`${body.code} ${body.name}`),
    });
    await repo.insertMissingFormPeriods(tx, buildFormPeriodRows(form, calendar));
    await recordAudit(tx, ctx, {
      action: 'report_form.created',
      entityType: 'report_form',
      entityId: form.id,
      unit: province,
      after: form,
    });
    return form.id;
  });
  return getReportForm(ctx, id);
}

/**
 * Edits a form. Changing the cut-off or the working days to the due date recomputes every
 * period's window and due date; adding a kind of period adds its periods.
 */
export async function updateReportForm(
  ctx: ServiceContext,
  id: number,
  body: UpdateReportFormBody,
): Promise<ReportFormDetail> {
  const province = await assertSteering(ctx);
  const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockForm(tx, id);
    if (!before || before.provinceCode !== ctx.provinceCode)
      throw new DomainError('report_form_not_found', { id });
    const patch = Object.fromEntries(
      Object.entries(body).filter(([, value]) => value !== undefined),
    ) as Partial<repo.ReportFormRow>;
    const merged = { ...before, ...patch };
    assertFormDefinition(merged);
    const after = await repo.updateForm(tx, id, {
      ...patch,
      searchText: normalizeSearchText(`${merged.code} ${merged.name}`),
    });
    const rows = buildFormPeriodRows(after, calendar);
    const scheduleChanged =
      before.cutOffDay !== after.cutOffDay || before.dueWorkingDays !== after.dueWorkingDays;
    if (scheduleChanged) await repo.deleteFormPeriodsOutside(tx, id, []);
    else
      await repo.deleteFormPeriodsOutside(
        tx,
        id,
        rows.map((r) => r.periodCode),
      );
    await repo.insertMissingFormPeriods(tx, rows);
    await recordAudit(tx, ctx, {
      action: 'report_form.updated',
      entityType: 'report_form',
      entityId: id,
      unit: province,
      before,
      after,
    });
  });
  return getReportForm(ctx, id);
}

/** Sở Nội vụ moves one period's due date (the sector's sending deadline, §6). */
export async function updateReportFormPeriod(
  ctx: ServiceContext,
  id: number,
  periodCode: string,
  body: UpdateReportFormPeriodBody,
): Promise<ReportFormDetail> {
  const province = await assertSteering(ctx);
  await ctx.db.transaction(async (tx) => {
    const form = await repo.lockForm(tx, id);
    if (!form || form.provinceCode !== ctx.provinceCode)
      throw new DomainError('report_form_not_found', { id });
    const before = (await repo.findFormPeriods(tx, [id])).find((p) => p.periodCode === periodCode);
    if (!before) throw new DomainError('report_period_not_in_form', { period: periodCode });
    if (body.dueOn < before.windowEnd)
      throw new DomainError('validation_failed', [
        { path: 'body.dueOn', message: 'Hạn gửi không được trước ngày chốt số liệu' },
      ]);
    const after = await repo.updateFormPeriodDue(tx, id, periodCode, body.dueOn);
    await recordAudit(tx, ctx, {
      action: 'report_form.period_due_updated',
      entityType: 'report_form',
      entityId: id,
      unit: province,
      before,
      after,
    });
  });
  return getReportForm(ctx, id);
}
