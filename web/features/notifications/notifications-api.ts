import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationItem, NotificationList } from '../../../contracts/notifications';
import { api } from '../../lib/api-client';

const key = ['notifications'] as const;

/** My latest notifications and the unread count; polled so reminders show without a reload. */
export function useMyNotifications() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      api.get<NotificationList>('/api/notifications', { query: { pageSize: 20 }, signal }),
    refetchInterval: 60_000,
  });
}

export function useReadNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<NotificationItem>(`/api/notifications/${id}/read`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useReadAllNotifications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ updated: number }>('/api/notifications/read-all', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
