import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** CL3/FM4: the client's effective formulation, overrides laid over (a case-record read, audited: CL6). Same cache as the sidang's. */
export function useFormulation(clientId: string) {
  return useQuery({
    queryKey: ['client', clientId, 'formulation'],
    queryFn: () => unwrap(api.GET('/api/v1/clients/{clientId}/formulation', { params: { path: { clientId } } })),
    enabled: !!clientId,
  });
}
