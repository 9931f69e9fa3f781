import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export type When = 'Upcoming' | 'Past';
export const kkListKey = (when: When) => ['conferences', 'list', when] as const;
export const occurrencesKey = ['conferences', 'occurrences'] as const;

export function useKkList(when: When) {
  return useQuery({ queryKey: kkListKey(when), queryFn: () => unwrap(api.GET('/api/v1/conferences', { params: { query: { when } } })) });
}

export function useOccurrences(enabled: boolean) {
  return useQuery({ queryKey: occurrencesKey, queryFn: () => unwrap(api.GET('/api/v1/conferences/occurrences')), enabled });
}

/** After planning, the lists, the free occurrences and Beranda's tasks change. */
function useInvalidateKks() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: ['conferences'] }),
    queryClient.invalidateQueries({ queryKey: ['my-tasks'] }),
  ]);
}

export function usePlanRegular() {
  const invalidate = useInvalidateKks();
  return useMutation({
    mutationFn: (start: string) => unwrap(api.POST('/api/v1/conferences/regular', { body: { start } })),
    onSuccess: invalidate,
  });
}

export function useRequestUrgent() {
  const invalidate = useInvalidateKks();
  return useMutation({
    mutationFn: (body: { start: string; reason: string }) => unwrap(api.POST('/api/v1/conferences/urgent', { body: { id: null, ...body } })),
    onSuccess: invalidate,
  });
}
