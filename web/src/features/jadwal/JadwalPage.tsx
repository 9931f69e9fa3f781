import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { hasRole, useCurrentUser } from '../../auth/session';
import { scheduleKey, useScheduleFeed } from '../../live/useScheduleFeed';
import type { ScheduleView } from '../../live/scheduleFeed';
import { Page } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { EscalationPanel } from './EscalationPanel';
import { ScheduleList } from './ScheduleList';
import { exportUrl, filterRows, scheduleRows, STATUS_FILTERS, type ReviewRow } from './schedule';
import styles from './jadwal.module.css';

/**
 * Jadwal (RV1-RV4, LV2): reviews by due date interleaved with the upcoming KKs, live; filters in
 * the URL; the pimpinan's escalations; the CSV export for the Dinas Sosial with the same filters.
 */
export function JadwalPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = { status: params.get('status') ?? '', peksos: params.get('peksos') ?? '', search: params.get('cari') ?? '' };
  useScheduleFeed();
  // The hub's Join fills this as well; the GET answers first on a cold load and after a failed join.
  const schedule = useQuery({
    queryKey: scheduleKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/review-schedule'))) as ScheduleView,
    staleTime: Infinity,
  });
  const panti = useQuery({ queryKey: ['panti'], queryFn: () => unwrap(api.GET('/api/v1/panti')), staleTime: 60_000 });
  const peksos = useMemo(() => (panti.data?.staff ?? []).filter((s) => s.roles.includes('Peksos')), [panti.data]);
  const peksosNames = useMemo(() => new Map((panti.data?.staff ?? []).map((s) => [s.id, s.name])), [panti.data]);
  const rows = useMemo(() => (schedule.data ? scheduleRows(schedule.data) : []), [schedule.data]);
  const shown = filterRows(rows, filters);
  const filtered = Boolean(filters.status || filters.peksos || filters.search.trim());
  const reviews = rows.filter((r): r is ReviewRow => r.kind === 'review');

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Page
      title={t('jadwal.title')}
      actions={<a className={styles.download} href={exportUrl(filters)} download>{t('jadwal.download')}</a>}
    >
      <form role="search" className={styles.filters} onSubmit={(e) => e.preventDefault()}>
        <Field label={t('jadwal.search')}>
          <input type="search" value={filters.search} onChange={(e) => set('cari', e.target.value)} />
        </Field>
        <Field label={t('jadwal.statusLabel')}>
          <select value={filters.status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('jadwal.all')}</option>
            {STATUS_FILTERS.map((s) => <option key={s} value={s}>{t(`jadwal.status.${s}`)}</option>)}
          </select>
        </Field>
        <Field label={t('jadwal.peksos')}>
          <select value={filters.peksos} onChange={(e) => set('peksos', e.target.value)}>
            <option value="">{t('jadwal.all')}</option>
            {peksos.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Field>
      </form>
      {hasRole(me, 'Pimpinan') && schedule.data && <EscalationPanel rows={reviews} />}
      {schedule.isPending && <Loading />}
      {schedule.isError && <ErrorNotice error={schedule.error} onRetry={() => void schedule.refetch()} />}
      {schedule.data && rows.length === 0 && <p>{t('jadwal.none')}</p>}
      {schedule.data && rows.length > 0 && (
        <>
          {!shown.some((r) => r.kind === 'review') && <p>{t(filtered ? 'jadwal.noneMatch' : 'jadwal.noReviews')}</p>}
          <ScheduleList rows={shown} peksosNames={peksosNames} />
        </>
      )}
    </Page>
  );
}
