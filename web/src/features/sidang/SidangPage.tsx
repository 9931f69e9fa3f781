import { useParams, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { useFormat } from '../../format/useFormat';
import { useConferenceFeed } from '../../live/useConferenceFeed';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { AgendaPanel } from './AgendaPanel';
import { AttendancePanel } from './AttendancePanel';
import { ClosePanel } from './ClosePanel';
import { MinutesPanel } from './MinutesPanel';
import { OpeningPanel } from './OpeningPanel';
import { PostKkSummaryPanel } from './PostKkSummaryPanel';
import { useConference } from './queries';
import { rolesIn } from './roles';
import styles from './sidang.module.css';

/**
 * Sidang KK: the secretary's tablet screen and, for everyone else, the same session live and
 * read-only. What a person may do decides what they see; the gateway decides again.
 */
export function SidangPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useCurrentUser();
  const feed = useConferenceFeed(id);
  const query = useConference(id);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;

  const snapshot = query.data;
  const kk = snapshot.conference;
  const roles = rolesIn(kk, me);
  const state = kk.state ?? 'Planned';
  const title = t('sidang.title', { date: kk.start ? format.dateTime(kk.start) : '' });

  return (
    <Page
      title={title}
      actions={
        state === 'Closed' || state === 'Sealed' ? <Link to={`/kk/${id}/notulen`}>{t('sidang.printNotulen')}</Link> : undefined
      }
    >
      <p className={styles.status} data-testid="kk-state">
        <span>{t(`sidang.states.${state}`)}</span>
        <span data-testid="feed-state" data-state={feed}>{t(`connection.${feed}`)}</span>
        {!roles.isRecorder && <span>{t('sidang.readOnly')}</span>}
      </p>
      <div className={styles.layout}>
        <div className={styles.column}>
          {(state === 'Planned' || state === 'InSession') && <AttendancePanel id={id} kk={kk} roles={roles} />}
          {state === 'Planned' && <OpeningPanel id={id} snapshot={snapshot} roles={roles} />}
          <AgendaPanel id={id} kk={kk} roles={roles} />
          {state === 'InSession' && <ClosePanel id={id} snapshot={snapshot} roles={roles} />}
          {(state === 'Closed' || state === 'Sealed') && <PostKkSummaryPanel id={id} kk={kk} me={me.staffId} />}
        </div>
        <div className={styles.column}>
          <MinutesPanel id={id} kk={kk} roles={roles} />
        </div>
      </div>
    </Page>
  );
}
