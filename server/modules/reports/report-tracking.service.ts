import type { Paged } from '../../../contracts/common';
import type {
  Completeness,
  CompletenessQuery,
  ListReportsQuery,
  ReportSlot,
  ReportTimelinessCounts,
  Rollup,
  RollupQuery,
} from '../../../contracts/periodic-reports';
import type { UnitKind } from '../../../core/org/unit-kind';
import { formatPeriodLabelVi, parsePeriodCode } from '../../../core/periods/period-code';
import {
  classifyReportTimeliness,
  isReportLocked,
  type ReportSlotStatus,
  type ReportTimeliness,
} from '../../../core/reports/report-deadline';
import { type FigureValues, rollUpFigures } from '../../../core/reports/report-form';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { toVietnamDate } from '../../../core/time/calendar-date';
import type { Queryable } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { assertUnitPermission, requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import * as repo from './periodic-reports.repo';
import { canReviewReport } from './periodic-reports.service';
import { loadForm, presentFormPeriod } from './report-forms.service';

export interface SlotView extends ReportSlot {
  unitPath: string;
}

function toSlotView(form: repo.ReportFormRow, row: repo.ReportSlotRow, today: string): SlotView {
  const dueOn = row.period.dueOn;
  return {
    reportId: row.reportId,
    formId: form.id,
    formName: form.name,
    period: row.period.periodCode,
    periodLabel: formatPeriodLabelVi(parsePeriodCode(row.period.periodCode)!),
    unitCode: row.unitCode,
    unitName: row.unitName,
    unitKind: row.unitKind as UnitKind,
    unitPath: row.unitPath,
    status: (row.status ?? 'missing') as ReportSlotStatus,
    timeliness: classifyReportTimeliness({
      firstSubmittedOn: row.firstSubmittedAt ? toVietnamDate(row.firstSubmittedAt) : null,
      dueOn,
      today,
    }),
    dueOn,
    exceptionUntil: row.exceptionUntil,
    locked: isReportLocked({ dueOn, today, exceptionUntil: row.exceptionUntil }),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

async function loadSlots(
  db: Queryable,
  provinceCode: string,
  form: repo.ReportFormRow,
  filter: Omit<repo.SlotFilter, 'provinceCode' | 'formId' | 'unitKinds'>,
  today: string,
): Promise<SlotView[]> {
  const rows = await repo.findReportSlots(db, {
    provinceCode,
    formId: form.id,
    unitKinds: form.unitKinds,
    ...filter,
  });
  return rows.map((row) => toSlotView(form, row, today));
}

/** Tree order: parents before children, siblings in the order they were created (ids). */
function compareUnitPaths(a: string, b: string): number {
  const left = a.split('/').filter(Boolean).map(Number);
  const right = b.split('/').filter(Boolean).map(Number);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1)
    if (left[i] !== right[i]) return left[i]! - right[i]!;
  return left.length - right.length;
}

function page<T>(items: T[], query: { page: number; pageSize: number }): Paged<T> {
  return {
    items: items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize),
    total: items.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function matchesSearch(name: string, search: string | undefined): boolean {
  return !search || normalizeSearchText(name).includes(normalizeSearchText(search));
}

/**
 * The report inbox. `to_fill`: every report the caller's units owe (started or not), in the
 * subtrees where the caller fills reports. `to_review`: reports sent by units right below the
 * caller's units (or any unit for Sở Nội vụ), waiting for a decision unless a status is asked.
 */
export async function listReports(
  ctx: ServiceContext,
  query: ListReportsQuery,
  asOf: Date = new Date(),
): Promise<Paged<ReportSlot>> {
  const permission = query.box === 'to_fill' ? 'periodic_reports.fill' : 'periodic_reports.review';
  let scopes = requirePermissionScopes(ctx.actor, permission);
  if (query.unit) {
    const unit = await resolveUnit(ctx.db, ctx.provinceCode, query.unit);
    assertUnitPermission(ctx.actor, 'periodic_reports.read', unit.path);
    scopes = scopes
      .filter((scope) => unit.path.startsWith(scope) || scope.startsWith(unit.path))
      .map((scope) => (unit.path.startsWith(scope) ? unit.path : scope));
  }
  const forms = (await repo.findForms(ctx.db, ctx.provinceCode)).filter((form) =>
    query.formId === undefined ? form.active : form.id === query.formId,
  );
  const today = toVietnamDate(asOf);
  let slots: SlotView[] = [];
  for (const form of forms) {
    slots.push(
      ...(await loadSlots(
        ctx.db,
        ctx.provinceCode,
        form,
        { scopes, periodCodes: query.period ? [query.period] : undefined },
        today,
      )),
    );
  }
  if (query.box === 'to_review') {
    slots = slots.filter((slot) => canReviewReport(ctx.actor, slot.unitPath));
    const status = query.status ?? 'submitted';
    slots = slots.filter((slot) => slot.status === status);
  } else if (query.status) {
    slots = slots.filter((slot) => slot.status === query.status);
  }
  slots = slots.filter((slot) => matchesSearch(slot.unitName, query.search));
  const byUnit = (a: SlotView, b: SlotView) => compareUnitPaths(a.unitPath, b.unitPath);
  const byDue = (a: SlotView, b: SlotView) => a.dueOn.localeCompare(b.dueOn);
  slots.sort((a, b) =>
    query.sort === 'unit'
      ? byUnit(a, b) || byDue(a, b)
      : query.sort === 'period'
        ? a.period.localeCompare(b.period) || byUnit(a, b)
        : byDue(a, b) || byUnit(a, b),
  );
  const paged = page(slots, query);
  return { ...paged, items: paged.items.map(({ unitPath: _path, ...slot }) => slot) };
}

async function resolveReadableUnit(ctx: ServiceContext, code: string | undefined) {
  requirePermissionScopes(ctx.actor, 'periodic_reports.read');
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, code ?? ctx.provinceCode);
  assertUnitPermission(ctx.actor, 'periodic_reports.read', unit.path);
  return unit;
}

/** Sở Nội vụ's units × periods matrix: who sent, who was late, who has not reported. */
export async function getCompleteness(
  ctx: ServiceContext,
  query: CompletenessQuery,
  asOf: Date = new Date(),
): Promise<Completeness> {
  const unit = await resolveReadableUnit(ctx, query.unit);
  const { form, periods } = await loadForm(ctx.db, ctx.provinceCode, query.formId);
  const slots = (
    await loadSlots(
      ctx.db,
      ctx.provinceCode,
      form,
      { scopes: [unit.path], kind: query.kind },
      toVietnamDate(asOf),
    )
  )
    .filter((slot) => matchesSearch(slot.unitName, query.search))
    .sort((a, b) => compareUnitPaths(a.unitPath, b.unitPath));
  const rows = new Map<string, Completeness['items'][number]>();
  for (const slot of slots) {
    let row = rows.get(slot.unitCode);
    if (!row) {
      row = {
        unitCode: slot.unitCode,
        unitName: slot.unitName,
        unitKind: slot.unitKind,
        cells: [],
      };
      rows.set(slot.unitCode, row);
    }
    row.cells.push({
      period: slot.period,
      reportId: slot.reportId,
      status: slot.status,
      timeliness: slot.timeliness,
      exceptionUntil: slot.exceptionUntil,
    });
  }
  const summary = periods.map((period) => {
    const own = slots.filter((slot) => slot.period === period.periodCode);
    const sent = own.filter((slot) => slot.status === 'submitted' || slot.status === 'approved');
    return {
      period: period.periodCode,
      expected: own.length,
      submitted: sent.length,
      approved: own.filter((slot) => slot.status === 'approved').length,
      onTime: own.filter((slot) => slot.timeliness === 'on_time').length,
      late: own.filter((slot) => slot.timeliness === 'late').length,
      missing: own.filter((slot) => slot.timeliness === 'overdue').length,
    };
  });
  return {
    formId: form.id,
    unitCode: unit.code,
    periods: periods.map(presentFormPeriod),
    ...page([...rows.values()], query),
    summary,
  };
}

function groupValues(rows: Awaited<ReturnType<typeof repo.findSentValuesInSubtree>>) {
  const reports = new Map<number, { unitPath: string; values: FigureValues }>();
  for (const row of rows) {
    let report = reports.get(row.reportId);
    if (!report) {
      report = { unitPath: row.unitPath, values: {} };
      reports.set(row.reportId, report);
    }
    if (row.fieldCode !== null) report.values[row.fieldCode] = row.numberValue;
  }
  return [...reports.values()];
}

/**
 * A subtree's figures for a period from its units' sent or approved reports (drafts and returned
 * reports are not the unit's word yet): counts summed, rates recomputed from summed parts
 * (core/reports rollUpFigures, core/kpi). Each unit directly below gets its own subtree's figures.
 */
export async function getRollup(
  ctx: ServiceContext,
  query: RollupQuery,
  asOf: Date = new Date(),
): Promise<Rollup> {
  const unit = await resolveReadableUnit(ctx, query.unit);
  const { form, periods } = await loadForm(ctx.db, ctx.provinceCode, query.formId);
  if (!periods.some((p) => p.periodCode === query.period))
    throw new DomainError('report_period_not_in_form', { period: query.period });
  const reports = groupValues(
    await repo.findSentValuesInSubtree(ctx.db, {
      provinceCode: ctx.provinceCode,
      formId: form.id,
      periodCode: query.period,
      unitPath: unit.path,
    }),
  );
  const expected = await loadSlots(
    ctx.db,
    ctx.provinceCode,
    form,
    { scopes: [unit.path], periodCodes: [query.period] },
    toVietnamDate(asOf),
  );
  const figures = rollUpFigures(
    form.figures,
    reports.map((r) => r.values),
  );
  const children = await repo.findChildUnits(ctx.db, unit.id);
  return {
    formId: form.id,
    period: query.period,
    unitCode: unit.code,
    unitName: unit.name,
    reportsCounted: reports.length,
    reportsExpected: expected.length,
    figures: form.figures.map((figure, index) => ({
      code: figure.code,
      label: figure.label,
      unitOfMeasure: figure.unitOfMeasure,
      type: figure.type,
      computed: figure.ratioOf !== undefined,
      value: figures[index]!.value,
      unitsWithData: figures[index]!.unitsWithData,
    })),
    children: children
      .map((child) => {
        const own = reports.filter((r) => r.unitPath.startsWith(child.path));
        const rolled = rollUpFigures(
          form.figures,
          own.map((r) => r.values),
        );
        return {
          unitCode: child.code,
          unitName: child.name,
          reportsCounted: own.length,
          values: Object.fromEntries(rolled.map((f) => [f.code, f.value])),
        };
      })
      .filter((child) => child.reportsCounted > 0),
  };
}

export interface ReportTimelinessSummary {
  /** Reports the subtree's units owe for the period, over every active form that has it. */
  due: number;
  submittedOnTime: number;
  submittedLate: number;
  /** Not sent and past the due date. */
  overdue: number;
  /** Not sent, still time. */
  pending: number;
}

/**
 * For the dashboard and the indicator "reports on time" (docs/decisions/016): how many periodic
 * reports a unit subtree owes for a period, and how many were sent on time or late. No access
 * check: the caller's service checks its own permission on the subtree.
 */
export async function countReportTimeliness(
  db: Queryable,
  input: { provinceCode: string; unitPath: string; period: string; asOf?: Date; formId?: number },
): Promise<ReportTimelinessSummary> {
  const today = toVietnamDate(input.asOf ?? new Date());
  const counts: Record<ReportTimeliness, number> = { on_time: 0, late: 0, overdue: 0, pending: 0 };
  const forms = (await repo.findForms(db, input.provinceCode)).filter((form) =>
    input.formId === undefined ? form.active : form.id === input.formId,
  );
  for (const form of forms) {
    const slots = await loadSlots(
      db,
      input.provinceCode,
      form,
      { scopes: [input.unitPath], periodCodes: [input.period] },
      today,
    );
    for (const slot of slots) counts[slot.timeliness] += 1;
  }
  return {
    due: counts.on_time + counts.late + counts.overdue + counts.pending,
    submittedOnTime: counts.on_time,
    submittedLate: counts.late,
    overdue: counts.overdue,
    pending: counts.pending,
  };
}

export async function getReportTimeliness(
  ctx: ServiceContext,
  query: { period: string; unit?: string | undefined },
  asOf: Date = new Date(),
): Promise<ReportTimelinessCounts> {
  const unit = await resolveReadableUnit(ctx, query.unit);
  if (!parsePeriodCode(query.period))
    throw new DomainError('period_invalid', { period: query.period });
  const counts = await countReportTimeliness(ctx.db, {
    provinceCode: ctx.provinceCode,
    unitPath: unit.path,
    period: query.period,
    asOf,
  });
  return { unitCode: unit.code, period: query.period, ...counts };
}
