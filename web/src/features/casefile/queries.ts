import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schemas } from '../../api/types';

export type CaseRecord = Schemas['CaseRecord'];
export type ChronologyEntry = Schemas['ChronologyEntry'];
export type FormulationVersion = Schemas['FormulationVersion'];
export type Registration = Schemas['Registration'];
export type RegistrationCorrection = Schemas['RegistrationCorrection'];
export type ClientStage = Schemas['ClientStage'];
export type TerminationReason = NonNullable<Schemas['TerminationReason']>;

export const caseKey = (id: string) => ['client', id] as const;

/** CL6: the case record; each read is recorded in the audit log, a reader CL6 refuses gets 403. */
export function useCaseRecord(id: string) {
  return useQuery({
    queryKey: [...caseKey(id), 'record'],
    queryFn: () => unwrap(api.GET('/api/v1/clients/{clientId}', { params: { path: { clientId: id } } })),
    retry: false,
  });
}

/** CL3/FM4: effective formulation and every version (same cache key as the force-majeure screens). */
export function useCaseFormulation(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...caseKey(id), 'formulation'],
    queryFn: () => unwrap(api.GET('/api/v1/clients/{clientId}/formulation', { params: { path: { clientId: id } } })),
    enabled,
  });
}

/** The KKs with the client on their agenda, newest first. */
export function useClientConferences(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...caseKey(id), 'conferences'],
    queryFn: () => unwrap(api.GET('/api/v1/clients/{clientId}/conferences', { params: { path: { clientId: id } } })),
    enabled,
  });
}

/** The staff directory (names for who did what; the peksos to choose from). */
export function useStaff() {
  return useQuery({ queryKey: ['panti'], queryFn: () => unwrap(api.GET('/api/v1/panti')), staleTime: 60_000 });
}

/** A change to the case file: afterwards the record (with its chronology) and the lists are read again. */
function useCaseChange<T>(id: string, send: (vars: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}

export function useMoveStage(id: string) {
  return useCaseChange(id, (body: { to: ClientStage; why: string; reason?: TerminationReason | null }) =>
    unwrap(api.POST('/api/v1/clients/{clientId}/stage', { params: { path: { clientId: id } }, body })));
}

export function useAssignPeksos(id: string) {
  return useCaseChange(id, (peksosId: string) =>
    unwrap(api.PUT('/api/v1/clients/{clientId}/peksos', { params: { path: { clientId: id } }, body: { peksosId } })));
}

export function useCorrectRegistration(id: string) {
  return useCaseChange(id, (body: RegistrationCorrection) =>
    unwrap(api.PATCH('/api/v1/clients/{clientId}/registration', { params: { path: { clientId: id } }, body })));
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, registration }: { id: string; registration: Registration }) =>
      unwrap(api.PUT('/api/v1/clients/{clientId}/registration', { params: { path: { clientId: id } }, body: registration })),
    onSuccess: (_, { id }) => {
      void queryClient.invalidateQueries({ queryKey: caseKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}

export function useOpenClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; where: string }) => unwrap(api.POST('/api/v1/clients', { body: { id: null, ...body } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['clients'] }),
  });
}
