import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../api/problem';
import { Field } from '../../ui/Field';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useChangePassword } from './queries';
import styles from './profile.module.css';

/** Own password change: the current one, the new one twice; the policy's refusals come translated by code. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const refused = problemFields(change.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (next !== repeat) {
      change.reset();
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ currentPassword: current, newPassword: next }, {
      onSuccess: () => {
        setCurrent('');
        setNext('');
        setRepeat('');
        setDone(true);
        onChanged();
      },
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">{t('profile.password.title')}</h2>
      <Field label={t('profile.password.current')} invalid={refused.includes('currentPassword')}>
        <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
      </Field>
      <Field label={t('profile.password.new')} hint={t('profile.password.policy')} invalid={refused.includes('newPassword')}>
        <input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} />
      </Field>
      <Field label={t('profile.password.repeat')} invalid={mismatch}>
        <input type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      </Field>
      {mismatch && <p role="alert" className={styles.error}>{t('profile.password.mismatch')}</p>}
      {change.isError && <ErrorNotice error={change.error} />}
      {done && <p role="status" className={styles.ok}>{t('profile.password.changed')}</p>}
      <button type="submit" disabled={change.isPending}>{t('profile.password.submit')}</button>
    </form>
  );
}
