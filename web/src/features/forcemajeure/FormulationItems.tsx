import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useFormulation } from './formulation';
import styles from './forcemajeure.module.css';

/**
 * FM4: the client's formulation as staff must follow it now, each override in force marked and
 * linked to its force majeure; beside every other item, the "Force majeure" action (FM1).
 */
export function FormulationItems({ clientId, chosen }: { clientId: string; chosen?: number }) {
  const { t } = useTranslation();
  const formulation = useFormulation(clientId);
  if (formulation.isPending) return <Loading />;
  if (formulation.isError) return <ErrorNotice error={formulation.error} />;
  const items = formulation.data.effective ?? [];
  if (items.length === 0) return <p>{t('fm.propose.noFormulation')}</p>;
  return (
    <ol className={styles.items} aria-label={t('fm.propose.formulation')}>
      {items.map((item) => {
        const n = Number(item.number);
        return (
          <li key={n} className={styles.item} aria-current={chosen === n || undefined}>
            <div>
              <strong>{n}.</strong> {item.status === 'AsAgreed' ? item.text : <s>{item.baseText}</s>}
              {item.status !== 'AsAgreed' && (
                <p className={styles.quote}>
                  <span className={styles.warn}>{t(`fm.override.${item.status}`)}</span> {item.status === 'Changed' && item.text}
                </p>
              )}
            </div>
            {item.forceMajeureId
              ? <Link to={`/fm/${item.forceMajeureId}`}>{t('fm.override.open')}</Link>
              : <Link to={`/fm/baru?client=${clientId}&item=${n}`} aria-label={t('fm.propose.forItem', { item: n })}>{t('fm.propose.action')}</Link>}
          </li>
        );
      })}
    </ol>
  );
}
