import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CopyField } from './CopyField';
import { calendarUrl, useNewCalendarLink, useRevokeToken, type TokenInfo } from './tokenQueries';
import styles from './profile.module.css';

/**
 * The private calendar subscription (the KKs one is invited to, in any calendar application).
 * The link holds a secret the server does not keep, so it is shown once, when made; making a new
 * one revokes the old, and revoking stops every calendar that used it.
 */
export function CalendarLink({ tokens }: { tokens: TokenInfo[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const make = useNewCalendarLink();
  const revoke = useRevokeToken();
  const current = tokens.filter((tk) => tk.purpose === 'Calendar');
  const fresh = make.data && current.some((tk) => tk.tokenId === make.data.tokenId) ? make.data : null;

  return (
    <section className={styles.form} aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('access.calendar.title')}</h2>
      <p className={styles.muted}>{t('access.calendar.explain')}</p>
      {fresh && <CopyField label={t('access.calendar.link')} value={calendarUrl(fresh.token)} />}
      {current.length === 0 && <p>{t('access.calendar.none')}</p>}
      {current.map((tk) => (
        <p key={tk.tokenId}>
          {t('access.calendar.active', { issued: format.date(tk.issuedAt), expires: format.date(tk.expiresAt) })}
          {tk.tokenId !== fresh?.tokenId && ` ${t('access.calendar.shownOnce')}`}
        </p>
      ))}
      {(make.isError || revoke.isError) && <ErrorNotice error={make.error ?? revoke.error} />}
      <div className={styles.buttons}>
        <button
          type="button"
          disabled={make.isPending}
          onClick={() => make.mutate({ label: t('access.calendar.label'), previous: current.map((tk) => tk.tokenId) })}
        >
          {current.length > 0 ? t('access.calendar.renew') : t('access.calendar.make')}
        </button>
        {current.length > 0 && (
          <button
            type="button"
            data-variant="secondary"
            disabled={revoke.isPending}
            onClick={() => current.forEach((tk) => revoke.mutate(tk.tokenId))}
          >
            {t('access.calendar.revoke')}
          </button>
        )}
      </div>
    </section>
  );
}
