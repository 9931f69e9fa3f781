import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/types';
import { Field } from '../../ui/Field';
import styles from './desk.module.css';

type Recurrence = Schemas['KkRecurrence'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** KK5: the fixed schedule of regular KKs (weekly every n weeks, or the n-th weekday of the month), in words too. */
export function RecurrenceFields({ value, onChange }: { value: Recurrence | null; onChange: (r: Recurrence | null) => void }) {
  const { t } = useTranslation();
  const r: Recurrence = value ?? { kind: 'Weekly', weekday: 'Monday', localTime: '09:00:00', startsOn: new Date().toISOString().slice(0, 10), intervalWeeks: 1 };
  const set = (patch: Partial<Recurrence>) => onChange({ ...r, ...patch });
  const time = r.localTime.slice(0, 5);
  const words = r.kind === 'Weekly'
    ? t('desk.settings.explain.weekly', { count: Number(r.intervalWeeks ?? 1), day: t(`desk.days.${r.weekday}`), time })
    : t('desk.settings.explain.monthly', { n: Number(r.weekOfMonth ?? 1), day: t(`desk.days.${r.weekday}`), time });
  return (
    <fieldset className={styles.panel}>
      <legend>{t('desk.settings.recurrence')}</legend>
      <label className={styles.check}>
        <input type="checkbox" checked={value !== null} onChange={(e) => onChange(e.target.checked ? r : null)} />
        {t('desk.settings.hasRecurrence')}
      </label>
      {value && (
        <>
          <div className={styles.row}>
            <Field label={t('desk.settings.kind')}>
              <select value={r.kind} onChange={(e) => set({ kind: e.target.value as Recurrence['kind'] })}>
                <option value="Weekly">{t('desk.settings.kinds.Weekly')}</option>
                <option value="MonthlyNthWeekday">{t('desk.settings.kinds.MonthlyNthWeekday')}</option>
              </select>
            </Field>
            <Field label={t('desk.settings.weekday')}>
              <select value={r.weekday} onChange={(e) => set({ weekday: e.target.value as Recurrence['weekday'] })}>
                {DAYS.map((d) => <option key={d} value={d}>{t(`desk.days.${d}`)}</option>)}
              </select>
            </Field>
            <Field label={t('desk.settings.time')}>
              <input type="time" value={time} onChange={(e) => set({ localTime: `${e.target.value}:00` })} />
            </Field>
            <Field label={t('desk.settings.startsOn')}>
              <input type="date" value={r.startsOn} onChange={(e) => set({ startsOn: e.target.value })} />
            </Field>
            {r.kind === 'Weekly' ? (
              <Field label={t('desk.settings.intervalWeeks')}>
                <input type="number" min={1} value={String(r.intervalWeeks ?? 1)} onChange={(e) => set({ intervalWeeks: Number(e.target.value) })} />
              </Field>
            ) : (
              <Field label={t('desk.settings.weekOfMonth')}>
                <input type="number" min={1} max={5} value={String(r.weekOfMonth ?? 1)} onChange={(e) => set({ weekOfMonth: Number(e.target.value) })} />
              </Field>
            )}
          </div>
          <p className={styles.explain}>{words}</p>
        </>
      )}
      {!value && <p className={styles.explain}>{t('desk.settings.explain.noRecurrence')}</p>}
    </fieldset>
  );
}
