import { useId, type ReactElement, cloneElement } from 'react';
import styles from './ui.module.css';

/** A labelled form control; the label is tied to the control and an invalid field says so. */
export function Field({ label, hint, invalid, children }: {
  label: string;
  hint?: string;
  invalid?: boolean;
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': invalid || undefined, 'aria-describedby': hintId })}
      {hint && <small id={hintId} className={styles.muted}>{hint}</small>}
    </div>
  );
}
