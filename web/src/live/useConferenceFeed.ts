import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { api, unwrap } from '../api/client';
import type { ConferenceSnapshot } from '../api/types';
import { useReportConnectionState } from '../shell/connection';
import { ConferenceFeed, type FeedState } from './conferenceFeed';
import type { FeedEvent } from './feedEvent';

/** The TanStack Query key of a KK's snapshot; the live feed is the only other writer of it. */
export const conferenceKey = (id: string) => ['conference', id] as const;

export function fetchConference(id: string): Promise<ConferenceSnapshot> {
  return unwrap(api.GET('/api/v1/conferences/{id}', { params: { path: { id } } }));
}

/**
 * Follows a KK live while the screen is shown: the snapshot in the query cache is kept current
 * by the hub's events (LV1), and the connection state goes to the shell's indicator.
 */
export function useConferenceFeed(id: string): FeedState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<FeedState>('connecting');
  useReportConnectionState(state);

  useEffect(() => {
    const hub = new HubConnectionBuilder()
      .withUrl('/hubs/conference')
      // Never give up: a tablet on the meeting table's Wi-Fi comes back sooner or later.
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => Math.min(10_000, 500 * 2 ** c.previousRetryCount) })
      .configureLogging(LogLevel.None)
      .build();
    const feed = new ConferenceFeed({
      conferenceId: id,
      hub,
      fetchSnapshot: () => fetchConference(id),
      fetchEventsSince: async (after) =>
        (await unwrap(api.GET('/api/v1/conferences/{id}/events', { params: { path: { id }, query: { after } } }))) as FeedEvent[],
      read: () => queryClient.getQueryData<ConferenceSnapshot>(conferenceKey(id)),
      write: (snapshot) => queryClient.setQueryData(conferenceKey(id), snapshot),
      onState: setState,
    });
    void feed.start();
    return () => void feed.stop();
  }, [id, queryClient]);

  return state;
}
