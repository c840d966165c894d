import type {
  ApologyBody,
  DossierDetail,
  FinishBody,
  NoteBody,
  RatingBody,
  SupplementRequestBody,
} from '../../../contracts/dossiers';
import { toVnDate } from '../../../core/calendar/vn-time';
import type { WorkingCalendar } from '../../../core/calendar/working-calendar';
import { addWorkingTime, measureWorkingTime } from '../../../core/calendar/working-time';
import { classifyTimeliness } from '../../../core/onestop/classify-timeliness';
import {
  canTransitionDossier,
  type DossierState,
  hasDossierEnded,
} from '../../../core/onestop/dossier-state';
import {
  isSatisfiedRating,
  type SatisfactionRating,
} from '../../../core/onestop/satisfaction-rating';
import type { Transaction } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { computeDue, restartWindowWorkingDays, timeLimitOf } from './dossier-rules';
import { closeOpenStep, shiftOpenStep } from './dossier-steps';
import { canProcessDossier } from './dossiers.policy';
import * as repo from './dossiers.repo';
import { findReadableDossier, loadDetail } from './dossiers.service';

export interface ActionResult {
  changes: Partial<repo.NewDossierRow>;
  event: Omit<repo.NewDossierEventRow, 'provinceCode' | 'dossierId' | 'at' | 'actorUserId'>;
  kpi?: repo.KpiDeltas;
  audit?: Record<string, unknown>;
}

interface ActionInput {
  tx: Transaction;
  dossier: repo.DossierRow;
  calendar: WorkingCalendar;
  now: Date;
}

/**
 * One write on a dossier: scope checks, then in one transaction the locked row, its change, the
 * log entry, the rollup of its receipt day and the audit entry.
 */
export async function actOnDossier(
  ctx: ServiceContext,
  code: string,
  action: string,
  run: (input: ActionInput) => Promise<ActionResult> | ActionResult,
): Promise<DossierDetail> {
  const found = await findReadableDossier(ctx, code);
  if (!canProcessDossier(ctx.actor, found.dossier)) throw new DomainError('forbidden');
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const dossier = await repo.lockDossier(tx, found.dossier.id);
    const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode, tx);
    const result = await run({ tx, dossier, calendar, now });
    const updated = await repo.updateDossier(tx, dossier.id, result.changes);
    await repo.insertDossierEvent(tx, {
      ...result.event,
      provinceCode: ctx.provinceCode,
      dossierId: dossier.id,
      at: now,
      actorUserId: ctx.actor.userId,
    });
    if (result.kpi) {
      await repo.bumpKpiDaily(
        tx,
        // The updated row's day: accepting an online submission sets its receipt day.
        { provinceCode: ctx.provinceCode, unitId: updated.handlingUnitId, day: updated.receiptDay },
        result.kpi,
      );
    }
    await recordAudit(tx, ctx, {
      action: `dossier.${action}`,
      entityType: 'dossier',
      entityId: dossier.code,
      unit: { id: dossier.handlingUnitId, path: dossier.unitPath },
      before: { state: dossier.state },
      after: { state: updated.state, ...result.audit },
    });
  });
  return loadDetail(ctx, code, now);
}

export function assertTransition(dossier: repo.DossierRow, to: DossierState): void {
  if (!canTransitionDossier(dossier.state as DossierState, to)) {
    throw new DomainError('dossier_state_invalid', { state: dossier.state, to });
  }
}

