import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { useFormat } from '../../format/useFormat';
import { canPropose } from '../forcemajeure/roles';
import { Loading } from '../../ui/Loading';
import { CaseProblem } from './CaseProblem';
import { VersionDiff } from './VersionDiff';
import { useCaseFormulation, useStaff } from './queries';
import styles from './casefile.module.css';

/**
 * CL2/CL3/FM4: the hypothesis, the formulation as staff must follow it now (each force-majeure
 * override marked, each other item, for those FM1 lets propose, the way to propose one), and every version with who,
 * when, the KK or force majeure that made it, and what changed since the version before.
 */
export function FormulationSection({ clientId, hypothesis, nameOf }: {
  clientId: string; hypothesis: Schemas['Hypothesis'] | null; nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const formulation = useCaseFormulation(clientId, true);
  const me = useCurrentUser();
  const proposer = canPropose(me, useStaff().data?.forceMajeureDesignees);
  const versions = [...(formulation.data?.versions ?? [])].sort((a, b) => Number(b.version) - Number(a.version));
  const effective = formulation.data?.effective ?? [];
  return (
    <section className={styles.card} aria-labelledby="formulation-title">
      <h2 id="formulation-title">{t('kasus.formulation.title')}</h2>
      {hypothesis && (
        <>
          <h3>{t('kasus.formulation.hypothesis')}</h3>
          <dl className={styles.facts}>
            <dt>{t('kasus.formulation.why')}</dt><dd>{hypothesis.whyInDifficulty}</dd>
            <dt>{t('kasus.formulation.cause')}</dt><dd>{hypothesis.cause}</dd>
            <dt>{t('kasus.formulation.how')}</dt><dd>{hypothesis.howToHelp}</dd>
          </dl>
        </>
      )}
      {formulation.isPending && <Loading />}
      {formulation.isError && <CaseProblem error={formulation.error} />}
      {formulation.data && effective.length === 0 && <p>{t('kasus.formulation.none')}</p>}
      {effective.length > 0 && (
        <>
          <h3>{t('kasus.formulation.effective')}</h3>
          <ol className={styles.items} aria-label={t('kasus.formulation.effective')}>
            {effective.map((item) => {
              const n = Number(item.number);
              return (
                <li key={n} value={n} data-status={item.status}>
                  {item.status === 'AsAgreed' ? item.text : <s>{item.baseText}</s>}
                  {item.status !== 'AsAgreed' && (
                    <p className={styles.override}>
                      <strong>{t(`fm.override.${item.status}`)}</strong> {item.status === 'Changed' && item.text}
                    </p>
                  )}
                  <div>
                    {item.forceMajeureId
                      ? <Link to={`/fm/${item.forceMajeureId}`}>{t('fm.override.open')}</Link>
                      : proposer && <Link to={`/fm/baru?client=${clientId}&item=${n}`} aria-label={t('fm.propose.forItem', { item: n })}>{t('fm.propose.action')}</Link>}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {versions.length > 0 && (
        <>
          <h3>{t('kasus.formulation.versions')}</h3>
          <ul className={styles.versions}>
            {versions.map((v) => {
              const previous = formulation.data?.versions.find((p) => Number(p.version) === Number(v.version) - 1);
              return (
                <li key={Number(v.version)}>
                  <details open={v === versions[0]}>
                    <summary>
                      {t('kasus.formulation.version', { version: Number(v.version) })} · {format.dateTime(v.at)} · {nameOf(v.by)}
                    </summary>
                    <p>
                      {t(`kasus.formulation.source.${v.source}`)}{': '}
                      <Link to={`/kk/${v.conferenceId}`}>{t('kasus.formulation.theKk')}</Link>
                      {v.forceMajeureId && <>{' · '}<Link to={`/fm/${v.forceMajeureId}`}>{t('kasus.formulation.theFm')}</Link></>}
                    </p>
                    <VersionDiff previous={previous} current={v} />
                  </details>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
