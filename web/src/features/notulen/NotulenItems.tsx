import type { TFunction } from 'i18next';
import type { Conference } from '../sidang/queries';
import styles from './notulen.module.css';

/** CL6: name and number are null for a client whose record the reader may not read now. */
interface Client {
  clientId: string;
  name?: string | null;
  registerNumber?: string | null;
}

type Decision = Record<string, unknown> & { type?: string };

/** Per agenda item: the client, the case summary and the decision with what it decided. */
export function NotulenItems({ kk, clients, t }: { kk: Conference; clients: Client[]; t: TFunction }) {
  return (
    <>
      <h2>{t('notulen.agenda')}</h2>
      {(kk.agenda ?? []).map((item, i) => {
        const client = clients.find((c) => c.clientId === item.clientId);
        const decisions = (kk.decisions ?? []).filter((d) => d.agendaItemId === item.id);
        return (
          <section key={item.id} className={styles.item}>
            <h3>
              {i + 1}. {client?.name ? `${client.name}${client.registerNumber ? ` (${client.registerNumber})` : ''}` : t('sidang.agenda.withheld')} · {t(`sidang.purposes.${item.purpose ?? 'Other'}`)}
            </h3>
            <p><strong>{t('notulen.summary')}:</strong> {item.caseContentWithheld ? t('notulen.withheld') : item.summary?.text ?? t('notulen.noSummary')}</p>
            {decisions.length === 0 && <p>{t('notulen.noDecision')}</p>}
            {decisions.map((d) => (d.decision
              ? <DecisionText key={Number(d.number)} decision={d.decision as Decision} t={t} />
              : <p key={Number(d.number)}><strong>{t('notulen.decision')}:</strong> {t('notulen.withheld')}</p>))}
          </section>
        );
      })}
    </>
  );
}

function DecisionText({ decision, t }: { decision: Decision; t: TFunction }) {
  const type = decision.type ?? 'Defer';
  const hypothesis = decision.hypothesis as Record<string, string> | undefined;
  const items = (decision.firstFormulation ?? decision.items) as { number: number; text: string }[] | undefined;
  return (
    <div>
      <p><strong>{t('notulen.decision')}:</strong> {t(`sidang.decisions.${type}`)}</p>
      {hypothesis && (
        <ul>
          {(['whyInDifficulty', 'cause', 'howToHelp'] as const).map((part) => (
            <li key={part}>{t(`sidang.decision.${part}`)}: {hypothesis[part]}</li>
          ))}
        </ul>
      )}
      {items && <ol>{items.map((x) => <li key={x.number} value={x.number}>{x.text}</li>)}</ol>}
      {typeof decision.ground === 'string' && <p>{t('sidang.decision.reason')}: {t(`deferralGround.${decision.ground}`)}</p>}
      {typeof decision.reason === 'string' && (
        <p>{t('sidang.decision.reason')}: {type === 'Terminate' ? t(`terminationReason.${decision.reason}`) : decision.reason}</p>
      )}
    </div>
  );
}
