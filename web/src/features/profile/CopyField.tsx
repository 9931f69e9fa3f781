import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import styles from './profile.module.css';

/** A secret shown once, read-only, with a button that copies it (and says so). */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className={styles.copy}>
      <Field label={label}>
        <input type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      </Field>
      <button type="button" data-variant="secondary" onClick={() => void copy()}>{t('access.copy')}</button>
      <span role="status" className={styles.muted}>
        {copied === true && t('access.copied')}
        {copied === false && t('access.copyFailed')}
      </span>
    </div>
  );
}
