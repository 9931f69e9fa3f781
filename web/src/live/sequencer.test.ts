import { describe, expect, it } from 'vitest';
import { FeedSequencer } from './sequencer';
import type { FeedEvent } from './feedEvent';

const e = (sequence: number): FeedEvent => ({ sequence, at: '2026-12-01T02:00:00Z', kind: 'MinuteRecorded', payload: {} });
const numbers = (events: FeedEvent[]) => events.map((x) => Number(x.sequence));

describe('LV1 feed sequencer', () => {
  it('applies events that follow the version in order', () => {
    const s = new FeedSequencer(4);
    expect(s.offer(e(5))).toBe(true);
    expect(s.offer(e(6))).toBe(true);
    expect(numbers(s.take())).toEqual([5, 6]);
    expect(s.version).toBe(6);
    expect(s.hasGap()).toBe(false);
  });

  it('drops a duplicate, whether already applied or already held', () => {
    const s = new FeedSequencer(4);
    s.offer(e(5));
    s.take();
    expect(s.offer(e(5))).toBe(false);
    expect(s.offer(e(3))).toBe(false);
    s.offer(e(7));
    expect(s.offer(e(7))).toBe(false);
    expect(s.take()).toEqual([]);
  });

  it('holds an event after a gap and reports the gap until the missing one arrives', () => {
    const s = new FeedSequencer(4);
    s.offer(e(6));
    expect(s.take()).toEqual([]);
    expect(s.hasGap()).toBe(true);
    expect(s.version).toBe(4);
    s.offer(e(5));
    expect(numbers(s.take())).toEqual([5, 6]);
    expect(s.hasGap()).toBe(false);
  });

  it('puts reordered events back in order', () => {
    const s = new FeedSequencer(0);
    for (const n of [3, 1, 4, 2, 6, 5]) s.offer(e(n));
    expect(numbers(s.take())).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('continues from a fresh snapshot, forgetting held events it already contains', () => {
    const s = new FeedSequencer(2);
    s.offer(e(5));
    s.offer(e(8));
    s.rebase(6);
    expect(s.version).toBe(6);
    expect(s.hasGap()).toBe(true);
    s.offer(e(7));
    expect(numbers(s.take())).toEqual([7, 8]);
  });

  it('reads string sequence numbers as the gateway may send int64', () => {
    const s = new FeedSequencer(9);
    s.offer({ ...e(0), sequence: '10' });
    expect(numbers(s.take())).toEqual([10]);
  });
});
