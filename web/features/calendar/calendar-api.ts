import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarSettings,
  CalendarSettingsBody,
  CalendarYearDetail,
  CalendarYearSummary,
  DueDateResponse,
  NonWorkingDaysResponse,
  ReplaceCalendarYearBody,
} from '../../../contracts/calendar';
import { api } from '../../lib/api-client';

export const calendarQueryKey = ['calendar'] as const;

/** Public: the year's weekdays off and weekend days worked. */
export function useNonWorkingDays(year: number) {
  return useQuery({
    queryKey: [...calendarQueryKey, 'non-working-days', year],
    queryFn: ({ signal }) =>
      api.get<NonWorkingDaysResponse>('/api/calendar/non-working-days', {
        query: { year },
        signal,
      }),
  });
}

export interface DueDateRequest {
  /** ISO 8601 with the offset, `2021-02-05T15:01:00+07:00`. */
  receivedAt: string;
  workingDays: number;
}

/** A look-up, not a change; a mutation because it runs when the form is submitted. */
export function useComputeDueDate() {
  return useMutation({
    mutationFn: (request: DueDateRequest) =>
      api.get<DueDateResponse>('/api/calendar/due-date', { query: { ...request } }),
  });
}

/** Province administrators only; a district's administrator gets 403 out_of_scope. */
export function useCalendarYears(enabled: boolean) {
  return useQuery({
    queryKey: [...calendarQueryKey, 'years'],
    queryFn: ({ signal }) =>
      api.get<{ items: CalendarYearSummary[]; total: number }>('/api/calendar/years', { signal }),
    enabled,
    retry: false,
  });
}

export function useCalendarYear(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...calendarQueryKey, 'years', year],
    queryFn: ({ signal }) => api.get<CalendarYearDetail>(`/api/calendar/years/${year}`, { signal }),
    enabled,
  });
}

export function useCalendarSettings(enabled: boolean) {
  return useQuery({
    queryKey: [...calendarQueryKey, 'settings'],
    queryFn: ({ signal }) => api.get<CalendarSettings>('/api/calendar/settings', { signal }),
    enabled,
    retry: false,
  });
}

/** Any change moves days or due dates: refetch everything of the calendar. */
function useCalendarMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarQueryKey }),
  });
}

export function useReplaceCalendarYear(year: number) {
  return useCalendarMutation((body: ReplaceCalendarYearBody) =>
    api.put<CalendarYearDetail>(`/api/calendar/years/${year}`, body),
  );
}

export function useDeleteCalendarYear(year: number) {
  return useCalendarMutation(() => api.delete<void>(`/api/calendar/years/${year}`));
}

export function useUpdateCalendarSettings() {
  return useCalendarMutation((body: CalendarSettingsBody) =>
    api.put<CalendarSettings>('/api/calendar/settings', body),
  );
}
