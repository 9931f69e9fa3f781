import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schemas } from '../../api/types';

export type ClientStage = Schemas['ClientStage'];
export const PAGE_SIZE = 25;

/** The list's search, filters, order and page, as the URL holds them. */
export interface ClientListQuery {
  search?: string;
  stage?: string;
  review?: string;
  peksosId?: string;
  sort?: string;
  order?: string;
  offset: number;
}

/** One page of the panti's clients, filtered and sorted on the server, with the total that matched. */
export function useClientList(q: ClientListQuery) {
  return useQuery({
    queryKey: ['clients', 'list', q],
    queryFn: () => unwrap(api.GET('/api/v1/clients', {
      params: {
        query: {
          search: q.search || undefined, stage: q.stage || undefined, review: q.review || undefined, peksosId: q.peksosId || undefined,
          sort: q.sort || undefined, order: q.order || undefined, offset: q.offset, limit: PAGE_SIZE,
        },
      },
    })),
    placeholderData: keepPreviousData,
  });
}
