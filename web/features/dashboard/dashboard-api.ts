import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type { PlanUnitsResponse, PublicScoreboard } from '../../../contracts/dashboard';
import type { PlanSummary, PlanTargetsResponse, PlanTask } from '../../../contracts/plans';
import type {
  CreateProvinceIndexBody,
  ProvinceIndex,
  UpdateProvinceIndexBody,
} from '../../../contracts/province-indices';
import type { Unit } from '../../../contracts/units';
import { ApiError, api } from '../../lib/api-client';

export const dashboardQueryKey = ['dashboard'] as const;

/**
 * The one-stop figures the KPI analytics endpoints answer (`GET /api/onestop/kpi/series` and
 * `/units`, issue 5 builds on them). Declared here structurally so the dashboard keeps
 * compiling, and shows "chưa có số liệu", while those endpoints are absent from a deployment.
 */
export interface KpiFigures {
  received: number;
  finished: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
  online: number;
  onlineRate: number | null;
  overdueWithoutApology: number;
  rated: number;
  satisfied: number;
  satisfactionRate: number | null;
  averageProcessingWorkingDays: number | null;
}

export interface KpiSeriesItem extends KpiFigures {
  period: string;
  from: string;
  to: string;
}

export interface KpiUnitRow extends KpiFigures {
  unit: { code: string; name: string; kind: string };
  hasChildren: boolean;
  previous: KpiFigures | null;
}

export interface KpiUnitsPage extends Paged<KpiUnitRow> {
  unit: { code: string; name: string; kind: string };
  totals?: KpiFigures;
}

/** An endpoint another module has not shipped yet answers 404: the page says "no data". */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'not_found';
}

const quietRetry = (count: number, error: unknown) => !isMissingEndpoint(error) && count < 2;

/** The root of the organisation tree: the province (its code is the province's). */
export function useRootUnit() {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'root-unit'],
    queryFn: async ({ signal }) => {
      const page = await api.get<Paged<Unit>>('/api/units', {
        query: { pageSize: 1, sort: 'path' },
        signal,
      });
      return page.items[0] ?? null;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The latest year the root unit has a plan for, not after this year: the dashboard opens on it. */
export function useLatestPlanYear(rootCode: string | undefined) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'latest-plan-year', rootCode],
    queryFn: async ({ signal }) => {
      const plans = await api.get<Paged<PlanSummary>>('/api/plans', {
        query: { unit: rootCode, pageSize: 100 },
        signal,
      });
      const thisYear = new Date().getFullYear();
      const years = plans.items.map((p) => p.year).filter((y) => y <= thisYear);
      return years.length > 0 ? Math.max(...years) : thisYear;
    },
    enabled: rootCode !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** The province plan of a year (513/KH-UBND for 2021): the plan the root unit issues. */
export function useProvincePlan(year: number, rootCode: string | undefined) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'province-plan', year, rootCode],
    queryFn: async ({ signal }) => {
      const plans = await api.get<Paged<PlanSummary>>('/api/plans', {
        query: { year, unit: rootCode, pageSize: 10 },
        signal,
      });
      return plans.items[0] ?? null;
    },
    enabled: rootCode !== undefined,
    staleTime: 5 * 60_000,
  });
}

export function useTargets(planId: number | undefined, period: string, unit: string | undefined) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'targets', planId, period, unit],
    queryFn: ({ signal }) =>
      api.get<PlanTargetsResponse>(`/api/plans/${planId}/targets`, {
        query: { period, unit },
        signal,
      }),
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useKpiSeries(unit: string, from: string, to: string) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'kpi-series', unit, from, to],
    queryFn: ({ signal }) =>
      api.get<{ items: KpiSeriesItem[] }>('/api/onestop/kpi/series', {
        query: { unit, from, to, granularity: 'quarter' },
        signal,
      }),
    retry: quietRetry,
  });
}

