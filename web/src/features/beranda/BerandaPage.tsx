import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useMyTasks } from './queries';
import { TaskList } from './TaskList';

/** Beranda: what needs the signed-in person now, soonest deadline first; each row opens where it is done. */
export function BerandaPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const tasks = useMyTasks();
  return (
    <Page title={t('nav.beranda')}>
      <p>{t('beranda.greeting', { name: me.name })}</p>
      <h2>{t('beranda.myTasks')}</h2>
      {tasks.isPending && <Loading />}
      {tasks.isError && <ErrorNotice error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data && tasks.data.length === 0 && <p>{t('beranda.noTasks')}</p>}
      {tasks.data && tasks.data.length > 0 && <TaskList tasks={tasks.data} />}
    </Page>
  );
}
