import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, forgetAntiforgeryToken, unwrap } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { Me } from '../api/types';
import type { Language } from '../i18n';
import { saveAccountLanguage } from './language';

export const meKey = ['me'] as const;

/** Who is signed in, or null when nobody is (the gateway answers 401). */
async function fetchMe(): Promise<Me | null> {
  const { data, error, response } = await api.GET('/api/v1/auth/me');
  if (response.status === 401) return null;
  if (!response.ok) throw new ApiProblem(response.status, error);
  return data ?? null;
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** The signed-in person; only for components under RequireAuth. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside RequireAuth');
  return data;
}

/**
 * Masuk. The language chosen on the sign-in page becomes the account's: who-am-i is cached with it
 * from its first answer, so the account's older language never shows for a moment, and it is
 * saved in the background (a person on a slow connection moves on meanwhile).
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ language: _language, ...credentials }: { pantiCode: string; userName: string; password: string; language: Language }) =>
      unwrap(api.POST('/api/v1/auth/sign-in', { body: credentials })),
    onSuccess: async (_answer, { language }) => {
      forgetAntiforgeryToken();
      queryClient.removeQueries();
      const saved = saveAccountLanguage(language).catch(() => undefined);
      await queryClient.fetchQuery({
        queryKey: meKey,
        queryFn: async () => {
          const me = await fetchMe();
          return me ? { ...me, language } : me;
        },
      });
      // Kept after: a who-am-i read again before the save lands would name the old language.
      void saved.then(() => queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, language } : me)));
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/sign-out')),
    onSettled: () => {
      forgetAntiforgeryToken();
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}

export function hasRole(me: Me, ...roles: Me['roles']): boolean {
  return me.roles.some((r) => roles.includes(r));
}
