import { expect, type APIRequestContext } from '@playwright/test';
import { apiAs } from './support';

/** The demo panti's staff ids (gateway/Commands/DemoSeed.cs). */
export const DEMO_STAFF: Record<'pimpinan' | 'sekretaris' | 'peksos' | 'psikolog' | 'medis', string> = {
  pimpinan: '0d3e0000-0000-4000-8000-000000000101', sekretaris: '0d3e0000-0000-4000-8000-000000000102',
  peksos: '0d3e0000-0000-4000-8000-000000000103', psikolog: '0d3e0000-0000-4000-8000-000000000104',
  medis: '0d3e0000-0000-4000-8000-000000000105',
};
const PARTICIPANTS = [['pimpinan', 'PersonInCharge'], ['sekretaris', 'Secretary'], ['peksos', 'Organiser'], ['psikolog', 'Organiser'], ['medis', 'Organiser']] as const;

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  expect(response.ok(), `${response.url()} ${response.status()} ${await response.text()}`).toBeTruthy();
  return response;
}

async function etag(api: APIRequestContext, kk: string): Promise<string> {
  return (await ok(await api.get(`/api/v1/conferences/${kk}`))).headers().etag ?? '';
}

/**
 * Arranged through the API (the sidang screens have their own tests): an approved urgent KK with
 * the client on its agenda, opened by the chair in turn, the placement decided with a hypothesis
 * and the given formulation, closed. Answers the KK's id.
 */
export async function placeByKk(client: string, formulation: string[]): Promise<string> {
  const [pimpinan, sekretaris] = await Promise.all([apiAs('pimpinan'), apiAs('sekretaris')]);
  const planned = (await (await ok(await pimpinan.post('/api/v1/conferences/urgent', {
    data: { start: new Date(Date.now() + 30 * 60_000).toISOString(), reason: 'Penempatan klien baru.' },
  }))).json()) as { conference: { id: string } };
  const kk = planned.conference.id;
  await ok(await pimpinan.post(`/api/v1/conferences/${kk}/approval`, { data: { waivePreCirculation: true } }));
  for (const [role, capacity] of PARTICIPANTS) {
    await ok(await pimpinan.post(`/api/v1/conferences/${kk}/participants`, { data: { staffId: DEMO_STAFF[role], capacity } }));
  }
  const item = (await (await ok(await sekretaris.post(`/api/v1/conferences/${kk}/agenda`, {
    data: { clientId: client, purpose: 'Placement', note: 'Penempatan' }, headers: { 'If-Match': await etag(sekretaris, kk) },
  }))).json()) as { itemId: string };
  const entries = PARTICIPANTS.map(([role]) => ({ staffId: DEMO_STAFF[role], mode: 'Present', detail: null }));
  await ok(await sekretaris.put(`/api/v1/conferences/${kk}/attendance`, { data: { entries }, headers: { 'If-Match': await etag(sekretaris, kk) } }));
  let opened = false;
  for (const chair of ['peksos', 'psikolog', 'medis'] as const) {
    if ((await (await apiAs(chair)).post(`/api/v1/conferences/${kk}/open`, { data: { lateItemRulings: [] } })).ok()) { opened = true; break; }
  }
  expect(opened, `a chair in turn opens ${kk}`).toBeTruthy();
  await ok(await sekretaris.post(`/api/v1/conferences/${kk}/decisions`, {
    data: {
      itemId: item.itemId,
      decision: {
        type: 'PlaceInProgramme',
        hypothesis: { whyInDifficulty: 'Kehilangan tempat tinggal', cause: 'Terpisah dari keluarga', howToHelp: 'Pelatihan kerja dan mediasi keluarga' },
        firstFormulation: formulation.map((text, i) => ({ number: i + 1, text })),
      },
    },
  }));
  await ok(await sekretaris.post(`/api/v1/conferences/${kk}/close`, { headers: { 'If-Match': await etag(sekretaris, kk) } }));
  return kk;
}
