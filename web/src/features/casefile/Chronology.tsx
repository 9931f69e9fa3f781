import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { chronologyLine, chronologyText } from './chronologyLine';
import type { ChronologyEntry } from './queries';
import styles from './casefile.module.css';

/** The append-only chronology, newest first, each line worded in the reader's language. */
export function Chronology({ entries, nameOf }: { entries: ChronologyEntry[]; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const newestFirst = [...entries].sort((a, b) => Number(b.number) - Number(a.number));
  return (
    <section className={styles.card} aria-labelledby="chronology-title">
      <h2 id="chronology-title">{t('kasus.chronology.title')}</h2>
      <ol className={styles.chronology} reversed aria-label={t('kasus.chronology.title')}>
        {newestFirst.map((e) => {
          const text = chronologyText(e);
          return (
            <li key={Number(e.number)} value={Number(e.number)}>
              <span className={styles.muted}>{format.dateTime(e.at)} · {nameOf(e.by)}</span>
              <p className={styles.line}>
                {chronologyLine(e, t)}
                {text && <> <q>{text}</q></>}
              </p>
              {(e.conferenceId || e.forceMajeureId) && (
                <p className={styles.links}>
                  {e.conferenceId && <Link to={`/kk/${e.conferenceId}`}>{t('kasus.formulation.theKk')}</Link>}
                  {e.forceMajeureId && <Link to={`/fm/${e.forceMajeureId}`}>{t('kasus.formulation.theFm')}</Link>}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
