import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useForceMajeureList } from './queries';
import styles from './desk.module.css';

/** FM5/FM7: force majeure in force waiting for ratification at a KK, the overdue ones first. */
export function Ratifications() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useForceMajeureList();
  const waiting = (list.data ?? []).filter((f) => f.state === 'InForce')
    .sort((a, b) => Number(b.ratificationOverdue) - Number(a.ratificationOverdue));
  return (
    <section className={styles.panel} aria-labelledby="desk-ratify">
      <h2 id="desk-ratify">{t('desk.ratify.title')}</h2>
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && waiting.length === 0 && <p>{t('desk.ratify.none')}</p>}
      <ul className={styles.list}>
        {waiting.map((f) => (
          <li key={f.id}>
            <Link to={`/fm/${f.id}`}>
              {t('desk.ratify.item', { kind: t(`desk.fmKinds.${f.kind}`), client: f.clientName ?? t('desk.aClient') })}
            </Link>
            <span className={styles.actions}>
              {f.inForceSince && <span>{t('desk.ratify.since', { when: format.dateTime(f.inForceSince) })}</span>}
              {f.ratificationOverdue
                ? <span className={styles.danger}>{t('desk.ratify.overdue')}</span>
                : <span className={styles.warn}>{f.agendaConferenceId ? t('desk.ratify.onAgenda') : t('desk.ratify.due')}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
