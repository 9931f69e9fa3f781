import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotificationList } from './NotificationList';
import { useInbox, useMarkRead } from './queries';
import styles from './inbox.module.css';

const SHOWN = 8;

/**
 * The shell's bell: the unread count (announced politely when it changes) and, on a click, the
 * newest open notifications. Escape or a click elsewhere closes the panel and gives focus back.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const unread = Number(inbox.data?.unreadCount ?? 0);
  const items = inbox.data?.items ?? [];

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) {
        setOpen(false);
        if (e instanceof KeyboardEvent) button.current?.focus();
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  return (
    <div ref={root} className={styles.bell}>
      <button
        ref={button}
        type="button"
        data-variant="secondary"
        className={styles.bellButton}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('inbox.bell', { count: unread })}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        {unread > 0 && <span className={styles.count} aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
      </button>
      <span role="status" aria-live="polite" className={styles.srOnly}>
        {inbox.data ? t('inbox.unreadCount', { count: unread }) : ''}
      </span>
      {open && (
        <div id={panelId} className={styles.panel} role="region" aria-label={t('inbox.title')}>
          <div className={styles.panelHeader}>
            <h2>{t('inbox.title')}</h2>
            {unread > 0 && (
              <button type="button" data-variant="secondary" onClick={() => markRead.mutate(null)}>
                {t('inbox.markAllRead')}
              </button>
            )}
          </div>
          {items.length === 0
            ? <p className={styles.empty}>{t('inbox.none')}</p>
            : <NotificationList items={items.slice(0, SHOWN)} onOpen={() => setOpen(false)} compact />}
          <Link to="/" className={styles.all} onClick={() => setOpen(false)}>{t('inbox.all', { count: items.length })}</Link>
        </div>
      )}
    </div>
  );
}
