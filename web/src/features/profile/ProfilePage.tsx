import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { Page } from '../../ui/Page';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ChangePasswordForm } from './ChangePasswordForm';
import { CalendarLink } from './CalendarLink';
import { ApiTokens } from './ApiTokens';
import { useTokens } from './tokenQueries';
import styles from './profile.module.css';

/**
 * Profil: who is signed in, their own password, their calendar subscription link and API tokens.
 * An account still on its one-time password is kept here (RequireAuth) until it chooses its own,
 * then goes on to Beranda.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const forced = me.mustChangePassword;
  const tokens = useTokens();

  return (
    <Page title={t('profile.title')}>
      {forced && <p role="alert" className={styles.notice}>{t('profile.mustChange')}</p>}
      <dl className={styles.facts}>
        <dt>{t('profile.name')}</dt>
        <dd>{me.name}</dd>
        <dt>{t('profile.userName')}</dt>
        <dd>{me.userName}</dd>
        <dt>{t('profile.panti')}</dt>
        <dd>{me.pantiName}</dd>
        <dt>{t('profile.pantiCode')}</dt>
        <dd>{me.pantiCode}</dd>
      </dl>
      <ChangePasswordForm onChanged={() => { if (forced) void navigate('/', { replace: true }); }} />
      {!forced && tokens.isError && <ErrorNotice error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {!forced && tokens.data && <CalendarLink tokens={tokens.data} />}
      {!forced && tokens.data && <ApiTokens tokens={tokens.data} />}
    </Page>
  );
}
