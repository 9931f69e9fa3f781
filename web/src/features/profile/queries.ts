import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, forgetAntiforgeryToken, unwrap } from '../../api/client';
import { meKey } from '../../auth/session';

/** F8: the signed-in person's own password; this session stays, every other one ends. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => unwrap(api.PUT('/api/v1/auth/password', { body })),
    onSuccess: () => {
      // The gateway ends the other sessions and renews this one, so the token bound to it is asked for again.
      forgetAntiforgeryToken();
      return queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}
