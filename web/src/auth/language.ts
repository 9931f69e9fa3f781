import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import i18n, { isLanguage, type Language } from '../i18n';
import { api, unwrap } from '../api/client';
import type { Me } from '../api/types';

const LAST = 'caseconf.language';

function readLast(): Language | null {
  try {
    const value = localStorage.getItem(LAST);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function writeLast(language: Language): void {
  try {
    localStorage.setItem(LAST, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/** The language to show before anyone signs in: the last one chosen on this browser, else Indonesian. */
export function initialLanguage(): Language {
  return readLast() ?? 'id';
}

/** The account's language, as who-am-i says; Indonesian when it names none we have. */
export function accountLanguage(me: Me): Language {
  return isLanguage(me.language) ? me.language : 'id';
}

/** Stores the language on the signed-in account (PUT /auth/me/language), so every device shows it. */
export function saveAccountLanguage(language: Language): Promise<void> {
  return unwrap(api.PUT('/api/v1/auth/me/language', { body: { language } })).then(() => undefined);
}

/** The current language and a switch that changes it at once and remembers it for the account. */
export function useLanguage(signedIn: boolean): [Language, (language: Language) => void] {
  const { i18n: instance } = useTranslation();
  const queryClient = useQueryClient();
  const current = isLanguage(instance.language) ? instance.language : 'id';
  const change = useCallback(
    (language: Language) => {
      writeLast(language);
      void i18n.changeLanguage(language);
      if (signedIn) {
        queryClient.setQueryData<Me | null>(['me'], (me) => (me ? { ...me, language } : me));
        void saveAccountLanguage(language);
      }
    },
    [signedIn, queryClient],
  );
  return [current, change];
}
