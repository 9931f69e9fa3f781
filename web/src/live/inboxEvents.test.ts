import { describe, expect, it } from 'vitest';
import { applyInboxEvent, routeOf, touchedBy, type Inbox, type InboxItem } from './inboxEvents';

const item = (id: string, target: InboxItem['target'] = { conferenceId: 'kk-1' }): InboxItem => ({
  id, kind: 'KkInvitation', route: routeOf(target), target, createdAt: '2026-12-01T02:00:00Z', readAt: null, clearedAt: null,
});

const inbox = (items: InboxItem[], version = 3): Inbox => ({ items, total: items.length, unreadCount: items.length, version });

describe('inbox events (issue 10)', () => {
  it('a raised notification comes first with the place it opens and the new count', () => {
    const raised = { id: 'n2', kind: 'ForceMajeureConsent', target: { clientId: 'c-1', forceMajeureId: 'fm-1' }, createdAt: '2026-12-01T03:00:00Z' };
    const next = applyInboxEvent(inbox([item('n1')]), { sequence: 4, at: '2026-12-01T03:00:00Z', kind: 'NotificationRaised', payload: { notification: raised, unreadCount: 2 } })!;
    expect(next.items.map((i) => i.id)).toEqual(['n2', 'n1']);
    expect(next.items[0]!.route).toBe('/fm/fm-1');
    expect([next.unreadCount, next.total, next.version]).toEqual([2, 2, 4]);
  });

  it('a cleared one leaves the list; a read one is marked; the count is the event\'s', () => {
    const cleared = applyInboxEvent(inbox([item('n1'), item('n2')]), { sequence: 4, at: 'x', kind: 'NotificationCleared', payload: { id: 'n1', unreadCount: 1 } })!;
    expect(cleared.items.map((i) => i.id)).toEqual(['n2']);
    expect([cleared.unreadCount, cleared.total]).toEqual([1, 1]);
    const read = applyInboxEvent(cleared, { sequence: 5, at: '2026-12-01T04:00:00Z', kind: 'NotificationsRead', payload: { ids: ['n2'], unreadCount: 0, at: '2026-12-01T04:00:00Z' } })!;
    expect(read.items[0]!.readAt).toBe('2026-12-01T04:00:00Z');
    expect(read.unreadCount).toBe(0);
  });

  it('an unknown kind cannot be applied (the feed joins again)', () => {
    expect(applyInboxEvent(inbox([]), { sequence: 4, at: 'x', kind: 'Something', payload: {} })).toBeNull();
  });

  it('routes: the KK first, then the force majeure, then the case file', () => {
    expect(routeOf({ conferenceId: 'k', clientId: 'c' })).toBe('/kk/k');
    expect(routeOf({ forceMajeureId: 'f', clientId: 'c' })).toBe('/fm/f');
    expect(routeOf({ clientId: 'c' })).toBe('/klien/c');
  });

  it('tells which targets an event touched, from the list before it', () => {
    const before = inbox([item('n1', { forceMajeureId: 'fm-1' })]);
    expect(touchedBy(before, { sequence: 4, at: 'x', kind: 'NotificationCleared', payload: { id: 'n1', unreadCount: 0 } })).toEqual([{ forceMajeureId: 'fm-1' }]);
  });
});
