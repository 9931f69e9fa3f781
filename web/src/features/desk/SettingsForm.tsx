import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PantiSettings, Schemas } from '../../api/types';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { RecurrenceFields } from './RecurrenceFields';
import { useChangeSettings } from './queries';
import styles from './desk.module.css';

type Policy = Schemas['PantiPolicy'];
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
const NUMBERS = ['forceMajeureQuorum', 'reviewDueSoonDays', 'preCirculationHours', 'opensMinutesBeforeStart', 'postKkSummaryWorkingDays'] as const;

/** The settings as a form; every value says in words what it changes, with the value now typed. */
export function SettingsForm({ saved, etag }: { saved: PantiSettings; etag: string | null }) {
  const { t } = useTranslation();
  const change = useChangeSettings();
  const [zone, setZone] = useState(saved.timeZoneId ?? 'Asia/Jakarta');
  const [policy, setPolicy] = useState<Policy>(saved.policy ?? {});
  const [schedule, setSchedule] = useState(saved.schedule ?? null);
  const [done, setDone] = useState(false);
  const submit = () => {
    const { preCirculation: _derived, ...values } = policy;
    change.mutate({ body: { timeZoneId: zone, policy: values, schedule }, etag }, { onSuccess: () => setDone(true) });
  };
  return (
    <form className={styles.panel} aria-labelledby="desk-settings" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <h2 id="desk-settings">{t('desk.settings.title')}</h2>
      <Field label={t('desk.settings.timeZone')} hint={t('desk.settings.explain.timeZone')}>
        <select value={zone} onChange={(e) => { setZone(e.target.value); setDone(false); }}>
          {ZONES.map((z) => <option key={z} value={z}>{t(`desk.settings.zones.${z.replace('/', '_')}`)}</option>)}
        </select>
      </Field>
      <div className={styles.row}>
        {NUMBERS.map((key) => (
          <Field key={key} label={t(`desk.settings.${key}`)} hint={t(`desk.settings.explain.${key}`, { value: Number(policy[key] ?? 0) })}>
            <input type="number" inputMode="numeric" value={String(policy[key] ?? '')}
              onChange={(e) => { setPolicy({ ...policy, [key]: Number(e.target.value) }); setDone(false); }} />
          </Field>
        ))}
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={policy.forceMajeureRequiresAllDisciplines ?? true}
          onChange={(e) => { setPolicy({ ...policy, forceMajeureRequiresAllDisciplines: e.target.checked }); setDone(false); }} />
        {t('desk.settings.allDisciplines')}
      </label>
      <p className={styles.explain}>
        {t(policy.forceMajeureRequiresAllDisciplines ?? true ? 'desk.settings.explain.allDisciplines' : 'desk.settings.explain.anyDisciplines')}
      </p>
      <RecurrenceFields value={schedule} onChange={(s) => { setSchedule(s); setDone(false); }} />
      {change.isError && <ErrorNotice error={change.error} />}
      {done && <p role="status">{t('desk.settings.saved')}</p>}
      <button type="submit" disabled={change.isPending}>{t('desk.settings.save')}</button>
    </form>
  );
}
