import { NavLink, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole, useCurrentUser, useSignOut } from '../auth/session';
import { PROFILE_PATH } from '../auth/RequireAuth';
import { NotificationBell } from '../features/inbox/NotificationBell';
import { useInboxFeed } from '../live/useInboxFeed';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LanguageSwitch } from './LanguageSwitch';
import styles from './AppShell.module.css';

const NAV = [
  { to: '/', key: 'nav.beranda', end: true },
  { to: '/kk', key: 'nav.kk', end: false },
  { to: '/jadwal', key: 'nav.jadwal', end: false },
  { to: '/klien', key: 'nav.klien', end: false },
  { to: '/fm', key: 'nav.fm', end: false },
] as const;

/** The pimpinan's desk: in the nav for the pimpinan only (anyone else who opens it is told why). */
const DESK = { to: '/pimpinan', key: 'nav.pimpinan', end: false } as const;

/** Every signed-in screen: the panti and person, navigation, language, connection state, sign out. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  useInboxFeed(!me.mustChangePassword);

  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">{t('app.skipToContent')}</a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <strong>{t('app.name')}</strong>
          <span className={styles.panti}>{me.pantiName}</span>
        </div>
        <nav aria-label={t('nav.label')} className={styles.nav}>
          {!me.mustChangePassword && [...NAV, ...(hasRole(me, 'Pimpinan') ? [DESK] : [])].map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end} className={({ isActive }) => (isActive ? styles.active : undefined)}>
              {t(item.key)}
            </NavLink>
          ))}
        </nav>
        <div className={styles.tools}>
          <ConnectionIndicator />
          {!me.mustChangePassword && <NotificationBell />}
          <span className={styles.who}>{t('nav.signedInAs', { name: me.name })}</span>
          <NavLink to={PROFILE_PATH} className={({ isActive }) => `${styles.profile}${isActive ? ` ${styles.active}` : ''}`}>{t('nav.profil')}</NavLink>
          <LanguageSwitch signedIn />
          <button
            type="button"
            data-variant="secondary"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/masuk', { replace: true }) })}
          >
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
