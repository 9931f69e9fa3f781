import type { TFunction } from 'i18next';
import type { ChronologyEntry } from './queries';

/**
 * A chronology line in the reader's language, from its structured fact (catatan kronologis): the
 * server stores no sentence. Only what a person wrote (a reason, a place) or a name is shown as
 * written; a stage, decision, field or kind is a bundle word.
 */
export function chronologyLine(e: ChronologyEntry, t: TFunction): string {
  const stage = (s: string | null | undefined) => (s ? t(`klien.stages.${s}`) : '—');
  const values = {
    from: stage(e.from), to: stage(e.to), version: e.version == null ? '' : Number(e.version),
    item: e.itemNumber == null ? '' : Number(e.itemNumber),
    decision: e.decision ? t(`sidang.decisions.${e.decision}`) : '',
    reason: e.terminationReason ? t(`terminationReason.${e.terminationReason}`) : '',
    kind: e.forceMajeureKind ? t(`fm.kind.${e.forceMajeureKind}`) : '',
    field: e.field ? t(`kasus.reg.${e.field.charAt(0).toLowerCase()}${e.field.slice(1)}`) : '',
    before: fieldValue(e.field, e.before, t), after: fieldValue(e.field, e.after, t),
  };
  const fact = e.fact ?? factOfKind(e.kind);
  return t(`kasus.chronology.fact.${fact}`, values);
}

/** A corrected value as text; the sex is a bundle word, an empty value a dash. */
function fieldValue(field: ChronologyEntry['field'], value: string | null | undefined, t: TFunction): string {
  if (!value) return '—';
  return field === 'Sex' ? t(`kasus.sex.${value}`) : value;
}

/** Lines written before facts existed carry only their kind. */
function factOfKind(kind: ChronologyEntry['kind']): string {
  switch (kind) {
    case 'Opened': return 'ReachedByOutreach';
    case 'Registered': return 'Registered';
    case 'StageChanged': return 'StageMoved';
    case 'PeksosAssigned': return 'PeksosAssigned';
    case 'FormulationVersioned': return 'FormulationVersioned';
    case 'DecisionApplied': return 'DecisionApplied';
    case 'ForceMajeureInForce': return 'ForceMajeureInForce';
    case 'RegistrationCorrected': return 'RegistrationCorrected';
    default: return 'ForceMajeureLifted';
  }
}

/** The words a person wrote on this line (a reason, a place, a name), shown as written. */
export function chronologyText(e: ChronologyEntry): string | null {
  return e.text.trim() ? e.text : null;
}
