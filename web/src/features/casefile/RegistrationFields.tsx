import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import styles from './casefile.module.css';

/** The buku induk entry as a form holds it (every field as text; the number and date parsed on sending). */
export interface RegistrationDraft {
  registerNumber: string;
  clientMasterNumber: string;
  fullName: string;
  birthPlace: string;
  birthDate: string;
  sex: '' | 'Male' | 'Female';
  religion: string;
  origin: string;
  referringAgency: string;
  cohortSequence: string;
}

export const emptyDraft: RegistrationDraft = {
  registerNumber: '', clientMasterNumber: '', fullName: '', birthPlace: '', birthDate: '', sex: '', religion: '',
  origin: '', referringAgency: '', cohortSequence: '',
};

const TEXT_FIELDS = ['registerNumber', 'clientMasterNumber', 'fullName', 'birthPlace'] as const;
const MORE_TEXT = ['religion', 'origin', 'referringAgency'] as const;
const REQUIRED = new Set<keyof RegistrationDraft>(['registerNumber', 'clientMasterNumber', 'fullName', 'birthDate', 'sex', 'origin', 'referringAgency']);

/**
 * The registration fields the API takes, each labelled in the reader's language and marked invalid
 * when the gateway's 422 names it (its `errors` keys are the wire names used here).
 */
export function RegistrationFields({ draft, onChange, refused, required }: {
  draft: RegistrationDraft;
  onChange: (next: RegistrationDraft) => void;
  refused: string[];
  required: boolean;
}) {
  const { t } = useTranslation();
  const set = (key: keyof RegistrationDraft, value: string) => onChange({ ...draft, [key]: value });
  // The gateway's per-field messages are English; the reader gets this screen's own words.
  const why = (key: keyof RegistrationDraft) => (refused.includes(key) ? t('kasus.reg.refused') : undefined);
  const label = (key: keyof RegistrationDraft) => `${t(`kasus.reg.${key}`)}${required && REQUIRED.has(key) ? ' *' : ''}`;
  const text = (key: (typeof TEXT_FIELDS)[number] | (typeof MORE_TEXT)[number]) => (
    <Field key={key} label={label(key)} invalid={refused.includes(key)} hint={why(key)}>
      <input value={draft[key]} aria-required={required && REQUIRED.has(key)} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  return (
    <div className={styles.formGrid}>
      {TEXT_FIELDS.map(text)}
      <Field label={label('birthDate')} invalid={refused.includes('birthDate')} hint={why('birthDate')}>
        <input type="date" value={draft.birthDate} aria-required={required} onChange={(e) => set('birthDate', e.target.value)} />
      </Field>
      <Field label={label('sex')} invalid={refused.includes('sex')} hint={why('sex')}>
        <select value={draft.sex} aria-required={required} onChange={(e) => set('sex', e.target.value)}>
          <option value="">{t('kasus.reg.choose')}</option>
          <option value="Male">{t('kasus.sex.Male')}</option>
          <option value="Female">{t('kasus.sex.Female')}</option>
        </select>
      </Field>
      {MORE_TEXT.map(text)}
      <Field label={label('cohortSequence')} invalid={refused.includes('cohortSequence')} hint={why('cohortSequence')}>
        <input type="number" min={1} inputMode="numeric" value={draft.cohortSequence} onChange={(e) => set('cohortSequence', e.target.value)} />
      </Field>
    </div>
  );
}
