import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { inboxKey } from '../features/inbox/queries';
import { ForceMajeureSignal } from './forceMajeureSignal';
import { InboxFeed } from './inboxFeed';
import { touchedBy, type Inbox } from './inboxEvents';

/**
 * While someone is signed in (the shell is shown): their inbox live over /hubs/schedule into the
 * query cache, and on the same connection the panti's force-majeure feed, whose every change
 * invalidates the force-majeure queries (so those screens need no fast polling). A raised
 * notification naming a client is listed again for the client's name.
 */
export function useInboxFeed(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const hub = new HubConnectionBuilder()
      .withUrl('/hubs/schedule')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => Math.min(30_000, 1000 * 2 ** c.previousRetryCount) })
      .configureLogging(LogLevel.None)
      .build();
    const forceMajeures = new ForceMajeureSignal(hub, () => void queryClient.invalidateQueries({ queryKey: ['force-majeure'] }));
    const feed = new InboxFeed({
      hub,
      read: () => queryClient.getQueryData<Inbox>(inboxKey),
      write: (inbox) => queryClient.setQueryData(inboxKey, inbox),
      onEvent: (event, before) => {
        if (event.kind === 'NotificationRaised' && touchedBy(before, event).some((t) => t.clientId)) {
          void queryClient.invalidateQueries({ queryKey: inboxKey });
        }
      },
      onJoined: () => void forceMajeures.join().catch(() => undefined),
    });
    void feed.start();
    return () => void feed.stop();
  }, [enabled, queryClient]);
}
