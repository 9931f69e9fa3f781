import type { FmRow } from './queries';

/** What the signed-in person may do about one force majeure now (the gateway decides; this only picks the buttons). */
export type MyPart = 'confirm-attested' | 'respond' | 'consented' | 'objected' | 'none';

export function myPart(row: Pick<FmRow, 'state' | 'consents' | 'pendingAttestations' | 'objectedBy'>, staffId: string, isCore: boolean): MyPart {
  if (row.consents.some((c) => c.staffId === staffId)) return 'consented';
  if (row.objectedBy === staffId) return 'objected';
  if (!isCore || row.state !== 'Proposed') return 'none';
  return row.pendingAttestations.includes(staffId) ? 'confirm-attested' : 'respond';
}

/** FM7 and the open states first, newest first within each: what needs someone comes to the top. */
export function byUrgency(rows: FmRow[]): FmRow[] {
  const rank = (r: FmRow) => (r.ratificationOverdue ? 0 : r.state === 'Proposed' ? 1 : r.state === 'InForce' ? 2 : r.state === 'Rejected' && !r.resolvedByConferenceId ? 3 : 4);
  return [...rows].sort((a, b) => rank(a) - rank(b) || b.proposedAt.localeCompare(a.proposedAt));
}
