import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { idempotencyKeys } from './idempotency';
import { ApiProblem } from './problem';

export const CSRF_HEADER = 'X-CSRF-TOKEN';

let antiforgery: Promise<string> | null = null;

/** The antiforgery token is bound to who is signed in, so it is fetched again after sign-in or sign-out. */
export function forgetAntiforgeryToken(): void {
  antiforgery = null;
}

function antiforgeryToken(): Promise<string> {
  antiforgery ??= fetch('/api/v1/auth/antiforgery', { credentials: 'same-origin' })
    .then(async (r) => {
      if (!r.ok) throw new ApiProblem(r.status, await r.json().catch(() => null));
      return ((await r.json()) as { token: string }).token;
    })
    .catch((e: unknown) => {
      antiforgery = null;
      throw e;
    });
  return antiforgery;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every change made with the session cookie carries the antiforgery token. A token the gateway
 * no longer accepts (the session behind it was renewed) is dropped, so the next try fetches one.
 */
const csrf: Middleware = {
  async onRequest({ request }) {
    if (!SAFE.has(request.method.toUpperCase())) {
      request.headers.set(CSRF_HEADER, await antiforgeryToken());
    }
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 400 && (await problemCode(response)) === 'antiforgery_token_invalid') forgetAntiforgeryToken();
    return response;
  },
};

async function problemCode(response: Response): Promise<unknown> {
  const body: unknown = await response.clone().json().catch(() => null);
  return typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
}

/** The typed API client, generated from the gateway's OpenAPI document (src/api/schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrf, idempotencyKeys());

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws the problem it answered. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiProblem(response.status, error);
  }
  return data as T;
}

/** Like unwrap, keeping the response (for its ETag). */
export async function unwrapWithResponse<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiProblem(response.status, error);
  }
  return { data: data as T, response };
}
