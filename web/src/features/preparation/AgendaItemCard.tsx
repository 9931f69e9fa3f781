import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import type { Conference } from '../sidang/queries';
import { useKkCommand } from '../sidang/queries';
import { useFormat } from '../../format/useFormat';
import { Field } from '../../ui/Field';
import { ErrorNotice } from '../../ui/ErrorNotice';
import styles from './preparation.module.css';

type Item = NonNullable<Conference['agenda']>[number];

/** KK4: one client on the agenda: its summary, who has and has not received it, readiness. */
export function AgendaItemCard({ kkId, kk, item, clientName, readiness, me }: {
  kkId: string; kk: Conference; item: Item; clientName: string; readiness: string | undefined; me: Me;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const submit = useKkCommand(kkId, (body: { text: string }, ifMatch) => api.POST('/api/v1/conferences/{id}/agenda/{itemId}/summary',
    { params: { path: { id: kkId, itemId: item.id ?? '' }, header: { 'If-Match': ifMatch } }, body }));
  const acknowledge = useKkCommand(kkId, (_: void, ifMatch) => api.POST('/api/v1/conferences/{id}/agenda/{itemId}/acknowledgement',
    { params: { path: { id: kkId, itemId: item.id ?? '' }, header: { 'If-Match': ifMatch } } }));
  const participants = kk.participants ?? [];
  const recipients = participants.filter((p) => (p.capacity === 'Organiser' || p.capacity === 'Member') && p.staffId !== item.responsibleStaffId);
  const acks = item.summary?.acknowledgements ?? [];
  const responsible = participants.find((p) => p.staffId === item.responsibleStaffId)?.name ?? t('prep.someone');
  const mine = item.responsibleStaffId === me.staffId;
  const mustAck = item.summary && recipients.some((r) => r.staffId === me.staffId) && !acks.some((a) => a.staffId === me.staffId);

  return (
    <article className={styles.item} aria-label={clientName} data-readiness={readiness}>
      <h3>{clientName}</h3>
      <p>
        {t(`prep.purpose.${item.purpose}`)} · {t('prep.responsible', { name: responsible })}
        {readiness && <span className={styles.readiness}>{t(`prep.readiness.${readiness}`)}</span>}
      </p>
      {item.summary ? (
        <>
          <p className={styles.summary}>{item.summary.text}</p>
          <p className={styles.muted}>{t('prep.submittedAt', { when: format.dateTime(item.summary.submittedAt ?? '') })}</p>
          <ul className={styles.receipts} aria-label={t('prep.receipts')}>
            {recipients.map((r) => {
              const ack = acks.find((a) => a.staffId === r.staffId);
              return (
                <li key={r.staffId} data-received={ack ? 'yes' : 'no'}>
                  {r.name}: {ack ? t('prep.received', { when: format.dateTime(ack.at) }) : t('prep.notReceived')}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className={styles.muted}>{t('prep.noSummary')}</p>
      )}
      {mine && !item.summary && kk.state === 'Planned' && (
        <form onSubmit={(e) => { e.preventDefault(); submit.mutate({ text: text.trim() }); }} className={styles.form}>
          <Field label={t('prep.writeSummary')}>
            <textarea rows={4} required value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          {submit.isError && <ErrorNotice error={submit.error} />}
          <button type="submit" disabled={submit.isPending}>{t('prep.sendSummary')}</button>
        </form>
      )}
      {mustAck && kk.state === 'Planned' && (
        <div className={styles.form}>
          {acknowledge.isError && <ErrorNotice error={acknowledge.error} />}
          <button type="button" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate()}>{t('prep.acknowledge')}</button>
        </div>
      )}
    </article>
  );
}
