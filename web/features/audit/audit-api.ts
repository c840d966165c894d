import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../contracts/audit';
import type { Paged } from '../../../contracts/common';
import { api } from '../../lib/api-client';

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  unit?: string;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  sort?: '-occurredAt' | 'occurredAt';
  page: number;
  pageSize: number;
}

export function useAuditList(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', 'list', filter],
    queryFn: ({ signal }) =>
      api.get<Paged<AuditEntry>>('/api/audit', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}
