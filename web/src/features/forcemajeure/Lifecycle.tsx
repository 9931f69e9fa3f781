import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import type { FmRow } from './queries';
import styles from './forcemajeure.module.css';

/** FM4-FM7: its life — proposed, in force, placed on the next KK, ratified or cancelled there, or overdue. */
export function Lifecycle({ row, name }: { row: FmRow; name: (id: string | null | undefined) => string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const kk = (id: string, key: string) => <Link to={`/kk/${id}`}>{t(key)}</Link>;
  return (
    <section className={styles.panel} aria-labelledby="fm-life">
      <h2 id="fm-life">{t('fm.life.title')}</h2>
      <ol className={styles.steps}>
        <li>{t('fm.life.proposed', { at: dateTime(row.proposedAt), by: name(row.proposedBy) })}</li>
        {row.state === 'Rejected' && <li>{t('fm.life.rejected', { by: name(row.objectedBy) })}</li>}
        {row.inForceSince && <li>{t('fm.life.inForce', { at: dateTime(row.inForceSince) })}</li>}
        {row.agendaConferenceId && !row.resolvedByConferenceId && (
          <li>{t(row.state === 'Rejected' ? 'fm.life.onAgendaForDiscussion' : 'fm.life.onAgenda')} {kk(row.agendaConferenceId, 'fm.life.openKk')}</li>
        )}
        {!row.agendaConferenceId && (row.state === 'InForce' || (row.state === 'Rejected' && !row.resolvedByConferenceId)) && (
          <li>{t('fm.life.awaitingAgenda')}</li>
        )}
        {row.resolvedByConferenceId && (
          <li>{t(`fm.life.${row.state === 'Cancelled' ? 'cancelled' : 'ratified'}`)} {kk(row.resolvedByConferenceId, 'fm.life.openKk')}</li>
        )}
      </ol>
      {row.ratificationOverdue && <p className={styles.danger}>{t('fm.life.overdue')}</p>}
    </section>
  );
}
