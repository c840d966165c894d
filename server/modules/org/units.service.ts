import type { Paged } from '../../../contracts/common';
import type {
  CreateUnitBody,
  ListUnitsQuery,
  MergeUnitsBody,
  SplitUnitBody,
  Unit,
  UnitDetail,
  UpdateUnitBody,
} from '../../../contracts/units';
import { canHaveParent, type UnitKind } from '../../../core/org/unit-kind';
import { buildUnitPath, levelOfPath } from '../../../core/org/unit-path';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { addDaysToDate } from '../../../core/time/calendar-date';
import type { Queryable } from '../../db/database';
import { isUniqueViolation } from '../../db/unique-violation';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertUnitPermission, requirePermissionScopes } from './units.policy';
import { presentUnit, presentUnitDetail } from './units.present';
import * as repo from './units.repo';

export type { UnitRow } from './units.repo';

/** Resolves a unit code for any module; refuses unknown codes with `unit_not_found`. */
export async function resolveUnit(db: Queryable, provinceCode: string, code: string) {
  const row = await repo.findUnitByCode(db, provinceCode, code);
  if (!row) throw new DomainError('unit_not_found', { code });
  return row.unit;
}

export async function listUnits(ctx: ServiceContext, query: ListUnitsQuery): Promise<Paged<Unit>> {
  requirePermissionScopes(ctx.actor, 'units.read');
  const { page, pageSize } = query;
  const parent = query.parent ? await resolveUnit(ctx.db, ctx.provinceCode, query.parent) : null;
  const { rows, total } = await repo.findUnits(
    ctx.db,
    {
      provinceCode: ctx.provinceCode,
      searchText: query.search ? normalizeSearchText(query.search) : undefined,
      kind: query.kind,
      parentId: parent?.id,
      includeClosed: Boolean(query.includeClosed),
    },
    { offset: (page - 1) * pageSize, limit: pageSize, sort: query.sort },
  );
  return { items: rows.map(presentUnit), total, page, pageSize };
}

export async function getUnitDetail(ctx: ServiceContext, code: string): Promise<UnitDetail> {
  requirePermissionScopes(ctx.actor, 'units.read');
  const row = await repo.findUnitByCode(ctx.db, ctx.provinceCode, code);
  if (!row) throw new DomainError('unit_not_found', { code });
  const [ancestors, successions] = await Promise.all([
    repo.findAncestors(ctx.db, row.unit.path),
    repo.findSuccessions(ctx.db, row.unit.id),
  ]);
  return presentUnitDetail(row, {
    ancestors,
    predecessors: successions.predecessors.map(presentSuccession),
    successors: successions.successors.map(presentSuccession),
  });
}

function presentSuccession(s: {
  kind: string;
  effectiveOn: string;
  note: string | null;
  unitCode: string;
  unitName: string;
}) {
  return { ...s, kind: s.kind as 'merge' | 'split' | 'rename' };
}

type NewUnitInput = Omit<CreateUnitBody, 'validFrom'>;

/** Creates an open unit under an open parent; the caller has checked permission on the parent. */
export async function insertOpenUnit(
  tx: Queryable,
  ctx: ServiceContext,
  input: NewUnitInput,
  validFrom: string,
) {
  const parentRow = await repo.findUnitByCode(tx, ctx.provinceCode, input.parentCode);
  if (!parentRow || parentRow.unit.validTo !== null) {
    throw new DomainError('unit_not_found', { code: input.parentCode, field: 'parentCode' });
  }
  const parent = parentRow.unit;
  if (!canHaveParent(input.kind, parent.kind as UnitKind)) {
    throw new DomainError('unit_parent_kind_invalid', {
      kind: input.kind,
      parentKind: parent.kind,
    });
  }
  if (validFrom < parent.validFrom) {
    throw new DomainError('unit_dates_invalid', { validFrom, parentValidFrom: parent.validFrom });
  }
  const id = await repo.reserveUnitId(tx);
  const path = buildUnitPath(parent.path, id);
  try {
    return await repo.insertUnit(tx, {
      id,
      provinceCode: ctx.provinceCode,
      code: input.code,
      name: input.name,
      shortName: input.shortName ?? null,
      kind: input.kind,
      typeLabel: input.typeLabel ?? null,
      parentId: parent.id,
      path,
      level: levelOfPath(path),
      searchText: normalizeSearchText(`${input.name} ${input.shortName ?? ''}`),
      validFrom,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'units_open_code_key')) {
      throw new DomainError('unit_code_taken', { code: input.code });
    }
    throw error;
  }
}

async function findOpenUnitForChange(tx: Queryable, ctx: ServiceContext, code: string) {
  const row = await repo.findUnitByCode(tx, ctx.provinceCode, code);
  if (!row) throw new DomainError('unit_not_found', { code });
  assertUnitPermission(ctx.actor, 'units.manage', row.unit.path);
  const locked = await repo.lockUnit(tx, row.unit.id);
  if (!locked || locked.validTo !== null) throw new DomainError('unit_closed', { code });
  return locked;
}

export async function createUnit(ctx: ServiceContext, body: CreateUnitBody): Promise<UnitDetail> {
  const parent = await resolveUnit(ctx.db, ctx.provinceCode, body.parentCode);
  assertUnitPermission(ctx.actor, 'units.manage', parent.path);
  await ctx.db.transaction(async (tx) => {
    const unit = await insertOpenUnit(tx, ctx, body, body.validFrom);
    await recordAudit(tx, ctx, {
      action: 'unit.created',
      entityType: 'unit',
      entityId: unit.id,
      unit,
      after: unit,
    });
  });
  return getUnitDetail(ctx, body.code);
}

