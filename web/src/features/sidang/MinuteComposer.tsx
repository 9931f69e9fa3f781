import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useKkCommand } from './queries';
import styles from './sidang.module.css';

/**
 * KK3: Enter sends the entry (Shift+Enter breaks the line); it appears numbered for everyone
 * through the live feed. With `amending` the entry is a ralat of that earlier one.
 *
 * The box empties the moment Enter is pressed and the secretary types the next entry at once:
 * entries wait in a queue and are sent one after another, in the order typed. (Clearing the box
 * only when the answer came would wipe what was typed meanwhile, and a second Enter while the
 * first was on its way was lost.) An entry the gateway refuses or does not answer stops the queue;
 * what is not yet sent stays listed with "Kirim lagi", and a resend carries the same
 * Idempotency-Key, so nothing is written twice.
 */
interface Entry {
  text: string;
  amends: number | null;
}

export function MinuteComposer({ id, amending, onDone }: { id: string; amending: number | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const queue = useRef<Entry[]>([]);
  const sending = useRef(false);
  const [unsent, setUnsent] = useState<Entry[]>([]);
  // Minutes are sent without If-Match: entries only append, and the secretary must never wait on a version.
  const send = useKkCommand(id, (vars: Entry) => vars.amends === null
    ? api.POST('/api/v1/conferences/{id}/minutes', { params: { path: { id } }, body: { text: vars.text } })
    : api.POST('/api/v1/conferences/{id}/minutes/{number}/amendments', {
      params: { path: { id, number: vars.amends } }, body: { text: vars.text } }));

  const pump = () => {
    const next = queue.current[0];
    if (sending.current || next === undefined) return;
    sending.current = true;
    send.mutate(next, {
      onSuccess: () => {
        queue.current.shift();
        sending.current = false;
        setUnsent([...queue.current]);
        pump();
      },
      onError: () => {
        sending.current = false;
        setUnsent([...queue.current]);
      },
    });
  };

  const submit = () => {
    const value = text.trim();
    if (!value) return;
    queue.current.push({ text: value, amends: amending });
    setUnsent([...queue.current]);
    setText('');
    if (amending !== null) onDone();
    box.current?.focus();
    pump();
  };

  const stalled = send.isError && unsent.length > 0;
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
        <button type="submit" disabled={!text.trim()}>{t('sidang.minutes.send')}</button>
        {amending !== null && <button type="button" data-variant="secondary" onClick={onDone}>{t('sidang.minutes.cancelAmend')}</button>}
      </div>
      {stalled && (
        <div className={styles.unsent} role="alert">
          <ErrorNotice error={send.error} />
          <p>{t('sidang.minutes.unsent', { count: unsent.length })}</p>
          <ol>{unsent.map((entry, i) => <li key={i}>{entry.text}</li>)}</ol>
          <button type="button" onClick={pump}>{t('sidang.minutes.resend')}</button>
        </div>
      )}
    </form>
  );
}
