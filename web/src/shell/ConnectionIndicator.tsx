import { useTranslation } from 'react-i18next';
import { useConnectionState } from './connection';
import styles from './AppShell.module.css';

/** The shell's connection-state slot: shown only while a live screen is open. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <div role="status" aria-live="polite" className={styles.connection}>
      {state && (
        <span data-state={state} className={styles.connectionBadge}>
          <span className={styles.srOnly}>{t('connection.label')}: </span>
          {t(`connection.${state}`)}
        </span>
      )}
    </div>
  );
}
