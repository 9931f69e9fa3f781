import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { instantAt } from '../../format/dates';
import { useFormat } from '../../format/useFormat';
import { problemFields } from '../../api/problem';
import { Field } from '../../ui/Field';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useRequestUrgent } from './queries';
import styles from './kk.module.css';

/** KK6: request an urgent KK (outside the schedule) with a written reason; the pimpinan approves it. */
export function RequestUrgentForm({ onDone }: { onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const { zone } = useFormat();
  const request = useRequestUrgent();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [reason, setReason] = useState('');
  const refused = problemFields(request.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The date and time are the panti's wall clock, whatever zone this device is in.
    const start = instantAt(date, time, zone).toISOString();
    request.mutate({ start, reason: reason.trim() }, { onSuccess: (snapshot) => onDone(snapshot.conference.id ?? '') });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="urgent-title">
      <h2 id="urgent-title">{t('kk.urgent.title')}</h2>
      <div className={styles.row}>
        <Field label={t('kk.urgent.date')} invalid={refused.includes('start')}>
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field label={t('kk.urgent.time')} invalid={refused.includes('start')}>
          <input type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
        </Field>
      </div>
      <Field label={t('kk.urgent.reason')} hint={t('kk.urgent.reasonHint')} invalid={refused.includes('reason')}>
        <textarea required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {request.isError && <ErrorNotice error={request.error} />}
      <button type="submit" disabled={request.isPending}>{t('kk.urgent.submit')}</button>
    </form>
  );
}
