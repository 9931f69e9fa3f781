import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { Field } from '../../ui/Field';
import { CaseProblem } from './CaseProblem';
import { RegistrationFields } from './RegistrationFields';
import { correctionOf, draftOf } from './draft';
import { refusedFields } from './problems';
import { useCorrectRegistration, type Registration } from './queries';
import { isRegistrar } from './roles';
import { useDay } from './day';
import styles from './casefile.module.css';

/** CL1: the buku induk entry, and for those who may register, its correction (each change a chronology line). */
export function RegistrationSection({ clientId, registration }: { clientId: string; registration: Registration | null }) {
  const { t } = useTranslation();
  const day = useDay();
  const me = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const r = registration;
  return (
    <section className={styles.card} aria-labelledby="reg-title">
      <h2 id="reg-title">{t('kasus.reg.title')}</h2>
      {!r && <p>{t('kasus.reg.notYet')}</p>}
      {r && (
        <dl className={styles.facts}>
          <dt>{t('kasus.reg.registerNumber')}</dt><dd>{r.registerNumber}</dd>
          <dt>{t('kasus.reg.clientMasterNumber')}</dt><dd>{r.clientMasterNumber}</dd>
          <dt>{t('kasus.reg.fullName')}</dt><dd>{r.fullName}</dd>
          <dt>{t('kasus.reg.birth')}</dt><dd>{[r.birthPlace, day(r.birthDate)].filter(Boolean).join(', ')}</dd>
          <dt>{t('kasus.reg.sex')}</dt><dd>{t(`kasus.sex.${r.sex}`)}</dd>
          {r.religion && (<><dt>{t('kasus.reg.religion')}</dt><dd>{r.religion}</dd></>)}
          <dt>{t('kasus.reg.origin')}</dt><dd>{r.origin}</dd>
          <dt>{t('kasus.reg.referringAgency')}</dt><dd>{r.referringAgency}</dd>
          {r.cohortSequence != null && (<><dt>{t('kasus.reg.cohortSequence')}</dt><dd>{String(r.cohortSequence)}</dd></>)}
        </dl>
      )}
      {r && isRegistrar(me) && !editing && (
        <button type="button" data-variant="secondary" onClick={() => setEditing(true)}>{t('kasus.reg.correct')}</button>
      )}
      {r && editing && <CorrectionForm clientId={clientId} registration={r} onDone={() => setEditing(false)} />}
    </section>
  );
}

function CorrectionForm({ clientId, registration, onDone }: { clientId: string; registration: Registration; onDone: () => void }) {
  const { t } = useTranslation();
  const correct = useCorrectRegistration(clientId);
  const before = draftOf(registration);
  const [draft, setDraft] = useState(before);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    correct.mutate(correctionOf(before, draft, reason), { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label={t('kasus.reg.correct')} className={styles.form}>
      <RegistrationFields draft={draft} onChange={setDraft} refused={refusedFields(correct.error)} required={false} />
      <Field label={t('kasus.reg.reason')}>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {correct.isError && <CaseProblem error={correct.error} />}
      <div className={styles.row}>
        <button type="submit" disabled={correct.isPending}>{t('kasus.reg.saveCorrection')}</button>
        <button type="button" data-variant="secondary" onClick={onDone}>{t('kasus.cancel')}</button>
      </div>
    </form>
  );
}
