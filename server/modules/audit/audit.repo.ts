import { and, asc, count, desc, eq, gt, gte, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { auditChainHeads, auditEntries } from '../../db/schema/audit';
import { units } from '../../db/schema/org';
import { genesisHash } from './audit-chain';

export type AuditRow = typeof auditEntries.$inferSelect;
export type NewAuditRow = typeof auditEntries.$inferInsert;

/** Locks the province's chain head for the rest of the transaction and returns its hash. */
export async function lockChainHead(db: Queryable, provinceCode: string): Promise<string> {
  await db
    .insert(auditChainHeads)
    .values({ provinceCode, lastId: 0, lastHash: genesisHash })
    .onConflictDoNothing();
  const [head] = await db
    .select({ lastHash: auditChainHeads.lastHash })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.provinceCode, provinceCode))
    .for('update');
  return head?.lastHash ?? genesisHash;
}

export async function insertAuditEntry(db: Queryable, row: NewAuditRow): Promise<number> {
  const [inserted] = await db.insert(auditEntries).values(row).returning({ id: auditEntries.id });
  if (!inserted) throw new Error('audit insert returned nothing');
  await db
    .update(auditChainHeads)
    .set({ lastId: inserted.id, lastHash: row.hash })
    .where(eq(auditChainHeads.provinceCode, row.provinceCode));
  return inserted.id;
}

export interface AuditFilter {
  scopes: string[];
  includeUnscoped: boolean;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  unitPath?: string | undefined;
  fromInstant?: Date | undefined;
  toInstant?: Date | undefined;
}

function buildAuditWhere(filter: AuditFilter): SQL | undefined {
  const scope = or(
    ...filter.scopes.map((s) => like(auditEntries.unitPath, `${s}%`)),
    filter.includeUnscoped ? isNull(auditEntries.unitPath) : undefined,
  );
  return and(
    scope,
    filter.action ? eq(auditEntries.action, filter.action) : undefined,
    filter.entityType ? eq(auditEntries.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEntries.entityId, filter.entityId) : undefined,
    filter.actor ? eq(auditEntries.actorUsername, filter.actor) : undefined,
    filter.unitPath ? like(auditEntries.unitPath, `${filter.unitPath}%`) : undefined,
    filter.fromInstant ? gte(auditEntries.occurredAt, filter.fromInstant) : undefined,
    filter.toInstant ? lt(auditEntries.occurredAt, filter.toInstant) : undefined,
  );
}

export async function findAuditEntries(
  db: Queryable,
  filter: AuditFilter,
  paging: { offset: number; limit: number; newestFirst: boolean },
): Promise<{ rows: Array<{ entry: AuditRow; unitCode: string | null }>; total: number }> {
  const where = buildAuditWhere(filter);
  const order = paging.newestFirst ? desc(auditEntries.id) : asc(auditEntries.id);
  const rows = await db
    .select({ entry: auditEntries, unitCode: units.code })
    .from(auditEntries)
    .leftJoin(units, eq(units.id, auditEntries.unitId))
    .where(where)
    .orderBy(order)
    .limit(paging.limit)
    .offset(paging.offset);
  const [totalRow] = await db.select({ total: count() }).from(auditEntries).where(where);
  return { rows, total: totalRow?.total ?? 0 };
}

/** A batch of the chain in order, for verification. */
export async function findAuditBatch(
  db: Queryable,
  provinceCode: string,
  afterId: number,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.provinceCode, provinceCode), gt(auditEntries.id, afterId)))
    .orderBy(asc(auditEntries.id))
    .limit(limit);
}

export async function findChainHeads(db: Queryable) {
  return db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.provinceCode));
}
