import { useTranslation } from 'react-i18next';
import styles from './sidang.module.css';

export interface Item {
  number: number;
  text: string;
}

/** CL3: a numbered list of formulation items; numbers follow the order, so none is skipped. */
export function FormulationEditor({ items, onChange, label }: { items: Item[]; onChange: (items: Item[]) => void; label: string }) {
  const { t } = useTranslation();
  const renumber = (list: Item[]) => list.map((x, i) => ({ ...x, number: i + 1 }));
  return (
    <fieldset className={styles.formulation}>
      <legend>{label}</legend>
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            <input
              aria-label={t('sidang.decision.item', { number: item.number })}
              value={item.text}
              onChange={(e) => onChange(items.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
            />
            <button type="button" data-variant="secondary" onClick={() => onChange(renumber(items.filter((_, j) => j !== i)))}
              aria-label={t('sidang.decision.removeItem', { number: item.number })}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" data-variant="secondary" onClick={() => onChange(renumber([...items, { number: 0, text: '' }]))}>
        {t('sidang.decision.addItem')}
      </button>
    </fieldset>
  );
}
