import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import type { AuditLine } from './queries';
import styles from './desk.module.css';

/** Lines about a list taken away as CSV: "<n> rows; <filters>" in their detail. */
const EXPORTS = ['client_list.exported', 'review_schedule.exported'];

/** Each line told in the reader's language from its stored facts: who, whose record, on what basis or why refused, by which path. */
export function AuditTable({ lines }: { lines: AuditLine[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const via = (line: AuditLine) => {
    if (!line.via) return null;
    const [kind, id] = line.via.split(':');
    const label = t(`desk.audit.via.${kind}`, { defaultValue: line.via });
    if (kind === 'conference' && id) return <Link to={`/kk/${id}`}>{label}</Link>;
    if (kind === 'force_majeure' && id) return <Link to={`/fm/${id}`}>{label}</Link>;
    return label;
  };
  const reason = (line: AuditLine) => {
    if (EXPORTS.includes(line.action)) return exported(line.detail);
    return i18n.exists(`desk.audit.basis.${line.reason}`) ? t(`desk.audit.basis.${line.reason}`) : line.reason;
  };
  // Stored as "<n> rows; <filters or 'no filter'>": the count and the filters, the words in the reader's language.
  const exported = (detail: string) => {
    const [, count, filters] = /^(\d+) rows; (.*)$/.exec(detail) ?? [];
    if (count === undefined) return detail;
    return t('desk.audit.exportedRows', { count: Number(count), filters: filters === 'no filter' ? t('desk.audit.noFilter') : filters });
  };
  const what = (line: AuditLine) => {
    const who = line.staffName ?? t('desk.someone');
    if (line.action === 'client_list.exported') return t('desk.audit.line.exported', { who });
    if (line.action === 'review_schedule.exported') return t('desk.audit.line.scheduleExported', { who });
    return t(line.action === 'case_record.refused' ? 'desk.audit.line.refused' : 'desk.audit.line.read', {
      who, client: line.clientName ?? t('desk.aClient'),
    });
  };
  return (
    <div className={styles.tableWrap}>
      <table>
        <caption className="visually-hidden">{t('desk.audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('desk.audit.when')}</th>
            <th scope="col">{t('desk.audit.what')}</th>
            <th scope="col">{t('desk.audit.basisOrReason')}</th>
            <th scope="col">{t('desk.audit.path')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={`${line.at}-${i}`}>
              <td>{format.dateTime(line.at)}</td>
              <td>{what(line)}</td>
              <td>{line.action === 'case_record.refused' ? <span className={styles.danger}>{reason(line)}</span> : reason(line)}</td>
              <td>{EXPORTS.includes(line.action) ? t('desk.audit.via.csv') : via(line) ?? t('desk.audit.via.caseFile')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
