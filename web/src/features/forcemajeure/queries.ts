import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schemas } from '../../api/types';

export type FmRow = Schemas['ListForceMajeureItem'];
export type FmKind = Schemas['ForceMajeureKind'];
export type ForceMajeure = Schemas['ForceMajeureOverride'];

export const fmListKey = ['force-majeure', 'list'] as const;
export const fmKey = (id: string) => ['force-majeure', id] as const;

/**
 * Live through the panti's force-majeure feed, which the shell follows (web/src/live/useInboxFeed.ts)
 * and which invalidates these queries on every change; asked again every minute as well, in case
 * the connection is down for long.
 */
const FALLBACK_REFETCH = 60_000;

/** FM2-FM7: the panti's force majeures. */
export function useFmList() {
  return useQuery({
    queryKey: fmListKey,
    queryFn: () => unwrap(api.GET('/api/v1/force-majeure')),
    refetchInterval: FALLBACK_REFETCH,
  });
}

/** CL6: the content (reason, new text, justifications); a reader CL6 does not allow gets 403 case_record_confidential. */
export function useForceMajeure(id: string) {
  return useQuery({
    queryKey: fmKey(id),
    queryFn: () => unwrap(api.GET('/api/v1/force-majeure/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.error ? false : FALLBACK_REFETCH),
  });
}

/** The staff directory and core team (names of who consented, whom the secretary may attest for). */
export function usePanti() {
  return useQuery({ queryKey: ['panti'], queryFn: () => unwrap(api.GET('/api/v1/panti')), staleTime: 60_000 });
}

export function useClients() {
  return useQuery({ queryKey: ['clients', 'all'], queryFn: async () => (await unwrap(api.GET('/api/v1/clients', { params: { query: { limit: 200 } } }))).items, staleTime: 30_000 });
}

/** A change to a force majeure: the answer is the force majeure; the list and the client's formulation follow it. */
function useFmChange<T>(send: (vars: T) => Promise<ForceMajeure>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (fm) => {
      if (fm.id) queryClient.setQueryData(fmKey(fm.id), fm);
      void queryClient.invalidateQueries({ queryKey: ['force-majeure'] });
      if (fm.clientId) void queryClient.invalidateQueries({ queryKey: ['client', fm.clientId] });
    },
  });
}

export interface Proposal {
  clientId: string;
  itemNumber: number;
  kind: FmKind;
  newText: string | null;
  reason: string;
}

export function usePropose() {
  return useFmChange((body: Proposal) => unwrap(api.POST('/api/v1/force-majeure', { body: { id: null, ...body } })));
}

export function useConsent(id: string) {
  return useFmChange((justification: string) =>
    unwrap(api.POST('/api/v1/force-majeure/{id}/consents', { params: { path: { id } }, body: { justification } })));
}

export function useObject(id: string) {
  return useFmChange((reason: string) =>
    unwrap(api.POST('/api/v1/force-majeure/{id}/objections', { params: { path: { id } }, body: { reason } })));
}

export function useAttest(id: string) {
  return useFmChange((body: { staffId: string; how: string; justification: string }) =>
    unwrap(api.POST('/api/v1/force-majeure/{id}/attested-consents', { params: { path: { id } }, body })));
}

export function useAnswerAttestation(id: string) {
  return useFmChange((confirm: boolean) => unwrap(confirm
    ? api.POST('/api/v1/force-majeure/{id}/attested-consents/mine/confirmation', { params: { path: { id } } })
    : api.POST('/api/v1/force-majeure/{id}/attested-consents/mine/refusal', { params: { path: { id } } })));
}
