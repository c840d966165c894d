import type { Paged } from '../../../contracts/common';
import type {
  CreateProcedureBody,
  ListProceduresQuery,
  Procedure,
  ProcedureDetail,
  UpdateProcedureBody,
} from '../../../contracts/procedures';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import type { Queryable } from '../../db/database';
import { isUniqueViolation } from '../../db/unique-violation';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import type { ProcedureInput } from './procedure-input';
import {
  auditUnitOf,
  checkProcedureInput,
  findPublicationProblem,
  type InputProblem,
  inputOfStored,
  insertResolvedProcedure,
  loadUnitIndex,
  overwriteProcedure,
  type ResolvedProcedure,
  resolveAgencies,
  sameProcedureInput,
  snapshotOf,
} from './procedure-store';
import { assertCanManageAgencies, canManageAgencies, findManageScopes } from './procedures.policy';
import { presentProcedure, presentProcedureDetail } from './procedures.present';
import * as repo from './procedures.repo';

type ProcedureFilterQuery = Omit<ListProceduresQuery, 'page' | 'pageSize' | 'sort'>;

/** The repository filter for a query, as the actor may see it. */
export async function buildProcedureFilter(
  ctx: ServiceContext,
  query: ProcedureFilterQuery,
): Promise<repo.ProcedureFilter> {
  requirePermissionScopes(ctx.actor, 'procedures.read');
  const unit = query.unit ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit) : null;
  return {
    provinceCode: ctx.provinceCode,
    manageScopes: findManageScopes(ctx.actor),
    searchText: query.search ? normalizeSearchText(query.search) : undefined,
    unitId: unit?.id,
    field: query.field || undefined,
    level: query.level,
    onlineLevel: query.onlineLevel,
    published: query.published,
    includeClosed: query.includeClosed,
  };
}

export async function listProcedures(
  ctx: ServiceContext,
  query: ListProceduresQuery,
): Promise<Paged<Procedure>> {
  const { page, pageSize, sort } = query;
  const { rows, total } = await repo.findProcedures(
    ctx.db,
    await buildProcedureFilter(ctx, query),
    {
      offset: (page - 1) * pageSize,
      limit: pageSize,
      sort,
    },
  );
  return { items: rows.map(presentProcedure), total, page, pageSize };
}

export async function listProcedureFields(ctx: ServiceContext) {
  const filter = await buildProcedureFilter(ctx, {});
  return { items: await repo.countProceduresByField(ctx.db, filter) };
}

/** A procedure with its agencies and steps, or null when it does not exist for this actor. */
async function findVisibleProcedure(db: Queryable, ctx: ServiceContext, code: string) {
  const row = await repo.findProcedureByCode(db, ctx.provinceCode, code);
  if (!row) return null;
  const [agencies, steps] = await Promise.all([
    repo.findAgenciesOf(db, [row.id]),
    repo.findStepsOf(db, [row.id]),
  ]);
  const visible =
    row.status === 'published' ||
    canManageAgencies(
      ctx.actor,
      agencies.map((a) => a.path),
    );
  return visible ? { row, agencies, steps } : null;
}

export async function getProcedureDetail(
  ctx: ServiceContext,
  code: string,
): Promise<ProcedureDetail> {
  requirePermissionScopes(ctx.actor, 'procedures.read');
  const found = await findVisibleProcedure(ctx.db, ctx, code);
  if (!found) throw new DomainError('procedure_not_found', { code });
  return presentProcedureDetail(found.row, found.agencies, found.steps);
}

/** Refuses the first problem with all of them in the details, as the API answers one error. */
function throwProblems(problems: InputProblem[]): void {
  const [first] = problems;
  if (!first) return;
  throw new DomainError(
    first.code,
    problems.map((p) => ({ field: p.field, message: p.message })),
  );
}

/**
 * Resolves and checks an input for a write by the actor: unknown units first, then scope (the
 * actor must manage every agency), then the rules.
 */
async function resolveForWrite(
  tx: Queryable,
  ctx: ServiceContext,
  input: ProcedureInput,
  published: boolean,
): Promise<ResolvedProcedure> {
  const unitIndex = await loadUnitIndex(tx, ctx.provinceCode);
  const { agencies, problems } = resolveAgencies(input, unitIndex);
  throwProblems(problems.filter((p) => p.code === 'unit_not_found'));
  assertCanManageAgencies(
    ctx.actor,
    agencies.map((a) => a.unit.path),
  );
  const checked = checkProcedureInput(input, agencies, published);
  throwProblems([...problems, ...checked.problems]);
  return { input, agencies, steps: checked.steps };
}

async function assertCodeFree(tx: Queryable, ctx: ServiceContext, code: string, exceptId?: number) {
  const existing = await repo.findProcedureByCode(tx, ctx.provinceCode, code);
  if (existing && existing.validTo === null && existing.id !== exceptId)
    throw new DomainError('procedure_code_taken', { code });
}

function rethrowCodeTaken(error: unknown, code: string): never {
  if (isUniqueViolation(error, 'procedures_open_code_key'))
    throw new DomainError('procedure_code_taken', { code });
  throw error;
}

