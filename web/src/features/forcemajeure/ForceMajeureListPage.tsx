import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useFmList, usePanti } from './queries';
import { byUrgency } from './standing';
import { canPropose } from './roles';
import { ForceMajeureCard } from './ForceMajeureCard';
import styles from './forcemajeure.module.css';

/** Force majeure (FM1-FM7): every one of the panti, what waits for someone first. */
export function ForceMajeureListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useFmList();
  const panti = usePanti();
  const actions = canPropose(me, panti.data?.forceMajeureDesignees) ? <Link to="/fm/baru">{t('fm.propose.open')}</Link> : undefined;
  return (
    <Page title={t('fm.listTitle')} actions={actions}>
      <p className={styles.muted}>{t('fm.intro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && <p>{t('fm.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className={styles.list}>
          {byUrgency(list.data).map((row) => <ForceMajeureCard key={row.id} row={row} />)}
        </ul>
      )}
    </Page>
  );
}
