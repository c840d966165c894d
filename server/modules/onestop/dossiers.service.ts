import type { Paged } from '../../../contracts/common';
import type {
  Dossier,
  DossierDetail,
  ListDossiersQuery,
  ReceiveDossierBody,
} from '../../../contracts/dossiers';
import { toVnDate } from '../../../core/calendar/vn-time';
import { addWorkingTime } from '../../../core/calendar/working-time';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { assertUnitPermission, requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import { insertNewDossier, prepareIntake } from './dossier-intake';
import { canReadDossier } from './dossiers.policy';
import { presentDossier, presentDossierDetail } from './dossiers.present';
import * as repo from './dossiers.repo';

export async function loadDetail(
  ctx: ServiceContext,
  code: string,
  now: Date,
): Promise<DossierDetail> {
  const row = await repo.findDossierByCode(ctx.db, ctx.provinceCode, code);
  if (!row) throw new DomainError('dossier_not_found', { code });
  return presentDossierDetail(row, await repo.findDossierEvents(ctx.db, row.dossier.id), now);
}

/**
 * Receives a dossier at the desk: its code, the appointment (Mẫu 01), the log and the rollup.
 * With `refusalReason` the dossier was not eligible: it is recorded as refused (Mẫu 03) and does
 * not count as received in the rollup (NĐ 61/2018, vn-regulations.md §1 "Flow" 2).
 */
export async function receiveDossier(
  ctx: ServiceContext,
  body: ReceiveDossierBody,
): Promise<DossierDetail> {
  requirePermissionScopes(ctx.actor, 'dossiers.receive');
  const receiving = await resolveUnit(ctx.db, ctx.provinceCode, body.receivingUnitCode);
  assertUnitPermission(ctx.actor, 'dossiers.receive', receiving.path);
  const intake = await prepareIntake(ctx.db, ctx.provinceCode, body);
  const refused = body.refusalReason !== undefined;
  const now = new Date();
  const code = await ctx.db.transaction(async (tx) => {
    const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode, tx);
    const { code: dossierCode, dueAt } = await insertNewDossier(
      tx,
      ctx.provinceCode,
      calendar,
      intake,
      {
        state: refused ? 'refused' : 'received',
        channel: body.channel,
        applicant: body.applicant,
        now,
        actorUserId: ctx.actor.userId,
        note: body.refusalReason ?? null,
      },
    );
    const { handling } = intake;
    if (!refused) {
      await repo.bumpKpiDaily(
        tx,
        { provinceCode: ctx.provinceCode, unitId: handling.unitId, day: toVnDate(now) },
        { received: 1, online: body.channel === 'online' ? 1 : 0 },
      );
    }
    // The applicant's personal data stays out of the audit trail.
    await recordAudit(tx, ctx, {
      action: refused ? 'dossier.refused' : 'dossier.received',
      entityType: 'dossier',
      entityId: dossierCode,
      unit: { id: handling.unitId, path: handling.path },
      after: {
        code: dossierCode,
        state: refused ? 'refused' : 'received',
        procedureCode: intake.procedure.code,
        channel: body.channel,
        receivingUnitCode: intake.receiving.code,
        handlingUnitCode: handling.code,
        dueAt: dueAt.toISOString(),
      },
    });
    return dossierCode;
  });
  return loadDetail(ctx, code, now);
}

/** A dossier the actor may read, or `dossier_not_found` as for an unknown code (no leak). */
export async function findReadableDossier(ctx: ServiceContext, code: string) {
  requirePermissionScopes(ctx.actor, 'dossiers.read');
  const row = await repo.findDossierByCode(ctx.db, ctx.provinceCode, code);
  if (!row || !canReadDossier(ctx.actor, row.dossier)) {
    throw new DomainError('dossier_not_found', { code });
  }
  return row;
}

export async function getDossierDetail(ctx: ServiceContext, code: string): Promise<DossierDetail> {
  const row = await findReadableDossier(ctx, code);
  return presentDossierDetail(
    row,
    await repo.findDossierEvents(ctx.db, row.dossier.id),
    new Date(),
  );
}

export async function listDossiers(
  ctx: ServiceContext,
  query: ListDossiersQuery,
): Promise<Paged<Dossier>> {
  const scopes = requirePermissionScopes(ctx.actor, 'dossiers.read');
  const { page, pageSize, sort } = query;
  const unit = query.unit ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit) : null;
  const now = new Date();
  let atRiskBetween: [Date, Date] | undefined;
  if (query.atRisk || query.due === 'at_risk') {
    // At risk: due within one working day from now (issue 4).
    const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode);
    atRiskBetween = [now, addWorkingTime(calendar, now, { days: 1 })];
  }
  const { rows, total } = await repo.findDossiers(
    ctx.db,
    {
      provinceCode: ctx.provinceCode,
      scopes,
      unitPath: unit?.path,
      state: query.state,
      searchText: query.search ? normalizeSearchText(query.search) : undefined,
      overdueAt: query.overdue || query.due === 'overdue' ? now : undefined,
      atRiskBetween,
      assigneeUserId:
        query.assignee === undefined
          ? undefined
          : query.assignee === 'me'
            ? ctx.actor.userId
            : Number(query.assignee),
      timeliness: query.timeliness,
      overdueWithoutApology: query.overdueWithoutApology,
      receiptDayFrom: query.receivedFrom,
      receiptDayTo: query.receivedTo,
    },
    { offset: (page - 1) * pageSize, limit: pageSize, sort },
  );
  return { items: rows.map((r) => presentDossier(r, now)), total, page, pageSize };
}