export async function createProcedure(
  ctx: ServiceContext,
  body: CreateProcedureBody,
): Promise<ProcedureDetail> {
  requirePermissionScopes(ctx.actor, 'procedures.manage');
  const input: ProcedureInput = {
    ...body,
    timeLimitNote: body.timeLimitNote ?? null,
    steps: body.steps.map((s) => ({
      name: s.name,
      unitKind: s.unitKind ?? null,
      unitCode: s.unitCode ?? null,
      sharePercent: s.sharePercent,
    })),
  };
  await ctx.db.transaction(async (tx) => {
    const resolved = await resolveForWrite(tx, ctx, input, false);
    await assertCodeFree(tx, ctx, input.code);
    const row = await insertResolvedProcedure(tx, ctx.provinceCode, resolved, null).catch(
      (error: unknown) => rethrowCodeTaken(error, input.code),
    );
    await recordAudit(tx, ctx, {
      action: 'procedure.created',
      entityType: 'procedure',
      entityId: row.id,
      unit: auditUnitOf(resolved.agencies.map((a) => a.unit.path)),
      after: snapshotOf(row, input),
    });
  });
  return getProcedureDetail(ctx, input.code);
}

/** The open procedure, locked, that the actor may manage (over every current agency). */
async function findProcedureForChange(tx: Queryable, ctx: ServiceContext, code: string) {
  requirePermissionScopes(ctx.actor, 'procedures.manage');
  const row = await repo.findProcedureByCode(tx, ctx.provinceCode, code);
  if (!row) throw new DomainError('procedure_not_found', { code });
  const [agencies, steps] = await Promise.all([
    repo.findAgenciesOf(tx, [row.id]),
    repo.findStepsOf(tx, [row.id]),
  ]);
  assertCanManageAgencies(
    ctx.actor,
    agencies.map((a) => a.path),
  );
  const locked = await repo.lockProcedure(tx, row.id);
  if (!locked || locked.validTo !== null) throw new DomainError('procedure_closed', { code });
  return { row: locked, agencies, input: inputOfStored(locked, agencies, steps) };
}

export async function updateProcedure(
  ctx: ServiceContext,
  code: string,
  body: UpdateProcedureBody,
): Promise<ProcedureDetail> {
  const finalCode = await ctx.db.transaction(async (tx) => {
    const before = await findProcedureForChange(tx, ctx, code);
    const { validTo, ...changes } = body;
    const input: ProcedureInput = {
      ...before.input,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      timeLimitNote:
        changes.timeLimitNote === undefined ? before.input.timeLimitNote : changes.timeLimitNote,
      steps:
        changes.steps?.map((s) => ({
          name: s.name,
          unitKind: s.unitKind ?? null,
          unitCode: s.unitCode ?? null,
          sharePercent: s.sharePercent,
        })) ?? before.input.steps,
    };
    const closing = validTo !== undefined && validTo !== null;
    if (closing && validTo < input.validFrom)
      throw new DomainError('procedure_dates_invalid', { validFrom: input.validFrom, validTo });
    if (sameProcedureInput(input, before.input) && !closing) return code;
    const resolved = await resolveForWrite(tx, ctx, input, before.row.status === 'published');
    if (input.code !== code) await assertCodeFree(tx, ctx, input.code, before.row.id);
    const after = await overwriteProcedure(
      tx,
      before.row.id,
      ctx.provinceCode,
      resolved,
      closing ? { validTo } : {},
    ).catch((error: unknown) => rethrowCodeTaken(error, input.code));
    await recordAudit(tx, ctx, {
      action: closing ? 'procedure.closed' : 'procedure.updated',
      entityType: 'procedure',
      entityId: after.id,
      unit: auditUnitOf([
        ...before.agencies.map((a) => a.path),
        ...resolved.agencies.map((a) => a.unit.path),
      ]),
      before: snapshotOf(before.row, before.input),
      after: snapshotOf(after, input),
    });
    return input.code;
  });
  return getProcedureDetail(ctx, finalCode);
}

/** Publishes (công bố) or withdraws a procedure from the published catalogue. */
export async function setProcedurePublished(
  ctx: ServiceContext,
  code: string,
  published: boolean,
): Promise<ProcedureDetail> {
  await ctx.db.transaction(async (tx) => {
    const before = await findProcedureForChange(tx, ctx, code);
    if ((before.row.status === 'published') === published) return;
    if (published) {
      const problem = findPublicationProblem(before.input);
      if (problem) throwProblems([problem]);
    }
    const after = await repo.updateProcedure(tx, before.row.id, {
      status: published ? 'published' : 'draft',
      publishedAt: published ? new Date() : null,
    });
    await recordAudit(tx, ctx, {
      action: published ? 'procedure.published' : 'procedure.unpublished',
      entityType: 'procedure',
      entityId: after.id,
      unit: auditUnitOf(before.agencies.map((a) => a.path)),
      before: { code, status: before.row.status, publishedAt: before.row.publishedAt },
      after: { code, status: after.status, publishedAt: after.publishedAt },
    });
  });
  return getProcedureDetail(ctx, code);
}
