import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useUpcomingKks } from './queries';

/** KK list: the panti's KKs with their state. */
export function KkListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useUpcomingKks();
  return (
    <Page title={t('kk.title')}>
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && <p>{t('kk.none')}</p>}
      {list.data && list.data.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('kk.upcoming')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kk.start')}</th>
              <th scope="col">{t('kk.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((kk) => (
              <tr key={kk.id}>
                <td>{format.dateTime(kk.sortKey)}</td>
                <td>{t(`kk.kinds.${kk.conferenceKind ?? 'Regular'}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
