import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithResponse } from '../../api/client';
import { etagOf } from '../../api/etag';
import { ApiProblem } from '../../api/problem';
import type { PantiSettings, Schemas } from '../../api/types';

export const AUDIT_PAGE_SIZE = 25;
export type AuditLine = Schemas['AuditLine'];
export type Staff = Schemas['StaffMember'];

/** The audit log's filters and page, as the URL holds them. */
export interface AuditFilter {
  staffId?: string;
  clientId?: string;
  kind?: string;
  from?: string;
  to?: string;
  offset: number;
}

/** KK6: urgent KKs still waiting for the pimpinan, soonest first. */
export function useUrgentToApprove() {
  return useQuery({
    queryKey: ['conferences', 'desk', 'urgent'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/conferences', { params: { query: { kind: 'Urgent', status: 'Planned', limit: 200 } } })))
      .items.filter((k) => k.awaitingApproval),
  });
}

/** KK6: approve with the KK's current version, read just before, so the approval never lands on a stale one. */
export function useApproveUrgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, waivePreCirculation }: { id: string; waivePreCirculation: boolean }) => {
      const { response } = await unwrapWithResponse(api.GET('/api/v1/conferences/{id}', { params: { path: { id } } }));
      return unwrap(api.POST('/api/v1/conferences/{id}/approval', {
        params: { path: { id }, header: { 'If-Match': etagOf(response) ?? '*' } }, body: { waivePreCirculation },
      }));
    },
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: ['conferences'] }),
      queryClient.invalidateQueries({ queryKey: ['my-tasks'] }),
    ]),
  });
}

export function useForceMajeureList() {
  return useQuery({ queryKey: ['force-majeure', 'list'], queryFn: () => unwrap(api.GET('/api/v1/force-majeure')) });
}

export function useReviewSchedule() {
  return useQuery({ queryKey: ['review-schedule', 'desk'], queryFn: () => unwrap(api.GET('/api/v1/review-schedule')) });
}

export const pantiKey = ['panti'] as const;

export function usePanti() {
  return useQuery({ queryKey: pantiKey, queryFn: () => unwrap(api.GET('/api/v1/panti')) });
}

export const accountKey = (staffId: string) => ['panti', 'account', staffId] as const;

/** A staff member's sign-in account, or null when they have none yet. */
export function useAccount(staffId: string) {
  return useQuery({
    queryKey: accountKey(staffId),
    queryFn: async () => {
      const { data, error, response } = await api.GET('/api/v1/panti/staff/{staffId}/account', { params: { path: { staffId } } });
      if (response.status === 404) return null;
      if (!response.ok) throw new ApiProblem(response.status, error);
      return data ?? null;
    },
  });
}

type AccountAction = 'create' | 'reset' | 'deactivate' | 'reactivate';

/** Accounts: create and reset answer a one-time password, shown once; deactivation ends the person's sessions. */
export function useAccountAction(staffId: string) {
  const queryClient = useQueryClient();
  const path = { params: { path: { staffId } } };
  return useMutation({
    mutationFn: async ({ action, userName }: { action: AccountAction; userName?: string }) => {
      switch (action) {
        case 'create': return unwrap(api.POST('/api/v1/panti/staff/{staffId}/account', { ...path, body: { userName: userName ?? '' } }));
        case 'reset': return unwrap(api.POST('/api/v1/panti/staff/{staffId}/account/password-reset', path));
        case 'deactivate': await unwrap(api.POST('/api/v1/panti/staff/{staffId}/account/deactivation', path)); return null;
        default: await unwrap(api.POST('/api/v1/panti/staff/{staffId}/account/reactivation', path)); return null;
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKey(staffId) }),
  });
}

// Apart from format's settings query (plain settings), because this one holds the ETag beside them.
export const settingsKey = ['panti', 'settings', 'versioned'] as const;

/** TN2/KK5: the settings with their ETag; a change sends it back in If-Match. */
export function useSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: async () => {
      const { data, response } = await unwrapWithResponse(api.GET('/api/v1/panti/settings'));
      return { value: data, etag: etagOf(response) };
    },
  });
}

export function useChangeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: PantiSettings; etag: string | null }) => {
      const { data, response } = await unwrapWithResponse(api.PUT('/api/v1/panti/settings', {
        params: { header: { 'If-Match': etag ?? '*' } },
        body: { timeZoneId: body.timeZoneId ?? null, policy: body.policy ?? null, schedule: body.schedule ?? null },
      }));
      return { value: data, etag: etagOf(response) };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['me'] }),
        queryClient.invalidateQueries({ queryKey: ['panti', 'settings'], exact: true }),
      ]);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: settingsKey }),
  });
}

/** CL6: one page of the audit log, filtered on the server. */
export function useAuditLog(f: AuditFilter) {
  return useQuery({
    queryKey: ['audit-log', f],
    queryFn: () => unwrap(api.GET('/api/v1/audit-log', {
      params: {
        query: {
          staffId: f.staffId || undefined, clientId: f.clientId || undefined, kind: f.kind || undefined,
          from: f.from || undefined, to: f.to || undefined, offset: f.offset, limit: AUDIT_PAGE_SIZE,
        },
      },
    })),
    placeholderData: keepPreviousData,
  });
}

/** The clients by name, for the audit log's client filter. */
export function useClientNames() {
  return useQuery({
    queryKey: ['clients', 'names'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/clients', { params: { query: { limit: 200 } } }))).items,
  });
}

/** KK10: the chain holds when each link names the one before it and every sealed KK still matches its seal. */
export function useSealChainCheck() {
  return useQuery({
    queryKey: ['panti', 'seal-chain'],
    queryFn: async () => {
      const links = await unwrap(api.GET('/api/v1/panti/seal-chain'));
      const broken = links.filter((l, i) => (l.previousHash ?? null) !== (i === 0 ? null : links[i - 1]?.hash ?? null)).map((l) => l.conferenceId);
      const checks = await Promise.all(links.map((l) =>
        unwrap(api.GET('/api/v1/conferences/{id}/seal', { params: { path: { id: l.conferenceId } } }))
          .then((c) => ({ id: l.conferenceId, valid: c.intact }))));
      const failed = [...broken, ...checks.filter((c) => !c.valid).map((c) => c.id)];
      return { links, failed: [...new Set(failed)], holds: failed.length === 0 };
    },
  });
}

type Role = Staff['roles'][number];
type Discipline = NonNullable<Schemas['Discipline']>;

/** PE1/PE2: register a staff member, change their roles, appoint or dismiss a core member; the directory is read again. */
export function useStaffChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change:
      | { kind: 'register'; name: string; roles: Role[] }
      | { kind: 'roles'; staffId: string; roles: Role[] }
      | { kind: 'appoint'; staffId: string; discipline: Discipline }
      | { kind: 'dismiss'; staffId: string }) => {
      switch (change.kind) {
        case 'register': await unwrap(api.POST('/api/v1/panti/staff', { body: { id: null, name: change.name, roles: change.roles } })); break;
        case 'roles': await unwrap(api.PUT('/api/v1/panti/staff/{staffId}/roles', { params: { path: { staffId: change.staffId } }, body: { roles: change.roles } })); break;
        case 'appoint': await unwrap(api.POST('/api/v1/panti/core-team', { body: { staffId: change.staffId, discipline: change.discipline } })); break;
        default: await unwrap(api.DELETE('/api/v1/panti/core-team/{staffId}', { params: { path: { staffId: change.staffId } } }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pantiKey }),
  });
}
