import type { HandOverBody } from '../../../contracts/dossiers';
import type { DossierState } from '../../../core/onestop/dossier-state';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { resolveUnit } from '../org/units.service';
import { actOnDossier, assertTransition } from './dossier-actions.service';
import { findOfficersOf } from './dossier-officers.repo';
import { timeLimitOf } from './dossier-rules';
import { closeOpenStep, startStep } from './dossier-steps';
import * as repo from './dossiers.repo';

/**
 * Hands a dossier to a unit and step of its internal process (Mẫu 05: one row per hand-over,
 * NĐ 61/2018 Art. 18 "every step is logged"), optionally naming the officer who processes it
 * ("the head assigns a handler", vn-regulations.md §1 "Flow" 4). The previous step ends here,
 * marked late when after its due time; the new step's due time is its share of the limit.
 */
export function handOverDossier(ctx: ServiceContext, code: string, body: HandOverBody) {
  return actOnDossier(ctx, code, 'handed_over', async ({ tx, dossier, calendar, now }) => {
    const state = dossier.state as DossierState;
    if (state !== 'in_progress') assertTransition(dossier, 'in_progress');
    const to = await resolveUnit(tx, ctx.provinceCode, body.toUnitCode);
    if (to.validTo !== null) throw new DomainError('unit_closed', { code: to.code });
    if (body.assigneeUserId !== undefined) {
      const officers = await findOfficersOf(tx, ctx.provinceCode, to.path);
      if (!officers.some((o) => o.id === body.assigneeUserId)) {
        throw new DomainError('dossier_assignee_invalid', { field: 'assigneeUserId' });
      }
    }
    const procedure = await repo.findProcedureById(tx, dossier.procedureId);
    await closeOpenStep(tx, dossier.id, now);
    const step = await startStep(tx, {
      dossier,
      procedureId: dossier.procedureId,
      calendar,
      limit: procedure ? timeLimitOf(procedure) : null,
      now,
      dueAt: dossier.extendedDueAt ?? dossier.dueAt,
      requestedOrdinal: body.stepOrdinal,
    });
    const assigneeUserId = body.assigneeUserId ?? null;
    return {
      changes: {
        state: 'in_progress',
        currentUnitId: to.id,
        currentUnitPath: to.path,
        assigneeUserId,
      },
      event: {
        kind: 'handed_over',
        fromUnitId: dossier.currentUnitId,
        toUnitId: to.id,
        note: body.note ?? null,
        assigneeUserId,
        ...step,
      },
      audit: {
        toUnitCode: to.code,
        assigneeUserId,
        stepOrdinal: step.stepOrdinal,
        stepDueAt: step.stepDueAt.toISOString(),
      },
    };
  });
}
