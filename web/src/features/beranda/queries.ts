import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const myTasksKey = ['my-tasks'] as const;

export function useMyTasks() {
  return useQuery({ queryKey: myTasksKey, queryFn: () => unwrap(api.GET('/api/v1/my-tasks')), refetchInterval: 60_000 });
}
