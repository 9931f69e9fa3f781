import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { Loading } from '../../ui/Loading';
import { CaseProblem } from './CaseProblem';
import { chronologyLine } from './chronologyLine';
import { useClientConferences, type ChronologyEntry } from './queries';
import styles from './casefile.module.css';

/** The KKs that had the client on their agenda, newest first, with why and what each decided (the chronology's lines of that KK). */
export function ConferencesSection({ clientId, chronology }: { clientId: string; chronology: ChronologyEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kks = useClientConferences(clientId, true);
  return (
    <section className={styles.card} aria-labelledby="kks-title">
      <h2 id="kks-title">{t('kasus.kks.title')}</h2>
      {kks.isPending && <Loading />}
      {kks.isError && <CaseProblem error={kks.error} />}
      {kks.data && kks.data.length === 0 && <p>{t('kasus.kks.none')}</p>}
      {kks.data && kks.data.length > 0 && (
        <ul className={styles.kks}>
          {kks.data.map((kk) => {
            const decided = chronology.filter((e) => e.conferenceId === kk.id && (e.kind === 'DecisionApplied' || e.kind === 'StageChanged' || e.kind === 'FormulationVersioned' || e.kind === 'ForceMajeureLifted'));
            return (
              <li key={kk.id}>
                <Link to={`/kk/${kk.id}`}>{t(`kk.kinds.${kk.kind}`)} · {format.dateTime(kk.start)}</Link>
                {' '}<span className={styles.muted}>{t(`kk.states.${kk.state}`)} · {kk.purposes.map((p) => t(`sidang.purposes.${p}`)).join(', ')}</span>
                {decided.length > 0 && (
                  <ul>{decided.map((e) => <li key={Number(e.number)}>{chronologyLine(e, t)}</li>)}</ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
