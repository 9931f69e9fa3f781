import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import i18n, { isLanguage, type Language } from '../i18n';
import type { Me } from '../api/types';

const LAST = 'caseconf.language';
const perAccount = (userName: string) => `caseconf.language.${userName}`;

function read(key: string): Language | null {
  try {
    const value = localStorage.getItem(key);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, language: Language): void {
  try {
    localStorage.setItem(key, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/** The language to show before anyone signs in: the last one chosen on this browser, else Indonesian. */
export function initialLanguage(): Language {
  return read(LAST) ?? 'id';
}

/**
 * The account's language. The account's stored preference wins once who-am-i carries one; until
 * then this browser remembers it per account.
 */
export function accountLanguage(me: Me): Language {
  const fromAccount = (me as Me & { language?: unknown }).language;
  return isLanguage(fromAccount) ? fromAccount : (read(perAccount(me.userName)) ?? read(LAST) ?? 'id');
}

export function rememberLanguage(language: Language, userName?: string): void {
  write(LAST, language);
  if (userName) write(perAccount(userName), language);
}

export function useLanguage(userName?: string): [Language, (language: Language) => void] {
  const { i18n: instance } = useTranslation();
  const current = isLanguage(instance.language) ? instance.language : 'id';
  const change = useCallback(
    (language: Language) => {
      rememberLanguage(language, userName);
      void i18n.changeLanguage(language);
    },
    [userName],
  );
  return [current, change];
}
