import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../api/problem';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { usePropose, type FmKind } from './queries';
import styles from './forcemajeure.module.css';

const KINDS: FmKind[] = ['Postpone', 'Change', 'Annul'];

/**
 * FM1: propose a force majeure on one formulation item — postpone it, change it to a new text, or
 * annul it — with the reason (the emergency). Usable from any screen that shows a formulation.
 */
export function ProposeForm({ clientId, itemNumber, onDone }: { clientId: string; itemNumber: number; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const propose = usePropose();
  const [kind, setKind] = useState<FmKind>('Postpone');
  const [newText, setNewText] = useState('');
  const [reason, setReason] = useState('');
  const refused = problemFields(propose.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    propose.mutate(
      { clientId, itemNumber, kind, newText: kind === 'Change' ? newText.trim() : null, reason: reason.trim() },
      { onSuccess: (fm) => onDone(fm.id ?? '') },
    );
  };

  return (
    <form className={styles.panel} onSubmit={submit} aria-labelledby="fm-propose">
      <h2 id="fm-propose">{t('fm.propose.formTitle', { item: itemNumber })}</h2>
      <fieldset className={styles.kinds}>
        <legend>{t('fm.content.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="fm-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`fm.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'Change' && (
        <Field label={t('fm.content.newText')} invalid={refused.includes('newText')}>
          <textarea rows={3} required value={newText} onChange={(e) => setNewText(e.target.value)} />
        </Field>
      )}
      <Field label={t('fm.content.reason')} hint={t('fm.propose.reasonHint')} invalid={refused.includes('reason')}>
        <textarea rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {propose.isError && <ErrorNotice error={propose.error} />}
      <button type="submit" disabled={propose.isPending}>{t('fm.propose.submit')}</button>
    </form>
  );
}
