import type {
  ApproveReportBody,
  CreateExceptionBody,
  CreateReportBody,
  ReportDetail,
  ReportException,
  ReviewCommentBody,
  SaveReportBody,
} from '../../../contracts/periodic-reports';
import { canAccessUnit } from '../../../core/auth/access';
import {
  classifyReportTimeliness,
  isReportLocked,
  type ReportStatus,
} from '../../../core/reports/report-deadline';
import { type FigureValues, validateFigureValues } from '../../../core/reports/report-form';
import { toVietnamDate } from '../../../core/time/calendar-date';
import type { Queryable } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import type { Actor, ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertUnitPermission, requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import {
  figureValuesOf,
  presentProblems,
  presentReportDetail,
  sectionField,
} from './periodic-reports.present';
import * as repo from './periodic-reports.repo';
import { loadForm } from './report-forms.service';
import { computePrefill } from './report-prefill';

/** The level above a unit: its parent's path (`/1/7/` → `/1/`); empty for the province. */
export function parentPathOf(unitPath: string): string {
  return unitPath.replace(/[^/]+\/$/, '');
}

/**
 * Returns or approves the level above: Sở Nội vụ (reform_steering at the province), or the
 * reform officer or head of the parent unit (a district's for its communes). A unit never
 * reviews its own report, since its roles cover its own subtree, not its parent.
 */
export function canReviewReport(actor: Actor, unitPath: string): boolean {
  const parent = parentPathOf(unitPath);
  return parent !== '' && canAccessUnit(actor.grants, 'periodic_reports.review', parent);
}

/** A report out of the reader's subtrees answers as if it did not exist (as plans do, 008). */
async function loadVisibleReport(ctx: ServiceContext, id: number): Promise<repo.ReportWithUnit> {
  const row = await repo.findReport(ctx.db, ctx.provinceCode, id);
  if (!row || !canAccessUnit(ctx.actor.grants, 'periodic_reports.read', row.unitPath))
    throw new DomainError('report_not_found', { id });
  return row;
}

async function loadSlotContext(
  db: Queryable,
  provinceCode: string,
  slot: { formId: number; unitId: number; periodCode: string },
) {
  const { form, periods } = await loadForm(db, provinceCode, slot.formId);
  const period = periods.find((p) => p.periodCode === slot.periodCode);
  if (!period) throw new DomainError('report_period_not_in_form', { period: slot.periodCode });
  const exception = await repo.findException(db, slot);
  return { form, period, exceptionUntil: exception?.untilOn ?? null };
}

function assertUnlocked(
  period: repo.ReportFormPeriodRow,
  exceptionUntil: string | null,
  asOf: Date,
) {
  if (isReportLocked({ dueOn: period.dueOn, today: toVietnamDate(asOf), exceptionUntil }))
    throw new DomainError('report_locked', { dueOn: period.dueOn, exceptionUntil });
}

function assertStatus(report: { id: number; status: string }, allowed: ReportStatus[]) {
  if (!allowed.includes(report.status as ReportStatus))
    throw new DomainError('report_state_invalid', {
      id: report.id,
      status: report.status,
      expected: allowed,
    });
}

function auditUnit(row: repo.ReportWithUnit) {
  return { id: row.report.unitId, path: row.unitPath };
}

export async function getReport(
  ctx: ServiceContext,
  id: number,
  asOf: Date = new Date(),
): Promise<ReportDetail> {
  const row = await loadVisibleReport(ctx, id);
  const { form, period, exceptionUntil } = await loadSlotContext(ctx.db, ctx.provinceCode, {
    formId: row.report.formId,
    unitId: row.report.unitId,
    periodCode: row.report.periodCode,
  });
  const [values, changes, events] = await Promise.all([
    repo.findValues(ctx.db, [id]),
    repo.findValueChanges(ctx.db, id),
    repo.findEvents(ctx.db, id),
  ]);
  const today = toVietnamDate(asOf);
  const locked = isReportLocked({ dueOn: period.dueOn, today, exceptionUntil });
  const status = row.report.status as ReportStatus;
  const canFill = canAccessUnit(ctx.actor.grants, 'periodic_reports.fill', row.unitPath);
  return presentReportDetail({
    report: row,
    form,
    period,
    values,
    changes,
    events,
    exceptionUntil,
    timeliness: classifyReportTimeliness({
      firstSubmittedOn: row.report.firstSubmittedAt
        ? toVietnamDate(row.report.firstSubmittedAt)
        : null,
      dueOn: period.dueOn,
      today,
    }),
    locked,
    canEdit: canFill && !locked && (status === 'draft' || status === 'returned'),
    canReview: status === 'submitted' && canReviewReport(ctx.actor, row.unitPath),
    problems: presentProblems(
      validateFigureValues(form, figureValuesOf(values), { requireAll: true }),
      form.figures,
    ),
  });
}

/**
 * Opens a unit's report for a period: a draft with the figures cchc holds already filled in and
 * marked (docs/decisions/016). Prefill is read before the transaction: the one-stop rollups and
 * the plan are other modules' tables, and nothing here writes them.
 */
export async function createReport(
  ctx: ServiceContext,
  body: CreateReportBody,
  asOf: Date = new Date(),
): Promise<ReportDetail> {
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, body.unitCode);
  assertUnitPermission(ctx.actor, 'periodic_reports.fill', unit.path);
  const slot = { formId: body.formId, unitId: unit.id, periodCode: body.period };
  const { form, period, exceptionUntil } = await loadSlotContext(ctx.db, ctx.provinceCode, slot);
  if (!form.active || !form.unitKinds.includes(unit.kind))
    throw new DomainError('report_not_required', { unitCode: unit.code, kind: unit.kind });
  assertUnlocked(period, exceptionUntil, asOf);
  const prefill = await computePrefill(ctx.db, {
    provinceCode: ctx.provinceCode,
    unit,
    year: form.year,
    window: { start: period.windowStart, end: period.windowEnd },
    figures: form.figures,
  });
  const id = await ctx.db.transaction(async (tx) => {
    if (await repo.findReportBySlot(tx, slot))
      throw new DomainError('report_exists', { unitCode: unit.code, period: body.period });
    const report = await repo.insertReport(tx, {
      provinceCode: ctx.provinceCode,
      ...slot,
      status: 'draft',
    });
    await writePrefill(tx, ctx, report.id, prefill);
    await repo.insertEvent(tx, {
      provinceCode: ctx.provinceCode,
      reportId: report.id,
      action: 'created',
      actorUserId: ctx.actor.userId,
      actorUsername: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: 'periodic_report.created',
      entityType: 'periodic_report',
      entityId: report.id,
      unit,
      after: { ...report, prefilled: Object.fromEntries(prefill) },
    });
    return report.id;
  });
  return getReport(ctx, id, asOf);
}

