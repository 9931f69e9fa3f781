import type { FeedState, HubLike } from './conferenceFeed';

/** Waits before attempt N + 1 after a failure; tests pass one that does not wait. */
export type Pause = (attempt: number) => Promise<void>;

/** Doubling waits from `first` ms, never longer than `longest` ms. */
export const doublingPause = (first: number, longest: number): Pause => (attempt) =>
  new Promise<void>((r) => setTimeout(r, Math.min(longest, first * 2 ** attempt)));

/** What one feed gives the shared connect loop. */
export interface Connection {
  readonly hub: HubLike;
  /** The feed's own Join on the started connection. */
  join(): Promise<void>;
  stopped(): boolean;
  pause: Pause;
  onState?(state: FeedState): void;
}

/** Starts the hub and joins, waiting longer after each failure, until it works or the feed stops. */
export async function connectWithRetry(c: Connection): Promise<void> {
  for (let attempt = 0; !c.stopped(); attempt++) {
    try {
      await c.hub.start();
      await c.join();
      return;
    } catch {
      c.onState?.('disconnected');
      await c.pause(attempt);
    }
  }
}

/** After the hub gave up reconnecting: a new connection, as often as it takes. */
export async function restart(c: Connection): Promise<void> {
  if (c.stopped()) return;
  c.onState?.('reconnecting');
  await c.pause(0);
  await connectWithRetry(c);
}
