import { describe, expect, it } from 'vitest';
import type { ConferenceSnapshot } from '../api/types';
import { applyEvent } from './applyEvent';

const snapshot = (): ConferenceSnapshot => ({
  pantiId: 'p',
  minuteCount: 1,
  amendmentCount: 0,
  version: 3,
  conference: { id: 'kk', minutes: [{ number: 1, at: '2026-12-01T02:00:00Z', recordedBy: 's', text: 'Sidang dibuka.' }], attendance: [], decisions: [] },
});

describe('LV1 applying an event to the KK snapshot', () => {
  it('appends a minutes entry and moves the version', () => {
    const entry = { number: 2, at: '2026-12-01T02:01:00Z', recordedBy: 's', text: 'Peksos melaporkan perkembangan.' };
    const next = applyEvent(snapshot(), { sequence: 4, at: entry.at, kind: 'MinuteRecorded', payload: { conferenceId: 'kk', entry } });
    expect(next?.version).toBe(4);
    expect(next?.conference.minutes?.map((m) => m.text)).toEqual(['Sidang dibuka.', 'Peksos melaporkan perkembangan.']);
    expect(next?.minuteCount).toBe(2);
  });

  it('applies an attendance record from the payload object', () => {
    const record = { staffId: 'a', mode: 'Absent', detail: 'Sakit.', recordedBy: 's', at: '2026-12-01T02:00:00Z' };
    const next = applyEvent(snapshot(), { sequence: 4, at: record.at, kind: 'AttendanceRecorded', payload: { conferenceId: 'kk', record } });
    expect(next?.conference.attendance).toEqual([record]);
  });

  it('never lists an entry twice', () => {
    const entry = { number: 1, at: '2026-12-01T02:00:00Z', recordedBy: 's', text: 'Sidang dibuka.' };
    const next = applyEvent(snapshot(), { sequence: 4, at: entry.at, kind: 'MinuteRecorded', payload: { entry } });
    expect(next?.conference.minutes).toHaveLength(1);
  });

  it('CL6: asks for a fresh snapshot for a decision, whose content the feed withholds', () => {
    const decision = { number: 1, conferenceId: 'kk', agendaItemId: 'i', clientId: 'c', decision: null, recordedBy: 's', at: '2026-12-01T02:00:00Z', caseContentWithheld: true };
    expect(applyEvent(snapshot(), { sequence: 4, at: decision.at, kind: 'DecisionRecorded', payload: { conferenceId: 'kk', decision } })).toBeNull();
  });

  it('asks for a fresh snapshot for an event it does not know how to apply', () => {
    expect(applyEvent(snapshot(), { sequence: 4, at: '2026-12-01T02:00:00Z', kind: 'ConferenceOpened', payload: {} })).toBeNull();
  });

  it('fetches the snapshot for a decision sent as a notice without its content', () => {
    const decision = { number: 1, agendaItemId: 'i', clientId: 'c', decision: null, caseContentWithheld: true, recordedBy: 's', at: '2026-12-01T02:00:00Z' };
    expect(applyEvent(snapshot(), { sequence: 4, at: decision.at, kind: 'DecisionRecorded', payload: { decision } })).toBeNull();
  });

  it('reads no fields from a payload that is not an object (JSON inside a string is not the contract)', () => {
    const entry = { number: 2, at: '2026-12-01T02:01:00Z', recordedBy: 's', text: 'Teks' };
    const next = applyEvent(snapshot(), { sequence: 4, at: entry.at, kind: 'MinuteRecorded', payload: JSON.stringify({ entry }) });
    expect(next?.conference.minutes?.map((m) => m.text) ?? []).not.toContain('Teks');
  });
});
