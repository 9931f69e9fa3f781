import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { useDay } from './day';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { CaseProblem } from './CaseProblem';
import { Chronology } from './Chronology';
import { ConferencesSection } from './ConferencesSection';
import { FormulationSection } from './FormulationSection';
import { PeksosSection } from './PeksosSection';
import { RegistrationSection } from './RegistrationSection';
import { StageSection } from './StageSection';
import { useCaseRecord, useStaff } from './queries';
import styles from './casefile.module.css';

/**
 * /klien/:id, the case file (CL1-CL6): registration, stage and its next steps, responsible peksos,
 * the formulation with its versions, the KKs that discussed the client, and the chronology. Every
 * opening is a case-record read the gateway audits (CL6), and the screen says so; a reader CL6
 * refuses is told why instead of seeing an empty page.
 */
export function CaseFilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const day = useDay();
  const record = useCaseRecord(id);
  const staff = useStaff();
  const nameOf = (staffId: string | null | undefined) =>
    (staffId && staff.data?.staff?.find((s) => s.id === staffId)?.name) || t('kasus.someone');

  if (record.isPending) return <Page title={t('kasus.title')}><Loading /></Page>;
  if (record.isError) {
    const refused = record.error instanceof ApiProblem && record.error.status === 403;
    return (
      <Page title={t('kasus.title')}>
        <CaseProblem error={record.error} />
        {refused && <p>{t('kasus.whoMayRead')}</p>}
        <p><Link to="/klien">{t('kasus.backToList')}</Link></p>
      </Page>
    );
  }

  const { client, reviewDueOn, diagnosticOverdue, nextSteps } = record.data;
  const stage = client.stage ?? 'Prospect';
  return (
    <Page
      title={client.name ?? t('kasus.title')}
      actions={(
        <>
          <Link to={`/klien/${id}/formulir-2`}>{t('kasus.print.form2')}</Link>
          <Link to={`/klien/${id}/formulir-3`}>{t('kasus.print.form3')}</Link>
        </>
      )}
    >
      <p className={styles.notice} role="note">{t('kasus.readRecorded')}</p>
      <dl className={styles.facts}>
        <dt>{t('kasus.stage')}</dt>
        <dd>{t(`klien.stages.${stage}`)}{client.terminationReason ? ` · ${t(`terminationReason.${client.terminationReason}`)}` : ''}</dd>
        <dt>{t('klien.peksos')}</dt>
        <dd>{client.responsiblePeksosId ? nameOf(client.responsiblePeksosId) : t('kasus.peksos.none')}</dd>
        <dt>{t('kasus.reviewDue')}</dt>
        <dd data-testid="review-due">{reviewDueOn ? day(reviewDueOn) : t('kasus.noReviewClock')}</dd>
        {diagnosticOverdue && (<><dt>{t('kasus.diagnostic')}</dt><dd className={styles.warn}>{t('kasus.diagnosticOverdue')}</dd></>)}
      </dl>
      <div className={styles.grid}>
        <RegistrationSection clientId={id} registration={client.registration ?? null} />
        <StageSection clientId={id} stage={stage} steps={nextSteps ?? []} />
        <PeksosSection clientId={id} current={client.responsiblePeksosId ?? null} stage={stage} staff={staff.data?.staff ?? []} />
      </div>
      <FormulationSection clientId={id} hypothesis={client.hypothesis ?? null} nameOf={nameOf} />
      <ConferencesSection clientId={id} chronology={client.chronology ?? []} />
      <Chronology entries={client.chronology ?? []} nameOf={nameOf} />
    </Page>
  );
}
