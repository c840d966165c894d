import type { PublicDossier, PublicRatingBody } from '../../../contracts/public-dossiers';
import type { Database } from '../../db/database';
import { DomainError } from '../../http/domain-error';
import type { RequestMeta } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { ratingChange } from './dossier-actions.service';
import * as repo from './dossiers.repo';
import { presentPublicDossier } from './public-dossiers.present';

/** What the public endpoints need: no actor. */
export interface PublicContext {
  db: Database;
  provinceCode: string;
  meta: RequestMeta;
}

/** The digits of a phone number, so "0912 345 678" and "+84912345678" both end in 5678. */
function lastFourDigits(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/**
 * The dossier when the code and the phone's last 4 digits match. Every failure — unknown code,
 * no phone given, wrong digits, no phone on file — is the same 404 without details, so the
 * answer never tells that a code exists (issue 4 "Citizens").
 */
async function findMatchingDossier(ctx: PublicContext, code: string, phone: string | undefined) {
  const row = await repo.findDossierByCode(ctx.db, ctx.provinceCode, code);
  const given = phone?.trim() ?? '';
  const stored = lastFourDigits(row?.dossier.applicantPhone);
  if (!row || stored === null || !/^\d{4}$/.test(given) || given !== stored) {
    throw new DomainError('dossier_not_found');
  }
  return row;
}

export async function lookUpPublicDossier(
  ctx: PublicContext,
  code: string,
  phone: string | undefined,
): Promise<PublicDossier> {
  const row = await findMatchingDossier(ctx, code, phone);
  return presentPublicDossier(row, await repo.findDossierEvents(ctx.db, row.dossier.id));
}

/**
 * The citizen's own rating after the result, once, by the rule the desk uses (`ratingChange`):
 * the dossier, its log entry, the rollup's rated/satisfied counters and the audit entry (actor
 * null) commit together.
 */
export async function ratePublicDossier(
  ctx: PublicContext,
  code: string,
  body: PublicRatingBody,
): Promise<PublicDossier> {
  const found = await findMatchingDossier(ctx, code, body.phone);
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const dossier = await repo.lockDossier(tx, found.dossier.id);
    const result = ratingChange(dossier, body, now);
    const updated = await repo.updateDossier(tx, dossier.id, result.changes);
    await repo.insertDossierEvent(tx, {
      ...result.event,
      provinceCode: ctx.provinceCode,
      dossierId: dossier.id,
      at: now,
      actorUserId: null,
    });
    if (result.kpi) {
      await repo.bumpKpiDaily(
        tx,
        { provinceCode: ctx.provinceCode, unitId: dossier.handlingUnitId, day: dossier.receiptDay },
        result.kpi,
      );
    }
    await recordAudit(
      tx,
      { provinceCode: ctx.provinceCode, actor: null, meta: ctx.meta },
      {
        action: 'dossier.rated_by_citizen',
        entityType: 'dossier',
        entityId: dossier.code,
        unit: { id: dossier.handlingUnitId, path: dossier.unitPath },
        before: { state: dossier.state },
        after: { state: updated.state, ...result.audit },
      },
    );
  });
  return lookUpPublicDossier(ctx, code, body.phone);
}
