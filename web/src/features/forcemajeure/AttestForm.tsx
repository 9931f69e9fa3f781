import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../api/problem';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAttest, usePanti, type FmRow } from './queries';
import styles from './forcemajeure.module.css';

/**
 * FM2, attested: the secretary records a core member's consent given by phone — whose, how, and
 * the justification they gave. It shows as pending and counts only once the member confirms it.
 */
export function AttestForm({ row }: { row: FmRow }) {
  const { t } = useTranslation();
  const panti = usePanti();
  const attest = useAttest(row.id);
  const answered = new Set([...row.consents.map((c) => c.staffId), ...row.pendingAttestations, row.objectedBy ?? '']);
  const members = (panti.data?.coreTeam?.members ?? []).filter((m) => !answered.has(m.staffId));
  const nameOf = (id: string) => panti.data?.staff?.find((s) => s.id === id)?.name ?? '';
  const [staffId, setStaffId] = useState('');
  const [how, setHow] = useState(() => t('fm.attest.defaultHow'));
  const [justification, setJustification] = useState('');
  const refused = problemFields(attest.error);

  if (row.state !== 'Proposed' || members.length === 0) return null;
  const chosen = members.some((m) => m.staffId === staffId) ? staffId : members[0]?.staffId ?? '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    attest.mutate({ staffId: chosen, how: how.trim(), justification: justification.trim() }, { onSuccess: () => setJustification('') });
  };

  return (
    <form className={styles.panel} onSubmit={submit} aria-labelledby="fm-attest">
      <h2 id="fm-attest">{t('fm.attest.title')}</h2>
      <p className={styles.muted}>{t('fm.attest.explain')}</p>
      <Field label={t('fm.attest.member')} invalid={refused.includes('staffId')}>
        <select value={chosen} onChange={(e) => setStaffId(e.target.value)}>
          {members.map((m) => <option key={m.staffId} value={m.staffId}>{nameOf(m.staffId)} · {t(`discipline.${m.discipline}`)}</option>)}
        </select>
      </Field>
      <Field label={t('fm.attest.how')} invalid={refused.includes('how')}>
        <input value={how} required onChange={(e) => setHow(e.target.value)} />
      </Field>
      <Field label={t('fm.attest.justification')} invalid={refused.includes('justification')}>
        <textarea rows={2} required value={justification} onChange={(e) => setJustification(e.target.value)} />
      </Field>
      {attest.isError && <ErrorNotice error={attest.error} />}
      {attest.isSuccess && <p role="status">{t('fm.attest.recorded')}</p>}
      <button type="submit" disabled={attest.isPending}>{t('fm.attest.submit')}</button>
    </form>
  );
}
