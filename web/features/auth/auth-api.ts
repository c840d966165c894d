import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { z } from 'zod';
import type {
  CurrentUser,
  changePasswordBodySchema,
  LoginResponse,
  loginBodySchema,
  meResponseSchema,
} from '../../../contracts/auth';
import { api, setCsrfToken } from '../../lib/api-client';

export const currentUserQueryKey = ['auth', 'me'] as const;

type MeResponse = z.infer<typeof meResponseSchema>;
export type LoginBody = z.infer<typeof loginBodySchema>;
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

async function fetchCurrentUser(): Promise<CurrentUser> {
  // A 401 here means "not signed in yet": RequireAuth sends the visitor to the login page itself.
  const me = await api.get<MeResponse>('/api/auth/me', { skipAuthRedirect: true });
  setCsrfToken(me.csrfToken);
  return me.user;
}

export function useCurrentUser() {
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: fetchCurrentUser,
    staleTime: 5 * 60_000,
  });
}

/**
 * The signed-in user; only for components rendered inside RequireAuth. While signing out the
 * cache is cleared before the shell unmounts, so the last known user bridges that moment.
 */
export function useSignedInUser(): CurrentUser {
  const { data } = useCurrentUser();
  const lastKnown = useRef(data);
  if (data) lastKnown.current = data;
  if (!lastKnown.current) throw new Error('useSignedInUser is used outside RequireAuth');
  return lastKnown.current;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) =>
      api.post<LoginResponse>('/api/auth/login', body, { skipAuthRedirect: true }),
    onSuccess: (result) => {
      setCsrfToken(result.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(currentUserQueryKey, result.user);
    },
  });
}

/**
 * Ends the session on the server, then forgets everything cached for it. The caller leaves the
 * signed-in pages first (`beforeClear`), so no page renders without its user.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (beforeClear: () => Promise<void> | void) => {
      try {
        await api.post<unknown>('/api/auth/logout', undefined, { skipAuthRedirect: true });
      } catch {
        // Signed out locally even when the server could not be reached: the cookie expires.
      }
      setCsrfToken(null);
      await beforeClear();
      queryClient.clear();
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) =>
      api.post<unknown>('/api/auth/password', body, { skipAuthRedirect: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQueryKey }),
  });
}
