import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { inboxKey } from '../features/inbox/queries';
import { InboxFeed } from './inboxFeed';
import { touchedBy, type Inbox } from './inboxEvents';

/**
 * While someone is signed in (the shell is shown): their inbox live over /hubs/schedule into the
 * query cache. A notification about a force majeure also refreshes the force-majeure screens' data,
 * so they need no fast polling (their consent was asked, given, or the force majeure came into force).
 * A raised notification naming a client is listed again for the client's name.
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
    const feed = new InboxFeed({
      hub,
      read: () => queryClient.getQueryData<Inbox>(inboxKey),
      write: (inbox) => queryClient.setQueryData(inboxKey, inbox),
      onEvent: (event, before) => {
        const targets = touchedBy(before, event);
        if (targets.some((t) => t.forceMajeureId)) void queryClient.invalidateQueries({ queryKey: ['force-majeure'] });
        if (event.kind === 'NotificationRaised' && targets.some((t) => t.clientId)) void queryClient.invalidateQueries({ queryKey: inboxKey });
      },
    });
    void feed.start();
    return () => void feed.stop();
  }, [enabled, queryClient]);
}
