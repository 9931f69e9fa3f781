import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { Field } from '../../ui/Field';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useOccurrences, usePlanRegular } from './queries';
import styles from './kk.module.css';

/** KK5: plan a regular KK at one of the next free times of the panti's fixed schedule. */
export function PlanRegularForm({ onDone }: { onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const occurrences = useOccurrences(true);
  const plan = usePlanRegular();
  const [start, setStart] = useState('');
  const chosen = start || occurrences.data?.[0] || '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    plan.mutate(chosen, { onSuccess: (snapshot) => onDone(snapshot.conference.id ?? '') });
  };

  if (occurrences.data && occurrences.data.length === 0) return <p>{t('kk.plan.noSchedule')}</p>;
  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="plan-regular-title">
      <h2 id="plan-regular-title">{t('kk.plan.title')}</h2>
      <Field label={t('kk.plan.when')}>
        <select value={chosen} onChange={(e) => setStart(e.target.value)} required>
          {(occurrences.data ?? []).map((o) => (
            <option key={o} value={o}>{format.dateTime(o)}</option>
          ))}
        </select>
      </Field>
      {plan.isError && <ErrorNotice error={plan.error} />}
      <button type="submit" disabled={!chosen || plan.isPending}>{t('kk.plan.submit')}</button>
    </form>
  );
}
