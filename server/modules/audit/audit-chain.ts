import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The previous hash of a province's first entry. */
export const genesisHash = '0'.repeat(64);

/** Everything an entry asserts; the hash covers exactly these fields. */
export interface AuditPayload {
  provinceCode: string;
  occurredAt: string;
  actorUserId: number | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: number | null;
  unitPath: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  clientAddress: string | null;
}

/**
 * SHA-256 over the previous hash and the RFC 8785 canonical JSON of the payload: canonical so
 * that the hash survives jsonb, which reorders keys (docs/decisions/005-audit-trail.md).
 */
export function computeAuditHash(prevHash: string, payload: AuditPayload): string {
  const canonical = canonicalize(payload);
  if (canonical === undefined) throw new Error('audit payload cannot be canonicalised');
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Dates become ISO strings and undefined fields disappear, exactly as jsonb will hand them back. */
export function toStoredJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value));
}
