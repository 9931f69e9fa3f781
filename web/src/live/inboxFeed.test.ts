import { describe, expect, it, vi } from 'vitest';
import type { HubLike } from './conferenceFeed';
import type { FeedEvent } from './feedEvent';
import { InboxFeed } from './inboxFeed';
import type { Inbox } from './inboxEvents';

const FEED = 'inbox:p/s';

const raised = (n: number): FeedEvent => ({
  sequence: n, at: 'x', kind: 'NotificationRaised',
  payload: { notification: { id: `n${n}`, kind: 'KkInvitation', target: { conferenceId: `kk-${n}` }, createdAt: 'x' }, unreadCount: n },
});

/** A hand-driven hub whose JoinInbox answers the server's list at its version. */
function world(serverVersion: number) {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  let reconnected: () => void = () => undefined;
  const join = vi.fn(async () => ({
    items: Array.from({ length: serverVersion }, (_, i) => (raised(serverVersion - i).payload as { notification: Inbox['items'][number] }).notification),
    total: serverVersion, unreadCount: serverVersion, version: serverVersion,
  }));
  const hub: HubLike = {
    start: vi.fn(async () => undefined),
    stop: vi.fn(async () => undefined),
    invoke: join as HubLike['invoke'],
    on: (method, handler) => handlers.set(method, handler),
    onreconnecting: () => undefined,
    onreconnected: (h) => (reconnected = h),
    onclose: () => undefined,
  };
  let cache: Inbox | undefined;
  const seen: FeedEvent[] = [];
  const feed = new InboxFeed({ hub, read: () => cache, write: (i) => (cache = i), onEvent: (e) => seen.push(e), pause: async () => undefined });
  return {
    feed, join, seen,
    cache: () => cache,
    record: (n: number) => (serverVersion = n),
    push: (e: FeedEvent, feedName = FEED) => handlers.get('event')?.(feedName, e),
    heartbeat: (v: number) => handlers.get('heartbeat')?.(FEED, v),
    reconnect: () => reconnected(),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the inbox feed (issue 10)', () => {
  it('joins with the list, then applies events in order', async () => {
    const w = world(2);
    await w.feed.start();
    w.push(raised(3));
    expect(w.cache()!.items.map((i) => i.id)).toEqual(['n3', 'n2', 'n1']);
    expect(w.cache()!.unreadCount).toBe(3);
    expect(w.seen.map((e) => e.sequence)).toEqual([3]);
  });

  it('drops a duplicate and joins again on a gap', async () => {
    const w = world(2);
    await w.feed.start();
    w.push(raised(2));
    expect(w.join).toHaveBeenCalledTimes(1);
    w.record(5);
    w.push(raised(5));
    await settle();
    expect(w.join).toHaveBeenCalledTimes(2);
    expect(w.cache()!.version).toBe(5);
    expect(w.cache()!.items).toHaveLength(5);
  });

  it('joins again after a reconnect and on a heartbeat ahead of it, not on one at its version', async () => {
    const w = world(1);
    await w.feed.start();
    w.heartbeat(1);
    await settle();
    expect(w.join).toHaveBeenCalledTimes(1);
    w.record(2);
    w.heartbeat(2);
    await settle();
    expect(w.cache()!.version).toBe(2);
    w.reconnect();
    await settle();
    expect(w.join).toHaveBeenCalledTimes(3);
  });

  it('ignores other feeds on the same connection', async () => {
    const w = world(1);
    await w.feed.start();
    w.push(raised(2), 'schedule:p');
    expect(w.cache()!.version).toBe(1);
  });
});