export function requestSupplement(ctx: ServiceContext, code: string, body: SupplementRequestBody) {
  return actOnDossier(ctx, code, 'supplement_requested', ({ dossier, calendar, now }) => {
    // A dossier received at the counter was complete there; a request now is the appraisal's
    // (NĐ 61/2018 step 4), so a dossier not yet handed over counts as already in processing.
    const from = dossier.state === 'received' ? 'in_progress' : (dossier.state as DossierState);
    if (!canTransitionDossier(from, 'awaiting_supplement')) {
      throw new DomainError('dossier_state_invalid', { state: dossier.state });
    }
    const elapsedMinutes = measureWorkingTime(calendar, dossier.countingFromAt, now);
    const restartsLimit =
      elapsedMinutes <= (restartWindowWorkingDays * calendar.dayLengthMs) / 60_000;
    return {
      changes: {
        state: 'awaiting_supplement',
        supplementCount: dossier.supplementCount + 1,
        supplementRequestedAt: now,
        supplementRestartsLimit: restartsLimit,
      },
      event: {
        kind: 'supplement_requested',
        fromUnitId: dossier.currentUnitId,
        note: body.reason,
        details: { items: body.items, restartsLimit },
      },
      audit: { supplementCount: dossier.supplementCount + 1, restartsLimit },
    };
  });
}

export function receiveSupplement(ctx: ServiceContext, code: string, body: NoteBody) {
  return actOnDossier(ctx, code, 'supplement_received', async ({ tx, dossier, calendar, now }) => {
    if (dossier.state !== 'awaiting_supplement' || !dossier.supplementRequestedAt) {
      throw new DomainError('dossier_state_invalid', { state: dossier.state });
    }
    let changes: Partial<repo.NewDossierRow>;
    const paused = Math.round(measureWorkingTime(calendar, dossier.supplementRequestedAt, now));
    await shiftOpenStep(tx, dossier.id, calendar, paused);
    if (dossier.supplementRestartsLimit) {
      const procedure = await repo.findProcedureById(tx, dossier.procedureId);
      const limit = procedure ? timeLimitOf(procedure) : null;
      if (!limit) throw new DomainError('dossier_procedure_unavailable');
      changes = computeDue(calendar, now, limit);
    } else {
      changes = {
        pausedWorkingMinutes: dossier.pausedWorkingMinutes + paused,
        dueAt: addWorkingTime(calendar, dossier.dueAt, { minutes: paused }),
      };
    }
    return {
      changes: {
        ...changes,
        state: 'in_progress',
        supplementRequestedAt: null,
        supplementRestartsLimit: null,
      },
      event: {
        kind: 'supplement_received',
        toUnitId: dossier.currentUnitId,
        note: body.note ?? null,
        details: { restartedLimit: Boolean(dossier.supplementRestartsLimit) },
      },
      audit: { dueAt: changes.dueAt instanceof Date ? changes.dueAt.toISOString() : undefined },
    };
  });
}

/** How an ended dossier counts: on time or late, and overdue without an apology letter. */
function countEnding(dossier: repo.DossierRow, endedAt: Date) {
  const timeliness = classifyTimeliness({
    dueAt: dossier.dueAt,
    finishedAt: endedAt,
    supplementRequests: dossier.supplementCount,
  });
  const late = timeliness === 'late';
  return {
    timeliness,
    kpi: {
      onTime: late ? 0 : 1,
      late: late ? 1 : 0,
      overdueWithoutApology: late && dossier.apologyIssuedAt === null ? 1 : 0,
    },
  };
}

export function finishDossier(ctx: ServiceContext, code: string, body: FinishBody) {
  return actOnDossier(ctx, code, 'finished', async ({ tx, dossier, calendar, now }) => {
    assertTransition(dossier, 'finished');
    await closeOpenStep(tx, dossier.id, now);
    const { timeliness, kpi } = countEnding(dossier, now);
    // Working time spent by the agencies: from the counting start, less the citizen's waits.
    const minutes = Math.max(
      0,
      Math.round(measureWorkingTime(calendar, dossier.countingFromAt, now)) -
        dossier.pausedWorkingMinutes,
    );
    return {
      changes: {
        state: 'finished',
        finishedAt: now,
        timeliness,
        resultNote: body.resultNote ?? null,
        resultDigitised: body.digitised,
      },
      event: { kind: 'finished', fromUnitId: dossier.currentUnitId, note: body.resultNote ?? null },
      kpi: { ...kpi, finished: 1, processingWorkingMinutesSum: minutes },
      audit: { timeliness, digitised: body.digitised },
    };
  });
}

