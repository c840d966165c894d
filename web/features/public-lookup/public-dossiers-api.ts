import { useMutation } from '@tanstack/react-query';
import type { PublicDossier, PublicRatingBody } from '../../../contracts/public-dossiers';
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