/** The prefilled values of a report just created, each with its first history entry. */
export async function writePrefill(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'provinceCode'> & { actor: Pick<Actor, 'userId' | 'username'> | null },
  reportId: number,
  prefill: Map<string, { source: string; value: number }>,
  changedAt?: Date,
) {
  await repo.insertValues(
    tx,
    [...prefill].map(([fieldCode, { source, value }]) => ({
      reportId,
      fieldCode,
      numberValue: value,
      prefillSource: source,
      prefilledValue: value,
    })),
  );
  await repo.insertValueChanges(
    tx,
    [...prefill].map(([fieldCode, { value }]) => ({
      provinceCode: ctx.provinceCode,
      reportId,
      fieldCode,
      oldNumber: null,
      newNumber: value,
      source: 'prefill',
      changedByUserId: ctx.actor?.userId ?? null,
      changedByUsername: ctx.actor?.username ?? null,
      ...(changedAt ? { changedAt } : {}),
    })),
  );
}

/**
 * Saves figures and texts of a draft (or returned) report. Values are checked as they would be
 * on sending, except that empty figures are allowed; every change keeps its old value.
 */
export async function saveReport(
  ctx: ServiceContext,
  id: number,
  body: SaveReportBody,
  asOf: Date = new Date(),
): Promise<ReportDetail> {
  const row = await loadVisibleReport(ctx, id);
  assertUnitPermission(ctx.actor, 'periodic_reports.fill', row.unitPath);
  const { form, period, exceptionUntil } = await loadSlotContext(ctx.db, ctx.provinceCode, {
    formId: row.report.formId,
    unitId: row.report.unitId,
    periodCode: row.report.periodCode,
  });
  const sectionCodes = new Set(form.sections.map((s) => s.code));
  const unknownSections = Object.keys(body.sections ?? {}).filter((c) => !sectionCodes.has(c));
  if (unknownSections.length > 0)
    throw new DomainError(
      'validation_failed',
      unknownSections.map((code) => ({
        path: `body.sections.${code}`,
        message: 'Mục không có trong mẫu báo cáo',
      })),
    );
  await ctx.db.transaction(async (tx) => {
    const report = await repo.lockReport(tx, id);
    assertStatus(report, ['draft', 'returned']);
    assertUnlocked(period, exceptionUntil, asOf);
    const current = await repo.findValues(tx, [id]);
    const currentByField = new Map(current.map((v) => [v.fieldCode, v]));
    const merged: FigureValues = { ...figureValuesOf(current), ...(body.figures ?? {}) };
    const problems = validateFigureValues(form, merged).filter(
      (p) => p.code !== 'figure_unknown' || body.figures?.[p.field] !== undefined,
    );
    if (problems.length > 0)
      throw new DomainError('report_values_invalid', presentProblems(problems, form.figures));
    const changes: ValueChangeDraft[] = [];
    for (const [code, value] of Object.entries(body.figures ?? {})) {
      const old = currentByField.get(code)?.numberValue ?? null;
      if (old === value) continue;
      await repo.upsertValue(tx, { reportId: id, fieldCode: code, numberValue: value });
      changes.push({ fieldCode: code, oldNumber: old, newNumber: value });
    }
    for (const [code, text] of Object.entries(body.sections ?? {})) {
      const field = sectionField(code);
      const old = currentByField.get(field)?.textValue ?? '';
      const next = text.trim();
      if (old === next) continue;
      await repo.upsertValue(tx, { reportId: id, fieldCode: field, textValue: next });
      changes.push({ fieldCode: field, oldText: old || null, newText: next || null });
    }
    if (changes.length === 0) return;
    await repo.insertValueChanges(
      tx,
      changes.map((change) => ({
        ...change,
        provinceCode: ctx.provinceCode,
        reportId: id,
        source: 'user',
        changedByUserId: ctx.actor.userId,
        changedByUsername: ctx.actor.username,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'periodic_report.saved',
      entityType: 'periodic_report',
      entityId: id,
      unit: auditUnit(row),
      after: { changes },
    });
  });
  return getReport(ctx, id, asOf);
}

interface ValueChangeDraft {
  fieldCode: string;
  oldNumber?: number | null;
  newNumber?: number | null;
  oldText?: string | null;
  newText?: string | null;
}

/** draft/returned → submitted: every figure filled and consistent, before the due date. */
export async function submitReport(
  ctx: ServiceContext,
  id: number,
  asOf: Date = new Date(),
): Promise<ReportDetail> {
  const row = await loadVisibleReport(ctx, id);
  assertUnitPermission(ctx.actor, 'periodic_reports.fill', row.unitPath);
  const { form, period, exceptionUntil } = await loadSlotContext(ctx.db, ctx.provinceCode, {
    formId: row.report.formId,
    unitId: row.report.unitId,
    periodCode: row.report.periodCode,
  });
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockReport(tx, id);
    assertStatus(before, ['draft', 'returned']);
    assertUnlocked(period, exceptionUntil, asOf);
    const values = figureValuesOf(await repo.findValues(tx, [id]));
    const problems = validateFigureValues(form, values, { requireAll: true });
    if (problems.length > 0)
      throw new DomainError('report_values_invalid', presentProblems(problems, form.figures));
    const after = await repo.updateReport(tx, id, {
      status: 'submitted',
      submittedAt: asOf,
      firstSubmittedAt: before.firstSubmittedAt ?? asOf,
      returnComment: null,
    });
    await repo.insertEvent(tx, {
      provinceCode: ctx.provinceCode,
      reportId: id,
      action: 'submitted',
      actorUserId: ctx.actor.userId,
      actorUsername: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: 'periodic_report.submitted',
      entityType: 'periodic_report',
      entityId: id,
      unit: auditUnit(row),
      before,
      after,
    });
  });
  return getReport(ctx, id, asOf);
}

