import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useApproveUrgent, useUrgentToApprove } from './queries';
import styles from './desk.module.css';

/** KK6: urgent KKs waiting for approval, approved here (optionally waiving the 24-hour rule). */
export function UrgentApprovals() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useUrgentToApprove();
  const approve = useApproveUrgent();
  const [waive, setWaive] = useState<Record<string, boolean>>({});
  return (
    <section className={styles.panel} aria-labelledby="desk-urgent">
      <h2 id="desk-urgent">{t('desk.urgent.title')}</h2>
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.length === 0 && <p>{t('desk.urgent.none')}</p>}
      {approve.isError && <ErrorNotice error={approve.error} />}
      <ul className={styles.list}>
        {list.data?.map((kk) => (
          <li key={kk.id}>
            <Link to={`/kk/${kk.id}`}>{t('desk.urgent.kk', { when: format.dateTime(kk.start) })}</Link>
            <span className={styles.actions}>
              <label className={styles.check}>
                <input type="checkbox" checked={waive[kk.id] ?? false} onChange={(e) => setWaive({ ...waive, [kk.id]: e.target.checked })} />
                {t('desk.urgent.waive')}
              </label>
              <button type="button" disabled={approve.isPending}
                onClick={() => approve.mutate({ id: kk.id, waivePreCirculation: waive[kk.id] ?? false })}>
                {t('desk.urgent.approve')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
