import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type { DossierOfficer, DueSummary } from '../../../contracts/dossier-desk';
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
  due?: 'at_risk' | 'overdue';
  /** `me` or a user id. */
  assignee?: string;
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
  | 'apology'
  | 'accept'
  | 'refuse';

export function useDossierAction(code: string, action: DossierAction) {
  return useDossierMutation((body: Record<string, unknown>) =>
    api.post<DossierDetail>(`${dossierPath(code)}/${action}`, body),
  );
}

export type DossierForm = '01' | '02' | '03' | '04' | '05';

/** The printable PDF of a form (A5), opened in a new tab by the browser's viewer. */
export function dossierFormUrl(code: string, form: DossierForm): string {
  return `${dossierPath(code)}/forms/${form}`;
}

export function registerUrl(query: { unit: string; from: string; to: string }): string {
  return `/api/onestop/register.xlsx${buildQueryString(query)}`;
}

/** Officers a hand-over to `unitCode` may name (processing officers first). */
export function useDossierOfficers(unitCode: string | undefined) {
  return useQuery({
    queryKey: ['onestop-officers', unitCode],
    queryFn: ({ signal }) =>
      api.get<{ items: DossierOfficer[] }>('/api/onestop/officers', {
        query: { unit: unitCode },
        signal,
      }),
    enabled: Boolean(unitCode),
  });
}

/** At-risk and overdue counts per unit and officer, my own, and submissions waiting. */
export function useDueSummary() {
  return useQuery({
    queryKey: [...dossiersQueryKey, 'due-summary'],
    queryFn: ({ signal }) => api.get<DueSummary>('/api/onestop/due-summary', { signal }),
  });
}
