import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { useClientNames, usePanti, type AuditFilter } from './queries';
import styles from './desk.module.css';

const KINDS = ['case_record.read', 'case_record.refused', 'client_list.exported', 'review_schedule.exported'] as const;

/** Who, whose record, which kind, which days: each choice asks the server again. */
export function AuditFilters({ filter, onChange }: {
  filter: AuditFilter;
  onChange: (key: 'staffId' | 'clientId' | 'kind' | 'from' | 'to', value: string) => void;
}) {
  const { t } = useTranslation();
  const panti = usePanti();
  const clients = useClientNames();
  return (
    <form role="search" aria-label={t('desk.audit.filters')} className={styles.row} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('desk.audit.person')}>
        <select value={filter.staffId} onChange={(e) => onChange('staffId', e.target.value)}>
          <option value="">{t('desk.audit.everyone')}</option>
          {panti.data?.staff?.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
      <Field label={t('desk.audit.client')}>
        <select value={filter.clientId} onChange={(e) => onChange('clientId', e.target.value)}>
          <option value="">{t('desk.audit.everyClient')}</option>
          {clients.data?.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </Field>
      <Field label={t('desk.audit.kind')}>
        <select value={filter.kind} onChange={(e) => onChange('kind', e.target.value)}>
          <option value="">{t('desk.audit.everyKind')}</option>
          {KINDS.map((k) => <option key={k} value={k}>{t(`desk.audit.kinds.${k.replace('.', '_')}`)}</option>)}
        </select>
      </Field>
      <Field label={t('desk.audit.from')}>
        <input type="date" value={filter.from} onChange={(e) => onChange('from', e.target.value)} />
      </Field>
      <Field label={t('desk.audit.to')}>
        <input type="date" value={filter.to} onChange={(e) => onChange('to', e.target.value)} />
      </Field>
    </form>
  );
}
