import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { SealPanel } from './SealPanel';
import { useAgendaClients, useKkCommand, type Conference } from './queries';
import styles from './sidang.module.css';

/** KK11: the responsible staff file the post-KK summary for each client they answer for. */
export function PostKkSummaryPanel({ id, kk, me }: { id: string; kk: Conference; me: string }) {
  const { t } = useTranslation();
  const clients = useAgendaClients(id, (kk.agenda ?? []).length);
  const mine = (kk.postKkSummaries ?? []).filter((s) => s.responsibleStaffId === me);
  return (
    <>
      <SealPanel id={id} kk={kk} />
      {mine.length > 0 && (
        <section className={styles.panel} aria-labelledby="post-kk-title">
          <h2 id="post-kk-title">{t('sidang.postKk.title')}</h2>
          {mine.map((s) => {
            const name = clients.data?.find((c) => c.clientId === s.clientId)?.name ?? '…';
            return s.filedAt
              ? <p key={s.clientId}>{t('sidang.postKk.filed', { client: name })}</p>
              : <SummaryForm key={s.clientId} id={id} clientId={s.clientId ?? ''} client={name} />;
          })}
        </section>
      )}
    </>
  );
}

function SummaryForm({ id, clientId, client }: { id: string; clientId: string; client: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const file = useKkCommand(id, (body: { clientId: string; text: string }) =>
    api.POST('/api/v1/conferences/{id}/summaries', { params: { path: { id } }, body }));
  return (
    <form onSubmit={(e) => { e.preventDefault(); file.mutate({ clientId, text }); }}>
      <Field label={t('sidang.postKk.for', { client })}>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <button type="submit" disabled={file.isPending || !text.trim()}>{t('sidang.postKk.file')}</button>
      {file.isError && <ErrorNotice error={file.error} />}
    </form>
  );
}
