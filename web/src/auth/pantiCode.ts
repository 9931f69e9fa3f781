const LAST = 'caseconf.pantiCode';

/**
 * The panti code last signed in with on this browser (finding 11: user names are per panti), so
 * staff at a shared tablet or their own phone type it once. Not a secret: every staff member of
 * the panti knows it.
 */
export function lastPantiCode(): string {
  try {
    return localStorage.getItem(LAST) ?? '';
  } catch {
    return '';
  }
}

export function rememberPantiCode(code: string): void {
  try {
    localStorage.setItem(LAST, code);
  } catch {
    // Private mode without storage: typed again next time.
  }
}
