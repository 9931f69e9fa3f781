import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates';
import { usePantiTimeZone } from '../../format/useFormat';
import { chronologyLine, chronologyText } from './chronologyLine';
import { PrintFrame } from './PrintFrame';
import { afterPlacement, placedAt, shortDate, terminatedAt } from './printData';
import type { ChronologyEntry } from './queries';
import styles from './print.module.css';

const DOTS = '……………………';
const COLUMNS = ['assessment', 'plan', 'carriedOut', 'evaluation', 'termination', 'followUp'] as const;

/**
 * Formulir 3, laporan pemecahan masalah klien: the header (register number, the contract date as
 * the placement KK's, end of service, peksos) and its six columns from the record — assessment
 * (the hypothesis), the service plan (the formulation in force), what was carried out and what
 * the KKs evaluated (the chronology after placement), termination and follow-up (bimbingan lanjut).
 * Six columns need the width: it prints on A4 landscape.
 */
export function Form3Page() {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('id');
  const zone = usePantiTimeZone();
  const lines = (entries: ChronologyEntry[]) => (entries.length === 0 ? <p>{DOTS}</p> : (
    <ol>
      {entries.map((e) => (
        <li key={Number(e.number)}>
          {shortDate(e.at, zone)}: {chronologyLine(e, t)}{chronologyText(e) ? ` “${chronologyText(e)}”` : ''}
        </li>
      ))}
    </ol>
  ));
  return (
    <PrintFrame title={t('kasus.form3.title')} number={t('kasus.form3.number')}>
      {({ record, effective, nameOf }) => {
        const placed = placedAt(record);
        const ended = terminatedAt(record);
        const h = record.client.hypothesis;
        const after = afterPlacement(record);
        const cells: Record<(typeof COLUMNS)[number], ReactNode> = {
          assessment: h ? <ol><li>{h.whyInDifficulty}</li><li>{h.cause}</li><li>{h.howToHelp}</li></ol> : <p>{DOTS}</p>,
          plan: effective.length > 0 ? (
            <ol>{effective.map((i) => (
              <li key={Number(i.number)} value={Number(i.number)}>{i.text}{i.status !== 'AsAgreed' ? ` (${t(`fm.override.${i.status}`)})` : ''}</li>
            ))}</ol>
          ) : <p>{DOTS}</p>,
          carriedOut: lines(after.carriedOut),
          evaluation: lines(after.evaluated),
          termination: ended ? (
            <p>{formatDate(ended, zone, 'id')}{record.client.terminationReason ? `: ${t(`terminationReason.${record.client.terminationReason}`)}` : ''}</p>
          ) : <p>{DOTS}</p>,
          followUp: lines(after.aftercare),
        };
        return (
          <>
            <style>{'@page { size: A4 landscape; }'}</style>
            <dl className={styles.head}>
              <dt>{t('kasus.reg.registerNumber')}</dt><dd>{record.client.registration?.registerNumber ?? DOTS}</dd>
              <dt>{t('kasus.form3.contractDate')}</dt><dd>{placed ? formatDate(placed, zone, 'id') : DOTS}</dd>
              <dt>{t('kasus.print.clientName')}</dt><dd>{record.client.name}</dd>
              <dt>{t('kasus.form3.serviceEnd')}</dt><dd>{ended ? formatDate(ended, zone, 'id') : DOTS}</dd>
              <dt>{t('kasus.print.caseType')}</dt><dd>{DOTS}</dd>
              <dt>{t('kasus.form3.peksos')}</dt><dd>{nameOf(record.client.responsiblePeksosId) || DOTS}</dd>
            </dl>
            <table className={styles.table}>
              <thead>
                <tr>{COLUMNS.map((c) => <th key={c} scope="col">{t(`kasus.form3.${c}`)}</th>)}</tr>
              </thead>
              <tbody>
                <tr>{COLUMNS.map((c) => <td key={c}>{cells[c]}</td>)}</tr>
              </tbody>
            </table>
          </>
        );
      }}
    </PrintFrame>
  );
}
