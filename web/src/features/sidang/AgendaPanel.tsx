import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DecisionForm } from './DecisionForm';
import { useAgendaClients, type Conference } from './queries';
import type { KkRoles } from './roles';
import styles from './sidang.module.css';

/** The agenda with each client by name and register number; the item in focus carries its decision form. */
export function AgendaPanel({ id, kk, roles }: { id: string; kk: Conference; roles: KkRoles }) {
  const { t } = useTranslation();
  const agenda = kk.agenda ?? [];
  const clients = useAgendaClients(id, agenda.length);
  const [focus, setFocus] = useState<string | null>(null);
  const focused = agenda.find((a) => a.id === (focus ?? agenda[0]?.id));
  const decisions = kk.decisions ?? [];
  const mayDecide = kk.state === 'InSession' && (roles.isRecorder || roles.isChair || roles.isPimpinan);

  const clientOf = (clientId: string | undefined) => {
    const c = clients.data?.find((x) => x.clientId === clientId);
    if (!c) return '…';
    return c.name ? `${c.name}${c.registerNumber ? ` (${c.registerNumber})` : ''}` : t('sidang.agenda.withheld');
  };

  return (
    <section className={styles.panel} aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('sidang.agenda.title')}</h2>
      {agenda.length === 0 && <p className={styles.muted}>{t('sidang.agenda.none')}</p>}
      <ol className={styles.agenda}>
        {agenda.map((item) => {
          const decided = decisions.filter((d) => d.agendaItemId === item.id);
          return (
            <li key={item.id} data-focused={item.id === focused?.id || undefined}>
              <button type="button" data-variant="link" aria-pressed={item.id === focused?.id} onClick={() => setFocus(item.id ?? null)}>
                {clientOf(item.clientId)}
              </button>
              <span className={styles.muted}> · {t(`sidang.purposes.${item.purpose ?? 'Other'}`)}</span>
              {decided.map((d) => (
                <span key={Number(d.number)} className={styles.decision} data-testid="decision">
                  {d.decision ? t(`sidang.decisions.${d.decision.type ?? 'Defer'}`) : t('notulen.withheld')}
                </span>
              ))}
            </li>
          );
        })}
      </ol>
      {focused && (
        <div className={styles.focus}>
          <h3>{t('sidang.agenda.inFocus', { client: clientOf(focused.clientId) })}</h3>
          {focused.summary?.text && <p className={styles.summary}>{focused.summary.text}</p>}
          {focused.forceMajeureId && <p><Link to={`/fm/${focused.forceMajeureId}`}>{t('fm.override.open')}</Link></p>}
          {mayDecide && <DecisionForm key={focused.id} id={id} item={focused} roles={roles} />}
        </div>
      )}
    </section>
  );
}
