import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { useConferenceFeed } from '../../live/useConferenceFeed';
import { useAgendaClients, useConference, useReadiness } from '../sidang/queries';
import { useFormat } from '../../format/useFormat';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ApprovalPanel } from './ApprovalPanel';
import { AgendaItemCard } from './AgendaItemCard';
import { InviteForm } from './InviteForm';
import { AddAgendaItemForm } from './AddAgendaItemForm';
import { canOrganise } from '../kk/roles';
import styles from './preparation.module.css';

/** KK preparation: participants and capacities, agenda items with summaries and receipts, live; organisers invite and add clients. */
export function PreparationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormat();
  useConferenceFeed(id);
  const snapshot = useConference(id);
  const kk = snapshot.data?.conference;
  const readiness = useReadiness(id, snapshot.data ? Number(snapshot.data.version) : undefined);
  const clients = useAgendaClients(id, kk?.agenda?.length ?? 0);

  if (snapshot.isPending) return <Loading />;
  if (snapshot.isError || !kk) return <ErrorNotice error={snapshot.error} onRetry={() => void snapshot.refetch()} />;
  const organiser = canOrganise(me) && kk.state === 'Planned';
  const title = `${t(`kk.kinds.${kk.kind ?? 'Regular'}`)}: ${format.dateTime(kk.start ?? '')}`;

  return (
    <Page title={title} actions={kk.state !== 'Cancelled' && <Link to={`/kk/${id}/sidang`}>{t('prep.toSession')}</Link>}>
      <p>{t('kk.state')}: {t(`kk.states.${kk.state}`)}</p>
      <ApprovalPanel kkId={id} kk={kk} pimpinan={me.roles.includes('Pimpinan')} />
      <section className={styles.panel} aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t('prep.participants')}</h2>
        <ul className={styles.people}>
          {(kk.participants ?? []).map((p) => (
            <li key={p.staffId}>{p.name} · {t(`prep.capacity.${p.capacity}`)}</li>
          ))}
        </ul>
        {organiser && <InviteForm kkId={id} kk={kk} />}
      </section>
      <section className={styles.panel} aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('prep.agenda')}</h2>
        {(kk.agenda ?? []).length === 0 && <p>{t('prep.noAgenda')}</p>}
        {(kk.agenda ?? []).map((item) => (
          <AgendaItemCard key={item.id} kkId={id} kk={kk} item={item} me={me}
            clientName={clients.data?.find((c) => c.clientId === item.clientId)?.name ?? t('beranda.aClient')}
            readiness={readiness.data?.items.find((r) => r.agendaItemId === item.id)?.readiness} />
        ))}
        {organiser && <AddAgendaItemForm kkId={id} />}
      </section>
    </Page>
  );
}
