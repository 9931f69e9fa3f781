import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const kkListKey = ['conferences'] as const;

export function useUpcomingKks() {
  return useQuery({ queryKey: kkListKey, queryFn: () => unwrap(api.GET('/api/v1/conferences')) });
}
