import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole, useCurrentUser } from '../../auth/session';
import { Page } from '../../ui/Page';
import styles from './desk.module.css';

const TABS = [
  { to: '/pimpinan', key: 'desk.tabs.waiting', end: true },
  { to: '/pimpinan/staf', key: 'desk.tabs.staff', end: false },
  { to: '/pimpinan/akun', key: 'desk.tabs.accounts', end: false },
  { to: '/pimpinan/pengaturan', key: 'desk.tabs.settings', end: false },
  { to: '/pimpinan/audit', key: 'desk.tabs.audit', end: false },
] as const;

/** The pimpinan's desk: its sections, or, for anyone else, why it is not theirs. */
export function DeskLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!hasRole(me, 'Pimpinan')) {
    return (
      <Page title={t('desk.title')}>
        <p role="alert">{t('desk.notPimpinan')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('desk.title')}>
      <nav aria-label={t('desk.sections')} className={styles.tabs}>
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className={({ isActive }) => (isActive ? styles.active : undefined)}>
            {t(tab.key)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </Page>
  );
}
