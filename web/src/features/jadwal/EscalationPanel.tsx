import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates';
import { isLanguage } from '../../i18n';
import type { ReviewRow } from './schedule';
import styles from './jadwal.module.css';

/**
 * RV3 for the pimpinan: overdue reviews stay here until a KK decides on the client (any decision
 * but Defer restarts the clock); RV2: clients due that no regular KK can take in time stay until
 * a KK has them on its agenda (an urgent KK, or the next regular one planned early enough).
 */
export function EscalationPanel({ rows }: { rows: ReviewRow[] }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  const overdue = rows.filter((r) => r.escalated);
  const unplaced = rows.filter((r) => r.unplaced);
  return (
    <section className={styles.escalations} aria-labelledby="jadwal-escalations">
      <h2 id="jadwal-escalations">{t('jadwal.escalations.title')}</h2>
      {overdue.length === 0 && unplaced.length === 0 && <p>{t('jadwal.escalations.none')}</p>}
      {overdue.length > 0 && (
        <>
          <p className={styles.muted}>{t('jadwal.escalations.overdueResolves')}</p>
          <ul>
            {overdue.map((r) => (
              <li key={r.id}>
                <Link to={`/klien/${r.id}`}>{r.name}</Link>{' '}
                {t('jadwal.escalations.overdueSince', { date: formatDate(`${r.dueOn}T00:00:00Z`, 'UTC', language) })}
                {r.onAgenda && <> · <Link to={`/kk/${r.onAgenda.id}`}>{t('jadwal.escalations.onKk')}</Link></>}
              </li>
            ))}
          </ul>
        </>
      )}
      {unplaced.length > 0 && (
        <>
          <p className={styles.muted}>{t('jadwal.escalations.unplacedResolves')}</p>
          <ul>
            {unplaced.map((r) => (
              <li key={r.id}><Link to={`/klien/${r.id}`}>{r.name}</Link></li>
            ))}
          </ul>
          <Link to="/kk">{t('jadwal.escalations.toKk')}</Link>
        </>
      )}
    </section>
  );
}
