import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/types';
import { Field } from '../../ui/Field';
import { CaseProblem } from './CaseProblem';
import { refusedFields, stepWhy } from './problems';
import { useMoveStage, type ClientStage, type TerminationReason } from './queries';
import styles from './casefile.module.css';

type Step = Schemas['StageStep'];
const REASONS: TerminationReason[] = ['NotEligible', 'IllnessReferred', 'WithdrewOrAbsconded', 'GoalsAchieved', 'ClientRequest', 'ReferredElsewhere'];

/**
 * CL1: the stage, and only the steps the stage table allows from it, each saying why this reader
 * may take it here or why not (the code the command would refuse with). A staff step is taken
 * here with its reason; registration is Tata Usaha's form; a KK decision is taken in a sidang.
 */
export function StageSection({ clientId, stage, steps }: { clientId: string; stage: ClientStage; steps: Step[] }) {
  const { t, i18n } = useTranslation();
  const [moving, setMoving] = useState<ClientStage | null>(null);
  return (
    <section className={styles.card} aria-labelledby="stage-title">
      <h2 id="stage-title">{t('kasus.stage')}: {t(`klien.stages.${stage}`)}</h2>
      {steps.length === 0 && <p>{t('kasus.steps.none')}</p>}
      {steps.length > 0 && (
        <ul className={styles.steps} aria-label={t('kasus.steps.title')}>
          {steps.map((s) => {
            const allowed = !s.refusedWith;
            return (
              <li key={s.to}>
                <strong>{t(`klien.stages.${s.to}`)}</strong>{' '}
                <span className={styles.muted}>{t(`kasus.steps.trigger.${s.trigger}`)}</span>
                <p className={allowed ? styles.ok : styles.muted}>
                  {allowed ? t('kasus.steps.allowed') : stepWhy(s.refusedWith ?? '', i18n)}
                </p>
                {allowed && s.trigger === 'Staff' && moving !== s.to && (
                  <button type="button" data-variant="secondary" onClick={() => setMoving(s.to)}>
                    {t('kasus.steps.move', { stage: t(`klien.stages.${s.to}`) })}
                  </button>
                )}
                {allowed && s.trigger === 'Registration' && (
                  <Link to={`/klien/daftar?klien=${clientId}`}>{t('kasus.steps.register')}</Link>
                )}
                {moving === s.to && <MoveForm clientId={clientId} to={s.to} onDone={() => setMoving(null)} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function MoveForm({ clientId, to, onDone }: { clientId: string; to: ClientStage; onDone: () => void }) {
  const { t } = useTranslation();
  const move = useMoveStage(clientId);
  const [why, setWhy] = useState('');
  const [reason, setReason] = useState<TerminationReason | ''>('');
  const refused = refusedFields(move.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    move.mutate({ to, why: why.trim(), reason: reason || null }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className={styles.form} aria-label={t('kasus.steps.move', { stage: t(`klien.stages.${to}`) })}>
      <Field label={t('kasus.steps.why')} invalid={refused.includes('why')}>
        <textarea rows={2} value={why} onChange={(e) => setWhy(e.target.value)} />
      </Field>
      {to === 'Terminated' && (
        <Field label={t('kasus.steps.terminationReason')} invalid={refused.includes('reason')}>
          <select value={reason} onChange={(e) => setReason(e.target.value as TerminationReason | '')}>
            <option value="">{t('kasus.reg.choose')}</option>
            {REASONS.map((r) => <option key={r} value={r}>{t(`terminationReason.${r}`)}</option>)}
          </select>
        </Field>
      )}
      {move.isError && <CaseProblem error={move.error} />}
      <div className={styles.row}>
        <button type="submit" disabled={move.isPending}>{t('kasus.steps.confirm')}</button>
        <button type="button" data-variant="secondary" onClick={onDone}>{t('kasus.cancel')}</button>
      </div>
    </form>
  );
}
