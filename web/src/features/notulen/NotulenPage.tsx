import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { formatDateTime, formatTime } from '../../format/dates';
import { usePantiTimeZone } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useAgendaClients, useConference } from '../sidang/queries';
import { rolesIn } from '../sidang/roles';
import { NotulenItems } from './NotulenItems';
import styles from './notulen.module.css';

/**
 * The notulen of a closed KK as it prints on A4, always in Indonesian (the record's language):
 * panti, date and time, chair, secretary, attendance, each agenda item with its decision, the
 * numbered entries with their ralat, and the seal with how to verify it.
 */
export function NotulenPage() {
  const { id = '' } = useParams();
  const { i18n, t: screen } = useTranslation();
  const t = i18n.getFixedT('id');
  const me = useCurrentUser();
  const zone = usePantiTimeZone();
  const query = useConference(id);
  const clients = useAgendaClients(id, query.data?.conference.agenda?.length ?? 0);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;

  const kk = query.data.conference;
  const roles = rolesIn(kk, me);
  const when = (value: string | null | undefined) => (value ? formatDateTime(value, zone, 'id') : '—');
  const minutes = kk.minutes ?? [];

  return (
    <article className={styles.sheet} lang="id" aria-labelledby="notulen-title">
      <div className={styles.screenOnly}>
        <button type="button" onClick={() => window.print()}>{screen('notulen.print')}</button>
      </div>
      <h1 id="notulen-title">{t('notulen.title')}</h1>
      <p className={styles.panti}>{me.pantiName}</p>
      <dl className={styles.facts}>
        <dt>{t('notulen.start')}</dt><dd>{when(kk.start)}</dd>
        <dt>{t('notulen.opened')}</dt><dd>{when(kk.openedAt)}</dd>
        <dt>{t('notulen.closed')}</dt><dd>{when(kk.closedAt)}</dd>
        <dt>{t('notulen.chair')}</dt>
        <dd>{roles.nameOf(kk.chairId)}{kk.chairDiscipline ? ` (${t(`discipline.${kk.chairDiscipline}`)})` : ''}</dd>
        <dt>{t('notulen.secretary')}</dt><dd>{roles.nameOf(kk.secretaryId)}</dd>
      </dl>

      <h2>{t('notulen.attendance')}</h2>
      <table className={styles.table}>
        <thead><tr><th scope="col">{t('notulen.name')}</th><th scope="col">{t('notulen.mode')}</th><th scope="col">{t('notulen.note')}</th></tr></thead>
        <tbody>
          {(kk.participants ?? []).map((p) => {
            const a = (kk.attendance ?? []).find((x) => x.staffId === p.staffId);
            return (
              <tr key={p.staffId}>
                <td>{p.name}</td>
                <td>{a ? t(`sidang.attendance.modes.${a.mode}`) : t('sidang.attendance.unknown')}</td>
                <td>{a?.detail ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <NotulenItems kk={kk} clients={clients.data ?? []} t={t} />

      <h2>{t('notulen.minutes')}</h2>
      <ol className={styles.minutes}>
        {minutes.map((m) => (
          <li key={Number(m.number)} value={Number(m.number)}>
            <span className={styles.meta}>{formatTime(m.at, zone, 'id')}{m.amends != null ? ` · ${t('sidang.minutes.amends', { number: Number(m.amends) })}` : ''}</span>{' '}
            {m.text}
          </li>
        ))}
      </ol>

      <h2>{t('notulen.seal')}</h2>
      <p>{t('notulen.sealHash')}: <code className={styles.hash}>{kk.sealHash ?? t('notulen.notSealed')}</code></p>
      <p>{t('notulen.previousHash')}: <code className={styles.hash}>{kk.previousSealHash ?? t('notulen.genesis')}</code></p>
      <p>{t('notulen.howToVerify', { path: `/api/v1/conferences/${id}/seal` })}</p>
    </article>
  );
}
