import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem';
import styles from './ui.module.css';

/** A failure told in the reader's language (problem code → bundle), with an optional retry. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={styles.error} role="alert">
      <span>{problemMessage(error, i18n)}</span>
      {onRetry && (
        <button type="button" className={styles.linkButton} onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
