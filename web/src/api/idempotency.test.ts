import { describe, expect, it } from 'vitest';
import createClient from 'openapi-fetch';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import type { paths } from './schema';
import { IDEMPOTENCY_HEADER, idempotencyKeys, retryUnanswered } from './idempotency';
import { ApiProblem } from './problem';

const KK = '3f2b8c1e-0000-4000-8000-000000000001';

/** A client over a gateway that answers each request with the next of `answers` and records what it was sent. */
function gateway(answers: (number | 'network')[]) {
  const sent: { method: string; url: string; key: string | null }[] = [];
  let n = 0;
  const fetch = async (request: Request): Promise<Response> => {
    sent.push({ method: request.method, url: request.url, key: request.headers.get(IDEMPOTENCY_HEADER) });
    const answer = answers[n++] ?? 201;
    if (answer === 'network') throw new TypeError('Failed to fetch');
    return new Response(answer === 204 ? null : JSON.stringify({ status: answer, code: answer === 503 ? 'storage_unavailable' : undefined }), {
      status: answer,
      headers: { 'Content-Type': answer < 300 ? 'application/json' : 'application/problem+json' },
    });
  };
  let keys = 0;
  const api = createClient<paths>({ baseUrl: 'http://gateway.test', fetch });
  api.use(idempotencyKeys(() => `kunci-${++keys}`));
  const minute = (text: string) => api.POST('/api/v1/conferences/{id}/minutes', { params: { path: { id: KK } }, body: { text } });
  return { api, sent, minute };
}

describe('Idempotency-Key on every change (issue 9)', () => {
  it('gives each action a key of its own and reads without one', async () => {
    const { api, sent, minute } = gateway([201, 201, 200]);
    await minute('Rapat dibuka pukul 09.00.');
    await minute('Peksos memaparkan perkembangan klien.');
    await api.GET('/api/v1/conferences/{id}', { params: { path: { id: KK } } });
    expect(sent.map((s) => s.key)).toEqual(['kunci-1', 'kunci-2', null]);
  });

  it('sends the same key again while the action has no answer: a 503, no connection, a 429', async () => {
    const { sent, minute } = gateway([503, 'network', 429, 201]);
    for (let attempt = 0; attempt < 4; attempt++) {
      await minute('Rapat dibuka pukul 09.00.').catch(() => undefined);
    }
    expect(sent.map((s) => s.key)).toEqual(['kunci-1', 'kunci-1', 'kunci-1', 'kunci-1']);
  });

  it('makes the same form sent again after an answer a new action, with a new key', async () => {
    const { sent, minute } = gateway([201, 422, 201]);
    await minute('Ya.');
    await minute('Ya.');
    await minute('Ya.');
    expect(sent.map((s) => s.key)).toEqual(['kunci-1', 'kunci-2', 'kunci-3']);
  });

  it('keeps a key the caller chose', async () => {
    const { api, sent } = gateway([201]);
    await api.POST('/api/v1/conferences/{id}/minutes', {
      params: { path: { id: KK }, header: { [IDEMPOTENCY_HEADER]: 'dipilih-sendiri' } }, body: { text: 'Entri.' } });
    expect(sent[0]?.key).toBe('dipilih-sendiri');
  });

  it("reuses the key when TanStack Query retries a change left unanswered by a 503", async () => {
    const { sent, minute } = gateway([503, 201]);
    const queryClient = new QueryClient();
    const send = new MutationObserver(queryClient, {
      mutationFn: async (text: string) => {
        const { error, response } = await minute(text);
        if (!response.ok) throw new ApiProblem(response.status, error);
      },
      retry: retryUnanswered,
      retryDelay: 0,
    });
    await send.mutate('Keputusan: klien ditempatkan.');
    expect(sent.map((s) => s.key)).toEqual(['kunci-1', 'kunci-1']);
  });

  it('retries a change only when its fate is unknown, at most twice', () => {
    expect(retryUnanswered(0, new ApiProblem(503, { code: 'storage_unavailable' }))).toBe(true);
    expect(retryUnanswered(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retryUnanswered(2, new ApiProblem(503, {}))).toBe(false);
    expect(retryUnanswered(0, new ApiProblem(500, {}))).toBe(false);
    expect(retryUnanswered(0, new ApiProblem(412, { code: 'stale_etag' }))).toBe(false);
  });
});
