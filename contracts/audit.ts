import { z } from 'zod';
import { calendarDateSchema, pagedSchema, pageQuerySchema } from './common';
import { unitCodeSchema } from './units';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime({ offset: true }),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  unitCode: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  clientAddress: z.string().nullable(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = pageQuerySchema.extend({
  action: z.string().trim().max(80).optional(),
  entityType: z.string().trim().max(80).optional(),
  entityId: z.string().trim().max(80).optional(),
  actor: z.string().trim().max(64).optional(),
  unit: unitCodeSchema.optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  sort: z.enum(['-occurredAt', 'occurredAt']).default('-occurredAt'),
});

export const auditListSchema = pagedSchema(auditEntrySchema);
