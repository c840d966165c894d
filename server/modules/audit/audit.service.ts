import type { Queryable } from '../../db/database';
import type { Actor, RequestMeta } from '../../http/request-context';
import { findAuditBatch, findChainHeads, insertAuditEntry, lockChainHead } from './audit.repo';
import { type AuditPayload, computeAuditHash, genesisHash, toStoredJson } from './audit-chain';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  unit?: { id: number; path: string } | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditContext {
  provinceCode: string;
  actor: Pick<Actor, 'userId' | 'username'> | null;
  /** For sign-in attempts with no actor yet: the name that was typed. */
  attemptedUsername?: string;
  meta: RequestMeta;
}

/**
 * Appends one entry to the chain. Call it inside the transaction that makes the change, so the
 * change and its entry commit or roll back together.
 */
export async function recordAudit(tx: Queryable, context: AuditContext, event: AuditEvent) {
  const prevHash = await lockChainHead(tx, context.provinceCode);
  const payload: AuditPayload = {
    provinceCode: context.provinceCode,
    occurredAt: new Date().toISOString(),
    actorUserId: context.actor?.userId ?? null,
    actorUsername: context.actor?.username ?? context.attemptedUsername?.slice(0, 64) ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId == null ? null : String(event.entityId),
    unitId: event.unit?.id ?? null,
    unitPath: event.unit?.path ?? null,
    before: toStoredJson(event.before),
    after: toStoredJson(event.after),
    requestId: context.meta.requestId,
    clientAddress: context.meta.clientAddress,
  };
  const hash = computeAuditHash(prevHash, payload);
  await insertAuditEntry(tx, {
    ...payload,
    occurredAt: new Date(payload.occurredAt),
    prevHash,
    hash,
  });
}

export interface ChainBreak {
  provinceCode: string;
  entryId: number;
  reason: 'prev_hash_mismatch' | 'hash_mismatch' | 'head_mismatch';
}

export interface ChainVerification {
  checked: number;
  breaks: ChainBreak[];
}

/** Recomputes every hash in order; any edit, deletion or insertion shows as a break. */
export async function verifyAuditChain(
  db: Queryable,
  batchSize = 5000,
): Promise<ChainVerification> {
  const heads = await findChainHeads(db);
  const breaks: ChainBreak[] = [];
  let checked = 0;
  for (const head of heads) {
    let prevHash = genesisHash;
    let lastId = 0;
    for (;;) {
      const batch = await findAuditBatch(db, head.provinceCode, lastId, batchSize);
      if (batch.length === 0) break;
      for (const row of batch) {
        checked += 1;
        if (row.prevHash !== prevHash) {
          breaks.push({
            provinceCode: head.provinceCode,
            entryId: row.id,
            reason: 'prev_hash_mismatch',
          });
        }
        const expected = computeAuditHash(row.prevHash, {
          provinceCode: row.provinceCode,
          occurredAt: row.occurredAt.toISOString(),
          actorUserId: row.actorUserId,
          actorUsername: row.actorUsername,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          unitId: row.unitId,
          unitPath: row.unitPath,
          before: row.before ?? null,
          after: row.after ?? null,
          requestId: row.requestId,
          clientAddress: row.clientAddress,
        });
        if (expected !== row.hash) {
          breaks.push({
            provinceCode: head.provinceCode,
            entryId: row.id,
            reason: 'hash_mismatch',
          });
        }
        prevHash = row.hash;
        lastId = row.id;
      }
    }
    if (head.lastHash !== prevHash || head.lastId !== lastId) {
      breaks.push({ provinceCode: head.provinceCode, entryId: lastId, reason: 'head_mismatch' });
    }
  }
  return { checked, breaks };
}
