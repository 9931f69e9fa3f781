/** An RFC 9457 problem from the gateway; `code` is stable and keys the translated message. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly detail: string | undefined;
  readonly errors: Record<string, string[]> | undefined;

  constructor(status: number, body: unknown) {
    const p = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const detail = typeof p.detail === 'string' ? p.detail : undefined;
    super(detail ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = typeof p.code === 'string' ? p.code : undefined;
    this.detail = detail;
    this.errors = isFieldErrors(p.errors) ? p.errors : undefined;
  }
}

function isFieldErrors(value: unknown): value is Record<string, string[]> {
  return typeof value === 'object' && value !== null && Object.values(value).every(Array.isArray);
}

/** What problemMessage needs from i18next: whether a key exists, and its text. */
export interface Translator {
  exists(key: string): boolean;
  t(key: string, options?: Record<string, unknown>): string;
}

/**
 * The sentence a person reads for a failure: the bundle's text for the problem's code, else the
 * gateway's detail, else a generic line for the status. A failure to reach the server at all
 * (no response) is told as such.
 */
export function problemMessage(error: unknown, i18n: Translator): string {
  if (error instanceof ApiProblem) {
    if (error.code && i18n.exists(`problem.${error.code}`)) {
      return i18n.t(`problem.${error.code}`);
    }
    if (error.detail) {
      return error.detail;
    }
    return i18n.t('problem.status', { status: error.status });
  }
  if (error instanceof TypeError) {
    return i18n.t('problem.network');
  }
  return i18n.t('problem.unknown');
}

/** Field names the gateway refused (422/400 with `errors`), for marking inputs invalid. */
export function problemFields(error: unknown): string[] {
  return error instanceof ApiProblem && error.errors ? Object.keys(error.errors) : [];
}
