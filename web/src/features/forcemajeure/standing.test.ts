import { describe, expect, it } from 'vitest';
import { byUrgency, myPart } from './standing';
import type { FmRow } from './queries';

const me = 'me';
const row = (over: Partial<FmRow>): FmRow => ({
  id: 'x', kind: 'Postpone', state: 'Proposed', caseContentWithheld: false, proposedBy: 'p', proposedAt: '2026-12-03T10:00:00Z',
  consents: [], pendingAttestations: [], ratificationOverdue: false,
  progress: { consents: 0, needed: 3, requiresAllDisciplines: true, covered: [], missing: ['Peksos', 'Psikolog', 'Medis'], met: false },
  ...over,
});

describe('myPart (FM2, FM3)', () => {
  it('FM2_attested: a core member with a consent attested for them is asked to confirm it, not to consent again', () => {
    expect(myPart(row({ pendingAttestations: [me] }), me, true)).toBe('confirm-attested');
    expect(myPart(row({}), me, true)).toBe('respond');
  });

  it('FM2: a consent counted, an objection made, a closed force majeure or a non-core reader leave nothing to do', () => {
    expect(myPart(row({ consents: [{ staffId: me, discipline: 'Medis', attested: true }] }), me, true)).toBe('consented');
    expect(myPart(row({ state: 'Rejected', objectedBy: me }), me, true)).toBe('objected');
    expect(myPart(row({ state: 'InForce' }), me, true)).toBe('none');
    expect(myPart(row({}), me, false)).toBe('none');
  });
});

describe('byUrgency (FM7)', () => {
  it('FM7: ratification overdue first, then open proposals, then in force, newest first within each', () => {
    const rows = [
      row({ id: 'done', state: 'Ratified', proposedAt: '2026-12-03T12:00:00Z' }),
      row({ id: 'old', state: 'Proposed', proposedAt: '2026-12-01T10:00:00Z' }),
      row({ id: 'inforce', state: 'InForce' }),
      row({ id: 'new', state: 'Proposed', proposedAt: '2026-12-02T10:00:00Z' }),
      row({ id: 'overdue', state: 'InForce', ratificationOverdue: true }),
    ];
    expect(byUrgency(rows).map((r) => r.id)).toEqual(['overdue', 'new', 'old', 'inforce', 'done']);
  });
});
