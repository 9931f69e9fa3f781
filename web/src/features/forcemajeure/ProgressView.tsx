import { useTranslation } from 'react-i18next';
import type { FmRow } from './queries';
import styles from './forcemajeure.module.css';

const DISCIPLINES = ['Peksos', 'Psikolog', 'Medis'] as const;

/** FM2: how many distinct core members have consented of those needed, and which disciplines are covered. */
export function ProgressView({ row }: { row: FmRow }) {
  const { t } = useTranslation();
  const p = row.progress;
  return (
    <div>
      <p className={styles.quote}>
        {t('fm.progress.people', { count: Number(p.consents), needed: Number(p.needed) })}
        {row.pendingAttestations.length > 0 && <> · {t('fm.progress.pending', { count: row.pendingAttestations.length })}</>}
      </p>
      {p.requiresAllDisciplines && (
        <ul className={styles.disciplines} aria-label={t('fm.progress.disciplines')}>
          {DISCIPLINES.map((d) => {
            const covered = p.covered.includes(d);
            return (
              <li key={d} className={covered ? styles.ok : styles.badge}>
                {t(`discipline.${d}`)}: {t(covered ? 'fm.progress.covered' : 'fm.progress.missing')}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
