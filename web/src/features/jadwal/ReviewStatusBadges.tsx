import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import type { ReviewRow } from './schedule';
import styles from './jadwal.module.css';

/** A review's status, and the KK whose agenda holds the client (RV2), linked. */
export function ReviewStatusBadges({ row }: { row: ReviewRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className={styles.badges}>
      <span className={styles[`status${row.status}`]}>{t(`jadwal.status.${row.status}`)}</span>
      {row.onAgenda && (
        <Link className={styles.onAgenda} to={`/kk/${row.onAgenda.id}`}>
          {t('jadwal.onAgenda', { when: format.dateTime(row.onAgenda.start) })}
        </Link>
      )}
      {row.unplaced && <span className={styles.statusOverdue}>{t('jadwal.unplaced')}</span>}
    </span>
  );
}
