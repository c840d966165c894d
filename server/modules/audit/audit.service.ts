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
 * Chains per province. Entries of one entity always extend the same chain (a hash of its type
 * and id), so its history stays in one verifiable order, while writes on different entities
 * mostly take different chain heads and commit in parallel instead of queueing on one row lock
 * held through each commit (docs/decisions/005-audit-trail.md).
 */
export const auditChainCount = 16;

/** FNV-1a of `entityType:entityId`, modulo the number of chains. */
export function auditChainOf(entityType: string, entityId: string | null): number {
  let hash = 0x811c9dc5;
  const key = `${entityType}:${entityId ?? ''}`;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % auditChainCount;
}

/**
 * Appends one entry to its chain. Call it inside the transaction that makes the change, as its
 * last statement: the chain head stays locked from here to the commit, so the later it is taken
 * the shorter appends queue behind each other.
 */
export async function recordAudit(tx: Queryable, context: AuditContext, event: AuditEvent) {
  const entityId = event.entityId == null ? null : String(event.entityId);
  const chain = auditChainOf(event.entityType, entityId);
  const prevHash = await lockChainHead(tx, context.provinceCode, chain);
  const payload: AuditPayload = {
    provinceCode: context.provinceCode,
    occurredAt: new Date().toISOString(),
    actorUserId: context.actor?.userId ?? null,
    actorUsername: context.actor?.username ?? context.attemptedUsername?.slice(0, 64) ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId,
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
    chain,
    occurredAt: new Date(payload.occurredAt),
    prevHash,
    hash,
  });
}

export interface ChainBreak {
  provinceCode: string;
  chain: number;
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
      const batch = await findAuditBatch(db, head.provinceCode, head.chain, lastId, batchSize);
      if (batch.length === 0) break;
      for (const row of batch) {
        checked += 1;
        if (row.prevHash !== prevHash) {
          breaks.push({
            provinceCode: head.provinceCode,
            chain: head.chain,
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
            chain: head.chain,
            entryId: row.id,
            reason: 'hash_mismatch',
          });
        }
        prevHash = row.hash;
        lastId = row.id;
      }
    }
    if (head.lastHash !== prevHash || head.lastId !== lastId) {
      breaks.push({
        provinceCode: head.provinceCode,
        chain: head.chain,
        entryId: lastId,
        reason: 'head_mismatch',
      });
    }
  }
  return { checked, breaks };
}
