import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/types';
import { formatDate } from '../../format/dates';
import { isLanguage } from '../../i18n';
import styles from './klien.module.css';

type Item = Schemas['ListClientsItem'];

/** Clients with register number, stage, peksos and next review (a date, not a moment: shown as the calendar has it). */
export function ClientTable({ rows, caption }: { rows: Item[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('klien.name')}</th>
          <th scope="col">{t('klien.registerNumber')}</th>
          <th scope="col">{t('klien.stage')}</th>
          <th scope="col">{t('klien.peksos')}</th>
          <th scope="col">{t('klien.nextReview')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td><Link to={`/klien/${c.id}`}>{c.name}</Link></td>
            <td>{c.registerNumber ?? '—'}</td>
            <td>{t(`klien.stages.${c.stage}`)}</td>
            <td>{c.peksosName ?? '—'}</td>
            <td>
              {c.reviewDueOn ? formatDate(`${c.reviewDueOn}T00:00:00Z`, 'UTC', language) : '—'}
              {c.reviewStatus && <span className={styles[`status${c.reviewStatus}`]}>{t(`klien.review.${c.reviewStatus}`)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
