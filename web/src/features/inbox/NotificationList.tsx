import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../live/inboxEvents';
import { useFormat } from '../../format/useFormat';
import { placeOf, useMarkRead } from './queries';
import styles from './inbox.module.css';

/** Kinds whose deadline is the KK's start. */
const AT_KK = new Set<InboxItem['kind']>(['KkInvitation', 'UrgentKkToApprove']);

/** Deadlines count down each minute. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Open notifications, newest first: what each asks in the reader's language, when it came, its
 * deadline counting down. Each opens the place where it is done and is marked read on the way.
 */
export function NotificationList({ items, onOpen, compact = false }: { items: InboxItem[]; onOpen?: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const markRead = useMarkRead();
  return (
    <ul className={compact ? `${styles.list} ${styles.compact}` : styles.list}>
      {items.map((n) => {
        const late = !!n.dueAt && new Date(n.dueAt) < now;
        return (
          <li key={n.id} className={styles.item} data-unread={!n.readAt} data-late={late}>
            <Link
              to={placeOf(n)}
              className={styles.what}
              onClick={() => {
                if (!n.readAt) markRead.mutate(n.id);
                onOpen?.();
              }}
            >
              {t(`inbox.kind.${n.kind}`, { client: n.clientName ?? t('inbox.aClient') })}
            </Link>
            {!n.readAt && <span className={styles.badge}>{t('inbox.unread')}</span>}
            <span className={styles.meta}>
              <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
              {n.dueAt && <> · {t(AT_KK.has(n.kind) ? 'inbox.kkAt' : 'inbox.due', { when: format.dateTime(n.dueAt) })} · {format.deadline(n.dueAt, now)}</>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
