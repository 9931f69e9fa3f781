import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ClientTable } from './ClientTable';
import { PAGE_SIZE, useClientList } from './queries';
import { useCurrentUser } from '../../auth/session';
import { useStaff } from '../casefile/queries';
import { isRegistrar, mayOpenCase } from '../casefile/roles';
import styles from './klien.module.css';

const STAGES = ['Prospect', 'Candidate', 'InSelection', 'NotAccepted', 'DefinitiveCandidate', 'Registered', 'Diagnostic',
  'AwaitingPlacementKk', 'Planning', 'InGuidance', 'Resocialisation', 'Aftercare', 'Terminated', 'Closed'] as const;
const REVIEWS = ['Overdue', 'DueSoon', 'Ok', 'NotScheduled'] as const;
const SORTS = ['Name', 'RegisterNumber', 'Stage', 'ReviewDue'] as const;

/** Klien: the panti's clients searched, filtered and paged on the server; the URL keeps the choice. */
export function KlienListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const staff = useStaff();
  const peksos = (staff.data?.staff ?? []).filter((s) => s.roles.includes('Peksos'));
  const [params, setParams] = useSearchParams();
  const q = {
    search: params.get('cari') ?? '', stage: params.get('tahap') ?? '', review: params.get('tinjauan') ?? '',
    peksosId: params.get('peksos') ?? '',
    sort: params.get('urut') ?? '', offset: Math.max(0, Number(params.get('mulai') ?? 0) || 0),
  };
  const list = useClientList(q);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    if (key !== 'mulai') next.delete('mulai');
    setParams(next, { replace: true });
  };
  const total = Number(list.data?.total ?? 0);
  const shown = list.data?.items.length ?? 0;

  return (
    <Page
      title={t('klien.title')}
      actions={(
        <>
          {mayOpenCase(me) && <Link to="/klien/baru">{t('kasus.open.title')}</Link>}
          {isRegistrar(me) && <Link to="/klien/daftar">{t('kasus.register.title')}</Link>}
          <a href={exportUrl(q)} download>{t('kasus.csv')}</a>
        </>
      )}
    >
      <form role="search" className={styles.filters} onSubmit={(e) => e.preventDefault()}>
        <Field label={t('klien.search')}>
          <input type="search" value={q.search} onChange={(e) => set('cari', e.target.value)} />
        </Field>
        <Field label={t('klien.stage')}>
          <select value={q.stage} onChange={(e) => set('tahap', e.target.value)}>
            <option value="">{t('klien.all')}</option>
            {STAGES.map((s) => <option key={s} value={s}>{t(`klien.stages.${s}`)}</option>)}
          </select>
        </Field>
        <Field label={t('klien.peksos')}>
          <select value={q.peksosId} onChange={(e) => set('peksos', e.target.value)}>
            <option value="">{t('klien.all')}</option>
            {peksos.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </Field>
        <Field label={t('klien.reviewStatus')}>
          <select value={q.review} onChange={(e) => set('tinjauan', e.target.value)}>
            <option value="">{t('klien.all')}</option>
            {REVIEWS.map((r) => <option key={r} value={r}>{t(`klien.review.${r}`)}</option>)}
          </select>
        </Field>
        <Field label={t('klien.sortBy')}>
          <select value={q.sort} onChange={(e) => set('urut', e.target.value)}>
            {SORTS.map((s) => <option key={s} value={s === 'Name' ? '' : s}>{t(`klien.sorts.${s}`)}</option>)}
          </select>
        </Field>
      </form>
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && shown === 0 && <p>{t('klien.none')}</p>}
      {list.data && shown > 0 && (
        <>
          <ClientTable rows={list.data.items} caption={t('klien.title')} />
          <nav aria-label={t('klien.pages')} className={styles.pager}>
            <button type="button" data-variant="secondary" disabled={q.offset === 0}
              onClick={() => set('mulai', String(Math.max(0, q.offset - PAGE_SIZE)))}>{t('klien.previous')}</button>
            <span role="status">{t('klien.showing', { from: q.offset + 1, to: q.offset + shown, total })}</span>
            <button type="button" data-variant="secondary" disabled={q.offset + shown >= total}
              onClick={() => set('mulai', String(q.offset + PAGE_SIZE))}>{t('klien.next')}</button>
          </nav>
        </>
      )}
    </Page>
  );
}

/** The CSV export with the filters and order shown (no paging: every matching row). */
function exportUrl(q: { search: string; stage: string; review: string; peksosId: string; sort: string }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ search: q.search, stage: q.stage, review: q.review, peksosId: q.peksosId, sort: q.sort })) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/api/v1/clients/export.csv${query ? `?${query}` : ''}`;
}
