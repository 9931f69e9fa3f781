import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { CoreTeamAction } from './CoreTeamAction';
import { RegisterStaffForm } from './RegisterStaffForm';
import { usePanti, useStaffChange } from './queries';
import styles from './desk.module.css';

/** PE1-PE2: the staff with their roles, the core team by discipline, and every membership change. */
export function StaffPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const panti = usePanti();
  const change = useStaffChange();
  if (panti.isPending) return <Loading />;
  if (panti.isError) return <ErrorNotice error={panti.error} onRetry={() => void panti.refetch()} />;
  const staff = panti.data.staff ?? [];
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? t('desk.someone');
  const core = panti.data.coreTeam;
  const disciplineOf = (id: string) => core?.members?.find((m) => m.staffId === id)?.discipline;
  const changes = [...(core?.changes ?? [])].reverse();
  return (
    <>
      <section className={styles.panel} aria-labelledby="desk-staff">
        <h2 id="desk-staff">{t('desk.staff.title')}</h2>
        <p className={styles.explain}>
          {core?.isConstituted ? t('desk.staff.constituted') : t('desk.staff.notConstituted')}
        </p>
        <div className={styles.tableWrap}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('desk.staff.name')}</th>
                <th scope="col">{t('desk.staff.roles')}</th>
                <th scope="col">{t('desk.staff.core')}</th>
                <th scope="col">{t('desk.staff.coreChange')}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((s) => {
                const discipline = disciplineOf(s.id);
                return (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td>{s.roles.map((r) => t(`desk.roles.${r}`)).join(', ')}</td>
                    <td>{discipline ? t('desk.staff.coreFor', { discipline: t(`discipline.${discipline}`) }) : '–'}</td>
                    <td><CoreTeamAction staff={s} member={discipline != null} change={change} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {change.isError && <ErrorNotice error={change.error} />}
      </section>
      <RegisterStaffForm />
      <section className={styles.panel} aria-labelledby="desk-history">
        <h2 id="desk-history">{t('desk.staff.history')}</h2>
        {changes.length === 0 && <p>{t('desk.staff.noChanges')}</p>}
        <ol className={styles.list}>
          {changes.map((c) => (
            <li key={`${c.at}-${c.staffId}-${c.kind}`}>
              <span>{t(`desk.staff.change.${c.kind}`, {
                who: name(c.staffId), discipline: c.discipline ? t(`discipline.${c.discipline}`) : '', by: name(c.by),
              })}</span>
              <span className={styles.explain}>{format.dateTime(c.at)}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
