import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe, useSignIn } from '../../auth/session';
import { lastPantiCode, rememberPantiCode } from '../../auth/pantiCode';
import { isLanguage } from '../../i18n';
import { Field } from '../../ui/Field';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LanguageSwitch } from '../../shell/LanguageSwitch';
import styles from './SignInPage.module.css';

/**
 * Masuk: panti code (remembered on this browser), user name, password, language; a wrong password
 * or throttling is told plainly, never which of the three was wrong.
 */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const signIn = useSignIn();
  const location = useLocation();
  const [pantiCode, setPantiCode] = useState(lastPantiCode);
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (me.data) return <Navigate to={from} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The language shown now (chosen here) becomes the account's, saved before who-am-i is read.
    const language = isLanguage(i18n.language) ? i18n.language : 'id';
    signIn.mutate(
      { pantiCode: pantiCode.trim(), userName: userName.trim(), password, language },
      // No navigate here: once who-am-i is known, <Navigate> above shows `from`.
      { onSuccess: () => rememberPantiCode(pantiCode.trim().toLowerCase()) },
    );
  };

  return (
    <main className={styles.wrap}>
      <form className={styles.card} onSubmit={submit} aria-labelledby="sign-in-title">
        <p className={styles.product}>{t('app.name')}</p>
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p>{t('signIn.intro')}</p>
        <Field label={t('signIn.pantiCode')} hint={t('signIn.pantiCodeHint')} invalid={signIn.isError}>
          <input name="pantiCode" autoComplete="organization" autoCapitalize="none" spellCheck={false} required value={pantiCode} onChange={(e) => setPantiCode(e.target.value)} />
        </Field>
        <Field label={t('signIn.userName')} invalid={signIn.isError}>
          <input name="userName" autoComplete="username" required value={userName} onChange={(e) => setUserName(e.target.value)} />
        </Field>
        <Field label={t('signIn.password')} invalid={signIn.isError}>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <div className={styles.language}>
          <span>{t('signIn.language')}</span>
          <LanguageSwitch />
        </div>
        {signIn.isError && <ErrorNotice error={signIn.error} />}
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
