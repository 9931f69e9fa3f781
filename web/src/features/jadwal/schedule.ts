import type { Schemas } from '../../api/types';
import type { ScheduleView } from '../../live/scheduleFeed';

export type ReviewStatus = Schemas['ReviewStatus'];
export const STATUS_FILTERS = ['Overdue', 'DueSoon', 'Ok', 'OnAgenda'] as const;

/** The screen's filters as the URL keeps them (the same names GET /review-schedule.csv takes). */
export interface ScheduleFilters {
  status?: string;
  peksos?: string;
  search?: string;
}

export interface ReviewRow {
  kind: 'review';
  id: string;
  name: string;
  registerNumber?: string;
  dueOn: string;
  status: ReviewStatus;
  peksosId?: string;
  /** The upcoming KK with the client on its agenda, and when it starts. */
  onAgenda?: { id: string; start: string };
  /** RV3: overdue, escalated to the pimpinan until a KK decides on the client. */
  escalated: boolean;
  /** RV2: due, and no regular KK can take it before its 24-hour deadline: it needs an urgent KK. */
  unplaced: boolean;
}

export interface KkRow {
  kind: 'kk';
  id: string;
  start: string;
  conferenceKind: Schemas['ConferenceKind'];
}

export type Row = ReviewRow | KkRow;

/** RV4: the ordered list as the server sent it, each review with what the screen shows of it. */
export function scheduleRows(view: ScheduleView): Row[] {
  const starts = new Map(view.entries.filter((e) => e.kind === 'Conference').map((e) => [e.id, e.sortKey]));
  const escalated = new Set(view.overdueEscalated);
  const unplaced = new Set(view.unplacedClients);
  return view.entries.map((e): Row => {
    if (e.kind === 'Conference') return { kind: 'kk', id: e.id, start: e.sortKey, conferenceKind: e.conferenceKind ?? 'Regular' };
    const kk = e.onAgenda ?? undefined;
    return {
      kind: 'review',
      id: e.id,
      name: view.clientNames[e.id] ?? '',
      registerNumber: view.registerNumbers?.[e.id] ?? undefined,
      dueOn: e.localDate,
      status: e.status ?? 'Ok',
      peksosId: e.peksosId ?? undefined,
      onAgenda: kk && starts.has(kk) ? { id: kk, start: starts.get(kk)! } : undefined,
      escalated: escalated.has(e.id),
      unplaced: unplaced.has(e.id),
    };
  });
}

/**
 * The filters as the server's export applies them: a review by status (or "on an agenda"),
 * responsible peksos and part of its name or register number. Upcoming KKs stay in the list,
 * the frame the reviews are read against.
 */
export function filterRows(rows: Row[], filters: ScheduleFilters): Row[] {
  const search = filters.search?.trim().toLowerCase() ?? '';
  return rows.filter((r) => r.kind === 'kk' || (
    (!filters.status || (filters.status === 'OnAgenda' ? r.onAgenda !== undefined : r.status === filters.status))
    && (!filters.peksos || r.peksosId === filters.peksos)
    && (!search || r.name.toLowerCase().includes(search) || (r.registerNumber?.toLowerCase().includes(search) ?? false))));
}

/** The CSV export of what the screen shows, with the same filters. */
export function exportUrl(filters: ScheduleFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.peksos) query.set('peksosId', filters.peksos);
  if (filters.search?.trim()) query.set('search', filters.search.trim());
  const text = query.toString();
  return `/api/v1/review-schedule.csv${text ? `?${text}` : ''}`;
}
