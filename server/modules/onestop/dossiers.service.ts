import type { Paged } from '../../../contracts/common';
import type {
  Dossier,
  DossierDetail,
  ListDossiersQuery,
  ReceiveDossierBody,
} from '../../../contracts/dossiers';
import { toVnDate } from '../../../core/calendar/vn-time';
import { addWorkingTime } from '../../../core/calendar/working-time';
import {
  formatDossierCode,
  isUnitIdentifier,
  maxDossierSequence,
} from '../../../core/onestop/dossier-code';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { assertUnitPermission, requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import { chooseHandlingUnit, computeDue, timeLimitOf, unitIdentifierOf } from './dossier-rules';
import { canReadDossier } from './dossiers.policy';
import { presentDossier, presentDossierDetail } from './dossiers.present';
import * as repo from './dossiers.repo';
import * as procedureRepo from './procedures.repo';

export async function loadDetail(
  ctx: ServiceContext,
  code: string,
  now: Date,
): Promise<DossierDetail> {
  const row = await repo.findDossierByCode(ctx.db, ctx.provinceCode, code);
  if (!row) throw new DomainError('dossier_not_found', { code });
  return presentDossierDetail(row, await repo.findDossierEvents(ctx.db, row.dossier.id), now);
}

/** Receives a dossier at the desk: its code, the appointment (Mẫu 01), the log and the rollup. */
export async function receiveDossier(
  ctx: ServiceContext,
  body: ReceiveDossierBody,
): Promise<DossierDetail> {
  requirePermissionScopes(ctx.actor, 'dossiers.receive');
  const receiving = await resolveUnit(ctx.db, ctx.provinceCode, body.receivingUnitCode);
  if (receiving.validTo !== null) throw new DomainError('unit_closed', { code: receiving.code });
  assertUnitPermission(ctx.actor, 'dossiers.receive', receiving.path);
  const procedure = await procedureRepo.findProcedureByCode(
    ctx.db,
    ctx.provinceCode,
    body.procedureCode,
  );
  if (!procedure) throw new DomainError('procedure_not_found', { code: body.procedureCode });
  const limit = timeLimitOf(procedure);
  if (procedure.status !== 'published' || procedure.validTo !== null || !limit) {
    throw new DomainError('dossier_procedure_unavailable', { code: procedure.code });
  }
  const leads = (await procedureRepo.findAgenciesOf(ctx.db, [procedure.id])).filter(
    (a) => a.role === 'lead',
  );
  const handling = chooseHandlingUnit(leads, receiving.path, body.handlingUnitCode);
  const identifier = unitIdentifierOf(receiving.code);
  if (!isUnitIdentifier(identifier)) {
    throw new DomainError('dossier_unit_identifier_invalid', { code: receiving.code });
  }
  const now = new Date();
  const receiptDay = toVnDate(now);
  const code = await ctx.db.transaction(async (tx) => {
    const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode, tx);
    const { countingFromAt, dueAt } = computeDue(calendar, now, limit);
    const sequence = await repo.takeNextDayNumber(tx, ctx.provinceCode, receiving.id, receiptDay);
    if (sequence > maxDossierSequence) throw new DomainError('dossier_daily_limit_reached');
    const dossierCode = formatDossierCode({
      unitIdentifier: identifier,
      receivedOn: receiptDay,
      sequence,
    });
    const dossier = await repo.insertDossier(tx, {
      provinceCode: ctx.provinceCode,
      code: dossierCode,
      procedureId: procedure.id,
      receivingUnitId: receiving.id,
      receivingUnitPath: receiving.path,
      handlingUnitId: handling.unitId,
      unitPath: handling.path,
      currentUnitId: receiving.id,
      currentUnitPath: receiving.path,
      channel: body.channel,
      state: 'received',
      applicantName: body.applicant.name,
      applicantPhone: body.applicant.phone,
      applicantEmail: body.applicant.email,
      applicantAddress: body.applicant.address,
      searchText: normalizeSearchText(`${dossierCode} ${body.applicant.name}`),
      receivedAt: now,
      receiptDay,
      countingFromAt,
      dueAt,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertDossierEvent(tx, {
      provinceCode: ctx.provinceCode,
      dossierId: dossier.id,
      at: now,
      kind: 'received',
      toUnitId: receiving.id,
      actorUserId: ctx.actor.userId,
    });
    await repo.bumpKpiDaily(
      tx,
      { provinceCode: ctx.provinceCode, unitId: handling.unitId, day: receiptDay },
      { received: 1, online: body.channel === 'online' ? 1 : 0 },
    );
    // The applicant's personal data stays out of the audit trail.
    await recordAudit(tx, ctx, {
      action: 'dossier.received',
      entityType: 'dossier',
      entityId: dossierCode,
      unit: { id: handling.unitId, path: handling.path },
      after: {
        code: dossierCode,
        procedureCode: procedure.code,
        channel: body.channel,
        receivingUnitCode: receiving.code,
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
  if (query.atRisk) {
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
      overdueAt: query.overdue ? now : undefined,
      atRiskBetween,
    },
    { offset: (page - 1) * pageSize, limit: pageSize, sort },
  );
  return { items: rows.map((r) => presentDossier(r, now)), total, page, pageSize };
}
