import { useTranslation } from 'react-i18next';
import { useFormulation } from './formulation';
import type { ForceMajeure } from './queries';
import styles from './forcemajeure.module.css';

/** CL6 content: the item as agreed, what the force majeure does to it, and why. */
export function ContentView({ fm }: { fm: ForceMajeure }) {
  const { t } = useTranslation();
  const formulation = useFormulation(fm.clientId ?? '');
  const item = formulation.data?.effective?.find((x) => Number(x.number) === Number(fm.itemNumber));
  return (
    <section className={styles.panel} aria-labelledby="fm-content">
      <h2 id="fm-content">{t('fm.content.title')}</h2>
      <dl>
        <dt>{t('fm.content.item', { item: Number(fm.itemNumber) })}</dt>
        <dd className={styles.quote}>{item?.baseText ?? '…'}</dd>
        <dt>{t('fm.content.kind')}</dt>
        <dd>{t(`fm.kind.${fm.kind ?? 'Postpone'}`)}</dd>
        {fm.newText && (<><dt>{t('fm.content.newText')}</dt><dd className={styles.quote}>{fm.newText}</dd></>)}
        <dt>{t('fm.content.reason')}</dt>
        <dd className={styles.quote}>{fm.reason}</dd>
      </dl>
    </section>
  );
}
