import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/types';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useClientSearch } from './queries';
import styles from './preparation.module.css';

export type PickedClient = Schemas['ListClientsItem'];

/**
 * KK4: a client found by part of the name or of the register number, as a combobox (type,
 * arrows to move, Enter to choose, Escape to close), so it works by keyboard and with a reader.
 */
export function ClientPicker({ value, onChange }: { value: PickedClient | null; onChange: (client: PickedClient | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useClientSearch(text);
  const options = search.data ?? [];
  const showList = open && text.trim().length > 0 && !search.isPending;
  const label = (c: PickedClient) => (c.registerNumber ? `${c.name} (${c.registerNumber})` : c.name);

  const choose = (client: PickedClient) => {
    onChange(client);
    setText(label(client));
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter' && showList && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className={styles.picker}>
      <label htmlFor={`${id}-input`}>{t('prep.add.client')}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList && options[active] ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <small id={`${id}-hint`} className={styles.muted}>{t('prep.add.clientHint')}</small>
      <ul id={`${id}-list`} role="listbox" aria-label={t('prep.add.matches')} hidden={!showList} className={styles.options}>
        {options.map((c, i) => (
          <li
            key={c.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(c)}
          >
            {label(c)}
          </li>
        ))}
      </ul>
      {showList && options.length === 0 && <p role="status" className={styles.muted}>{t('prep.add.noMatch')}</p>}
      {search.isError && <ErrorNotice error={search.error} />}
    </div>
  );
}
