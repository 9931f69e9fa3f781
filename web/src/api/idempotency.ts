import type { Middleware } from 'openapi-fetch';
import { ApiProblem } from './problem';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Actions whose answer never came that are remembered at most (the oldest goes first). */
const KEPT = 100;

/**
 * Issue 9: every change the app sends carries an Idempotency-Key, so sending it again after a
 * timeout, a lost connection or a 503 never makes it twice. One user action is one key: the key
 * stays with the action (method, URL and body) until the gateway has answered it, and a retry of
 * that action — TanStack Query's or the person's "try again" — sends the same key; once answered
 * (any status but 408, 429 and 5xx), the same form sent again is a new action with a new key. The
 * action is remembered as a SHA-256 digest, so no body (a password) is kept in memory.
 */
export function idempotencyKeys(newKey: () => string = () => crypto.randomUUID()): Middleware {
  const unanswered = new Map<string, string>();
  const actionOf = new Map<string, string>();
  return {
    async onRequest({ request, id }) {
      if (SAFE.has(request.method.toUpperCase()) || request.headers.has(IDEMPOTENCY_HEADER)) return request;
      const action = await digest(request);
      let key = unanswered.get(action);
      if (key === undefined) {
        key = newKey();
        unanswered.set(action, key);
        if (unanswered.size > KEPT) unanswered.delete(unanswered.keys().next().value as string);
      }
      actionOf.set(id, action);
      request.headers.set(IDEMPOTENCY_HEADER, key);
      return request;
    },
    onResponse({ response, id }) {
      const action = actionOf.get(id);
      actionOf.delete(id);
      if (action !== undefined && isAnswered(response.status)) unanswered.delete(action);
      return response;
    },
    onError({ id }) {
      // No answer: whether the change was made is unknown, so its key stays for the retry.
      actionOf.delete(id);
    },
  };
}

/** Whether the gateway decided the request; 408, 429 and 5xx leave it to a retry with the same key. */
function isAnswered(status: number): boolean {
  return status < 500 && status !== 408 && status !== 429;
}

async function digest(request: Request): Promise<string> {
  const body = await request.clone().text();
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${request.method.toUpperCase()} ${request.url}\n${body}`));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * TanStack Query's retry for changes: only when the change may or may not have been made (a 502,
 * 503 or 504 problem, or no answer at all), at most twice; the retry carries the same key.
 */
export function retryUnanswered(failures: number, error: unknown): boolean {
  const unanswered = error instanceof ApiProblem ? [502, 503, 504].includes(error.status) : error instanceof TypeError;
  return unanswered && failures < 2;
}

/** Waits as the gateway's Retry-After does for a 503 (2 to 5 seconds). */
export function retryUnansweredDelay(failures: number): number {
  return 2000 * (failures + 1);
}
