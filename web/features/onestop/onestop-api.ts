import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type { Dossier, DossierDetail, ReceiveDossierBody } from '../../../contracts/dossiers';
import type { Procedure } from '../../../contracts/procedures';
import type { DossierState } from '../../../core/onestop/dossier-state';
import { api, buildQueryString } from '../../lib/api-client';

const base = '/api/onestop/dossiers';
export const dossiersQueryKey = ['dossiers'] as const;

export interface DossierFilter {
  search?: string;
  state?: DossierState;
  overdue?: boolean;
  atRisk?: boolean;
}

export function useDossierList(filter: DossierFilter & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...dossiersQueryKey, 'list', filter],
    queryFn: ({ signal }) => api.get<Paged<Dossier>>(base, { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

const dossierPath = (code: string) => `${base}/${encodeURIComponent(code)}`;

export function useDossierDetail(code: string | null) {
  return useQuery({
    queryKey: [...dossiersQueryKey, 'detail', code],
    queryFn: ({ signal }) => api.get<DossierDetail>(dossierPath(code ?? ''), { signal }),
    enabled: Boolean(code),
  });
}

/** Published procedures matching a search, for the desk's picker. */
export function useProcedureOptions(search: string) {
  return useQuery({
    queryKey: ['procedures', 'desk-options', search],
    queryFn: ({ signal }) =>
      api.get<Paged<Procedure>>('/api/onestop/procedures', {
        query: { search: search || undefined, published: true, pageSize: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Every write changes lists and the open detail: refetch what is cached. */
function useDossierMutation<TVariables>(
  mutationFn: (variables: TVariables) => Promise<DossierDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossiersQueryKey }),
  });
}

export function useReceiveDossier() {
  return useDossierMutation((body: ReceiveDossierBody) => api.post<DossierDetail>(base, body));
}

export type DossierAction =
  | 'hand-over'
  | 'supplement-request'
  | 'supplement-received'
  | 'finish'
  | 'return'
  | 'apology';

export function useDossierAction(code: string, action: DossierAction) {
  return useDossierMutation((body: Record<string, unknown>) =>
    api.post<DossierDetail>(`${dossierPath(code)}/${action}`, body),
  );
}

export type DossierForm = '01' | '02' | '04' | '05';

/** The printable PDF of a form (A5), opened in a new tab by the browser's viewer. */
export function dossierFormUrl(code: string, form: DossierForm): string {
  return `${dossierPath(code)}/forms/${form}`;
}

export function registerUrl(query: { unit: string; from: string; to: string }): string {
  return `/api/onestop/register.xlsx${buildQueryString(query)}`;
}
