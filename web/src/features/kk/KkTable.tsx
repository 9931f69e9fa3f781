import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/types';
import { useFormat } from '../../format/useFormat';
import styles from './kk.module.css';

type Row = Schemas['Row'];

/** KKs with state, chair and client count; each opens its page. */
export function KkTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kk.start')}</th>
          <th scope="col">{t('kk.kind')}</th>
          <th scope="col">{t('kk.state')}</th>
          <th scope="col">{t('kk.chair')}</th>
          <th scope="col">{t('kk.clients')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((kk) => (
          <tr key={kk.id}>
            <td>
              <Link to={`/kk/${kk.id}`}>{format.dateTime(kk.start)}</Link>
              {kk.invited && <span className={styles.badge}>{t('kk.invited')}</span>}
            </td>
            <td>{t(`kk.kinds.${kk.kind ?? 'Regular'}`)}</td>
            <td>
              {t(`kk.states.${kk.state}`)}
              {kk.awaitingApproval && <span className={styles.warn}>{t('kk.awaitingApproval')}</span>}
            </td>
            <td>{kk.chairName ?? t('kk.chairNotYet')}</td>
            <td>{Number(kk.clientCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
