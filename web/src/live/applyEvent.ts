import type { ConferenceSnapshot } from '../api/types';
import { payloadOf, sequenceOf, type FeedEvent } from './feedEvent';

type Conference = ConferenceSnapshot['conference'];
type Minute = NonNullable<Conference['minutes']>[number];
type Attendance = NonNullable<Conference['attendance']>[number];
type Decision = NonNullable<Conference['decisions']>[number];

/**
 * Applies one event to a KK snapshot without asking the server, for the events that come often
 * during a sidang (minutes, attendance, receipts, decisions). Any other kind answers null: the
 * caller fetches a fresh snapshot instead, so the screen never guesses a rule the grain applies.
 */
export function applyEvent(snapshot: ConferenceSnapshot, event: FeedEvent): ConferenceSnapshot | null {
  const fields = payloadOf(event);
  const conference = patch(snapshot.conference, event.kind, fields);
  if (!conference) return null;
  // The counts cover entries older than the snapshot carries, so a new entry adds to them.
  const added = (conference.minutes?.length ?? 0) - (snapshot.conference.minutes?.length ?? 0);
  const amendment = added > 0 && conference.minutes?.at(-1)?.amends != null ? 1 : 0;
  return {
    ...snapshot,
    conference,
    version: sequenceOf(event),
    minuteCount: Number(snapshot.minuteCount ?? 0) + added,
    amendmentCount: Number(snapshot.amendmentCount ?? 0) + amendment,
  };
}

function patch(kk: Conference, kind: string, fields: Record<string, unknown>): Conference | null {
  switch (kind) {
    case 'MinuteRecorded': {
      const entry = fields.entry as Minute | undefined;
      if (!entry) return null;
      const minutes = kk.minutes ?? [];
      return minutes.some((m) => Number(m.number) === Number(entry.number)) ? kk : { ...kk, minutes: [...minutes, entry] };
    }
    case 'AttendanceRecorded': {
      const record = fields.record as Attendance | undefined;
      if (!record) return null;
      return { ...kk, attendance: [...(kk.attendance ?? []).filter((a) => a.staffId !== record.staffId), record] };
    }
    case 'DecisionRecorded': {
      const decision = fields.decision as (Decision & { caseContentWithheld?: boolean }) | undefined;
      // The feed carries a decision as a notice without its content (CL6); the snapshot shows it to those allowed.
      if (!decision?.decision || decision.caseContentWithheld) return null;
      const decisions = kk.decisions ?? [];
      return decisions.some((d) => Number(d.number) === Number(decision.number)) ? kk : { ...kk, decisions: [...decisions, decision] };
    }
    case 'CaseSummaryAcknowledged': {
      const { agendaItemId, by, at } = fields as { agendaItemId?: string; by?: string; at?: string };
      const agenda = kk.agenda ?? [];
      const item = agenda.find((a) => a.id === agendaItemId);
      if (!item?.summary || !by || !at) return null;
      const acknowledgements = item.summary.acknowledgements ?? [];
      if (acknowledgements.some((a) => a.staffId === by)) return kk;
      const summary = { ...item.summary, acknowledgements: [...acknowledgements, { staffId: by, at }] };
      return { ...kk, agenda: agenda.map((a) => (a.id === agendaItemId ? { ...a, summary } : a)) };
    }
    default:
      return null;
  }
}
