import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useSeal, type Conference } from './queries';
import styles from './sidang.module.css';

/** KK10: the seal recomputed from storage and checked against the panti's chain. */
export function SealPanel({ id, kk }: { id: string; kk: Conference }) {
  const { t } = useTranslation();
  const seal = useSeal(id, kk.state === 'Sealed');
  if (kk.state !== 'Sealed') return <p className={styles.muted}>{t('sidang.seal.sealing')}</p>;
  return (
    <section className={styles.panel} aria-labelledby="seal-title">
      <h2 id="seal-title">{t('sidang.seal.title')}</h2>
      {seal.isError && <ErrorNotice error={seal.error} onRetry={() => void seal.refetch()} />}
      {seal.data && (
        <p data-testid="seal-check" data-intact={seal.data.intact}>
          {seal.data.intact ? t('sidang.seal.intact') : t('sidang.seal.broken', { problem: seal.data.problem ?? '' })}
        </p>
      )}
      <p className={styles.hash}>{t('sidang.seal.hash')}: <code>{kk.sealHash}</code></p>
    </section>
  );
}