export async function updateUnit(
  ctx: ServiceContext,
  code: string,
  body: UpdateUnitBody,
): Promise<UnitDetail> {
  await ctx.db.transaction(async (tx) => {
    const before = await findOpenUnitForChange(tx, ctx, code);
    const name = body.name ?? before.name;
    const shortName = body.shortName === undefined ? before.shortName : body.shortName;
    const after = await repo.updateUnit(tx, before.id, {
      name,
      shortName,
      typeLabel: body.typeLabel === undefined ? before.typeLabel : body.typeLabel,
      searchText: normalizeSearchText(`${name} ${shortName ?? ''}`),
    });
    await recordAudit(tx, ctx, {
      action: 'unit.updated',
      entityType: 'unit',
      entityId: after.id,
      unit: after,
      before,
      after,
    });
  });
  return getUnitDetail(ctx, code);
}

async function closeOpenUnit(
  tx: Queryable,
  ctx: ServiceContext,
  unit: repo.UnitRow,
  validTo: string,
  action: string,
) {
  if (validTo < unit.validFrom)
    throw new DomainError('unit_dates_invalid', { code: unit.code, validTo });
  if ((await repo.countOpenChildren(tx, unit.id)) > 0) {
    throw new DomainError('unit_has_open_children', { code: unit.code });
  }
  const after = await repo.updateUnit(tx, unit.id, { validTo });
  await recordAudit(tx, ctx, {
    action,
    entityType: 'unit',
    entityId: unit.id,
    unit,
    before: unit,
    after,
  });
  return after;
}

export async function closeUnit(
  ctx: ServiceContext,
  code: string,
  body: { validTo: string; note?: string | null | undefined },
): Promise<UnitDetail> {
  const closed = await ctx.db.transaction(async (tx) => {
    const unit = await findOpenUnitForChange(tx, ctx, code);
    return closeOpenUnit(tx, ctx, unit, body.validTo, 'unit.closed');
  });
  return getUnitDetail(ctx, closed.code);
}

/**
 * Merge: each source closes the day before `effectiveOn` and links to the unit it merged into,
 * so a 2021 figure of a merged commune stays attributable (hatinh-units-2025.notes.md §1).
 */
export async function mergeUnits(ctx: ServiceContext, body: MergeUnitsBody): Promise<UnitDetail> {
  const targetCode = await ctx.db.transaction(async (tx) => {
    const sources = [];
    for (const code of new Set(body.sourceCodes))
      sources.push(await findOpenUnitForChange(tx, ctx, code));
    const existingCode = 'existingCode' in body.into ? body.into.existingCode : null;
    if (sources.some((s) => s.code === existingCode)) {
      throw new DomainError('validation_failed', [
        { path: 'body.sourceCodes', message: 'Đơn vị nguồn trùng đơn vị nhận sáp nhập' },
      ]);
    }
    // Sources close before a new target opens, so the merged unit may take the code of one of them.
    for (const source of sources)
      await closeOpenUnit(tx, ctx, source, addDaysToDate(body.effectiveOn, -1), 'unit.merged');
    const target = await findOrCreateTarget(tx, ctx, body);
    for (const source of sources) {
      await repo.insertSuccession(tx, {
        provinceCode: ctx.provinceCode,
        predecessorId: source.id,
        successorId: target.id,
        kind: 'merge',
        effectiveOn: body.effectiveOn,
        note: body.note ?? null,
      });
    }
    return target.code;
  });
  return getUnitDetail(ctx, targetCode);
}

async function findOrCreateTarget(tx: Queryable, ctx: ServiceContext, body: MergeUnitsBody) {
  if ('existingCode' in body.into) return findOpenUnitForChange(tx, ctx, body.into.existingCode);
  const parent = await resolveUnit(tx, ctx.provinceCode, body.into.parentCode);
  assertUnitPermission(ctx.actor, 'units.manage', parent.path);
  const created = await insertOpenUnit(tx, ctx, body.into, body.effectiveOn);
  await recordAudit(tx, ctx, {
    action: 'unit.created',
    entityType: 'unit',
    entityId: created.id,
    unit: created,
    after: created,
  });
  return created;
}

/** Split: the unit closes and each part opens on `effectiveOn`, each linked back to it. */
export async function splitUnit(
  ctx: ServiceContext,
  code: string,
  body: SplitUnitBody,
): Promise<UnitDetail> {
  await ctx.db.transaction(async (tx) => {
    const source = await findOpenUnitForChange(tx, ctx, code);
    await closeOpenUnit(tx, ctx, source, addDaysToDate(body.effectiveOn, -1), 'unit.split');
    for (const part of body.parts) {
      const parent = await resolveUnit(tx, ctx.provinceCode, part.parentCode);
      assertUnitPermission(ctx.actor, 'units.manage', parent.path);
      const created = await insertOpenUnit(tx, ctx, part, body.effectiveOn);
      await recordAudit(tx, ctx, {
        action: 'unit.created',
        entityType: 'unit',
        entityId: created.id,
        unit: created,
        after: created,
      });
      await repo.insertSuccession(tx, {
        provinceCode: ctx.provinceCode,
        predecessorId: source.id,
        successorId: created.id,
        kind: 'split',
        effectiveOn: body.effectiveOn,
        note: body.note ?? null,
      });
    }
  });
  return getUnitDetail(ctx, code);
}
