import type { HubLike } from './conferenceFeed';
import type { FeedEvent } from './feedEvent';

const isForceMajeureFeed = (feed: unknown) => typeof feed === 'string' && feed.startsWith('force-majeure:');

/**
 * The panti's force-majeure feed (/hubs/schedule `JoinForceMajeures()`, issue 10). Its events carry
 * no content, only that something changed, so there is nothing to apply: a newer event, a heartbeat
 * ahead of the last one seen, or a join after a reconnect means the force-majeure screens read again.
 */
export class ForceMajeureSignal {
  private version = 0;

  constructor(private readonly hub: HubLike, private readonly changed: () => void) {
    hub.on('event', (feed, event) => {
      if (isForceMajeureFeed(feed)) this.seen(Number((event as FeedEvent).sequence));
    });
    hub.on('heartbeat', (feed, version) => {
      if (isForceMajeureFeed(feed)) this.seen(Number(version));
    });
  }

  /** After every join of the connection: follow the feed again (group membership ends with a connection). */
  async join(): Promise<void> {
    this.seen(Number(await this.hub.invoke<number>('JoinForceMajeures')));
  }

  private seen(version: number): void {
    if (!Number.isFinite(version) || version <= this.version) return;
    this.version = version;
    this.changed();
  }
}
