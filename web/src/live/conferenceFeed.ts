import type { ConferenceSnapshot } from '../api/types';
import { applyEvent } from './applyEvent';
import type { FeedEvent } from './feedEvent';
import { FeedSequencer } from './sequencer';
import { connectWithRetry, doublingPause, restart, type Connection } from './reconnect';

export type FeedState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** The part of a SignalR HubConnection the feed uses, so tests can drive it by hand. */
export interface HubLike {
  start(): Promise<void>;
  stop(): Promise<void>;
  invoke<T>(method: string, ...args: unknown[]): Promise<T>;
  on(method: string, handler: (...args: unknown[]) => void): void;
  onreconnecting(handler: () => void): void;
  onreconnected(handler: () => void): void;
  onclose(handler: () => void): void;
}

export interface FeedDeps {
  readonly conferenceId: string;
  readonly hub: HubLike;
  /** GET /conferences/{id}/events?after=version */
  fetchEventsSince(version: number): Promise<FeedEvent[]>;
  /** GET /conferences/{id} */
  fetchSnapshot(): Promise<ConferenceSnapshot>;
  /** The screen's copy (the TanStack Query cache entry of the KK). */
  read(): ConferenceSnapshot | undefined;
  write(snapshot: ConferenceSnapshot): void;
  onState(state: FeedState): void;
  /** Waits before a new attempt after a failure; tests pass one that does not wait. */
  pause?(attempt: number): Promise<void>;
}

const defaultPause = doublingPause(500, 10_000);

/**
 * Keeps a KK's snapshot current from the hub (LV1): Join returns a snapshot with its version;
 * events are applied in sequence order. A gap is filled from the events endpoint, an event the
 * client cannot apply by itself brings a fresh snapshot, a duplicate is dropped, and after a
 * reconnect or a dropped connection the feed joins again and continues from the new snapshot. The
 * page is never reloaded.
 */
export class ConferenceFeed {
  private readonly seq = new FeedSequencer(0);
  private busy = false;
  private stopped = false;
  private catchingUp = false;

  constructor(private readonly deps: FeedDeps) {
    deps.hub.on('event', (feed, event) => {
      if (feed === `conference:${deps.conferenceId}`) this.receive(event as FeedEvent);
    });
    deps.hub.on('heartbeat', (feed, version) => {
      if (feed === `conference:${deps.conferenceId}`) this.heartbeat(Number(version));
    });
    deps.hub.onreconnecting(() => deps.onState('reconnecting'));
    deps.hub.onreconnected(() => void this.join());
    deps.hub.onclose(() => void restart(this.connection()));
  }

  async start(): Promise<void> {
    this.deps.onState('connecting');
    await connectWithRetry(this.connection());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.deps.hub.stop();
  }

  /** An event from the hub (or fetched): held in order, applied when it follows on. */
  receive(event: FeedEvent): void {
    this.seq.offer(event);
    void this.pump();
  }

  /**
   * The gateway's periodic word of the KK's current version. A screen behind it missed events
   * (a relay that lost its subscription when the KK's silo died) and fetches them now, instead of
   * staying silently behind until the next event shows a gap.
   */
  heartbeat(version: number): void {
    if (!Number.isFinite(version) || version <= this.seq.version || this.catchingUp) return;
    this.catchingUp = true;
    void this.fetchMissing()
      .catch(() => undefined)
      .finally(() => {
        this.catchingUp = false;
        void this.pump();
      });
  }

  private async join(): Promise<void> {
    const snapshot = await this.deps.hub.invoke<ConferenceSnapshot>('Join', this.deps.conferenceId);
    this.adopt(snapshot);
    this.deps.onState('connected');
  }

  /** A snapshot replaces the screen's copy unless the copy is already newer. */
  private adopt(snapshot: ConferenceSnapshot): void {
    const version = Number(snapshot.version);
    const cached = this.deps.read();
    if (!cached || Number(cached.version) <= version) {
      this.deps.write(snapshot);
      this.seq.rebase(version);
    } else {
      this.seq.rebase(Number(cached.version));
    }
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (let attempt = 0; !this.stopped; attempt++) {
        try {
          await this.drain();
          return;
        } catch {
          await (this.deps.pause ?? defaultPause)(attempt);
        }
      }
    } finally {
      this.busy = false;
      if (!this.stopped && this.seq.hasNext()) void this.pump();
    }
  }

  private async drain(): Promise<void> {
    for (;;) {
      for (const event of this.seq.take()) {
        const current = this.deps.read();
        const next = current ? applyEvent(current, event) : null;
        if (!next) {
          // A fresh snapshot holds this event and every one taken with it.
          await this.refresh();
          break;
        }
        this.deps.write(next);
      }
      if (!this.seq.hasGap()) return;
      await this.fetchMissing();
      if (this.seq.hasNext()) continue;
      await this.refresh();
      await this.fetchMissing();
      // Whatever still cannot follow on is not in the KK's log; the next event brings it back.
      if (!this.seq.hasNext()) this.seq.forgetHeld();
    }
  }

  private async fetchMissing(): Promise<void> {
    for (const event of await this.deps.fetchEventsSince(this.seq.version)) this.seq.offer(event);
  }

  private async refresh(): Promise<void> {
    const snapshot = await this.deps.fetchSnapshot();
    this.deps.write(snapshot);
    this.seq.rebase(Number(snapshot.version));
  }

  /** What the shared connect loop needs of this feed (live/reconnect.ts). */
  private connection(): Connection {
    return {
      hub: this.deps.hub,
      join: () => this.join(),
      stopped: () => this.stopped,
      pause: this.deps.pause ?? defaultPause,
      onState: (state) => this.deps.onState(state),
    };
  }
}
