import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type {
  CreateUnitBody,
  ImportUnitsResult,
  MergeUnitsBody,
  SplitUnitBody,
  Unit,
  UnitDetail,
  UpdateUnitBody,
} from '../../../contracts/units';
import { type UnitKind, unitKinds } from '../../../core/org/unit-kind';
import { api, apiRequest } from '../../lib/api-client';

export interface UnitListFilter {
  search?: string;
  kind?: UnitKind;
  parent?: string;
  includeClosed?: boolean;
  page?: number;
  pageSize?: number;
  sort?: 'path' | 'code' | 'name' | '-name' | 'kind';
}

export interface CloseUnitBody {
  validTo: string;
  note?: string | null;
}

export const unitsQueryKey = ['units'] as const;

export function fetchUnits(filter: UnitListFilter, signal?: AbortSignal): Promise<Paged<Unit>> {
  return api.get<Paged<Unit>>('/api/units', { query: { ...filter }, signal });
}

/**
 * Direct children of a unit, all at once (the tree loads a level when it is opened), grouped by
 * kind in the order of `unitKinds` (departments before districts before communes), by name within.
 */
export async function fetchChildUnits(parent: string, includeClosed: boolean): Promise<Unit[]> {
  const result = await fetchUnits({ parent, includeClosed, pageSize: 500, sort: 'name' });
  const rank = (u: Unit) => unitKinds.indexOf(u.kind);
  return [...result.items].sort((a, b) => rank(a) - rank(b));
}

export function useUnitList(filter: UnitListFilter, enabled = true) {
  return useQuery({
    queryKey: [...unitsQueryKey, 'list', filter],
    queryFn: ({ signal }) => fetchUnits(filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUnitDetail(code: string | null | undefined) {
  return useQuery({
    queryKey: [...unitsQueryKey, 'detail', code],
    queryFn: ({ signal }) =>
      api.get<UnitDetail>(`/api/units/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: Boolean(code),
  });
}

/** Every unit mutation changes names, children or history somewhere: refetch what is cached. */
function useUnitMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }),
  });
}

const unitPath = (code: string) => `/api/units/${encodeURIComponent(code)}`;

export function useCreateUnit() {
  return useUnitMutation((body: CreateUnitBody) => api.post<Unit>('/api/units', body));
}

export function useUpdateUnit(code: string) {
  return useUnitMutation((body: UpdateUnitBody) => api.patch<Unit>(unitPath(code), body));
}

export function useCloseUnit(code: string) {
  return useUnitMutation((body: CloseUnitBody) => api.post<Unit>(`${unitPath(code)}/close`, body));
}

export function useMergeUnits() {
  return useUnitMutation((body: MergeUnitsBody) => api.post<unknown>('/api/units/merge', body));
}

export function useSplitUnit(code: string) {
  return useUnitMutation((body: SplitUnitBody) =>
    api.post<unknown>(`${unitPath(code)}/split`, body),
  );
}

export function useImportUnits() {
  return useUnitMutation(({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const formData = new FormData();
    formData.append('file', file);
    return apiRequest<ImportUnitsResult>('POST', '/api/units/import', {
      query: { dryRun },
      formData,
    });
  });
}

export const unitImportTemplateUrl = '/api/units/import-template';
