import type { Schemas } from '../api/types';
import type { FeedState, HubLike } from './conferenceFeed';
import { payloadOf, sequenceOf, type FeedEvent } from './feedEvent';
import { FeedSequencer } from './sequencer';
import { connectWithRetry, doublingPause, restart, type Connection } from './reconnect';

export type ScheduleView = Schemas['ScheduleView'];

export interface ScheduleFeedDeps {
  readonly hub: HubLike;
  /** The screen's copy (the TanStack Query cache entry of the schedule). */
  read(): ScheduleView | undefined;
  write(view: ScheduleView): void;
  onState(state: FeedState): void;
  /** Waits before a new attempt after a failure; tests pass one that does not wait. */
  pause?(attempt: number): Promise<void>;
}

const defaultPause = doublingPause(500, 10_000);
const isScheduleFeed = (feed: unknown) => typeof feed === 'string' && feed.startsWith('schedule:');

/**
 * Applies a ScheduleChanged event (LV2): it carries the whole ordered list, the reviews and the
 * escalations, but not the clients' names; a client the screen cannot name yet answers null, and
 * the caller joins again for a view that names it.
 */
export function applyScheduleEvent(view: ScheduleView, event: FeedEvent): ScheduleView | null {
  if (event.kind !== 'ScheduleChanged') return null;
  const fields = payloadOf(event) as Partial<Pick<ScheduleView, 'entries' | 'reviews' | 'overdueEscalated' | 'unplacedClients'>>;
  const { entries, reviews, overdueEscalated, unplacedClients } = fields;
  if (!Array.isArray(entries) || !Array.isArray(reviews) || !Array.isArray(overdueEscalated) || !Array.isArray(unplacedClients)) return null;
  if (entries.some((e) => e.kind === 'ClientReview' && view.clientNames[e.id] === undefined)) return null;
  return { ...view, entries, reviews, overdueEscalated, unplacedClients, version: sequenceOf(event) };
}

/**
 * Keeps the panti's review schedule current from /hubs/schedule (LV2, RV4): Join answers the view
 * with its version; each event that follows on is applied. Every event carries the whole list, so
 * whatever the screen cannot apply in order — a gap, a heartbeat ahead of it, a client it cannot
 * name, a reconnect — is settled by joining again; the page is never reloaded.
 */
export class ScheduleFeed {
  private readonly seq = new FeedSequencer(0);
  private joining: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly deps: ScheduleFeedDeps) {
    deps.hub.on('event', (feed, event) => {
      if (isScheduleFeed(feed)) this.receive(event as FeedEvent);
    });
    deps.hub.on('heartbeat', (feed, version) => {
      if (isScheduleFeed(feed) && Number(version) > this.seq.version) void this.rejoin();
    });
    deps.hub.onreconnecting(() => deps.onState('reconnecting'));
    deps.hub.onreconnected(() => void this.rejoin());
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

  receive(event: FeedEvent): void {
    if (!this.seq.offer(event) || this.joining) return;
    this.drain();
  }

  private drain(): void {
    for (const event of this.seq.take()) {
      const current = this.deps.read();
      const next = current ? applyScheduleEvent(current, event) : null;
      if (!next) {
        void this.rejoin();
        return;
      }
      this.deps.write(next);
    }
    if (this.seq.hasGap()) void this.rejoin();
  }

  /** Joins again unless a join is under way; a failure is left to the hub's reconnecting. */
  private rejoin(): Promise<void> {
    this.joining ??= this.join()
      .catch(() => undefined)
      .finally(() => {
        this.joining = null;
      });
    return this.joining;
  }

  private async join(): Promise<void> {
    const view = await this.deps.hub.invoke<ScheduleView>('Join');
    const version = Number(view.version);
    const cached = this.deps.read();
    if (!cached || Number(cached.version) <= version) this.deps.write(view);
    this.seq.rebase(Math.max(version, cached ? Number(cached.version) : 0));
    // What is still held after the join and does not follow on is not known here; the next heartbeat says.
    for (const event of this.seq.take()) {
      const next = applyScheduleEvent(this.deps.read()!, event);
      if (next) this.deps.write(next);
    }
    this.seq.forgetHeld();
    this.deps.onState('connected');
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
