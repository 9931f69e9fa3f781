import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Schemas } from '../../api/types';
import { useKkCommand } from '../sidang/queries';
import { Field } from '../../ui/Field';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ClientPicker, type PickedClient } from './ClientPicker';
import styles from './preparation.module.css';

type Purpose = Schemas['AgendaPurpose'];

/** Force majeures reach the agenda by themselves (FM5), so they are not offered here. */
const PURPOSES: Purpose[] = ['Placement', 'QuarterlyReview', 'FormulationChange', 'Resocialisation', 'AftercareDecision', 'Other'];

/** KK4: an organiser puts a client on the agenda with its purpose and an optional note. */
export function AddAgendaItemForm({ kkId }: { kkId: string }) {
  const { t } = useTranslation();
  const [client, setClient] = useState<PickedClient | null>(null);
  const [purpose, setPurpose] = useState<Purpose>('Placement');
  const [note, setNote] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const add = useKkCommand(kkId, (body: { clientId: string; purpose: Purpose; note: string | null }, ifMatch) =>
    api.POST('/api/v1/conferences/{id}/agenda', { params: { path: { id: kkId }, header: { 'If-Match': ifMatch } }, body }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!client) return;
    add.mutate({ clientId: client.id, purpose, note: note.trim() || null }, {
      onSuccess: () => {
        setClient(null);
        setNote('');
        setPickerKey((k) => k + 1);
      },
    });
  };

  return (
    <form className={styles.addForm} onSubmit={submit} aria-labelledby="add-agenda-title">
      <h3 id="add-agenda-title">{t('prep.add.title')}</h3>
      <ClientPicker key={pickerKey} value={client} onChange={setClient} />
      <Field label={t('prep.add.purpose')}>
        <select value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
          {PURPOSES.map((p) => <option key={p} value={p}>{t(`prep.purpose.${p}`)}</option>)}
        </select>
      </Field>
      <Field label={t('prep.add.note')}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {add.isError && <ErrorNotice error={add.error} />}
      <button type="submit" disabled={!client || add.isPending}>{t('prep.add.submit')}</button>
    </form>
  );
}
