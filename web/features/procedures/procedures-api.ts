import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type {
  ImportProceduresResult,
  Procedure,
  ProcedureDetail,
} from '../../../contracts/procedures';
import type { OnlineLevel, ProcedureLevel } from '../../../core/onestop/procedure-rules';
import { api, apiRequest, buildQueryString } from '../../lib/api-client';

export type ProcedureSort = 'code' | '-code' | 'name' | '-name' | 'field';

export interface ProcedureFilter {
  search?: string;
  unit?: string;
  field?: string;
  level?: ProcedureLevel;
  onlineLevel?: OnlineLevel;
  published?: boolean;
}

const base = '/api/onestop/procedures';
export const proceduresQueryKey = ['procedures'] as const;

export function useProcedureList(
  filter: ProcedureFilter & { sort: ProcedureSort; page: number; pageSize: number },
) {
  return useQuery({
    queryKey: [...proceduresQueryKey, 'list', filter],
    queryFn: ({ signal }) => api.get<Paged<Procedure>>(base, { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProcedureFields() {
  return useQuery({
    queryKey: [...proceduresQueryKey, 'fields'],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ field: string; count: number }> }>(`${base}/fields`, { signal }),
    staleTime: 5 * 60_000,
  });
}

const procedurePath = (code: string) => `${base}/${encodeURIComponent(code)}`;

export function useProcedureDetail(code: string | null) {
  return useQuery({
    queryKey: [...proceduresQueryKey, 'detail', code],
    queryFn: ({ signal }) => api.get<ProcedureDetail>(procedurePath(code ?? ''), { signal }),
    enabled: Boolean(code),
  });
}

/** Every write may change lists, counts per field and the open detail: refetch what is cached. */
function useProcedureMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proceduresQueryKey }),
  });
}

export function useSetProcedurePublished(code: string) {
  return useProcedureMutation((published: boolean) =>
    api.post<ProcedureDetail>(`${procedurePath(code)}/${published ? 'publish' : 'unpublish'}`),
  );
}

export function useImportProcedures() {
  return useProcedureMutation(({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const formData = new FormData();
    formData.append('file', file);
    return apiRequest<ImportProceduresResult>('POST', `${base}/import`, {
      query: { dryRun },
      formData,
    });
  });
}

/** The export of what the list shows (same filters), downloaded by the browser with the session cookie. */
export function procedureExportUrl(filter: ProcedureFilter & { sort: ProcedureSort }): string {
  return `${base}/export.xlsx${buildQueryString({ ...filter })}`;
}