export function useKpiUnits(
  unit: string,
  from: string,
  to: string,
  sort: string,
  order: 'asc' | 'desc',
  enabled = true,
) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'kpi-units', unit, from, to, sort, order],
    queryFn: ({ signal }) =>
      api.get<KpiUnitsPage>('/api/onestop/kpi/units', {
        query: { unit, from, to, sort, order, page: 1, pageSize: 500 },
        signal,
      }),
    retry: quietRetry,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePlanUnits(
  planId: number | undefined,
  period: string,
  unit: string,
  reports = false,
) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'plan-units', planId, period, unit, reports],
    queryFn: ({ signal }) =>
      api.get<PlanUnitsResponse>('/api/dashboard/plan-units', {
        query: { plan: planId, period, unit, reports: reports || undefined },
        signal,
      }),
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useOverdueTasks(planId: number | undefined, unit: string | undefined) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'overdue-tasks', planId, unit],
    queryFn: ({ signal }) =>
      api.get<Paged<PlanTask>>(`/api/plans/${planId}/tasks`, {
        query: { unit, status: 'overdue', pageSize: 100 },
        signal,
      }),
    enabled: planId !== undefined && unit !== undefined,
  });
}

export interface DossierRow {
  code: string;
  procedure: { code: string; name: string };
  receivedAt: string;
  dueAt: string;
  stateLabel: string;
  overdue: boolean;
}

/**
 * The dossiers behind a unit's one-stop figure: received in the period (the KPI counts by
 * receipt day), narrowed to those the figure counts against it when asked (late, ended late
 * without an apology). Filters of `GET /api/onestop/dossiers` (docs/decisions/017).
 */
export function useUnitDossiers(
  unit: string | undefined,
  filter: { from?: string; to?: string; only?: 'late' | 'without_apology' | 'overdue' },
) {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'unit-dossiers', unit, filter],
    queryFn: ({ signal }) =>
      api.get<Paged<DossierRow>>('/api/onestop/dossiers', {
        query: {
          unit,
          receivedFrom: filter.from,
          receivedTo: filter.to,
          overdue: filter.only === 'overdue' || undefined,
          timeliness: filter.only === 'late' ? 'late' : undefined,
          overdueWithoutApology: filter.only === 'without_apology' || undefined,
          pageSize: 50,
          sort: filter.only === 'overdue' ? 'dueAt' : '-receivedAt',
        },
        signal,
      }),
    enabled: unit !== undefined,
  });
}

export const useOverdueDossiers = (unit: string | undefined) =>
  useUnitDossiers(unit, { only: 'overdue' });

export function useProvinceIndices() {
  return useQuery({
    queryKey: [...dashboardQueryKey, 'province-indices'],
    queryFn: ({ signal }) =>
      api.get<{ items: ProvinceIndex[]; total: number }>('/api/province-indices', { signal }),
  });
}

function useIndexMutation<T>(mutationFn: (variables: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [...dashboardQueryKey, 'province-indices'] }),
  });
}

export function useCreateProvinceIndex() {
  return useIndexMutation((body: CreateProvinceIndexBody) =>
    api.post<ProvinceIndex>('/api/province-indices', body),
  );
}

export function useUpdateProvinceIndex() {
  return useIndexMutation(({ id, ...body }: UpdateProvinceIndexBody & { id: number }) =>
    api.patch<ProvinceIndex>(`/api/province-indices/${id}`, body),
  );
}

export function useDeleteProvinceIndex() {
  return useIndexMutation((id: number) => api.delete<void>(`/api/province-indices/${id}`));
}

export function usePublicScoreboard(
  query: { year?: number; quarter?: number; unit?: string },
  enabled = true,
) {
  return useQuery({
    enabled,
    queryKey: ['public-scoreboard', query],
    queryFn: ({ signal }) =>
      api.get<PublicScoreboard>('/api/public/scoreboard', {
        query: { ...query },
        signal,
        skipAuthRedirect: true,
      }),
    placeholderData: keepPreviousData,
  });
}
