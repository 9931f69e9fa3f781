import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export type When = 'Upcoming' | 'Past';
export const KK_PAGE_SIZE = 25;
export const kkListKey = (when: When, offset: number) => ['conferences', 'list', when, offset] as const;
export const occurrencesKey = ['conferences', 'occurrences'] as const;

/** One page of upcoming or past KKs, with the total. */
export function useKkList(when: When, offset: number) {
  return useQuery({
    queryKey: kkListKey(when, offset),
    queryFn: () => unwrap(api.GET('/api/v1/conferences', { params: { query: { when, offset, limit: KK_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
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
