import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type {
  CreatePlanBody,
  CreateSubtaskBody,
  Evidence,
  ImportPlanTasksResult,
  MyTask,
  ReportTemplate,
  ReportTemplateBody,
} from '../../../contracts/plan-work';
import type { PlanDetail, PlanTask, taskStatuses } from '../../../contracts/plans';
import { api, apiRequest, buildQueryString, type Query } from '../../lib/api-client';
import { plansQueryKey } from './plans-api';

const taskUrl = (planId: number, code: string) =>
  `/api/plans/${planId}/tasks/${encodeURIComponent(code)}`;

export interface MyTasksFilter {
  year?: number | undefined;
  status?: (typeof taskStatuses)[number] | undefined;
  page: number;
  pageSize: number;
}

export function useMyTasks(filter: MyTasksFilter) {
  return useQuery({
    queryKey: [...plansQueryKey, 'my-tasks', filter],
    queryFn: ({ signal }) =>
      api.get<Paged<MyTask>>('/api/my-tasks', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEvidence(planId: number, code: string) {
  return useQuery({
    queryKey: [...plansQueryKey, 'evidence', planId, code],
    queryFn: ({ signal }) =>
      api.get<{ items: Evidence[] }>(`${taskUrl(planId, code)}/evidence`, { signal }),
  });
}

export const evidenceUrl = (planId: number, code: string, id: number) =>
  `${taskUrl(planId, code)}/evidence/${id}`;

/** Uploads one evidence file for a progress update (the latest when none is named). */
export function uploadEvidence(
  planId: number,
  code: string,
  file: File,
  progressId?: number,
): Promise<Evidence> {
  const formData = new FormData();
  formData.append('file', file);
  return apiRequest<Evidence>('POST', `${taskUrl(planId, code)}/evidence`, {
    query: { progressId },
    formData,
  });
}

export function useSubtasks(planId: number, code: string, enabled = true) {
  return useQuery({
    queryKey: [...plansQueryKey, 'subtasks', planId, code],
    queryFn: ({ signal }) =>
      api.get<{ items: PlanTask[] }>(`${taskUrl(planId, code)}/subtasks`, { signal }),
    enabled,
  });
}

export function useCreateSubtask(planId: number, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSubtaskBody) =>
      api.post<PlanTask>(`${taskUrl(planId, code)}/subtasks`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
}

export function useImportPlanTasks(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const formData = new FormData();
      formData.append('file', file);
      return apiRequest<ImportPlanTasksResult>('POST', `/api/plans/${planId}/tasks/import`, {
        query: { dryRun },
        formData,
      });
    },
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: plansQueryKey });
    },
  });
}

export const taskExportUrl = (planId: number, filter: Query) =>
  `/api/plans/${planId}/tasks/export.xlsx${buildQueryString(filter)}`;

export const reportUrl = (
  planId: number,
  query: { period: string; unit?: string | undefined; format: 'docx' | 'xlsx' },
) => `/api/plans/${planId}/report${buildQueryString(query)}`;

export function useReportTemplate(planId: number, unit: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...plansQueryKey, 'report-template', planId, unit],
    queryFn: ({ signal }) =>
      api.get<ReportTemplate>(`/api/plans/${planId}/report-template`, {
        query: { unit },
        signal,
      }),
    enabled,
  });
}

export function useSaveReportTemplate(planId: number, unit: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportTemplateBody) =>
      apiRequest<ReportTemplate>('PUT', `/api/plans/${planId}/report-template`, {
        query: { unit },
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanBody) => api.post<PlanDetail>('/api/plans', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
}
