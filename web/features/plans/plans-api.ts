import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type {
  PlanDetail,
  PlanSummary,
  PlanTargetsResponse,
  PlanTask,
  taskStatuses,
} from '../../../contracts/plans';
import { api } from '../../lib/api-client';

export const plansQueryKey = ['plans'] as const;

export function usePlanList() {
  return useQuery({
    queryKey: [...plansQueryKey, 'list'],
    queryFn: ({ signal }) =>
      api.get<Paged<PlanSummary>>('/api/plans', { query: { pageSize: 100 }, signal }),
  });
}

export function usePlanDetail(id: number | undefined) {
  return useQuery({
    queryKey: [...plansQueryKey, 'detail', id],
    queryFn: ({ signal }) => api.get<PlanDetail>(`/api/plans/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export function usePlanTargets(
  id: number | undefined,
  filter: { period?: string | undefined; unit?: string | undefined },
) {
  return useQuery({
    queryKey: [...plansQueryKey, 'targets', id, filter],
    queryFn: ({ signal }) =>
      api.get<PlanTargetsResponse>(`/api/plans/${id}/targets`, { query: { ...filter }, signal }),
    enabled: id !== undefined,
    placeholderData: keepPreviousData,
  });
}

export interface PlanTaskFilter {
  area?: string | undefined;
  unit?: string | undefined;
  status?: (typeof taskStatuses)[number] | undefined;
  search?: string | undefined;
  page: number;
  pageSize: number;
}

export function usePlanTasks(id: number | undefined, filter: PlanTaskFilter) {
  return useQuery({
    queryKey: [...plansQueryKey, 'tasks', id, filter],
    queryFn: ({ signal }) =>
      api.get<Paged<PlanTask>>(`/api/plans/${id}/tasks`, { query: { ...filter }, signal }),
    enabled: id !== undefined,
    placeholderData: keepPreviousData,
  });
}
