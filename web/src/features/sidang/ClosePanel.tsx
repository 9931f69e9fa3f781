import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { ConferenceSnapshot } from '../../api/types';
import { useKkCommand } from './queries';
import type { KkRoles } from './roles';
import styles from './sidang.module.css';

/** KK7/KK10: what will be sealed is shown first; then the chair or the secretary closes and seals. */
export function ClosePanel({ id, snapshot, roles }: { id: string; snapshot: ConferenceSnapshot; roles: KkRoles }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const close = useKkCommand(id, (_: void, ifMatch: string) =>
    api.POST('/api/v1/conferences/{id}/close', { params: { path: { id }, header: { 'If-Match': ifMatch } } }));
  if (!roles.isRecorder && !roles.isChair) return null;

  const kk = snapshot.conference;
  const decided = new Set((kk.decisions ?? []).map((d) => d.agendaItemId));
  const undecided = (kk.agenda ?? []).filter((a) => !decided.has(a.id ?? ''));

  return (
    <section className={styles.panel} aria-labelledby="close-title">
      <h2 id="close-title">{t('sidang.close.title')}</h2>
      {confirming ? (
        <>
          <p>{t('sidang.close.willSeal')}</p>
          <ul data-testid="seal-preview">
            <li>{t('sidang.close.attendance', { count: (kk.attendance ?? []).length })}</li>
            <li>{t('sidang.close.minutes', { count: Number(snapshot.minuteCount), amendments: Number(snapshot.amendmentCount) })}</li>
            <li>{t('sidang.close.decisions', { count: (kk.decisions ?? []).length })}</li>
            {undecided.length > 0 && <li className={styles.warning}>{t('sidang.close.undecided', { count: undecided.length })}</li>}
          </ul>
          <p className={styles.muted}>{t('sidang.close.final')}</p>
          <div className={styles.row}>
            <button type="button" disabled={close.isPending} onClick={() => close.mutate()}>{t('sidang.close.confirm')}</button>
            <button type="button" data-variant="secondary" onClick={() => setConfirming(false)}>{t('sidang.close.back')}</button>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>{t('sidang.close.start')}</button>
      )}
      {close.isError && <ErrorNotice error={close.error} />}
    </section>
  );
}
