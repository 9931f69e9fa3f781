import { useTranslation } from 'react-i18next';
import { useStaffChange, type Staff } from './queries';

const DISCIPLINES = ['Peksos', 'Psikolog', 'Medis'] as const;

/** PE2: appoint a staff member to the core team for the discipline their role is, or dismiss them (refusals come back translated). */
export function CoreTeamAction({ staff, member, change }: { staff: Staff; member: boolean; change: ReturnType<typeof useStaffChange> }) {
  const { t } = useTranslation();
  const discipline = DISCIPLINES.find((d) => staff.roles.includes(d));
  if (member) {
    return (
      <button type="button" data-variant="secondary" disabled={change.isPending}
        onClick={() => change.mutate({ kind: 'dismiss', staffId: staff.id })}>
        {t('desk.staff.dismiss', { name: staff.name })}
      </button>
    );
  }
  if (!discipline) return null;
  return (
    <button type="button" data-variant="secondary" disabled={change.isPending}
      onClick={() => change.mutate({ kind: 'appoint', staffId: staff.id, discipline })}>
      {t('desk.staff.appoint', { name: staff.name, discipline: t(`discipline.${discipline}`) })}
    </button>
  );
}
