import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../api/problem';
import { useFormat } from '../../format/useFormat';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { CopyField } from './CopyField';
import { useIssueToken, useRevokeToken, type TokenInfo } from './tokenQueries';
import styles from './profile.module.css';

const DEFAULT_DAYS = 90;
const MAX_DAYS = 365;

/** The account's API tokens (for scripts): each with its expiry, revocable; a new one is shown once. */
export function ApiTokens({ tokens }: { tokens: TokenInfo[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const issue = useIssueToken();
  const revoke = useRevokeToken();
  const [label, setLabel] = useState('');
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const refused = problemFields(issue.error);
  const api = tokens.filter((tk) => tk.purpose === 'Api');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    issue.mutate({ label: label.trim(), expiresInDays: Number(days) }, { onSuccess: () => setLabel('') });
  };

  return (
    <section className={styles.form} aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('access.tokens.title')}</h2>
      <p className={styles.muted}>{t('access.tokens.explain')}</p>
      {api.length === 0
        ? <p>{t('access.tokens.none')}</p>
        : (
          <ul className={styles.tokens}>
            {api.map((tk) => (
              <li key={tk.tokenId}>
                <span>
                  <strong>{tk.label}</strong>
                  {' · '}{t('access.tokens.issued', { when: format.date(tk.issuedAt) })}
                  {' · '}{t('access.tokens.expires', { when: format.date(tk.expiresAt) })}
                </span>
                <button
                  type="button"
                  data-variant="secondary"
                  disabled={revoke.isPending}
                  aria-label={t('access.tokens.revokeNamed', { label: tk.label })}
                  onClick={() => revoke.mutate(tk.tokenId)}
                >
                  {t('access.tokens.revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
      {revoke.isError && <ErrorNotice error={revoke.error} />}
      <form onSubmit={submit} aria-labelledby="tokens-new-title" className={styles.inline}>
        <h3 id="tokens-new-title">{t('access.tokens.new')}</h3>
        <Field label={t('access.tokens.label')} invalid={refused.includes('label')}>
          <input type="text" required maxLength={200} value={label} onChange={(e) => setLabel(e.target.value)} />
        </Field>
        <Field label={t('access.tokens.days')} hint={t('access.tokens.daysHint', { max: MAX_DAYS })} invalid={refused.includes('expiresInDays')}>
          <input type="number" required min={1} max={MAX_DAYS} value={days} onChange={(e) => setDays(e.target.value)} />
        </Field>
        {issue.isError && <ErrorNotice error={issue.error} />}
        <button type="submit" disabled={issue.isPending}>{t('access.tokens.issue')}</button>
      </form>
      {issue.data && <CopyField label={t('access.tokens.secret')} value={issue.data.token} />}
      {issue.data && <p className={styles.muted}>{t('access.tokens.shownOnce')}</p>}
    </section>
  );
}
