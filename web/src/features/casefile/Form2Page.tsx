import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format/dates';
import { usePantiTimeZone } from '../../format/useFormat';
import { chronologyLine, chronologyText } from './chronologyLine';
import { PrintFrame } from './PrintFrame';
import { placedAt, terminatedAt, weeksBetween } from './printData';
import styles from './print.module.css';

const WEEKS = ['I', 'II', 'III', 'IV'];
const DOTS = '……………………';

/**
 * Formulir 2, catatan perkembangan klien: the header from the buku induk and the service dates,
 * the problem (the hypothesis) and the actions (the formulation in force) filled from the record,
 * the four weekly columns left to be written by hand, and the chronology as recorded so far.
 */
export function Form2Page() {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('id');
  const zone = usePantiTimeZone();
  return (
    <PrintFrame title={t('kasus.form2.title')} number={t('kasus.form2.number')}>
      {({ record, effective, nameOf }) => {
        const placed = placedAt(record);
        const ended = terminatedAt(record);
        const h = record.client.hypothesis;
        return (
          <>
            <dl className={styles.head}>
              <dt>{t('kasus.reg.registerNumber')}</dt><dd>{record.client.registration?.registerNumber ?? DOTS}</dd>
              <dt>{t('kasus.print.caseType')}</dt><dd>{DOTS}</dd>
              <dt>{t('kasus.print.clientName')}</dt><dd>{record.client.name}</dd>
              <dt>{t('kasus.form2.duration')}</dt>
              <dd>{placed ? t('kasus.form2.weeks', { count: weeksBetween(placed, ended ? new Date(ended) : new Date()) }) : `${DOTS} ${t('kasus.form2.weeksOrMonths')}`}</dd>
              <dt>{t('kasus.form2.serviceTime')}</dt>
              <dd>{placed ? `${formatDate(placed, zone, 'id')} – ${ended ? formatDate(ended, zone, 'id') : t('kasus.print.now')}` : DOTS}</dd>
              <dt>{t('kasus.form2.aids')}</dt><dd>{DOTS}</dd>
            </dl>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col" style={{ width: '36%' }}>{t('kasus.form2.item')}</th>
                  {WEEKS.map((w) => <th key={w} scope="col">{t('kasus.form2.week', { week: w })}</th>)}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">
                    1. {t('kasus.form2.problem')}
                    {h && <p className={styles.small}>{h.whyInDifficulty}. {h.cause}.</p>}
                  </th>
                  {WEEKS.map((w) => <td key={w} className={styles.blank} />)}
                </tr>
                <tr>
                  <th scope="row">
                    2. {t('kasus.form2.action')}
                    {effective.length > 0 && (
                      <ol className={styles.small}>
                        {effective.filter((i) => i.status !== 'Annulled').map((i) => (
                          <li key={Number(i.number)} value={Number(i.number)}>{i.text}{i.status === 'Postponed' ? ` (${t('kasus.formulation.postponed')})` : ''}</li>
                        ))}
                      </ol>
                    )}
                  </th>
                  {WEEKS.map((w) => <td key={w} className={styles.blank} />)}
                </tr>
                <tr>
                  <th scope="row">3. {t('kasus.form2.result')}<br />a. {t('kasus.form2.positive')}</th>
                  {WEEKS.map((w) => <td key={w} className={styles.blank} />)}
                </tr>
                <tr>
                  <th scope="row">b. {t('kasus.form2.negative')}</th>
                  {WEEKS.map((w) => <td key={w} className={styles.blank} />)}
                </tr>
                <tr>
                  <th scope="row">4. {t('kasus.form2.recommendation')}</th>
                  {WEEKS.map((w) => <td key={w} className={styles.blank} />)}
                </tr>
              </tbody>
            </table>
            <h2>{t('kasus.chronology.title')}</h2>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col" style={{ width: '30%' }}>{t('kasus.print.when')}</th>
                  <th scope="col">{t('kasus.print.what')}</th>
                </tr>
              </thead>
              <tbody>
                {(record.client.chronology ?? []).map((e) => (
                  <tr key={Number(e.number)}>
                    <td>{formatDateTime(e.at, zone, 'id')}<br /><span className={styles.small}>{nameOf(e.by)}</span></td>
                    <td>{chronologyLine(e, t)}{chronologyText(e) ? ` “${chronologyText(e)}”` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      }}
    </PrintFrame>
  );
}