async function reviewReport(
  ctx: ServiceContext,
  id: number,
  decision: 'returned' | 'approved',
  comment: string | null,
  asOf: Date,
): Promise<ReportDetail> {
  const row = await loadVisibleReport(ctx, id);
  if (!canReviewReport(ctx.actor, row.unitPath)) {
    requirePermissionScopes(ctx.actor, 'periodic_reports.review');
    throw new DomainError('out_of_scope');
  }
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockReport(tx, id);
    assertStatus(before, ['submitted']);
    const after = await repo.updateReport(tx, id, {
      status: decision,
      reviewedAt: asOf,
      returnComment: decision === 'returned' ? comment : null,
    });
    await repo.insertEvent(tx, {
      provinceCode: ctx.provinceCode,
      reportId: id,
      action: decision,
      comment,
      actorUserId: ctx.actor.userId,
      actorUsername: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: `periodic_report.${decision}`,
      entityType: 'periodic_report',
      entityId: id,
      unit: auditUnit(row),
      before,
      after: { ...after, comment },
    });
  });
  return getReport(ctx, id, asOf);
}

/** submitted → returned with the reviewer's comment; the unit corrects and sends again. */
export function returnReport(
  ctx: ServiceContext,
  id: number,
  body: ReviewCommentBody,
  asOf: Date = new Date(),
) {
  return reviewReport(ctx, id, 'returned', body.comment, asOf);
}

