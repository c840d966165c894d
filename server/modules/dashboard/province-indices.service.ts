import type {
  CreateProvinceIndexBody,
  ListProvinceIndicesQuery,
  ProvinceIndex,
  UpdateProvinceIndexBody,
} from '../../../contracts/province-indices';
import { isUniqueViolation } from '../../db/unique-violation';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertUnitPermission, requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import * as repo from './province-indices.repo';

function present(row: repo.ProvinceIndexRow): ProvinceIndex {
  return {
    id: row.id,
    index: row.index as ProvinceIndex['index'],
    year: row.year,
    value: row.value,
    rank: row.rank,
    rankOf: row.rankOf,
    sourceDocument: row.sourceDocument,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The province's results are published figures: every signed-in reader may see them. */
export async function listProvinceIndices(
  ctx: ServiceContext,
  query: ListProvinceIndicesQuery,
): Promise<{ items: ProvinceIndex[]; total: number }> {
  requirePermissionScopes(ctx.actor, 'plans.read');
  const rows = await repo.findProvinceIndices(ctx.db, {
    provinceCode: ctx.provinceCode,
    index: query.index,
    ...(query.fromYear === undefined ? {} : { fromYear: query.fromYear }),
    ...(query.toYear === undefined ? {} : { toYear: query.toYear }),
  });
  return { items: rows.map(present), total: rows.length };
}

/** Only Sở Nội vụ at the province root records the province's results. */
async function requireManager(ctx: ServiceContext) {
  const root = await resolveUnit(ctx.db, ctx.provinceCode, ctx.provinceCode);
  assertUnitPermission(ctx.actor, 'province_indices.manage', root.path);
  return root;
}

export async function createProvinceIndex(
  ctx: ServiceContext,
  body: CreateProvinceIndexBody,
): Promise<ProvinceIndex> {
  const root = await requireManager(ctx);
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const inserted = await repo.insertProvinceIndex(tx, {
        provinceCode: ctx.provinceCode,
        index: body.index,
        year: body.year,
        value: body.value,
        rank: body.rank,
        rankOf: body.rankOf,
        sourceDocument: body.sourceDocument || null,
      });
      await recordAudit(tx, ctx, {
        action: 'province_index.created',
        entityType: 'province_index',
        entityId: inserted.id,
        unit: root,
        after: inserted,
      });
      return inserted;
    });
    return present(row);
  } catch (error) {
    if (isUniqueViolation(error, 'province_indices_province_index_year_key')) {
      throw new DomainError('province_index_exists', { index: body.index, year: body.year });
    }
    throw error;
  }
}

export async function updateProvinceIndex(
  ctx: ServiceContext,
  id: number,
  body: UpdateProvinceIndexBody,
): Promise<ProvinceIndex> {
  const root = await requireManager(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const before = await repo.lockProvinceIndex(tx, ctx.provinceCode, id);
    if (!before) throw new DomainError('province_index_not_found', { id });
    const rank = body.rank === undefined ? before.rank : body.rank;
    const rankOf = body.rankOf === undefined ? before.rankOf : body.rankOf;
    if (rank !== null && rankOf !== null && rank > rankOf) {
      throw new DomainError('validation_failed', [
        { path: 'body.rank', message: 'Thứ hạng không được lớn hơn số tỉnh được xếp hạng' },
      ]);
    }
    const after = await repo.updateProvinceIndex(tx, id, {
      ...(body.value === undefined ? {} : { value: body.value }),
      ...(body.rank === undefined ? {} : { rank: body.rank }),
      ...(body.rankOf === undefined ? {} : { rankOf: body.rankOf }),
      ...(body.sourceDocument === undefined ? {} : { sourceDocument: body.sourceDocument || null }),
    });
    await recordAudit(tx, ctx, {
      action: 'province_index.updated',
      entityType: 'province_index',
      entityId: id,
      unit: root,
      before,
      after,
    });
    return after;
  });
  return present(row);
}

export async function deleteProvinceIndex(ctx: ServiceContext, id: number): Promise<void> {
  const root = await requireManager(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockProvinceIndex(tx, ctx.provinceCode, id);
    if (!before) throw new DomainError('province_index_not_found', { id });
    await repo.deleteProvinceIndex(tx, id);
    await recordAudit(tx, ctx, {
      action: 'province_index.deleted',
      entityType: 'province_index',
      entityId: id,
      unit: root,
      before,
    });
  });
}
