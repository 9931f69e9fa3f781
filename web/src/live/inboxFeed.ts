import type { HubLike } from './conferenceFeed';
import type { FeedEvent } from './feedEvent';
import { applyInboxEvent, type Inbox } from './inboxEvents';
import { FeedSequencer } from './sequencer';
import { connectWithRetry, doublingPause, restart, type Connection } from './reconnect';

export interface InboxFeedDeps {
  readonly hub: HubLike;
  /** The screen's copy (the TanStack Query cache entry of the inbox). */
  read(): Inbox | undefined;
  write(inbox: Inbox): void;
  /** Each event as it is applied, with the list before it (so a listener can see what it touched). */
  onEvent?(event: FeedEvent, before: Inbox | undefined): void;
  /** After every join (start, reconnect, a new connection, a gap): other feeds on the connection follow again. */
  onJoined?(): void;
  /** Waits before a new attempt after a failure; tests pass one that does not wait. */
  pause?(attempt: number): Promise<void>;
}

const defaultPause = doublingPause(1000, 30_000);

/**
 * Keeps the signed-in person's open notifications current (issue 10) over /hubs/schedule
 * `JoinInbox()`: the answer is the list with its version; events follow in sequence and are
 * applied to it. A gap, an event it does not know, a heartbeat ahead of it, a reconnect or a new
 * connection all mean: join again (the answer is the whole list, so nothing needs fetching).
 */
export class InboxFeed {
  private readonly seq = new FeedSequencer(0);
  private stopped = false;
  private joining: Promise<void> | null = null;

  constructor(private readonly deps: InboxFeedDeps) {
    deps.hub.on('event', (feed, event) => {
      if (typeof feed === 'string' && feed.startsWith('inbox:')) this.receive(event as FeedEvent);
    });
    deps.hub.on('heartbeat', (feed, version) => {
      if (typeof feed === 'string' && feed.startsWith('inbox:') && Number(version) > this.version()) this.rejoin();
    });
    deps.hub.onreconnected(() => this.rejoin());
    deps.hub.onclose(() => void restart(this.connection()));
  }

  async start(): Promise<void> {
    await connectWithRetry(this.connection());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.deps.hub.stop();
  }

  /** An event from the hub: applied in order; anything that does not follow on brings a fresh list. */
  receive(event: FeedEvent): void {
    this.seq.rebase(this.version());
    this.seq.offer(event);
    for (const next of this.seq.take()) {
      const before = this.deps.read();
      const after = before ? applyInboxEvent(before, next) : null;
      if (!after) {
        this.rejoin();
        return;
      }
      this.deps.write(after);
      this.deps.onEvent?.(next, before);
    }
    if (this.seq.hasGap()) this.rejoin();
  }

  /** A join the hub's own retry covers if it fails (a closed connection starts a new one). */
  private rejoin(): void {
    this.join().catch(() => undefined);
  }

  /** The version the list shows: the cache's, which a refetch may also have moved on. */
  private version(): number {
    return Math.max(this.seq.version, Number(this.deps.read()?.version ?? 0));
  }

  /** One join at a time; a join asked for during another is the same join. */
  join(): Promise<void> {
    this.joining ??= this.deps.hub.invoke<Inbox>('JoinInbox')
      .then((inbox) => {
        this.seq.forgetHeld();
        this.seq.rebase(Number(inbox.version));
        this.deps.write(inbox);
        this.deps.onJoined?.();
      })
      .finally(() => {
        this.joining = null;
      });
    return this.joining;
  }

  /** What the shared connect loop needs of this feed (live/reconnect.ts). */
  private connection(): Connection {
    return {
      hub: this.deps.hub,
      join: () => this.join(),
      stopped: () => this.stopped,
      pause: this.deps.pause ?? defaultPause,
    };
  }
}