export function returnDossier(ctx: ServiceContext, code: string, body: NoteBody) {
  return actOnDossier(ctx, code, 'returned', ({ dossier, now }) => {
    assertTransition(dossier, 'returned');
    return {
      changes: { state: 'returned', returnedAt: now },
      event: { kind: 'returned', fromUnitId: dossier.currentUnitId, note: body.note ?? null },
    };
  });
}

/**
 * A withdrawal ends the dossier (QĐ 766/QĐ-TTg, vn-regulations.md §2): it is judged on time or
 * late like a result, at the moment it ended; while the dossier waited for the citizen the clock
 * stood still, so that wait ends it at the request.
 */
export function withdrawDossier(ctx: ServiceContext, code: string, body: NoteBody) {
  return actOnDossier(ctx, code, 'withdrawn', async ({ tx, dossier, now }) => {
    assertTransition(dossier, 'withdrawn');
    await closeOpenStep(tx, dossier.id, now);
    const { timeliness, kpi } = countEnding(dossier, dossier.supplementRequestedAt ?? now);
    return {
      changes: { state: 'withdrawn', withdrawnAt: now, timeliness },
      event: { kind: 'withdrawn', fromUnitId: dossier.currentUnitId, note: body.note ?? null },
      kpi: { ...kpi, withdrawn: 1 },
      audit: { timeliness },
    };
  });
}

/**
 * The apology letter and new appointment (Mẫu 04; NĐ 61/2018, vn-regulations.md §1 "Overdue
 * dossiers"): at least one day before the appointment, and the appointment moves only once.
 * Issued on the appointment's own day or later, it is flagged `apologyLate`.
 */
export function issueApology(ctx: ServiceContext, code: string, body: ApologyBody) {
  return actOnDossier(ctx, code, 'apology_issued', ({ dossier, now }) => {
    const state = dossier.state as DossierState;
    if (hasDossierEnded(state) || state === 'submitted') {
      throw new DomainError('dossier_state_invalid', { state });
    }
    if (dossier.extendedDueAt !== null) throw new DomainError('dossier_appointment_already_moved');
    const newDueAt = new Date(body.newDueAt);
    if (newDueAt.getTime() <= dossier.dueAt.getTime()) {
      throw new DomainError('dossier_new_due_invalid', { field: 'newDueAt' });
    }
    const apologyLate = toVnDate(now) >= toVnDate(dossier.dueAt);
    return {
      changes: {
        extendedDueAt: newDueAt,
        apologyIssuedAt: now,
        apologyReason: body.reason,
        apologyLate,
      },
      event: {
        kind: 'apology_issued',
        fromUnitId: dossier.currentUnitId,
        note: body.reason,
        details: { newDueAt: newDueAt.toISOString(), apologyLate },
      },
      audit: { newDueAt: newDueAt.toISOString(), apologyLate },
    };
  });
}

/**
 * The rating rule, one for the desk and for the citizen's public endpoint: only once the result
 * exists (finished or returned), once only; `rated` + 1 and `satisfied` + 1 for 4 or 5 in the
 * rollup of the dossier's receipt day (docs/decisions/012-dossiers-and-kpi-rollups.md).
 */
export function ratingChange(dossier: repo.DossierRow, body: RatingBody, now: Date): ActionResult {
  if (dossier.state !== 'finished' && dossier.state !== 'returned') {
    throw new DomainError('dossier_state_invalid', { state: dossier.state });
  }
  if (dossier.rating !== null) throw new DomainError('dossier_already_rated');
  const satisfied = isSatisfiedRating(body.rating as SatisfactionRating);
  return {
    changes: { rating: body.rating, ratingComment: body.comment ?? null, ratedAt: now },
    event: { kind: 'rated', note: null, details: { rating: body.rating } },
    kpi: { rated: 1, satisfied: satisfied ? 1 : 0 },
    audit: { rating: body.rating },
  };
}

/** The citizen's rating as recorded at the desk (paper form or counter device). */
export function rateDossier(ctx: ServiceContext, code: string, body: RatingBody) {
  return actOnDossier(ctx, code, 'rated', ({ dossier, now }) => ratingChange(dossier, body, now));
}
