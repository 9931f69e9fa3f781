import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n';
import { useLanguage } from '../auth/language';
import styles from './AppShell.module.css';

/** One click to the other language; remembered for the signed-in account. */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage(signedIn);
  return (
    <div role="group" aria-label={t('nav.language')} className={styles.languages}>
      {LANGUAGES.map((l: Language) => (
        <button key={l} type="button" lang={l} data-variant="secondary" aria-pressed={l === language} onClick={() => setLanguage(l)}>
          {l.toUpperCase()}
          <span className={styles.srOnly}> {t(`language.${l}`)}</span>
        </button>
      ))}
    </div>
  );
}
