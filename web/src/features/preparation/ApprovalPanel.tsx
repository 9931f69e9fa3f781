import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Conference } from '../sidang/queries';
import { useKkCommand } from '../sidang/queries';
import { ErrorNotice } from '../../ui/ErrorNotice';
import styles from './preparation.module.css';

/** KK6: the urgent request's reason; the pimpinan approves it, waiving the 24-hour rule or not. */
export function ApprovalPanel({ kkId, kk, pimpinan }: { kkId: string; kk: Conference; pimpinan: boolean }) {
  const { t } = useTranslation();
  const [waive, setWaive] = useState(false);
  const approve = useKkCommand(kkId, (body: { waivePreCirculation: boolean }, ifMatch) => api.POST('/api/v1/conferences/{id}/approval',
    { params: { path: { id: kkId }, header: { 'If-Match': ifMatch } }, body }));
  const urgent = kk.urgent;
  if (!urgent) return null;
  const approved = urgent.approvedBy != null;
  return (
    <section className={styles.panel} aria-labelledby="urgent-heading">
      <h2 id="urgent-heading">{t('prep.urgent.title')}</h2>
      <p>{t('prep.urgent.reason', { reason: urgent.reason })}</p>
      {approved ? (
        <p>{urgent.waivesPreCirculation ? t('prep.urgent.approvedWaived') : t('prep.urgent.approved')}</p>
      ) : pimpinan && kk.state === 'Planned' ? (
        <div className={styles.form}>
          <label className={styles.check}>
            <input type="checkbox" checked={waive} onChange={(e) => setWaive(e.target.checked)} />
            {t('prep.urgent.waive')}
          </label>
          {approve.isError && <ErrorNotice error={approve.error} />}
          <button type="button" disabled={approve.isPending} onClick={() => approve.mutate({ waivePreCirculation: waive })}>
            {t('prep.urgent.approve')}
          </button>
        </div>
      ) : (
        <p>{t('prep.urgent.waiting')}</p>
      )}
    </section>
  );
}
