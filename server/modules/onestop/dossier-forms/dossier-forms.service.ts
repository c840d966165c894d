import type { DossierFormParams, RegisterQuery } from '../../../../contracts/dossier-forms';
import { DomainError } from '../../../http/domain-error';
import type { ServiceContext } from '../../../http/request-context';
import { assertUnitPermission, requirePermissionScopes } from '../../org/units.policy';
import { resolveUnit } from '../../org/units.service';
import * as dossierRepo from '../dossiers.repo';
import { findReadableDossier } from '../dossiers.service';
import { renderForm01 } from './form-01-receipt';
import { renderForm02 } from './form-02-supplement';
import { renderForm03 } from './form-03-refusal';
import { renderForm04 } from './form-04-apology';
import { renderForm05 } from './form-05-control';
import { writeRegisterXlsx } from './form-06-register';
import type { DossierFormData } from './form-data';
import { findParentUnitName, findRegisterPage, type RegisterCursor } from './forms.repo';

const renderers = {
  '01': renderForm01,
  '02': renderForm02,
  '03': renderForm03,
  '04': renderForm04,
  '05': renderForm05,
} as const;

/**
 * A printed form of a dossier the actor may read (`dossier_not_found` outside scope, as for an
 * unknown code); `dossier_form_not_applicable` when the dossier has no such paper yet.
 */
export async function renderDossierForm(
  ctx: ServiceContext,
  params: DossierFormParams,
  publicUrl: string,
): Promise<Buffer> {
  const row = await findReadableDossier(ctx, params.code);
  // No receipt before the desk accepts an online submission, nor for a refused dossier.
  if (params.form === '01' && ['submitted', 'refused'].includes(row.dossier.state)) {
    throw new DomainError('dossier_form_not_applicable', { form: '01' });
  }
  const [events, procedure, receivingParentName] = await Promise.all([
    dossierRepo.findDossierEvents(ctx.db, row.dossier.id),
    dossierRepo.findProcedureById(ctx.db, row.dossier.procedureId),
    findParentUnitName(ctx.db, row.dossier.receivingUnitId),
  ]);
  const data: DossierFormData = {
    row,
    events,
    receivingParentName,
    procedure: {
      timeLimitAmount: procedure?.timeLimitAmount ?? null,
      timeLimitUnit: procedure?.timeLimitUnit ?? null,
      documents: procedure?.documents ?? [],
    },
    lookupUrl: `${publicUrl}/tra-cuu?ma=${encodeURIComponent(row.dossier.code)}`,
    printedAt: new Date(),
  };
  return renderers[params.form](data);
}

const registerPageSize = 1000;

/** Mẫu 06 of a unit's subtree for receipt days `from`–`to`, read in keyset pages. */
export async function exportRegister(ctx: ServiceContext, query: RegisterQuery): Promise<Buffer> {
  requirePermissionScopes(ctx.actor, 'dossiers.read');
  if (query.from > query.to) {
    throw new DomainError('validation_failed', [
      { field: 'to', message: 'Ngày kết thúc không được trước ngày bắt đầu' },
    ]);
  }
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, query.unit);
  assertUnitPermission(ctx.actor, 'dossiers.read', unit.path);
  const filter = {
    provinceCode: ctx.provinceCode,
    unitPath: unit.path,
    from: query.from,
    to: query.to,
  };
  async function* pages() {
    let cursor: RegisterCursor | null = null;
    for (;;) {
      const page = await findRegisterPage(ctx.db, filter, cursor, registerPageSize);
      if (page.length > 0) yield page;
      const last = page.at(-1);
      if (!last || page.length < registerPageSize) return;
      cursor = { receivedAt: last.receivedAt, id: last.id };
    }
  }
  return writeRegisterXlsx(pages());
}
