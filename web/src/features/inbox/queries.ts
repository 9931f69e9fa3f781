import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Inbox, InboxItem } from '../../live/inboxEvents';

/** The TanStack Query key of the person's open notifications; the live inbox feed is its other writer. */
export const inboxKey = ['inbox'] as const;

/** The most a join answers; the bell and Beranda show the open ones, newest first. */
const LIMIT = 100;

export function fetchInbox(): Promise<Inbox> {
  return unwrap(api.GET('/api/v1/me/notifications', { params: { query: { limit: LIMIT } } }));
}

/**
 * Issue 10: the open notifications with the unread count. Live through the shell's inbox feed;
 * asked again every few minutes as well, in case the connection is down for long.
 */
export function useInbox() {
  return useQuery({ queryKey: inboxKey, queryFn: fetchInbox, staleTime: 30_000, refetchInterval: 180_000 });
}

/** Where a notification is done: a post-KK summary on the session page, the rest where the gateway says. */
export function placeOf(item: InboxItem): string {
  if ((item.kind === 'PostKkSummaryDue' || item.kind === 'PostKkSummaryLate') && item.target.conferenceId) {
    return `/kk/${item.target.conferenceId}/sidang`;
  }
  return item.route;
}

function markedRead(inbox: Inbox, ids: Set<string> | null): Inbox {
  const at = new Date().toISOString();
  const items = inbox.items.map((i) => (!i.readAt && (!ids || ids.has(i.id)) ? { ...i, readAt: at } : i));
  const newlyRead = items.filter((i, n) => i.readAt && !inbox.items[n]!.readAt).length;
  return { ...inbox, items, unreadCount: Math.max(0, Number(inbox.unreadCount) - newlyRead) };
}

/** Opening a notification marks it read at once on screen; the inbox feed confirms it. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) => unwrap(id
      ? api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })
      : api.POST('/api/v1/me/notifications/read')),
    onMutate: (id) => {
      queryClient.setQueryData<Inbox>(inboxKey, (inbox) => (inbox ? markedRead(inbox, id ? new Set([id]) : null) : inbox));
    },
    onError: () => queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}
