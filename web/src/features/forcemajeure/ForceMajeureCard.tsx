import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { useFormat } from '../../format/useFormat';
import type { FmRow } from './queries';
import { ProgressView } from './ProgressView';
import { myPart } from './standing';
import { stateKey, stateTone } from './labels';
import styles from './forcemajeure.module.css';

/** One force majeure in the list: whom and what it concerns (as CL6 allows), where it stands, and whether it waits for me. */
export function ForceMajeureCard({ row }: { row: FmRow }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { dateTime } = useFormat();
  const part = myPart(row, me.staffId, !!me.coreDiscipline);
  const title = row.caseContentWithheld
    ? t('fm.withheldTitle', { kind: t(`fm.kind.${row.kind}`) })
    : t('fm.title', { kind: t(`fm.kind.${row.kind}`), client: row.clientName ?? '', item: Number(row.itemNumber) });
  return (
    <li className={styles.card}>
      <h2><Link to={`/fm/${row.id}`}>{title}</Link></h2>
      <div className={styles.meta}>
        <span className={styles[stateTone(row)]}>{t(stateKey(row))}</span>
        {(part === 'respond' || part === 'confirm-attested') && (
          <span className={styles.warn}>{t(part === 'respond' ? 'fm.waitsForYou' : 'fm.attested.waitsForYou')}</span>
        )}
        <span>{t('fm.proposedAt', { at: dateTime(row.proposedAt) })}</span>
      </div>
      {row.state === 'Proposed' && <ProgressView row={row} />}
    </li>
  );
}
