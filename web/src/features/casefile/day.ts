import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates';
import { isLanguage } from '../../i18n';

/** A calendar date (yyyy-mm-dd, no moment) the Indonesian way: `Selasa, 1 Desember 2026`. */
export function useDay(): (date: string) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  return (date: string) => formatDate(`${date}T00:00:00Z`, 'UTC', language);
}
