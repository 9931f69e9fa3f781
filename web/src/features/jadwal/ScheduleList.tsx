import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates';
import { useFormat } from '../../format/useFormat';
import { isLanguage } from '../../i18n';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { ReviewStatusBadges } from './ReviewStatusBadges';
import type { KkRow, Row } from './schedule';
import styles from './jadwal.module.css';

/** RV4 on the screen: a table from tablet width, a list of cards on a phone. */
export function ScheduleList({ rows, peksosNames }: { rows: Row[]; peksosNames: Map<string, string> }) {
  const wide = useMediaQuery('(min-width: 700px)');
  return wide ? <ScheduleTable rows={rows} peksosNames={peksosNames} /> : <ScheduleCards rows={rows} peksosNames={peksosNames} />;
}

function useDueDate() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  // A due date is a calendar date, not a moment: shown as the panti's calendar has it.
  return (date: string) => formatDate(`${date}T00:00:00Z`, 'UTC', language);
}

function KkTitle({ row }: { row: KkRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  return <Link to={`/kk/${row.id}`}>{t(`jadwal.kk.${row.conferenceKind}`)} · {format.dateTime(row.start)}</Link>;
}

function ScheduleTable({ rows, peksosNames }: { rows: Row[]; peksosNames: Map<string, string> }) {
  const { t } = useTranslation();
  const dueDate = useDueDate();
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{t('jadwal.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('jadwal.date')}</th>
          <th scope="col">{t('jadwal.what')}</th>
          <th scope="col">{t('jadwal.registerNumber')}</th>
          <th scope="col">{t('jadwal.peksos')}</th>
          <th scope="col">{t('jadwal.statusLabel')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => row.kind === 'kk' ? (
          <tr key={`kk-${row.id}`} className={styles.kkRow} data-kind="kk">
            <td colSpan={5}><KkTitle row={row} /></td>
          </tr>
        ) : (
          <tr key={row.id} data-kind="review" data-client={row.id} className={row.escalated ? styles.escalatedRow : undefined}>
            <td>{dueDate(row.dueOn)}</td>
            <th scope="row"><Link to={`/klien/${row.id}`}>{row.name}</Link></th>
            <td>{row.registerNumber ?? '—'}</td>
            <td>{(row.peksosId && peksosNames.get(row.peksosId)) ?? '—'}</td>
            <td><ReviewStatusBadges row={row} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ScheduleCards({ rows, peksosNames }: { rows: Row[]; peksosNames: Map<string, string> }) {
  const { t } = useTranslation();
  const dueDate = useDueDate();
  return (
    <ol className={styles.cards} aria-label={t('jadwal.title')}>
      {rows.map((row) => row.kind === 'kk' ? (
        <li key={`kk-${row.id}`} className={styles.kkCard} data-kind="kk"><KkTitle row={row} /></li>
      ) : (
        <li key={row.id} data-kind="review" data-client={row.id} className={row.escalated ? styles.escalatedCard : styles.card}>
          <Link className={styles.cardTitle} to={`/klien/${row.id}`}>{row.name}</Link>
          <span>{t('jadwal.dueOn', { date: dueDate(row.dueOn) })}</span>
          <span className={styles.muted}>
            {[row.registerNumber, row.peksosId && peksosNames.get(row.peksosId)].filter(Boolean).join(' · ') || '—'}
          </span>
          <ReviewStatusBadges row={row} />
        </li>
      ))}
    </ol>
  );
}

