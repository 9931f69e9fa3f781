import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { AccountRow } from './AccountRow';
import { usePanti } from './queries';
import styles from './desk.module.css';

/** Sign-in accounts: one per staff member, created, reset, deactivated or reactivated by the pimpinan. */
export function AccountsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const panti = usePanti();
  return (
    <section className={styles.panel} aria-labelledby="desk-accounts">
      <h2 id="desk-accounts">{t('desk.accounts.title')}</h2>
      <p className={styles.explain}>{t('desk.accounts.explain')}</p>
      {panti.isPending && <Loading />}
      {panti.isError && <ErrorNotice error={panti.error} onRetry={() => void panti.refetch()} />}
      <ul className={styles.list}>
        {panti.data?.staff?.map((s) => <AccountRow key={s.id} staff={s} self={s.id === me.staffId} />)}
      </ul>
    </section>
  );
}
