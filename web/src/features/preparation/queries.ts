import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';

/** The panti's staff directory and core team, for the invitation form. */
export function usePanti(enabled: boolean) {
  return useQuery({
    queryKey: ['panti'],
    queryFn: () => unwrap(api.GET('/api/v1/panti')),
    enabled,
    staleTime: 60_000,
  });
}

/** KK4: the first 20 clients whose name or register number contains the text. */
export function useClientSearch(text: string) {
  const search = useDebounced(text.trim(), 200);
  return useQuery({
    queryKey: ['clients', 'search', search],
    queryFn: async () => (await unwrap(api.GET('/api/v1/clients', { params: { query: { search, limit: 20 } } }))).items,
    enabled: search.length > 0,
    staleTime: 30_000,
  });
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