export function approveReport(
  ctx: ServiceContext,
  id: number,
  body: ApproveReportBody,
  asOf: Date = new Date(),
) {
  return reviewReport(ctx, id, 'approved', body.comment || null, asOf);
}

/**
 * Sở Nội vụ lets one unit change and send one period's report after the due date, until a
 * given day (issue 3). Granting again replaces the end date; each grant is audited.
 */
export async function grantReportException(
  ctx: ServiceContext,
  body: CreateExceptionBody,
  asOf: Date = new Date(),
): Promise<ReportException> {
  const province = await resolveUnit(ctx.db, ctx.provinceCode, ctx.provinceCode);
  assertUnitPermission(ctx.actor, 'periodic_reports.steer', province.path);
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, body.unitCode);
  const slot = { formId: body.formId, unitId: unit.id, periodCode: body.period };
  const { period } = await loadSlotContext(ctx.db, ctx.provinceCode, slot);
  if (body.until <= period.dueOn || body.until < toVietnamDate(asOf))
    throw new DomainError('report_exception_invalid', { dueOn: period.dueOn, until: body.until });
  const row = await ctx.db.transaction(async (tx) => {
    const before = await repo.findException(tx, slot);
    const after = await repo.upsertException(tx, {
      provinceCode: ctx.provinceCode,
      ...slot,
      untilOn: body.until,
      reason: body.reason,
      grantedByUserId: ctx.actor.userId,
      grantedByUsername: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: 'periodic_report.exception_granted',
      entityType: 'periodic_report_exception',
      entityId: after.id,
      unit,
      before,
      after,
    });
    return after;
  });
  return {
    formId: row.formId,
    unitCode: unit.code,
    period: row.periodCode,
    until: row.untilOn,
    reason: row.reason,
    grantedBy: row.grantedByUsername,
    grantedAt: row.grantedAt.toISOString(),
  };
}
