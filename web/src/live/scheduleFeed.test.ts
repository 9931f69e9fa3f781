import { describe, expect, it, vi } from 'vitest';
import type { HubLike } from './conferenceFeed';
import type { FeedEvent } from './feedEvent';
import { applyScheduleEvent, ScheduleFeed, type ScheduleView } from './scheduleFeed';

const FEED = 'schedule:p';
const review = (id: string, localDate: string, status: 'Ok' | 'DueSoon' | 'Overdue' = 'Ok') =>
  ({ kind: 'ClientReview' as const, id, localDate, sortKey: `${localDate}T00:00:00+07:00`, status });

const viewAt = (version: number, ...ids: string[]): ScheduleView => ({
  entries: ids.map((id, i) => review(id, `2027-0${i + 1}-01`)),
  reviews: [],
  overdueEscalated: [],
  unplacedClients: [],
  clientNames: Object.fromEntries(ids.map((id) => [id, `Klien ${id}`])),
  registerNumbers: {},
  version,
});

const changed = (sequence: number, ...ids: string[]): FeedEvent => ({
  sequence,
  at: '2026-12-01T02:00:00Z',
  kind: 'ScheduleChanged',
  payload: { entries: viewAt(sequence, ...ids).entries, reviews: [], overdueEscalated: ids.slice(0, 1), unplacedClients: [], at: '2026-12-01T02:00:00Z' },
});

/** A hand-driven hub whose Join answers the server's current view. */
function world(initial: ScheduleView) {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  let reconnected: () => void = () => undefined;
  let server = initial;
  const invoke = vi.fn(async () => server);
  const hub: HubLike = {
    start: vi.fn(async () => undefined),
    stop: vi.fn(async () => undefined),
    invoke: invoke as HubLike['invoke'],
    on: (method, handler) => handlers.set(method, handler),
    onreconnecting: () => undefined,
    onreconnected: (h) => (reconnected = h),
    onclose: () => undefined,
  };
  let cache: ScheduleView | undefined;
  const feed = new ScheduleFeed({ hub, read: () => cache, write: (v) => (cache = v), onState: () => undefined, pause: async () => undefined });
  return {
    feed,
    joins: () => invoke.mock.calls.length,
    serve: (view: ScheduleView) => (server = view),
    push: (...events: FeedEvent[]) => events.forEach((e) => handlers.get('event')?.(FEED, e)),
    heartbeat: (version: number) => handlers.get('heartbeat')?.(FEED, version),
    reconnect: () => reconnected(),
    ids: () => cache?.entries.map((e) => e.id) ?? [],
    version: () => Number(cache?.version),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LV2 live review schedule', () => {
  it('applies an event that follows on: the whole new list, without asking the server', async () => {
    const w = world(viewAt(3, 'a', 'b'));
    await w.feed.start();
    w.push(changed(4, 'b', 'a'));
    expect(w.ids()).toEqual(['b', 'a']);
    expect(w.version()).toBe(4);
    expect(w.joins()).toBe(1);
  });

  it('drops an event it already has', async () => {
    const w = world(viewAt(3, 'a', 'b'));
    await w.feed.start();
    w.push(changed(3, 'b'));
    expect(w.ids()).toEqual(['a', 'b']);
  });

  it('joins again on a gap and continues from the view it answers', async () => {
    const w = world(viewAt(3, 'a'));
    await w.feed.start();
    w.serve(viewAt(6, 'a', 'b'));
    w.push(changed(6, 'a', 'b'));
    await settle();
    expect(w.joins()).toBe(2);
    expect(w.version()).toBe(6);
    expect(w.ids()).toEqual(['a', 'b']);
  });

  it('joins again for a client it cannot name yet (events carry no names)', async () => {
    const w = world(viewAt(3, 'a'));
    await w.feed.start();
    w.serve(viewAt(4, 'a', 'new'));
    w.push(changed(4, 'a', 'new'));
    await settle();
    expect(w.joins()).toBe(2);
    expect(w.ids()).toEqual(['a', 'new']);
  });

  it('joins again after a reconnect, and when a heartbeat says the schedule is ahead', async () => {
    const w = world(viewAt(3, 'a'));
    await w.feed.start();
    w.serve(viewAt(5, 'a'));
    w.reconnect();
    await settle();
    expect(w.version()).toBe(5);
    w.heartbeat(5);
    await settle();
    expect(w.joins()).toBe(2);
    w.serve(viewAt(7, 'a'));
    w.heartbeat(7);
    await settle();
    expect(w.joins()).toBe(3);
    expect(w.version()).toBe(7);
  });

  it('reads nothing from an event of another kind or a payload that is not an object', () => {
    const view = viewAt(3, 'a');
    expect(applyScheduleEvent(view, { ...changed(4, 'a'), kind: 'Other' })).toBeNull();
    expect(applyScheduleEvent(view, { ...changed(4, 'a'), payload: JSON.stringify({ entries: [] }) })).toBeNull();
  });
});
