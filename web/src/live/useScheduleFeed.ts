import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { useReportConnectionState } from '../shell/connection';
import type { FeedState } from './conferenceFeed';
import { ScheduleFeed, type ScheduleView } from './scheduleFeed';

/** The TanStack Query key of the panti's review schedule; the live feed is its only writer. */
export const scheduleKey = ['review-schedule'] as const;

/**
 * Follows the review schedule live while the screen is shown (LV2): the view in the query cache
 * is kept current by /hubs/schedule, and the connection state goes to the shell's indicator.
 */
export function useScheduleFeed(): FeedState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<FeedState>('connecting');
  useReportConnectionState(state);

  useEffect(() => {
    const hub = new HubConnectionBuilder()
      .withUrl('/hubs/schedule')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => Math.min(10_000, 500 * 2 ** c.previousRetryCount) })
      .configureLogging(LogLevel.None)
      .build();
    const feed = new ScheduleFeed({
      hub,
      read: () => queryClient.getQueryData<ScheduleView>(scheduleKey),
      write: (view) => queryClient.setQueryData(scheduleKey, view),
      onState: setState,
    });
    void feed.start();
    return () => void feed.stop();
  }, [queryClient]);

  return state;
}
