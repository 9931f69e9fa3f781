import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { Page } from '../../ui/Page';

/** Beranda: what needs the signed-in person now. */
export function BerandaPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Page title={t('nav.beranda')}>
      <p>{t('beranda.greeting', { name: me.name })}</p>
      <h2>{t('beranda.myTasks')}</h2>
      <p>{t('beranda.noTasks')}</p>
    </Page>
  );
}
