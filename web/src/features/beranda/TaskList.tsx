import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/types';
import { useFormat } from '../../format/useFormat';
import styles from './beranda.module.css';

type Task = Schemas['GetMyTasksItem'];

/** Where each task is done: the post-KK summary on the session page, the rest on the KK's page. */
function whereDone(task: Task): string {
  return task.kind === 'FilePostKkSummary' ? `/kk/${task.conferenceId}/sidang` : `/kk/${task.conferenceId}`;
}

/** The deadline counts down each minute. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function TaskList({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  return (
    <ul className={styles.tasks}>
      {tasks.map((task) => (
        <li key={`${task.kind}-${task.conferenceId}-${task.agendaItemId ?? task.clientId ?? ''}`} className={styles.task} data-late={task.late}>
          <Link to={whereDone(task)} className={styles.what}>
            {t(`beranda.task.${task.kind}`, { client: task.clientName ?? t('beranda.aClient') })}
          </Link>
          <span>{t('beranda.kkAt', { when: format.dateTime(task.conferenceStart) })}</span>
          <span className={styles.deadline}>
            {t('beranda.deadline', { when: format.dateTime(task.deadline) })} · {format.deadline(task.deadline, now)}
          </span>
        </li>
      ))}
    </ul>
  );
}
