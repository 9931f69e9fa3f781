import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useInbox } from '../inbox/queries';
import { NotificationList } from '../inbox/NotificationList';

/**
 * Beranda: what needs the signed-in person now, newest first (their open notifications, live);
 * each row opens the place where it is done and leaves once that is done.
 */
export function BerandaPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const inbox = useInbox();
  return (
    <Page title={t('nav.beranda')}>
      <p>{t('beranda.greeting', { name: me.name })}</p>
      <h2>{t('beranda.myTasks')}</h2>
      {inbox.isPending && <Loading />}
      {inbox.isError && <ErrorNotice error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.data && inbox.data.items.length === 0 && <p>{t('beranda.noTasks')}</p>}
      {inbox.data && inbox.data.items.length > 0 && <NotificationList items={inbox.data.items} />}
    </Page>
  );
}
