import type { AcceptDossierBody, RefuseDossierBody } from '../../../contracts/dossier-desk';
import { canAccessUnit } from '../../../core/auth/access';
import { toVnDate } from '../../../core/calendar/vn-time';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { actOnDossier } from './dossier-actions.service';
import { computeDue, timeLimitOf } from './dossier-rules';
import { startStep } from './dossier-steps';
import * as repo from './dossiers.repo';

/**
 * The desk checks an online submission (NĐ 61/2018, vn-regulations.md §1 "Flow" 2) at its
 * receiving unit: only a clerk of that unit's subtree (`dossiers.receive`) accepts or refuses it.
 * Out of read scope the dossier answers 404 before this (findReadableDossier).
 */
function assertDeskOf(ctx: ServiceContext, dossier: repo.DossierRow): void {
  if (!canAccessUnit(ctx.actor.grants, 'dossiers.receive', dossier.receivingUnitPath)) {
    throw new DomainError('forbidden');
  }
  if (dossier.state !== 'submitted') {
    throw new DomainError('dossier_not_submitted', { state: dossier.state });
  }
}

/**
 * Accepts a submission: national status 2, the receipt (Mẫu 01) and the appointment counted
 * from the acceptance, after 15:00 from the next working day (computeDue, docs/decisions/012).
 * The rollup counts it as received (and online) on the acceptance day, like a counter receipt.
 */
export function acceptDossier(ctx: ServiceContext, code: string, body: AcceptDossierBody) {
  return actOnDossier(ctx, code, 'accepted', async ({ tx, dossier, calendar, now }) => {
    assertDeskOf(ctx, dossier);
    const procedure = await repo.findProcedureById(tx, dossier.procedureId);
    const limit = procedure ? timeLimitOf(procedure) : null;
    if (!limit) throw new DomainError('dossier_procedure_unavailable');
    const { countingFromAt, dueAt } = computeDue(calendar, now, limit);
    const step = await startStep(tx, {
      dossier: null,
      procedureId: dossier.procedureId,
      calendar,
      limit,
      now,
      dueAt,
    });
    return {
      changes: {
        state: 'received',
        receivedAt: now,
        receiptDay: toVnDate(now),
        countingFromAt,
        dueAt,
      },
      event: {
        kind: 'received',
        toUnitId: dossier.receivingUnitId,
        note: body.note ?? null,
        details: { acceptedSubmission: true },
        ...step,
      },
      kpi: { received: 1, online: dossier.channel === 'online' ? 1 : 0 },
      audit: { dueAt: dueAt.toISOString() },
    };
  });
}

/**
 * Refuses a submission that is not eligible: national status 3 (Không được tiếp nhận), with the
 * reason printed on the refusal slip (Mẫu 03). It never counted as received, so no rollup.
 */
export function refuseDossier(ctx: ServiceContext, code: string, body: RefuseDossierBody) {
  return actOnDossier(ctx, code, 'refused', ({ dossier }) => {
    assertDeskOf(ctx, dossier);
    return {
      changes: { state: 'refused' },
      event: { kind: 'refused', fromUnitId: dossier.receivingUnitId, note: body.reason },
    };
  });
}
