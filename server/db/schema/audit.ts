import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * Append-only and hash-chained (docs/decisions/005-audit-trail.md). A trigger refuses UPDATE,
 * DELETE and TRUNCATE; each row's hash covers the previous row's hash.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    /**
     * Which of the province's chains the entry extends (0 for every entry written before chains
     * were split; docs/decisions/005-audit-trail.md). Not part of the hashed payload: the
     * `prev_hash` link already binds the entry to its chain.
     */
    chain: smallint('chain').notNull().default(0),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: integer('actor_user_id'),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    unitId: integer('unit_id'),
    unitPath: text('unit_path'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_entries_occurred_idx').on(t.provinceCode, t.occurredAt),
    index('audit_entries_entity_idx').on(t.entityType, t.entityId),
    index('audit_entries_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
    index('audit_entries_chain_idx').on(t.provinceCode, t.chain, t.id),
  ],
);

/**
 * The head of each of a province's chains; locking its row serialises appends to that chain, so
 * writes of entities on different chains commit in parallel.
 */
export const auditChainHeads = pgTable(
  'audit_chain_heads',
  {
    provinceCode: text('province_code').notNull(),
    chain: smallint('chain').notNull().default(0),
    lastId: bigint('last_id', { mode: 'number' }).notNull(),
    lastHash: text('last_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.chain] })],
);
