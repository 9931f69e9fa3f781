import type { Schemas } from '../api/types';
import { payloadOf, type FeedEvent } from './feedEvent';

export type Inbox = Schemas['ListNotificationsResult'];
export type InboxItem = Schemas['ListNotificationsItem'];
type Target = Schemas['NotificationTarget'];

/** The web app's screen for a target, as the gateway's NotificationTarget.Route says it. */
export function routeOf(target: Target): string {
  if (target.conferenceId) return `/kk/${target.conferenceId}`;
  if (target.forceMajeureId) return `/fm/${target.forceMajeureId}`;
  if (target.clientId) return `/klien/${target.clientId}`;
  return '/';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * One inbox event (docs/API.md, inbox feed) applied to the open notifications: raised ones come
 * first (newest first), cleared ones go, read ones are marked; the count is the event's. Null
 * when the event is not one the app knows, so the caller joins again for a fresh list.
 */
export function applyInboxEvent(inbox: Inbox, event: FeedEvent): Inbox | null {
  const p = payloadOf(event);
  const unreadCount = typeof p.unreadCount === 'number' ? p.unreadCount : Number(inbox.unreadCount);
  const version = Number(event.sequence);
  switch (event.kind) {
    case 'NotificationRaised': {
      const n = p.notification;
      if (!isRecord(n) || typeof n.id !== 'string' || !isRecord(n.target)) return null;
      const target = n.target as Target;
      const item = { ...(n as unknown as InboxItem), target, route: routeOf(target), clientName: null };
      const others = inbox.items.filter((i) => i.id !== item.id);
      return { ...inbox, items: [item, ...others], total: Number(inbox.total) + (others.length < inbox.items.length ? 0 : 1), unreadCount, version };
    }
    case 'NotificationCleared': {
      const items = inbox.items.filter((i) => i.id !== p.id);
      return { ...inbox, items, total: Math.max(0, Number(inbox.total) - (inbox.items.length - items.length)), unreadCount, version };
    }
    case 'NotificationsRead': {
      const read = new Set(ids(p.ids));
      const at = typeof p.at === 'string' ? p.at : event.at;
      return { ...inbox, items: inbox.items.map((i) => (read.has(i.id) && !i.readAt ? { ...i, readAt: at } : i)), unreadCount, version };
    }
    default:
      return null;
  }
}

/** The notifications an event is about (a raised one's, or those it clears or reads, as the list had them). */
export function touchedBy(inbox: Inbox | undefined, event: FeedEvent): Target[] {
  const p = payloadOf(event);
  if (event.kind === 'NotificationRaised' && isRecord(p.notification) && isRecord(p.notification.target)) {
    return [p.notification.target as Target];
  }
  const named = new Set([...ids(p.ids), ...(typeof p.id === 'string' ? [p.id] : [])]);
  return (inbox?.items ?? []).filter((i) => named.has(i.id)).map((i) => i.target);
}
