import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { isLanguage } from '../i18n';
import { useMe } from '../auth/session';
import { formatDate, formatDateTime, formatTime, untilDeadline } from './dates';

export const settingsKey = ['panti', 'settings'] as const;

export function usePantiSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => unwrap(api.GET('/api/v1/panti/settings')),
    staleTime: 5 * 60_000,
  });
}

/** The panti's time zone, as who-am-i says. */
export function usePantiTimeZone(): string {
  const me = useMe();
  return me.data?.timeZone || 'Asia/Jakarta';
}

/** Dates and times as this screen's reader should see them: the panti's zone, the chosen language. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const zone = usePantiTimeZone();
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  return {
    zone,
    dateTime: (value: string | Date) => formatDateTime(value, zone, language),
    date: (value: string | Date) => formatDate(value, zone, language),
    time: (value: string | Date) => formatTime(value, zone, language),
    /** "12 jam 5 menit lagi" or "terlambat 3 jam". */
    deadline: (value: string | Date, now: Date) => {
      const d = untilDeadline(value, now);
      const pieces = [
        d.days > 0 ? t('date.days', { count: d.days }) : null,
        d.hours > 0 ? t('date.hours', { count: d.hours }) : null,
        d.days === 0 ? t('date.minutes', { count: d.minutes }) : null,
      ].filter(Boolean).join(' ');
      return d.late ? t('date.overdueBy', { time: pieces }) : t('date.dueIn', { time: pieces });
    },
  };
}
