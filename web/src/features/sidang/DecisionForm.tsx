import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { CurrentFormulation, useFormulation } from './CurrentFormulation';
import { FormulationEditor, type Item } from './FormulationEditor';
import { useKkCommand, type Conference } from './queries';
import type { KkRoles } from './roles';
import styles from './sidang.module.css';

type AgendaItem = NonNullable<Conference['agenda']>[number];
const TYPES = ['PlaceInProgramme', 'NotEligible', 'KeepFormulation', 'ChangeFormulation', 'ResocialisationReady',
  'ResocialisationNotReady', 'Retraining', 'Terminate', 'Defer', 'RatifyForceMajeure', 'CancelForceMajeure'] as const;
type DecisionType = (typeof TYPES)[number];
const REASONS = ['NotEligible', 'IllnessReferred', 'WithdrewOrAbsconded', 'GoalsAchieved', 'ClientRequest', 'ReferredElsewhere'] as const;

/** KK9/FM6: one form per decision type for the item in focus; ratify and cancel a force majeure are the pimpinan's. */
export function DecisionForm({ id, item, roles }: { id: string; item: AgendaItem; roles: KkRoles }) {
  const { t } = useTranslation();
  // FM6: only a force majeure in force is ratified or cancelled; a rejected one (FM3) is decided like any item.
  const forceMajeure = item.purpose === 'ForceMajeure';
  const types = TYPES.filter((x) => (x.endsWith('ForceMajeure') ? forceMajeure && roles.isPimpinan : !forceMajeure || x === 'Defer'));
  const [type, setType] = useState<DecisionType>(types[0] ?? 'Defer');
  const [hypothesis, setHypothesis] = useState({ whyInDifficulty: '', cause: '', howToHelp: '' });
  const [items, setItems] = useState<Item[]>([{ number: 1, text: '' }]);
  const [reason, setReason] = useState('');
  const [termination, setTermination] = useState<(typeof REASONS)[number]>('GoalsAchieved');
  const formulation = useFormulation(item.clientId ?? '', type === 'ChangeFormulation' || type === 'KeepFormulation');
  const record = useKkCommand(id, (decision: Record<string, unknown>) =>
    api.POST('/api/v1/conferences/{id}/decisions', { params: { path: { id } }, body: { itemId: item.id ?? '', decision } as never }));

  const decision = (): Record<string, unknown> => {
    switch (type) {
      case 'PlaceInProgramme': return { type, hypothesis, firstFormulation: items };
      case 'ChangeFormulation': return { type, items };
      case 'NotEligible': case 'Defer': return { type, reason };
      case 'Terminate': return { type, reason: termination };
      case 'RatifyForceMajeure': case 'CancelForceMajeure': return { type, forceMajeureId: item.forceMajeureId };
      default: return { type };
    }
  };
  const startChange = () => setItems((formulation.data?.effective ?? []).map((x) => ({ number: Number(x.number), text: x.text ?? '' })));

  return (
    <form className={styles.decisionForm} onSubmit={(e) => { e.preventDefault(); record.mutate(decision()); }}>
      <Field label={t('sidang.decision.type')}>
        <select value={type} onChange={(e) => setType(e.target.value as DecisionType)}>
          {types.map((x) => <option key={x} value={x}>{t(`sidang.decisions.${x}`)}</option>)}
        </select>
      </Field>
      {type === 'PlaceInProgramme' && (
        <fieldset>
          <legend>{t('sidang.decision.hypothesis')}</legend>
          {(['whyInDifficulty', 'cause', 'howToHelp'] as const).map((part) => (
            <Field key={part} label={t(`sidang.decision.${part}`)}>
              <textarea rows={2} value={hypothesis[part]} onChange={(e) => setHypothesis((h) => ({ ...h, [part]: e.target.value }))} />
            </Field>
          ))}
        </fieldset>
      )}
      {(type === 'PlaceInProgramme' || type === 'ChangeFormulation') && (
        <div className={styles.sideBySide}>
          {type === 'ChangeFormulation' && <CurrentFormulation query={formulation} onCopy={startChange} />}
          <FormulationEditor items={items} onChange={setItems} label={t(type === 'PlaceInProgramme' ? 'sidang.decision.firstFormulation' : 'sidang.decision.newFormulation')} />
        </div>
      )}
      {type === 'KeepFormulation' && <CurrentFormulation query={formulation} />}
      {(type === 'NotEligible' || type === 'Defer') && (
        <Field label={t('sidang.decision.reason')}>
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
      {type === 'Terminate' && (
        <Field label={t('sidang.decision.terminationReason')}>
          <select value={termination} onChange={(e) => setTermination(e.target.value as (typeof REASONS)[number])}>
            {REASONS.map((x) => <option key={x} value={x}>{t(`terminationReason.${x}`)}</option>)}
          </select>
        </Field>
      )}
      <button type="submit" disabled={record.isPending}>{t('sidang.decision.record')}</button>
      {record.isSuccess && <p role="status">{t('sidang.decision.recorded')}</p>}
      {record.isError && <ErrorNotice error={record.error} />}
    </form>
  );
}
