import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { ApiProblem } from '../../api/problem';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useFmList, useForceMajeure, usePanti } from './queries';
import { namesOf, stateKey, stateTone } from './labels';
import { canAttest } from './roles';
import { ContentView } from './ContentView';
import { PeopleView } from './PeopleView';
import { RespondPanel } from './RespondPanel';
import { AttestForm } from './AttestForm';
import { Lifecycle } from './Lifecycle';
import styles from './forcemajeure.module.css';

/** One force majeure: where it stands for everyone; its content for those CL6 allows; my answer; the secretary's attestation. */
export function ForceMajeureDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useFmList();
  const content = useForceMajeure(id);
  const panti = usePanti();
  const row = list.data?.find((r) => r.id === id);
  const name = namesOf(panti.data?.staff);
  const confidential = content.error instanceof ApiProblem && content.error.code === 'case_record_confidential';
  const title = row && !row.caseContentWithheld
    ? t('fm.title', { kind: t(`fm.kind.${row.kind}`), client: row.clientName ?? '', item: Number(row.itemNumber) })
    : t('fm.detailTitle');

  return (
    <Page title={title} actions={<Link to="/fm">{t('fm.backToList')}</Link>}>
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && !row && (content.isError && !confidential ? <ErrorNotice error={content.error} /> : <Loading />)}
      {row && (
        <>
          <p className={styles.meta}><span className={styles[stateTone(row)]}>{t(stateKey(row))}</span></p>
          <RespondPanel row={row} fm={content.data} name={name} />
          {content.data && <ContentView fm={content.data} />}
          {confidential && <p className={styles.muted}>{t('fm.confidential')}</p>}
          {content.isError && !confidential && <ErrorNotice error={content.error} />}
          <PeopleView row={row} fm={content.data} name={name} />
          {canAttest(me) && <AttestForm row={row} />}
          <Lifecycle row={row} name={name} />
        </>
      )}
    </Page>
  );
}
