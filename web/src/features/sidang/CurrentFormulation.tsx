import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import styles from './sidang.module.css';

/** CL3/FM4: the client's effective formulation (a case-record read, recorded as such: CL6). */
export function useFormulation(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['client', clientId, 'formulation'],
    queryFn: () => unwrap(api.GET('/api/v1/clients/{clientId}/formulation', { params: { path: { clientId } } })),
    enabled: enabled && !!clientId,
  });
}

type Formulation = Awaited<ReturnType<typeof useFormulation>>['data'];

/** The version in force, shown beside a change so the KK sees what it replaces. */
export function CurrentFormulation({ query, onCopy }: { query: UseQueryResult<Formulation>; onCopy?: () => void }) {
  const { t } = useTranslation();
  const items = query.data?.effective ?? [];
  return (
    <div className={styles.current}>
      <h4>{t('sidang.decision.currentFormulation')}</h4>
      {items.length === 0 ? <p className={styles.muted}>{t('sidang.decision.noFormulation')}</p> : (
        <ol>{items.map((x) => <li key={Number(x.number)} value={Number(x.number)}>{x.text}</li>)}</ol>
      )}
      {onCopy && items.length > 0 && <button type="button" data-variant="secondary" onClick={onCopy}>{t('sidang.decision.startFromCurrent')}</button>}
    </div>
  );
}
