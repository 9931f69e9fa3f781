import { describe, expect, it, vi } from 'vitest';
import type { ConferenceSnapshot } from '../api/types';
import { ConferenceFeed, type FeedState, type HubLike } from './conferenceFeed';
import type { FeedEvent } from './feedEvent';

const KK = 'kk-1';
type Minute = NonNullable<ConferenceSnapshot['conference']['minutes']>[number];

const minute = (n: number): FeedEvent => ({
  sequence: n,
  at: '2026-12-01T02:00:00Z',
  kind: 'MinuteRecorded',
  payload: { conferenceId: KK, entry: { number: n, at: '2026-12-01T02:00:00Z', recordedBy: 's', text: `Catatan ${n}` } },
});

const snapshotAt = (version: number): ConferenceSnapshot => ({
  pantiId: 'p',
  minuteCount: 1,
  amendmentCount: 0,
  version,
  conference: { id: KK, minutes: Array.from({ length: version }, (_, i) => (minute(i + 1).payload as { entry: Minute }).entry), attendance: [], decisions: [] },
});

/** A hand-driven hub and a server log of every event, as the gateway would answer. */
function world(initial: number) {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  let reconnected: () => void = () => undefined;
  let serverVersion = initial;
  const hub: HubLike = {
    start: vi.fn(async () => undefined),
    stop: vi.fn(async () => undefined),
    invoke: vi.fn(async () => snapshotAt(serverVersion)) as HubLike['invoke'],
    on: (method, handler) => handlers.set(method, handler),
    onreconnecting: () => undefined,
    onreconnected: (h) => (reconnected = h),
    onclose: () => undefined,
  };
  let cache: ConferenceSnapshot | undefined;
  const states: FeedState[] = [];
  const fetchSnapshot = vi.fn(async () => snapshotAt(serverVersion));
  const fetchEventsSince = vi.fn(async (after: number) => Array.from({ length: Math.max(0, serverVersion - after) }, (_, i) => minute(after + i + 1)));
  const feed = new ConferenceFeed({
    conferenceId: KK,
    hub,
    fetchSnapshot,
    fetchEventsSince,
    read: () => cache,
    write: (s) => (cache = s),
    onState: (s) => states.push(s),
    pause: async () => undefined,
  });
  return {
    feed,
    states,
    fetchSnapshot,
    fetchEventsSince,
    /** The server records events up to n; only the ones listed reach this browser. */
    record: (n: number) => (serverVersion = Math.max(serverVersion, n)),
    push: (...events: FeedEvent[]) => events.forEach((e) => handlers.get('event')?.(`conference:${KK}`, e)),
    heartbeat: (version: number, feed = `conference:${KK}`) => handlers.get('heartbeat')?.(feed, version),
    reconnect: () => reconnected(),
    texts: () => cache?.conference.minutes?.map((m) => m.text) ?? [],
    version: () => Number(cache?.version),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const texts = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Catatan ${from + i}`);

describe('LV1 live feed of a KK', () => {
  it('joins, then applies events in order and drops duplicates', async () => {
    const w = world(2);
    await w.feed.start();
    w.record(4);
    w.push(minute(3), minute(4), minute(4), minute(3));
    await settle();
    expect(w.texts()).toEqual(texts(1, 4));
    expect(w.version()).toBe(4);
    expect(w.states.at(-1)).toBe('connected');
  });

  it('fills a gap from the events endpoint, never listing an entry twice or out of order', async () => {
    const w = world(2);
    await w.feed.start();
    w.record(8);
    w.push(minute(3), minute(6), minute(8), minute(4));
    await settle();
    await settle();
    expect(w.texts()).toEqual(texts(1, 8));
    expect(w.fetchEventsSince).toHaveBeenCalled();
  });

  it('puts reordered events back in order without asking the server', async () => {
    const w = world(0);
    await w.feed.start();
    w.record(3);
    w.push(minute(2), minute(1), minute(3));
    await settle();
    expect(w.texts()).toEqual(texts(1, 3));
  });

  it('after a reconnect joins again and continues from the new snapshot', async () => {
    const w = world(2);
    await w.feed.start();
    w.record(12); // ten entries written while this browser was offline
    w.reconnect();
    await settle();
    w.record(13);
    w.push(minute(12), minute(13));
    await settle();
    expect(w.texts()).toEqual(texts(1, 13));
  });

  it('fetches a fresh snapshot for an event it cannot apply itself', async () => {
    const w = world(2);
    await w.feed.start();
    w.record(3);
    w.push({ sequence: 3, at: '2026-12-01T02:00:00Z', kind: 'ConferenceOpened', payload: {} });
    await settle();
    expect(w.fetchSnapshot).toHaveBeenCalledTimes(1);
    expect(w.version()).toBe(3);
  });

  it('catches up when a heartbeat says the KK is ahead, without waiting for an event (issue 9)', async () => {
    const w = world(2);
    await w.feed.start();
    w.record(5); // written while the gateway's subscription was lost: no event arrives
    w.heartbeat(5);
    await settle();
    await settle();
    expect(w.texts()).toEqual(texts(1, 5));
    expect(w.version()).toBe(5);
  });

  it('ignores a heartbeat at its own version or for another KK', async () => {
    const w = world(2);
    await w.feed.start();
    w.heartbeat(2);
    w.record(4);
    w.heartbeat(4, 'conference:another');
    await settle();
    expect(w.fetchEventsSince).not.toHaveBeenCalled();
    expect(w.version()).toBe(2);
  });
});
