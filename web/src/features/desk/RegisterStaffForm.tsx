import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useStaffChange, type Staff } from './queries';
import styles from './desk.module.css';

type Role = Staff['roles'][number];
const ROLES: Role[] = ['Pimpinan', 'Peksos', 'Psikolog', 'Medis', 'Sekretaris', 'Anggota', 'Staf'];

/** PE1: a new staff member with one or more roles; their account is made under Akun. */
export function RegisterStaffForm() {
  const { t } = useTranslation();
  const change = useStaffChange();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const toggle = (role: Role, on: boolean) => setRoles(on ? [...roles, role] : roles.filter((r) => r !== role));
  const submit = () => change.mutate({ kind: 'register', name: name.trim(), roles }, {
    onSuccess: () => { setDone(name.trim()); setName(''); setRoles([]); },
  });
  return (
    <form className={styles.panel} aria-labelledby="desk-register" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <h2 id="desk-register">{t('desk.staff.register')}</h2>
      <Field label={t('desk.staff.name')}>
        <input value={name} onChange={(e) => { setName(e.target.value); setDone(null); }} required autoComplete="off" />
      </Field>
      <fieldset className={styles.roles}>
        <legend>{t('desk.staff.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role} className={styles.check}>
            <input type="checkbox" checked={roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            {t(`desk.roles.${role}`)}
          </label>
        ))}
      </fieldset>
      {change.isError && <ErrorNotice error={change.error} />}
      {done && <p role="status">{t('desk.staff.registered', { name: done })}</p>}
      <button type="submit" disabled={change.isPending || roles.length === 0}>{t('desk.staff.registerButton')}</button>
    </form>
  );
}
