import { describe, expect, it } from 'vitest';
import type { ScheduleView } from '../../live/scheduleFeed';
import { exportUrl, filterRows, scheduleRows } from './schedule';

const view: ScheduleView = {
  entries: [
    { kind: 'ClientReview', id: 'late', localDate: '2026-11-20', sortKey: '2026-11-19T17:00:00Z', status: 'Overdue', peksosId: 'rina', onAgenda: 'kk1' },
    { kind: 'Conference', id: 'kk1', localDate: '2026-12-09', sortKey: '2026-12-09T02:00:00Z', conferenceKind: 'Regular' },
    { kind: 'ClientReview', id: 'soon', localDate: '2026-12-10', sortKey: '2026-12-09T17:00:00Z', status: 'DueSoon', peksosId: 'budi' },
    { kind: 'ClientReview', id: 'fine', localDate: '2027-03-01', sortKey: '2027-02-28T17:00:00Z', status: 'Ok', peksosId: 'rina' },
  ],
  reviews: [],
  overdueEscalated: ['late'],
  unplacedClients: ['soon'],
  clientNames: { late: 'Slamet Riyadi', soon: 'Siti Aminah', fine: 'Joko Susilo' },
  registerNumbers: { late: 'REG-001', soon: 'REG-002' },
  version: 9,
};

describe('RV4 the Jadwal rows', () => {
  const rows = scheduleRows(view);

  it('keeps the server order and names each review, its KK and its escalations', () => {
    expect(rows.map((r) => r.id)).toEqual(['late', 'kk1', 'soon', 'fine']);
    expect(rows[0]).toMatchObject({ kind: 'review', name: 'Slamet Riyadi', onAgenda: { id: 'kk1', start: '2026-12-09T02:00:00Z' }, escalated: true, unplaced: false });
    expect(rows[2]).toMatchObject({ unplaced: true, escalated: false, onAgenda: undefined });
  });

  it('filters reviews by status, agenda, peksos and name or register number; KKs stay', () => {
    const ids = (f: Parameters<typeof filterRows>[1]) => filterRows(rows, f).map((r) => r.id);
    expect(ids({ status: 'Overdue' })).toEqual(['late', 'kk1']);
    expect(ids({ status: 'OnAgenda' })).toEqual(['late', 'kk1']);
    expect(ids({ peksos: 'rina' })).toEqual(['late', 'kk1', 'fine']);
    expect(ids({ search: 'siti' })).toEqual(['kk1', 'soon']);
    expect(ids({ search: 'reg-001' })).toEqual(['late', 'kk1']);
  });

  it('builds the CSV link with the same filters', () => {
    expect(exportUrl({})).toBe('/api/v1/review-schedule.csv');
    expect(exportUrl({ status: 'Overdue', peksos: 'rina', search: ' Siti ' })).toBe('/api/v1/review-schedule.csv?status=Overdue&peksosId=rina&search=Siti');
  });
});
