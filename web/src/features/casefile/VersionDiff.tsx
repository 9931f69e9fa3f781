import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormulationVersion } from './queries';
import { diffItems } from './diff';
import styles from './casefile.module.css';

/** A version's items against the previous version's: words added underlined, removed struck through. */
export function VersionDiff({ previous, current }: { previous: FormulationVersion | undefined; current: FormulationVersion }) {
  const { t } = useTranslation();
  const changes = diffItems(previous?.items, current.items);
  return (
    <ol className={styles.diff} aria-label={previous ? t('kasus.formulation.diffAgainst', { version: Number(previous.version) }) : t('kasus.formulation.first')}>
      {changes.map((c) => {
        const item = current.items.find((i) => Number(i.number) === c.number);
        return (
          <li key={c.number} value={c.number} data-change={c.kind}>
            {c.kind !== 'same' && previous && <span className={styles.changeTag}>{t(`kasus.formulation.change.${c.kind}`)}</span>}{' '}
            {c.words.map((w, i) => (
              w.kind === 'added' && previous ? <ins key={i}>{w.text}</ins>
                : w.kind === 'removed' ? <del key={i}>{w.text}</del>
                  : <span key={i}>{w.text}</span>
            )).reduce<ReactNode[]>((all, node, i) => (i === 0 ? [node] : [...all, ' ', node]), [])}
            {item?.postponed && <em> ({t('kasus.formulation.postponed')})</em>}
          </li>
        );
      })}
    </ol>
  );
}
