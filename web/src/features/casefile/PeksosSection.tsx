import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/types';
import { useCurrentUser } from '../../auth/session';
import { Field } from '../../ui/Field';
import { CaseProblem } from './CaseProblem';
import { useAssignPeksos, type ClientStage } from './queries';
import { mayAssignPeksos } from './roles';
import styles from './casefile.module.css';

/** The responsible peksos; the pimpinan or a core member assigns one (a chronology line). */
export function PeksosSection({ clientId, current, stage, staff }: {
  clientId: string; current: string | null; stage: ClientStage; staff: Schemas['StaffMember'][];
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const assign = useAssignPeksos(clientId);
  const [chosen, setChosen] = useState(current ?? '');
  const peksos = staff.filter((s) => s.roles.includes('Peksos'));
  const name = peksos.find((s) => s.id === current)?.name;
  const open = stage !== 'Closed' && stage !== 'NotAccepted';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) assign.mutate(chosen);
  };
  return (
    <section className={styles.card} aria-labelledby="peksos-title">
      <h2 id="peksos-title">{t('klien.peksos')}</h2>
      <p>{name ?? t('kasus.peksos.none')}</p>
      {mayAssignPeksos(me) && open && (
        <form onSubmit={submit} className={styles.row}>
          <Field label={t('kasus.peksos.choose')}>
            <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">{t('kasus.reg.choose')}</option>
              {peksos.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </Field>
          <button type="submit" disabled={!chosen || chosen === current || assign.isPending}>{t('kasus.peksos.assign')}</button>
        </form>
      )}
      {assign.isError && <CaseProblem error={assign.error} />}
    </section>
  );
}
