import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schemas } from '../../api/types';

export type TokenInfo = Schemas['TokenInfo'];
export type IssuedToken = Schemas['IssuedToken'];

export const tokensKey = ['auth', 'tokens'] as const;

/** The account's bearer and calendar tokens: labels and expiry (the secrets are shown once, when issued). */
export function useTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: () => unwrap(api.GET('/api/v1/auth/tokens')) });
}

export function useIssueToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { label: string; expiresInDays: number }) => unwrap(api.POST('/api/v1/auth/tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => unwrap(api.DELETE('/api/v1/auth/tokens/{tokenId}', { params: { path: { tokenId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

/**
 * A new calendar subscription link; the ones before it are revoked first, so a link that was
 * shared too widely stops working the moment a new one is made.
 */
export function useNewCalendarLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ label, previous }: { label: string; previous: string[] }) => {
      for (const tokenId of previous) {
        await unwrap(api.DELETE('/api/v1/auth/tokens/{tokenId}', { params: { path: { tokenId } } }));
      }
      return unwrap(api.POST('/api/v1/auth/calendar-token', { body: { label } }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

/** The feed's address as a calendar application subscribes to it. */
export function calendarUrl(token: string): string {
  return `${window.location.origin}/api/v1/calendar/${encodeURIComponent(token)}.ics`;
}
