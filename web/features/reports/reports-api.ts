import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type {
  Completeness,
  CreateExceptionBody,
  CreateReportBody,
  ReportDetail,
  ReportException,
  ReportFormDetail,
  ReportFormSummary,
  ReportSlot,
  Rollup,
  SaveReportBody,
  UpdateReportFormBody,
} from '../../../contracts/periodic-reports';
import { api } from '../../lib/api-client';

export const reportsQueryKey = ['periodic-reports'] as const;

export function useReportForms() {
  return useQuery({
    queryKey: [...reportsQueryKey, 'forms'],
    queryFn: ({ signal }) =>
      api.get<Paged<ReportFormSummary>>('/api/report-forms', { query: { pageSize: 100 }, signal }),
  });
}

export function useReportForm(id: number | undefined) {
  return useQuery({
    queryKey: [...reportsQueryKey, 'form', id],
    queryFn: ({ signal }) => api.get<ReportFormDetail>(`/api/report-forms/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export interface InboxFilter {
  box: 'to_fill' | 'to_review';
  formId?: number | undefined;
  period?: string | undefined;
  status?: ReportSlot['status'] | undefined;
  search?: string | undefined;
  page: number;
  pageSize: number;
}

export function useReportInbox(filter: InboxFilter, enabled = true) {
  return useQuery({
    queryKey: [...reportsQueryKey, 'inbox', filter],
    queryFn: ({ signal }) =>
      api.get<Paged<ReportSlot>>('/api/periodic-reports', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReport(id: number) {
  return useQuery({
    queryKey: [...reportsQueryKey, 'report', id],
    queryFn: ({ signal }) => api.get<ReportDetail>(`/api/periodic-reports/${id}`, { signal }),
  });
}

export interface CompletenessFilter {
  formId: number;
  unit?: string | undefined;
  kind?: string | undefined;
  search?: string | undefined;
  page: number;
  pageSize: number;
}

export function useCompleteness(filter: CompletenessFilter | undefined) {
  return useQuery({
    queryKey: [...reportsQueryKey, 'completeness', filter],
    queryFn: ({ signal }) =>
      api.get<Completeness>('/api/periodic-reports/completeness', { query: { ...filter }, signal }),
    enabled: filter !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useRollup(filter: { formId: number; period: string; unit?: string } | undefined) {
  return useQuery({
    queryKey: [...reportsQueryKey, 'rollup', filter],
    queryFn: ({ signal }) =>
      api.get<Rollup>('/api/periodic-reports/rollup', { query: { ...filter }, signal }),
    enabled: filter !== undefined,
    placeholderData: keepPreviousData,
  });
}

function useReportMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsQueryKey }),
  });
}

export function useCreateReport() {
  return useReportMutation((body: CreateReportBody) =>
    api.post<ReportDetail>('/api/periodic-reports', body),
  );
}

export function useSaveReport(id: number) {
  return useReportMutation((body: SaveReportBody) =>
    api.patch<ReportDetail>(`/api/periodic-reports/${id}`, body),
  );
}

export function useSubmitReport(id: number) {
  return useReportMutation(() => api.post<ReportDetail>(`/api/periodic-reports/${id}/submit`));
}

export function useReviewReport(id: number) {
  return useReportMutation(
    ({ decision, comment }: { decision: 'return' | 'approve'; comment?: string }) =>
      api.post<ReportDetail>(`/api/periodic-reports/${id}/${decision}`, comment ? { comment } : {}),
  );
}

export function useGrantException() {
  return useReportMutation((body: CreateExceptionBody) =>
    api.post<ReportException>('/api/periodic-reports/exceptions', body),
  );
}

export function useUpdateReportForm(id: number) {
  return useReportMutation((body: UpdateReportFormBody) =>
    api.patch<ReportFormDetail>(`/api/report-forms/${id}`, body),
  );
}

export function useUpdateFormPeriod(id: number) {
  return useReportMutation(({ period, dueOn }: { period: string; dueOn: string }) =>
    api.put<ReportFormDetail>(`/api/report-forms/${id}/periods/${period}`, { dueOn }),
  );
}
