import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Pager } from '../../ui/Pager';
import { KK_PAGE_SIZE, useKkList, type When } from './queries';
import { canOrganise, canRequestUrgent } from './roles';
import { KkTable } from './KkTable';
import { PlanRegularForm } from './PlanRegularForm';
import { RequestUrgentForm } from './RequestUrgentForm';
import styles from './kk.module.css';

/** KK list: upcoming and past KKs; plan a regular KK, request an urgent one. */
export function KkListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const when: When = params.get('when') === 'past' ? 'Past' : 'Upcoming';
  const offset = Math.max(0, Number(params.get('mulai') ?? 0) || 0);
  const list = useKkList(when, offset);
  const items = list.data?.items ?? [];
  const [form, setForm] = useState<'regular' | 'urgent' | null>(null);
  const opened = (id: string) => void navigate(`/kk/${id}`);

  const actions = (
    <>
      {canOrganise(me) && (
        <button type="button" aria-expanded={form === 'regular'} onClick={() => setForm(form === 'regular' ? null : 'regular')}>
          {t('kk.plan.open')}
        </button>
      )}
      {canRequestUrgent(me) && (
        <button type="button" data-variant="secondary" aria-expanded={form === 'urgent'} onClick={() => setForm(form === 'urgent' ? null : 'urgent')}>
          {t('kk.urgent.open')}
        </button>
      )}
    </>
  );

  return (
    <Page title={t('kk.title')} actions={actions}>
      {form === 'regular' && <PlanRegularForm onDone={opened} />}
      {form === 'urgent' && <RequestUrgentForm onDone={opened} />}
      <div role="group" aria-label={t('kk.period')} className={styles.tabs}>
        {(['Upcoming', 'Past'] as const).map((w) => (
          <button key={w} type="button" data-variant="secondary" aria-pressed={w === when}
            onClick={() => setParams(w === 'Past' ? { when: 'past' } : {})}>
            {t(`kk.when.${w}`)}
          </button>
        ))}
      </div>
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && items.length === 0 && <p>{t(`kk.none.${when}`)}</p>}
      {list.data && items.length > 0 && (
        <>
          <KkTable rows={items} caption={t(`kk.when.${when}`)} />
          <Pager label={t('kk.pages')} offset={offset} shown={items.length} total={Number(list.data.total)} pageSize={KK_PAGE_SIZE}
            onOffset={(next) => setParams({ ...(when === 'Past' ? { when: 'past' } : {}), ...(next ? { mulai: String(next) } : {}) })} />
        </>
      )}
    </Page>
  );
}
