import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAccount, useAccountAction, type Staff } from './queries';
import styles from './desk.module.css';

/** One staff member's account: its state and what the pimpinan may do with it; a one-time password is shown once. */
export function AccountRow({ staff, self }: { staff: Staff; self: boolean }) {
  const { t } = useTranslation();
  const account = useAccount(staff.id);
  const act = useAccountAction(staff.id);
  const [userName, setUserName] = useState('');
  const [secret, setSecret] = useState<{ userName: string; password: string } | null>(null);
  const run = (action: 'create' | 'reset' | 'deactivate' | 'reactivate') =>
    act.mutate({ action, userName }, { onSuccess: (otp) => setSecret(otp ? { userName: otp.userName, password: otp.password } : null) });
  const a = account.data;
  return (
    <li aria-label={staff.name}>
      <span>
        <strong>{staff.name}</strong>{' '}
        {a && <span>{t('desk.accounts.userName', { userName: a.userName })}</span>}{' '}
        {a && (a.active
          ? <span className={styles.ok}>{t('desk.accounts.active')}</span>
          : <span className={styles.danger}>{t('desk.accounts.inactive')}</span>)}
        {a === null && <span className={styles.warn}>{t('desk.accounts.none')}</span>}
      </span>
      <span className={styles.actions}>
        {a === null && (
          <form className={styles.actions} onSubmit={(e) => { e.preventDefault(); run('create'); }}>
            <Field label={t('desk.accounts.newUserName', { name: staff.name })}>
              <input value={userName} onChange={(e) => setUserName(e.target.value)} autoComplete="off" required />
            </Field>
            <button type="submit" disabled={act.isPending}>{t('desk.accounts.create')}</button>
          </form>
        )}
        {a && (
          <button type="button" data-variant="secondary" disabled={act.isPending} onClick={() => run('reset')}
            aria-label={t('desk.accounts.resetFor', { name: staff.name })}>{t('desk.accounts.reset')}</button>
        )}
        {a?.active && !self && (
          <button type="button" data-variant="secondary" disabled={act.isPending} onClick={() => run('deactivate')}
            aria-label={t('desk.accounts.deactivateFor', { name: staff.name })}>{t('desk.accounts.deactivate')}</button>
        )}
        {a && !a.active && (
          <button type="button" data-variant="secondary" disabled={act.isPending} onClick={() => run('reactivate')}
            aria-label={t('desk.accounts.reactivateFor', { name: staff.name })}>{t('desk.accounts.reactivate')}</button>
        )}
      </span>
      {act.isError && <ErrorNotice error={act.error} />}
      {secret && (
        <div role="status" className={styles.otp}>
          <p>{t('desk.accounts.oneTime', { userName: secret.userName })}</p>
          <p className={styles.secret} data-testid="one-time-password">{secret.password}</p>
          <p className={styles.explain}>{t('desk.accounts.oneTimeExplain')}</p>
          <button type="button" data-variant="secondary" onClick={() => setSecret(null)}>{t('desk.accounts.handedOver')}</button>
        </div>
      )}
    </li>
  );
}
