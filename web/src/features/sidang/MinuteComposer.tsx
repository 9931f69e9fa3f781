import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useKkCommand } from './queries';
import styles from './sidang.module.css';

/**
 * KK3: Enter sends the entry (Shift+Enter breaks the line); it appears numbered for everyone
 * through the live feed. With `amending` the entry is a ralat of that earlier one.
 */
interface Entry {
  text: string;
  amends: number | null;
}

export function MinuteComposer({ id, amending, onDone }: { id: string; amending: number | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  // Minutes are sent without If-Match: entries only append, and the secretary must never wait on a version.
  // The client gives the entry its Idempotency-Key, the same one when the same entry is sent again
  // after a timeout or a 503, so the server answers the entry it wrote instead of writing a second.
  const send = useKkCommand(id, (vars: Entry) => vars.amends === null
    ? api.POST('/api/v1/conferences/{id}/minutes', { params: { path: { id } }, body: { text: vars.text } })
    : api.POST('/api/v1/conferences/{id}/minutes/{number}/amendments', {
      params: { path: { id, number: vars.amends } }, body: { text: vars.text } }));

  const submit = () => {
    const value = text.trim();
    if (!value || send.isPending) return;
    send.mutate({ text: value, amends: amending }, {
      onSuccess: () => {
        setText('');
        onDone();
        box.current?.focus();
      },
    });
  };

  return (
    <form className={styles.composer} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <label htmlFor="minute-text">
        {amending === null ? t('sidang.minutes.compose') : t('sidang.minutes.composeAmendment', { number: amending })}
      </label>
      <textarea
        id="minute-text"
        ref={box}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <div className={styles.row}>
        <button type="submit" disabled={send.isPending || !text.trim()}>{t('sidang.minutes.send')}</button>
        {amending !== null && <button type="button" data-variant="secondary" onClick={onDone}>{t('sidang.minutes.cancelAmend')}</button>}
      </div>
      {send.isError && <ErrorNotice error={send.error} />}
    </form>
  );
}
