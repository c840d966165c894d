import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { PublicDossier, PublicRatingBody } from '../../../contracts/public-dossiers';
import type {
  PublicSubmissionBody,
  PublicSubmissionResult,
} from '../../../contracts/public-submissions';
import { api } from '../../lib/api-client';

export interface LookupRequest {
  code: string;
  phone: string;
}

const path = (code: string) => `/api/public/dossiers/${encodeURIComponent(code.trim())}`;

/** A look-up, not a change; a mutation because it runs when the form is submitted. */
export function useLookUpDossier() {
  return useMutation({
    mutationFn: ({ code, phone }: LookupRequest) =>
      api.get<PublicDossier>(path(code), {
        query: { phone: phone.trim() },
        skipAuthRedirect: true,
      }),
  });
}

export function useRateDossier() {
  return useMutation({
    mutationFn: ({ code, ...body }: PublicRatingBody & { code: string }) =>
      api.post<PublicDossier>(`${path(code)}/rating`, body, { skipAuthRedirect: true }),
  });
}

/** Procedures offered online, for the citizen's submission form. */
export function useOnlineProcedures(search: string) {
  return useQuery({
    queryKey: ['public', 'online-procedures', search],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ code: string; name: string }>; total: number }>(
        '/api/public/online-procedures',
        { query: { search: search || undefined, pageSize: 50 }, signal, skipAuthRedirect: true },
      ),
    placeholderData: keepPreviousData,
  });
}

/** Where a procedure may be submitted (its lead agencies). */
export function useOnlineProcedureUnits(code: string | undefined, search: string) {
  return useQuery({
    queryKey: ['public', 'online-procedure-units', code, search],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ code: string; name: string }> }>(
        `/api/public/online-procedures/${encodeURIComponent(code ?? '')}/units`,
        { query: { search: search || undefined }, signal, skipAuthRedirect: true },
      ),
    enabled: Boolean(code),
    placeholderData: keepPreviousData,
  });
}

export function useSubmitDossier() {
  return useMutation({
    mutationFn: (body: PublicSubmissionBody) =>
      api.post<PublicSubmissionResult>('/api/public/dossiers', body, { skipAuthRedirect: true }),
  });
}
