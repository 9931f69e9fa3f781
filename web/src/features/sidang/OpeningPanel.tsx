import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ConferenceSnapshot } from '../../api/types';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useKkCommand, useReadiness } from './queries';
import type { KkRoles } from './roles';
import styles from './sidang.module.css';

type Choice = 'ProceedWithException' | 'Defer';

/** KK8/KK2/KK4: when it may open, the quorum and the chair in turn; the chair opens, ruling on late items. */
export function OpeningPanel({ id, snapshot, roles }: { id: string; snapshot: ConferenceSnapshot; roles: KkRoles }) {
  const { t } = useTranslation();
  const format = useFormat();
  const readiness = useReadiness(id, Number(snapshot.version));
  const [rulings, setRulings] = useState<Record<string, Choice>>({});
  const open = useKkCommand(id, (lateItemRulings: { agendaItemId: string; choice: Choice }[], ifMatch) =>
    api.POST('/api/v1/conferences/{id}/open', { params: { path: { id }, header: { 'If-Match': ifMatch } }, body: { lateItemRulings } }));

  const r = readiness.data;
  if (!r) return readiness.isError ? <ErrorNotice error={readiness.error} /> : null;
  const chairIds = r.chairIds ?? [];
  const late = (r.items ?? []).filter((i) => i.readiness === 'Late');
  const isChair = chairIds.includes(roles.me);
  const agenda = snapshot.conference.agenda ?? [];

  return (
    <section className={styles.panel} aria-labelledby="opening-title">
      <h2 id="opening-title">{t('sidang.opening.title')}</h2>
      <dl className={styles.facts}>
        <dt>{t('sidang.opening.opensAt')}</dt>
        <dd data-testid="opens-at">{format.dateTime(r.opensAt)}</dd>
        <dt>{t('sidang.opening.chairInTurn')}</dt>
        <dd data-testid="chair-in-turn">
          {r.chairDiscipline ? `${chairIds.map(roles.nameOf).join(', ')} (${t(`discipline.${r.chairDiscipline}`)})` : t('sidang.opening.noChair')}
        </dd>
        <dt>{t('sidang.opening.quorum')}</dt>
        <dd data-testid="quorum" data-holds={r.quorumHolds}>
          {r.quorumHolds ? t('sidang.opening.quorumHolds') : t('sidang.opening.quorumMissing')}
          {' · '}
          {t('sidang.opening.coreMembers', { count: Number(r.coreMembersPresent) })}
          {' · '}
          {r.secretaryPresent ? t('sidang.opening.secretaryPresent') : t('sidang.opening.secretaryAbsent')}
        </dd>
      </dl>
      {late.length > 0 && (
        <fieldset>
          <legend>{t('sidang.opening.lateItems')}</legend>
          {late.map((item) => {
            const position = agenda.findIndex((a) => a.id === item.agendaItemId) + 1;
            return (
              <label key={item.agendaItemId} className={styles.row}>
                {t('sidang.opening.lateItem', { number: position })}
                <select
                  value={rulings[item.agendaItemId] ?? ''}
                  disabled={!isChair}
                  onChange={(e) => setRulings((x) => ({ ...x, [item.agendaItemId]: e.target.value as Choice }))}
                >
                  <option value="">{t('sidang.opening.chooseRuling')}</option>
                  <option value="ProceedWithException">{t('sidang.opening.proceed')}</option>
                  <option value="Defer">{t('sidang.opening.defer')}</option>
                </select>
              </label>
            );
          })}
        </fieldset>
      )}
      {isChair ? (
        <button
          type="button"
          disabled={!r.quorumHolds || open.isPending || late.some((i) => !rulings[i.agendaItemId])}
          onClick={() => open.mutate(late.map((i) => ({ agendaItemId: i.agendaItemId, choice: rulings[i.agendaItemId] as Choice })))}
        >
          {t('sidang.opening.open')}
        </button>
      ) : (
        <p className={styles.muted}>{t('sidang.opening.waitForChair')}</p>
      )}
      {open.isError && <ErrorNotice error={open.error} />}
    </section>
  );
}
