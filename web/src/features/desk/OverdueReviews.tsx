import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useReviewSchedule } from './queries';
import styles from './desk.module.css';

/** RV2: quarterly reviews past their due date, the oldest first; each opens the client's case file. */
export function OverdueReviews() {
  const { t } = useTranslation();
  const format = useFormat();
  const schedule = useReviewSchedule();
  const overdue = (schedule.data?.reviews ?? []).filter((r) => r.status === 'Overdue').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <section className={styles.panel} aria-labelledby="desk-overdue">
      <h2 id="desk-overdue">{t('desk.overdue.title')}</h2>
      {schedule.isPending && <Loading />}
      {schedule.isError && <ErrorNotice error={schedule.error} onRetry={() => void schedule.refetch()} />}
      {schedule.data && overdue.length === 0 && <p>{t('desk.overdue.none')}</p>}
      <ul className={styles.list}>
        {overdue.map((r) => (
          <li key={r.clientId}>
            <Link to={`/klien/${r.clientId}`}>{schedule.data?.clientNames[r.clientId] ?? t('desk.aClient')}</Link>
            <span className={styles.danger}>{t('desk.overdue.dueOn', { when: format.date(`${r.dueOn}T12:00:00Z`) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
