import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Conference } from '../sidang/queries';
import { useKkCommand } from '../sidang/queries';
import { Field } from '../../ui/Field';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { capacitiesFor, type Capacity } from './capacities';
import { usePanti } from './queries';
import styles from './preparation.module.css';

/** KK1: an organiser invites a staff member of the panti in a capacity their roles allow. */
export function InviteForm({ kkId, kk }: { kkId: string; kk: Conference }) {
  const { t } = useTranslation();
  const panti = usePanti(true);
  const [staffId, setStaffId] = useState('');
  const [chosenCapacity, setCapacity] = useState<Capacity | ''>('');
  const invite = useKkCommand(kkId, (body: { staffId: string; capacity: Capacity }, ifMatch) =>
    api.POST('/api/v1/conferences/{id}/participants', { params: { path: { id: kkId }, header: { 'If-Match': ifMatch } }, body }));

  if (panti.isPending) return <Loading />;
  if (panti.isError) return <ErrorNotice error={panti.error} onRetry={() => void panti.refetch()} />;

  const invited = new Set((kk.participants ?? []).map((p) => p.staffId));
  const candidates = (panti.data.staff ?? []).filter((s) => !invited.has(s.id)).sort((a, b) => a.name.localeCompare(b.name));
  const member = candidates.find((s) => s.id === staffId);
  const coreTeam = (panti.data.coreTeam?.members ?? []).map((m) => m.staffId);
  const capacities = member ? capacitiesFor(member, coreTeam, kk) : [];
  const capacity = chosenCapacity && capacities.includes(chosenCapacity) ? chosenCapacity : capacities[0];

  if (candidates.length === 0) return <p className={styles.muted}>{t('prep.invite.everyone')}</p>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!member || !capacity) return;
    invite.mutate({ staffId: member.id, capacity }, {
      onSuccess: () => {
        setStaffId('');
        setCapacity('');
      },
    });
  };

  return (
    <form className={styles.addForm} onSubmit={submit} aria-labelledby="invite-title">
      <h3 id="invite-title">{t('prep.invite.title')}</h3>
      <div className={styles.row}>
        <Field label={t('prep.invite.staff')}>
          <select value={staffId} onChange={(e) => setStaffId(e.target.value)} required>
            <option value="">{t('prep.invite.choose')}</option>
            {candidates.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Field>
        <Field label={t('prep.invite.capacity')}>
          <select value={capacity ?? ''} onChange={(e) => setCapacity(e.target.value as Capacity)} disabled={!member}>
            {capacities.map((c) => <option key={c} value={c}>{t(`prep.capacity.${c}`)}</option>)}
          </select>
        </Field>
      </div>
      {invite.isError && <ErrorNotice error={invite.error} />}
      <button type="submit" disabled={!member || invite.isPending}>{t('prep.invite.submit')}</button>
    </form>
  );
}
