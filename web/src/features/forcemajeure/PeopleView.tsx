import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import type { FmRow, ForceMajeure } from './queries';
import { ProgressView } from './ProgressView';
import styles from './forcemajeure.module.css';

/** FM2/FM3: who has consented (by phone, confirmed), whose attested consent is pending, who objected; words only where CL6 allows. */
export function PeopleView({ row, fm, name }: { row: FmRow; fm: ForceMajeure | undefined; name: (id: string | null | undefined) => string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const consents = fm?.consents ?? [];
  const pending = (fm?.attestations ?? []).filter((a) => a.outcome === 'Pending');
  return (
    <section className={styles.panel} aria-labelledby="fm-people">
      <h2 id="fm-people">{t('fm.people.title')}</h2>
      <ProgressView row={row} />
      <ul className={styles.people}>
        {row.consents.map((c) => (
          <li key={c.staffId}>
            {t('fm.people.consented', { name: name(c.staffId), discipline: t(`discipline.${c.discipline}`) })}
            {c.attested && <> <span className={styles.badge}>{t('fm.people.byPhone')}</span></>}
            {consents.find((x) => x.staffId === c.staffId) && <p className={styles.quote}>“{consents.find((x) => x.staffId === c.staffId)?.justification}”</p>}
          </li>
        ))}
        {row.pendingAttestations.map((staffId) => {
          const a = pending.find((x) => x.staffId === staffId);
          return (
            <li key={`pending-${staffId}`}>
              {t('fm.people.pending', { name: name(staffId) })} <span className={styles.warn}>{t('fm.people.pendingBadge')}</span>
              {a && <p className={styles.muted}>{t('fm.people.attestedBy', { by: name(a.attestedBy), at: dateTime(a.attestedAt), how: a.how })}</p>}
            </li>
          );
        })}
        {row.objectedBy && (
          <li>
            {t('fm.people.objected', { name: name(row.objectedBy) })}
            {fm?.objection && <p className={styles.quote}>“{fm.objection.reason}”</p>}
          </li>
        )}
      </ul>
    </section>
  );
}
