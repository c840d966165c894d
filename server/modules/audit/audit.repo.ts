import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  isNull,
  like,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { auditChainHeads, auditEntries } from '../../db/schema/audit';
import { units } from '../../db/schema/org';
import { genesisHash } from './audit-chain';

export type AuditRow = typeof auditEntries.$inferSelect;
export type NewAuditRow = typeof auditEntries.$inferInsert;

/**
 * Locks one of the province's chain heads for the rest of the transaction and returns its hash.
 * One statement when the head exists (every time but the chain's first entry).
 */
export async function lockChainHead(
  db: Queryable,
  provinceCode: string,
  chain: number,
): Promise<string> {
  const select = () =>
    db
      .select({ lastHash: auditChainHeads.lastHash })
      .from(auditChainHeads)
      .where(and(eq(auditChainHeads.provinceCode, provinceCode), eq(auditChainHeads.chain, chain)))
      .for('update');
  let [head] = await select();
  if (!head) {
    await db
      .insert(auditChainHeads)
      .values({ provinceCode, chain, lastId: 0, lastHash: genesisHash })
      .onConflictDoNothing();
    [head] = await select();
  }
  return head?.lastHash ?? genesisHash;
}

const jsonParam = (value: unknown) =>
  value === null || value === undefined ? sql`null` : sql`${JSON.stringify(value)}::jsonb`;

/** Appends the entry and moves its chain's head to it, in one statement. */
export async function insertAuditEntry(db: Queryable, row: NewAuditRow): Promise<number> {
  const result = (await db.execute(sql`with inserted as (
      insert into audit_entries (province_code, chain, occurred_at, actor_user_id, actor_username,
        action, entity_type, entity_id, unit_id, unit_path, before, after, request_id,
        client_address, prev_hash, hash)
      values (${row.provinceCode}, ${row.chain ?? 0}, ${row.occurredAt.toISOString()}::timestamptz,
        ${row.actorUserId ?? null}, ${row.actorUsername ?? null}, ${row.action}, ${row.entityType},
        ${row.entityId ?? null}, ${row.unitId ?? null}, ${row.unitPath ?? null},
        ${jsonParam(row.before)}, ${jsonParam(row.after)}, ${row.requestId ?? null},
        ${row.clientAddress ?? null}, ${row.prevHash}, ${row.hash})
      returning id
    )
    update audit_chain_heads set last_id = inserted.id, last_hash = ${row.hash}
    from inserted
    where audit_chain_heads.province_code = ${row.provinceCode}
      and audit_chain_heads.chain = ${row.chain ?? 0}
    returning inserted.id as id`)) as unknown as { rows: Array<{ id: number | string }> };
  const [inserted] = result.rows;
  if (!inserted) throw new Error('audit insert returned nothing (chain head missing?)');
  return Number(inserted.id);
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
  chain: number,
  afterId: number,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.provinceCode, provinceCode),
        eq(auditEntries.chain, chain),
        gt(auditEntries.id, afterId),
      ),
    )
    .orderBy(asc(auditEntries.id))
    .limit(limit);
}

export async function findChainHeads(db: Queryable) {
  return db
    .select()
    .from(auditChainHeads)
    .orderBy(asc(auditChainHeads.provinceCode), asc(auditChainHeads.chain));
}
