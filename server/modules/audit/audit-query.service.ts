import type { z } from 'zod';
import type { AuditEntry, listAuditQuerySchema } from '../../../contracts/audit';
import type { Paged } from '../../../contracts/common';
import { addDaysToDate } from '../../../core/time/calendar-date';
import type { ServiceContext } from '../../http/request-context';
import { requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import { findAuditEntries } from './audit.repo';

/** Start of a Việt Nam calendar day (UTC+7) as an instant. */
function startOfVietnamDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

export async function listAuditEntries(
  ctx: ServiceContext,
  query: z.output<typeof listAuditQuerySchema>,
): Promise<Paged<AuditEntry>> {
  const scopes = requirePermissionScopes(ctx.actor, 'audit.read');
  const unit = query.unit ? await resolveUnit(ctx.db, ctx.provinceCode, query.unit) : null;
  // Entries without a unit (sign-ins under unknown names) belong to the province-wide administrators.
  const rootScope = scopes.some((s) => s.split('/').filter(Boolean).length === 1);
  const { rows, total } = await findAuditEntries(
    ctx.db,
    {
      scopes,
      includeUnscoped: rootScope && !unit,
      action: query.action,
      entityType: query.entityType,
      entityId: query.entityId,
      actor: query.actor,
      unitPath: unit?.path,
      fromInstant: query.from ? startOfVietnamDay(query.from) : undefined,
      toInstant: query.to ? startOfVietnamDay(addDaysToDate(query.to, 1)) : undefined,
    },
    {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
      newestFirst: query.sort === '-occurredAt',
    },
  );
  return {
    items: rows.map(({ entry: row, unitCode }) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actorUsername: row.actorUsername,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      unitCode,
      before: row.before ?? null,
      after: row.after ?? null,
      requestId: row.requestId,
      clientAddress: row.clientAddress,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
