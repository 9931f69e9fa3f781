import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnswerAttestation, useConsent, useObject, type FmRow, type ForceMajeure } from './queries';
import { myPart } from './standing';
import styles from './forcemajeure.module.css';

/**
 * FM2/FM3 from a phone in two taps: "Setuju" (or "Keberatan") opens the words that go with it,
 * already written and editable, and the second tap sends them. A consent attested by phone is
 * confirmed or declined in one tap.
 */
export function RespondPanel({ row, fm, name }: { row: FmRow; fm: ForceMajeure | undefined; name: (id: string | null | undefined) => string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { dateTime } = useFormat();
  const part = myPart(row, me.staffId, !!me.coreDiscipline);
  const [choice, setChoice] = useState<'consent' | 'object' | null>(null);
  const [words, setWords] = useState('');
  const consent = useConsent(row.id);
  const object = useObject(row.id);
  const answer = useAnswerAttestation(row.id);
  const error = consent.error ?? object.error ?? answer.error;

  if (part === 'consented' || part === 'objected') {
    return <p role="status" className={styles.ok}>{t(part === 'consented' ? 'fm.respond.youConsented' : 'fm.respond.youObjected')}</p>;
  }
  if (part === 'none') return null;

  const attestation = fm?.attestations?.find((a) => a.staffId === me.staffId && a.outcome === 'Pending');
  const choose = (c: 'consent' | 'object') => {
    setChoice(c);
    setWords(t(c === 'consent' ? 'fm.respond.defaultJustification' : 'fm.respond.defaultObjection'));
  };
  const send = () => (choice === 'consent' ? consent.mutate(words.trim()) : object.mutate(words.trim()));

  return (
    <section className={styles.panel} aria-labelledby="fm-respond">
      <h2 id="fm-respond">{t(part === 'confirm-attested' ? 'fm.attested.title' : 'fm.respond.title')}</h2>
      {part === 'confirm-attested' && (
        <>
          <p>{attestation
            ? t('fm.attested.explain', { by: name(attestation.attestedBy), at: dateTime(attestation.attestedAt), how: attestation.how })
            : t('fm.attested.explainShort')}</p>
          {attestation && <p className={styles.quote}>“{attestation.justification}”</p>}
          <div className={styles.bigButtons}>
            <button type="button" disabled={answer.isPending} onClick={() => answer.mutate(true)}>{t('fm.attested.confirm')}</button>
            <button type="button" data-variant="secondary" disabled={answer.isPending} onClick={() => answer.mutate(false)}>{t('fm.attested.decline')}</button>
          </div>
        </>
      )}
      {part === 'respond' && choice === null && (
        <div className={styles.bigButtons}>
          <button type="button" onClick={() => choose('consent')}>{t('fm.respond.consent')}</button>
          <button type="button" className={styles.objection} onClick={() => choose('object')}>{t('fm.respond.object')}</button>
        </div>
      )}
      {part === 'respond' && choice !== null && (
        <>
          <Field label={t(choice === 'consent' ? 'fm.respond.justification' : 'fm.respond.reason')}>
            <textarea rows={3} value={words} onChange={(e) => setWords(e.target.value)} />
          </Field>
          {choice === 'object' && <p className={styles.muted}>{t('fm.respond.objectionEffect')}</p>}
          <div className={styles.bigButtons}>
            <button type="button" className={choice === 'object' ? styles.objection : undefined}
              disabled={consent.isPending || object.isPending || words.trim() === ''} onClick={send}>
              {t(choice === 'consent' ? 'fm.respond.sendConsent' : 'fm.respond.sendObjection')}
            </button>
            <button type="button" data-variant="secondary" onClick={() => setChoice(null)}>{t('fm.respond.back')}</button>
          </div>
        </>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
