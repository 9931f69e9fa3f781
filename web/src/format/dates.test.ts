import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, instantAt, untilDeadline, wallClock } from './dates';

describe('dates in the panti time zone', () => {
  it('formats the Indonesian way in WIB', () => {
    expect(formatDateTime('2026-12-01T02:00:00Z', 'Asia/Jakarta', 'id')).toBe('Selasa, 1 Desember 2026 09.00 WIB');
  });

  it('uses the panti zone, not the browser zone: WITA and WIT', () => {
    expect(formatDateTime('2026-12-01T02:00:00Z', 'Asia/Makassar', 'id')).toBe('Selasa, 1 Desember 2026 10.00 WITA');
    expect(formatDateTime('2026-12-01T02:00:00Z', 'Asia/Jayapura', 'id')).toBe('Selasa, 1 Desember 2026 11.00 WIT');
  });

  it('crosses midnight into the next day in the panti zone', () => {
    expect(formatDate('2026-11-30T18:30:00Z', 'Asia/Jakarta', 'id')).toBe('Selasa, 1 Desember 2026');
    expect(formatTime('2026-11-30T18:30:00Z', 'Asia/Jakarta', 'id')).toBe('01.30 WIB');
  });

  it('formats English with English names and a colon', () => {
    expect(formatDateTime('2026-12-01T02:00:00Z', 'Asia/Jakarta', 'en')).toBe('Tuesday, 1 December 2026 09:00 WIB');
  });

  it('names zones outside Indonesia as Intl does', () => {
    expect(formatTime('2026-12-01T02:00:00Z', 'UTC', 'en')).toBe('02:00 UTC');
  });

  it('turns a wall-clock time in the panti zone into an instant and back', () => {
    const instant = instantAt('2026-12-02', '09:00', 'Asia/Jakarta');
    expect(instant.toISOString()).toBe('2026-12-02T02:00:00.000Z');
    expect(wallClock(instant, 'Asia/Jakarta')).toEqual({ date: '2026-12-02', time: '09:00' });
    expect(instantAt('2026-07-01', '09:00', 'Europe/Amsterdam').toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('counts down to a deadline and past it', () => {
    const now = new Date('2026-12-01T02:00:00Z');
    expect(untilDeadline('2026-12-02T05:30:00Z', now)).toEqual({ late: false, days: 1, hours: 3, minutes: 30 });
    expect(untilDeadline('2026-12-01T01:15:00Z', now)).toEqual({ late: true, days: 0, hours: 0, minutes: 45 });
  });
});
