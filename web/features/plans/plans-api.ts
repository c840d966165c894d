import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type {
  CreateUnitPlanBody,
  IssuePlanBody,
  PlanDetail,
  PlanSummary,
  PlanTargetsResponse,
  PlanTask,
  PlanTaskDetail,
  ReturnPlanBody,
  TaskProgressBody,
  taskStatuses,
  UnitPlansStatus,
  UpdatePlanBody,
  unitPlanKinds,
  unitPlanStates,
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

export interface UnitPlansStatusFilter {
  unit?: string | undefined;
  kind?: (typeof unitPlanKinds)[number] | undefined;
  state?: (typeof unitPlanStates)[number] | undefined;
  page: number;
  pageSize: number;
}

export function useUnitPlansStatus(id: number, filter: UnitPlansStatusFilter, enabled = true) {
  return useQuery({
    queryKey: [...plansQueryKey, 'unit-plans-status', id, filter],
    queryFn: ({ signal }) =>
      api.get<UnitPlansStatus>(`/api/plans/${id}/unit-plans-status`, {
        query: { ...filter },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The plans a unit issues itself (its own plan under the province plan of `year`). */
export function useUnitOwnPlans(unitCode: string | undefined, year: number) {
  return useQuery({
    queryKey: [...plansQueryKey, 'list', { unit: unitCode, year }],
    queryFn: ({ signal }) =>
      api.get<Paged<PlanSummary>>('/api/plans', { query: { unit: unitCode, year }, signal }),
    enabled: unitCode !== undefined,
  });
}

export function usePlanTask(id: number, code: string | undefined) {
  return useQuery({
    queryKey: [...plansQueryKey, 'task', id, code],
    queryFn: ({ signal }) =>
      api.get<PlanTaskDetail>(`/api/plans/${id}/tasks/${encodeURIComponent(code ?? '')}`, {
        signal,
      }),
    enabled: code !== undefined,
  });
}

function usePlanMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
}

export function useCreateUnitPlan(provincePlanId: number) {
  return usePlanMutation((body: CreateUnitPlanBody) =>
    api.post<PlanDetail>(`/api/plans/${provincePlanId}/unit-plans`, body),
  );
}

export function useSubmitPlan() {
  return usePlanMutation((id: number) => api.post<PlanDetail>(`/api/plans/${id}/submit`));
}

export function useIssuePlan() {
  return usePlanMutation(({ id, ...body }: IssuePlanBody & { id: number }) =>
    api.post<PlanDetail>(`/api/plans/${id}/issue`, body),
  );
}

export function useReturnPlan() {
  return usePlanMutation(({ id, ...body }: ReturnPlanBody & { id: number }) =>
    api.post<PlanDetail>(`/api/plans/${id}/return`, body),
  );
}

export function useUpdatePlanSettings(id: number) {
  return usePlanMutation((body: UpdatePlanBody) => api.patch<PlanDetail>(`/api/plans/${id}`, body));
}

export function useRecordTaskProgress(id: number, code: string) {
  return usePlanMutation((body: TaskProgressBody) =>
    api.post<PlanTaskDetail>(`/api/plans/${id}/tasks/${encodeURIComponent(code)}/progress`, body),
  );
}
