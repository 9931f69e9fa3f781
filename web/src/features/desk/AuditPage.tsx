import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { SealChainPanel } from './SealChainPanel';
import { AUDIT_PAGE_SIZE, useAuditLog, type AuditFilter } from './queries';
import styles from './desk.module.css';

const PARAMS = { staffId: 'orang', clientId: 'klien', kind: 'jenis', from: 'dari', to: 'sampai' } as const;

/** CL6: the audit log paged and filtered on the server (the URL keeps the choice), and the seal chain checked. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    staffId: params.get(PARAMS.staffId) ?? '', clientId: params.get(PARAMS.clientId) ?? '', kind: params.get(PARAMS.kind) ?? '',
    from: params.get(PARAMS.from) ?? '', to: params.get(PARAMS.to) ?? '', offset: Math.max(0, Number(params.get('mulai') ?? 0) || 0),
  };
  const log = useAuditLog(filter);
  const set = (key: keyof typeof PARAMS | 'offset', value: string) => {
    const next = new URLSearchParams(params);
    const name = key === 'offset' ? 'mulai' : PARAMS[key];
    if (value) next.set(name, value); else next.delete(name);
    if (key !== 'offset') next.delete('mulai');
    setParams(next, { replace: true });
  };
  const items = log.data?.items ?? [];
  return (
    <>
      <SealChainPanel />
      <section className={styles.panel} aria-labelledby="desk-audit">
        <h2 id="desk-audit">{t('desk.audit.title')}</h2>
        <p className={styles.explain}>{t('desk.audit.explain')}</p>
        <AuditFilters filter={filter} onChange={set} />
        {log.isPending && <Loading />}
        {log.isError && <ErrorNotice error={log.error} onRetry={() => void log.refetch()} />}
        {log.data && items.length === 0 && <p>{t('desk.audit.none')}</p>}
        {items.length > 0 && (
          <>
            <AuditTable lines={items} />
            <Pager label={t('desk.audit.pages')} offset={filter.offset} shown={items.length} total={Number(log.data?.total ?? 0)}
              pageSize={AUDIT_PAGE_SIZE} onOffset={(o) => set('offset', o ? String(o) : '')} />
          </>
        )}
      </section>
    </>
  );
}
