import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import type { Schemas } from '../../api/types';
import { chronologyLine } from './chronologyLine';

const FACTS: NonNullable<Schemas['ChronologyFact']>[] = [
  'ReachedByOutreach', 'Registered', 'StageMoved', 'PlacedByKk', 'NotEligibleByKk', 'ResocialisationReadyByKk',
  'ResocialisationNotReadyByKk', 'RetrainingByKk', 'TerminatedByKk', 'PeksosAssigned', 'FormulationVersioned', 'DecisionApplied',
  'ForceMajeureInForce', 'ForceMajeureRatified', 'ForceMajeureCancelled', 'RegistrationCorrected',
];

const entry = (over: Partial<Schemas['ChronologyEntry']>): Schemas['ChronologyEntry'] => ({
  number: 1, at: '2026-12-01T02:00:00Z', by: 'x', kind: 'StageChanged', text: '', ...over,
});

describe('CL1 chronology in the reader\'s language', () => {
  it('every fact the server records has its words in both languages', () => {
    for (const fact of FACTS) {
      for (const language of ['id', 'en']) {
        expect(i18n.exists(`kasus.chronology.fact.${fact}`, { lng: language, fallbackLng: false }), `${language} ${fact}`).toBe(true);
      }
    }
  });

  it('words a stage move, a correction and a force majeure from their structured facts', () => {
    const t = i18n.getFixedT('id');
    expect(chronologyLine(entry({ fact: 'StageMoved', from: 'Prospect', to: 'Candidate' }), t))
      .toBe('Tahap dipindahkan dari Dijangkau ke Calon klien. Alasan:');
    expect(chronologyLine(entry({ kind: 'RegistrationCorrected', fact: 'RegistrationCorrected', field: 'Sex', before: 'Male', after: 'Female' }), t))
      .toBe('Buku induk dikoreksi: Jenis kelamin dari «Laki-laki» menjadi «Perempuan».');
    expect(chronologyLine(entry({ kind: 'ForceMajeureLifted', fact: 'ForceMajeureRatified', itemNumber: 2, forceMajeureKind: 'Postpone' }), i18n.getFixedT('en')))
      .toBe('The KK ratified the force majeure on item 2 (Postpone).');
  });

  it('a line written before facts existed is worded from its kind', () => {
    expect(chronologyLine(entry({ kind: 'Registered', fact: null }), i18n.getFixedT('id'))).toBe('Dicatat dalam buku induk klien.');
  });
});
