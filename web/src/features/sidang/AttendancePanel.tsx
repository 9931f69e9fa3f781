import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useKkCommand, type Conference } from './queries';
import type { KkRoles } from './roles';
import styles from './sidang.module.css';

const MODES = ['Present', 'Delegate', 'WrittenInput', 'Absent'] as const;
type Mode = (typeof MODES)[number];
type Draft = Record<string, { mode?: Mode; detail: string }>;

/** KK8: attendance for everyone in a few taps, sent as one request; read-only for the others. */
export function AttendancePanel({ id, kk, roles }: { id: string; kk: Conference; roles: KkRoles }) {
  const { t } = useTranslation();
  const participants = kk.participants ?? [];
  const recorded = new Map((kk.attendance ?? []).map((a) => [a.staffId, a]));
  const [draft, setDraft] = useState<Draft>({});
  const save = useKkCommand(id, (entries: { staffId: string; mode: Mode; detail: string | null }[], ifMatch) =>
    api.PUT('/api/v1/conferences/{id}/attendance', { params: { path: { id }, header: { 'If-Match': ifMatch } }, body: { entries } }));

  const current = (staffId: string) => {
    const saved = recorded.get(staffId);
    return draft[staffId] ?? { mode: saved?.mode as Mode | undefined, detail: saved?.detail ?? '' };
  };
  const set = (staffId: string, change: Partial<{ mode: Mode; detail: string }>) =>
    setDraft((d) => ({ ...d, [staffId]: { ...current(staffId), ...change } }));
  const entries = participants
    .map((p) => ({ staffId: p.staffId ?? '', ...current(p.staffId ?? '') }))
    .filter((e): e is { staffId: string; mode: Mode; detail: string } => !!e.mode)
    .map((e) => ({ staffId: e.staffId, mode: e.mode, detail: e.mode === 'Present' ? null : e.detail }));

  return (
    <section className={styles.panel} aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('sidang.attendance.title')}</h2>
      {roles.isRecorder && (
        <button type="button" data-variant="secondary" onClick={() => participants.forEach((p) => set(p.staffId ?? '', { mode: 'Present' }))}>
          {t('sidang.attendance.allPresent')}
        </button>
      )}
      <ul className={styles.attendance}>
        {participants.map((p) => {
          const staffId = p.staffId ?? '';
          const row = current(staffId);
          return (
            <li key={staffId} data-testid={`attendance-${staffId}`}>
              <span className={styles.person}>{p.name}</span>
              {roles.isRecorder ? (
                <fieldset className={styles.modes}>
                  <legend className="visually-hidden">{t('sidang.attendance.modeOf', { name: p.name })}</legend>
                  {MODES.map((mode) => (
                    <label key={mode} className={styles.mode} data-checked={row.mode === mode || undefined}>
                      <input type="radio" name={`mode-${staffId}`} checked={row.mode === mode} onChange={() => set(staffId, { mode })} />
                      {t(`sidang.attendance.modes.${mode}`)}
                    </label>
                  ))}
                  {row.mode && row.mode !== 'Present' && (
                    <input
                      aria-label={t(`sidang.attendance.detail.${row.mode}`, { name: p.name })}
                      placeholder={t(`sidang.attendance.detail.${row.mode}`, { name: p.name })}
                      value={row.detail}
                      onChange={(e) => set(staffId, { detail: e.target.value })}
                    />
                  )}
                </fieldset>
              ) : (
                <span>{row.mode ? t(`sidang.attendance.modes.${row.mode}`) : t('sidang.attendance.unknown')}{row.detail ? ` — ${row.detail}` : ''}</span>
              )}
            </li>
          );
        })}
      </ul>
      {roles.isRecorder && (
        <button type="button" disabled={save.isPending || entries.length === 0} onClick={() => save.mutate(entries, { onSuccess: () => setDraft({}) })}>
          {t('sidang.attendance.save', { count: entries.length })}
        </button>
      )}
      {save.isError && <ErrorNotice error={save.error} />}
    </section>
  );
}
