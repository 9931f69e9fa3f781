import { useTranslation } from 'react-i18next';
import styles from './ui.module.css';

/** Previous/next through a list paged on the server, with "from–to of total" announced as it changes. */
export function Pager({ label, offset, shown, total, pageSize, onOffset }: {
  label: string;
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={label} className={styles.pager}>
      <button type="button" data-variant="secondary" disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - pageSize))}>{t('pager.previous')}</button>
      <span role="status">{t('pager.showing', { from: shown ? offset + 1 : 0, to: offset + shown, total })}</span>
      <button type="button" data-variant="secondary" disabled={offset + shown >= total}
        onClick={() => onOffset(offset + pageSize)}>{t('pager.next')}</button>
    </nav>
  );
}
