import { sequenceOf, type FeedEvent } from './feedEvent';

/**
 * Puts a KK's numbered events back in order (LV1). It knows the version the screen shows; an
 * event at or below it is a duplicate and is dropped; one further ahead is held until the events
 * before it arrive (or are fetched). Nothing here talks to the network, so the rules are tested
 * on their own.
 */
export class FeedSequencer {
  private current: number;
  private readonly held = new Map<number, FeedEvent>();

  constructor(version: number) {
    this.current = version;
  }

  /** The number of the last event applied (the snapshot's version, then each event's). */
  get version(): number {
    return this.current;
  }

  /** Takes an event in; false when it is a duplicate (already applied or already held). */
  offer(event: FeedEvent): boolean {
    const n = sequenceOf(event);
    if (!Number.isFinite(n) || n <= this.current || this.held.has(n)) {
      return false;
    }
    this.held.set(n, event);
    return true;
  }

  /** The events that now follow on without a gap, in order; the version moves past them. */
  take(): FeedEvent[] {
    const ready: FeedEvent[] = [];
    for (let next = this.held.get(this.current + 1); next; next = this.held.get(this.current + 1)) {
      this.held.delete(this.current + 1);
      this.current += 1;
      ready.push(next);
    }
    return ready;
  }

  /** True while an event is held that cannot be applied because one before it is missing. */
  hasGap(): boolean {
    return this.held.size > 0;
  }

  /** True when the event right after the version is here. */
  hasNext(): boolean {
    return this.held.has(this.current + 1);
  }

  /** Drops every held event (they could not be connected to the log). */
  forgetHeld(): void {
    this.held.clear();
  }

  /** A fresh snapshot replaced the screen's state: continue from its version. */
  rebase(version: number): void {
    this.current = version;
    for (const n of [...this.held.keys()]) {
      if (n <= version) this.held.delete(n);
    }
  }
}
