import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { MinuteComposer } from './MinuteComposer';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useOlderMinutes, type Conference } from './queries';
import type { KkRoles } from './roles';
import styles from './sidang.module.css';
import { useState } from 'react';

/** KK3: the minutes as written, numbered, with each ralat beside what it corrects; the composer for the secretary. */
export function MinutesPanel({ id, kk, roles }: { id: string; kk: Conference; roles: KkRoles }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [amending, setAmending] = useState<number | null>(null);
  const latest = kk.minutes ?? [];
  const older = useOlderMinutes(id, Number(latest[0]?.number ?? 1));
  const minutes = [...(older.data?.pages ?? []).toReversed().flat(), ...latest];
  const earliestShown = Number(minutes[0]?.number ?? 1);
  const amended = new Set(minutes.filter((m) => m.amends != null).map((m) => Number(m.amends)));
  const writing = roles.isRecorder && kk.state === 'InSession';

  return (
    <section className={styles.panel} aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t('sidang.minutes.title')}</h2>
      {minutes.length === 0 && <p className={styles.muted}>{t('sidang.minutes.none')}</p>}
      {earliestShown > 1 && (
        <button type="button" data-variant="link" disabled={older.isFetching}
          onClick={() => void (older.data ? older.fetchNextPage() : older.refetch())}>
          {t('sidang.minutes.earlier', { count: earliestShown - 1 })}
        </button>
      )}
      {older.isError && <ErrorNotice error={older.error} />}
      <ol className={styles.minutes} data-testid="minutes" aria-live="polite">
        {minutes.map((m) => {
          const n = Number(m.number);
          return (
            <li key={n} value={n} data-number={n} data-amended={amended.has(n) || undefined}>
              <span className={styles.minuteMeta}>
                {n}. {format.time(m.at)}
                {m.amends != null && <> · {t('sidang.minutes.amends', { number: Number(m.amends) })}</>}
                {amended.has(n) && <> · {t('sidang.minutes.amended')}</>}
              </span>
              <span className={styles.minuteText}>{m.text}</span>
              {writing && (
                <button type="button" data-variant="link" onClick={() => setAmending(n)} aria-label={t('sidang.minutes.amendEntry', { number: n })}>
                  {t('sidang.minutes.amend')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {writing && <MinuteComposer id={id} amending={amending} onDone={() => setAmending(null)} />}
    </section>
  );
}
