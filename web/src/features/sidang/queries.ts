import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { isStale } from '../../api/etag';
import { ApiProblem } from '../../api/problem';
import type { ConferenceSnapshot } from '../../api/types';
import { conferenceKey, fetchConference } from '../../live/useConferenceFeed';

export type Conference = ConferenceSnapshot['conference'];
export type Minute = NonNullable<Conference['minutes']>[number];

export function useConference(id: string) {
  return useQuery({ queryKey: conferenceKey(id), queryFn: () => fetchConference(id), staleTime: Infinity });
}

/** KK8/KK2/KK4: quorum, chair in turn and late items; asked again whenever the KK's version moves. */
export function useReadiness(id: string, version: number | undefined) {
  return useQuery({
    queryKey: ['conference', id, 'readiness', version],
    queryFn: () => unwrap(api.GET('/api/v1/conferences/{id}/readiness', { params: { path: { id } } })),
    enabled: version !== undefined,
  });
}

export function useAgendaClients(id: string, agendaSize: number) {
  return useQuery({
    queryKey: ['conference', id, 'clients', agendaSize],
    queryFn: () => unwrap(api.GET('/api/v1/conferences/{id}/clients', { params: { path: { id } } })),
  });
}

export function useSeal(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['conference', id, 'seal'],
    queryFn: () => unwrap(api.GET('/api/v1/conferences/{id}/seal', { params: { path: { id } } })),
    enabled,
  });
}

/**
 * KK3: a long KK's snapshot carries only its last entries; older ones are read a page at a time
 * (each page older than the one before), and only when the reader asks.
 */
export function useOlderMinutes(id: string, firstShown: number) {
  return useInfiniteQuery({
    queryKey: ['conference', id, 'older-minutes', firstShown],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/conferences/{id}/minutes', { params: { path: { id }, query: { before: pageParam, limit: 100 } } })),
    initialPageParam: firstShown,
    getNextPageParam: (last: Minute[]) => (Number(last[0]?.number ?? 1) > 1 ? Number(last[0]?.number) : undefined),
    enabled: false,
  });
}

/** The If-Match of a KK command: the version the screen shows (the KK's ETag is its last event number). */
export function ifMatchOf(snapshot: ConferenceSnapshot | undefined): string {
  return `"${snapshot ? Number(snapshot.version) : 0}"`;
}

interface Sent {
  error?: unknown;
  response: Response;
}

/**
 * A command on the KK. Its result reaches the screen through the live feed; a refusal stays on
 * screen (translated by its code), and a stale version reloads the snapshot so a retry works.
 */
export function useKkCommand<T>(id: string, send: (vars: T, ifMatch: string) => Promise<Sent>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: T) => {
      const { error, response } = await send(vars, ifMatchOf(queryClient.getQueryData(conferenceKey(id))));
      if (!response.ok) throw new ApiProblem(response.status, error);
    },
    onError: (error) => {
      if (error instanceof ApiProblem && isStale(error.status, error.code)) {
        void queryClient.invalidateQueries({ queryKey: conferenceKey(id), exact: true });
      }
    },
  });
}
