import { useTranslation } from 'react-i18next';
import styles from './ui.module.css';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className={styles.muted} role="status">
      {t('app.loading')}
    </p>
  );
}
