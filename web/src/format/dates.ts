import type { Language } from '../i18n';

/**
 * Indonesia's own names for its zones (WIB, WITA, WIT); Intl gives "GMT+7" for them in most
 * engines. Other zones keep what Intl calls them.
 */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

function parts(instant: Date, timeZone: string, language: Language, options: Intl.DateTimeFormatOptions) {
  const all = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone }).formatToParts(instant);
  return (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? '';
}

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

export function zoneName(value: string | Date, timeZone: string, language: Language): string {
  return INDONESIAN_ZONES[timeZone] ?? parts(toDate(value), timeZone, language, { timeZoneName: 'short' })('timeZoneName');
}

/** `Selasa, 1 Desember 2026` in the panti's zone. */
export function formatDate(value: string | Date, timeZone: string, language: Language): string {
  const get = parts(toDate(value), timeZone, language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return `${get('weekday')}, ${get('day')} ${get('month')} ${get('year')}`;
}

/** `09.00 WIB` (Indonesian uses a dot between hours and minutes; English a colon). */
export function formatTime(value: string | Date, timeZone: string, language: Language): string {
  const instant = toDate(value);
  const get = parts(instant, timeZone, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const separator = language === 'id' ? '.' : ':';
  return `${get('hour')}${separator}${get('minute')} ${zoneName(instant, timeZone, language)}`;
}

/** `Selasa, 1 Desember 2026 09.00 WIB`: the one way the app shows a moment. */
export function formatDateTime(value: string | Date, timeZone: string, language: Language): string {
  return `${formatDate(value, timeZone, language)} ${formatTime(value, timeZone, language)}`;
}

/** The calendar date (yyyy-mm-dd) and wall-clock time (hh:mm) of an instant in the panti's zone. */
export function wallClock(value: string | Date, timeZone: string): { date: string; time: string } {
  const get = parts(toDate(value), timeZone, 'en', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** The zone's offset from UTC at an instant, in minutes (Asia/Jakarta: 420). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const { date, time } = wallClock(instant, timeZone);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/** The instant when the panti's wall clock shows `date` (yyyy-mm-dd) at `time` (hh:mm). */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  // Two passes settle the offset even on a day the zone's offset changes.
  let guess = new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60000);
  guess = new Date(naive - offsetMinutes(guess, timeZone) * 60000);
  return guess;
}

/** Whole days, hours and minutes between now and a deadline; negative when it has passed. */
export function untilDeadline(deadline: string | Date, now: Date): { late: boolean; days: number; hours: number; minutes: number } {
  const ms = toDate(deadline).getTime() - now.getTime();
  const total = Math.floor(Math.abs(ms) / 60000);
  return { late: ms < 0, days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}
