import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useSealChainCheck } from './queries';
import styles from './desk.module.css';

/** KK10: says plainly whether the chain of sealed KKs holds, and which KK breaks it when it does not. */
export function SealChainPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const check = useSealChainCheck();
  return (
    <section className={styles.panel} aria-labelledby="desk-seal">
      <h2 id="desk-seal">{t('desk.seal.title')}</h2>
      {check.isPending && <Loading />}
      {check.isError && <ErrorNotice error={check.error} onRetry={() => void check.refetch()} />}
      {check.data && (
        <>
          <p role="status">
            {check.data.holds
              ? <span className={styles.ok}>{t('desk.seal.holds', { count: check.data.links.length })}</span>
              : <span className={styles.danger}>{t('desk.seal.broken', { count: check.data.failed.length })}</span>}
          </p>
          <p className={styles.explain}>{t('desk.seal.explain')}</p>
          {check.data.failed.length > 0 && (
            <ul>
              {check.data.failed.map((id) => {
                const link = check.data.links.find((l) => l.conferenceId === id);
                return <li key={id}><Link to={`/kk/${id}/notulen`}>{t('desk.seal.failedKk', { when: link ? format.dateTime(link.sealedAt) : id })}</Link></li>;
              })}
            </ul>
          )}
          <button type="button" data-variant="secondary" onClick={() => void check.refetch()}>{t('desk.seal.again')}</button>
        </>
      )}
    </section>
  );
}
