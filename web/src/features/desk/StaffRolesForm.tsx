import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { STAFF_ROLES, useStaffChange, type Role, type Staff } from './queries';
import styles from './desk.module.css';

/** PE1: the pimpinan changes one staff member's roles; a refusal (no role left, a core member's discipline) is told in words. */
export function StaffRolesForm({ staff }: { staff: Staff }) {
  const { t } = useTranslation();
  const change = useStaffChange();
  const [roles, setRoles] = useState<Role[]>(staff.roles);
  const [saved, setSaved] = useState(false);
  const toggle = (role: Role, on: boolean) => {
    setSaved(false);
    setRoles(STAFF_ROLES.filter((r) => (r === role ? on : roles.includes(r))));
  };
  const unchanged = roles.length === staff.roles.length && roles.every((r) => staff.roles.includes(r));
  return (
    <details className={styles.rolesForm}>
      <summary>{t('desk.rolesForm.open', { name: staff.name })}</summary>
      <form aria-label={t('desk.rolesForm.title', { name: staff.name })} onSubmit={(e) => {
        e.preventDefault();
        change.mutate({ kind: 'roles', staffId: staff.id, roles }, { onSuccess: () => setSaved(true) });
      }}>
        <fieldset className={styles.roles}>
          <legend>{t('desk.rolesForm.title', { name: staff.name })}</legend>
          {STAFF_ROLES.map((role) => (
            <label key={role} className={styles.check}>
              <input type="checkbox" checked={roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
              {t(`desk.roles.${role}`)}
            </label>
          ))}
        </fieldset>
        {change.isError && <ErrorNotice error={change.error} />}
        {saved && <p role="status">{t('desk.rolesForm.saved', { name: staff.name })}</p>}
        <button type="submit" disabled={change.isPending || unchanged}>{t('desk.rolesForm.save')}</button>
      </form>
    </details>
  );
}
