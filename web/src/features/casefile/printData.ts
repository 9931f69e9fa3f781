import type { CaseRecord, ChronologyEntry } from './queries';

/** When the client was placed in the programme (the placement KK's line), if ever. */
export function placedAt(record: CaseRecord): string | null {
  return (record.client.chronology ?? []).find((e) => e.fact === 'PlacedByKk')?.at ?? null;
}

/** When the service ended (the last move to Terminasi), if it has. */
export function terminatedAt(record: CaseRecord): string | null {
  const lines = (record.client.chronology ?? []).filter((e) => e.to === 'Terminated');
  return lines[lines.length - 1]?.at ?? null;
}

/** Whole weeks from one moment to another (at least 0). */
export function weeksBetween(from: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(from).getTime()) / (7 * 24 * 3600_000)));
}

const CARRIED_OUT = new Set(['StageMoved', 'PeksosAssigned', 'ForceMajeureInForce', 'ForceMajeureRatified', 'ForceMajeureCancelled', 'RetrainingByKk',
  'ResocialisationReadyByKk', 'ResocialisationNotReadyByKk']);
const EVALUATED = new Set(['DecisionApplied', 'FormulationVersioned']);

/** Formulir 3's columns from the chronology: what was done after placement, and what the KKs evaluated. */
export function afterPlacement(record: CaseRecord): { carriedOut: ChronologyEntry[]; evaluated: ChronologyEntry[]; aftercare: ChronologyEntry[] } {
  const placed = placedAt(record);
  const lines = (record.client.chronology ?? []).filter((e) => placed && Date.parse(e.at) >= Date.parse(placed));
  return {
    carriedOut: lines.filter((e) => e.fact && CARRIED_OUT.has(e.fact) && e.to !== 'Terminated' && e.to !== 'Aftercare'),
    evaluated: lines.filter((e) => e.fact && EVALUATED.has(e.fact)),
    aftercare: lines.filter((e) => e.to === 'Aftercare' || e.from === 'Aftercare'),
  };
}

/** `4 Desember 2026` in the panti's zone: the forms' narrow columns have no room for the weekday. */
export function shortDate(value: string, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(value));
}
