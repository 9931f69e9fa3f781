import type { FmRow } from './queries';

/** The bundle key of a force majeure's state as a person reads it (FM7 overrides "in force"). */
export function stateKey(row: Pick<FmRow, 'state' | 'ratificationOverdue'>): string {
  return row.ratificationOverdue ? 'fm.state.Overdue' : `fm.state.${row.state}`;
}

export function stateTone(row: Pick<FmRow, 'state' | 'ratificationOverdue'>): 'badge' | 'warn' | 'ok' | 'danger' {
  if (row.ratificationOverdue) return 'danger';
  switch (row.state) {
    case 'InForce': return 'warn';
    case 'Ratified': return 'ok';
    case 'Rejected': return 'danger';
    default: return 'badge';
  }
}

/** Staff names by id, from the panti's directory. */
export function namesOf(staff: { id?: string; name?: string }[] | undefined): (id: string | null | undefined) => string {
  const names = new Map((staff ?? []).map((s) => [s.id ?? '', s.name ?? '']));
  return (id) => (id ? names.get(id) ?? '' : '');
}
