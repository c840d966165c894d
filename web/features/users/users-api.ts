import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Paged } from '../../../contracts/common';
import type {
  createUserBodySchema,
  roleAssignmentSchema,
  User,
  updateUserBodySchema,
} from '../../../contracts/users';
import type { Role } from '../../../core/auth/roles';
import { api } from '../../lib/api-client';

export type CreateUserBody = z.infer<typeof createUserBodySchema>;
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;
export type UserSort = 'username' | 'fullName' | '-lastLoginAt';

export interface UserListFilter {
  search?: string;
  unit?: string;
  role?: Role;
  active?: boolean;
  page: number;
  pageSize: number;
  sort?: UserSort;
}

const usersQueryKey = ['users'] as const;

export function useUserList(filter: UserListFilter) {
  return useQuery({
    queryKey: [...usersQueryKey, 'list', filter],
    queryFn: ({ signal }) => api.get<Paged<User>>('/api/users', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<TVariables>(mutationFn: (variables: TVariables) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

const userPath = (id: number) => `/api/users/${id}`;

export function useCreateUser() {
  return useUserMutation((body: CreateUserBody) => api.post<User>('/api/users', body));
}

export function useUpdateUser(id: number) {
  return useUserMutation((body: UpdateUserBody) => api.patch<User>(userPath(id), body));
}

export function useSetUserRoles(id: number) {
  return useUserMutation((roles: RoleAssignment[]) =>
    api.put<User>(`${userPath(id)}/roles`, { roles }),
  );
}

export function useResetPassword(id: number) {
  return useUserMutation((newPassword: string) =>
    api.post<unknown>(`${userPath(id)}/password`, { newPassword }),
  );
}
