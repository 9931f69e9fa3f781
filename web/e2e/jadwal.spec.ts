import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, checkScreen, expectAccessible, personContext, PHONE, restartGateway, signIn, TABLET } from './support';

/**
 * Jadwal (RV1-RV4, LV2) in a real browser: the pimpinan keeps the review schedule open on a
 * tablet while, through the API (the screens for those steps have their own tests), the peksos and
 * the secretary register a client, a KK places it and a later KK decides its quarterly review.
 * The row appears, changes status and moves as that happens, live, without a reload, also after the
 * gateway restarted under the screen; then the
 * filters (kept in the URL), the CSV link with the same filters, and the phone's list of cards.
 */

type Person = 'pimpinan' | 'sekretaris' | 'peksos' | 'psikolog' | 'medis' | 'staf';
type Apis = Record<Person, APIRequestContext>;

const STAFF: Record<string, string> = {
  pimpinan: '0d3e0000-0000-4000-8000-000000000101', sekretaris: '0d3e0000-0000-4000-8000-000000000102',
  peksos: '0d3e0000-0000-4000-8000-000000000103', psikolog: '0d3e0000-0000-4000-8000-000000000104',
  medis: '0d3e0000-0000-4000-8000-000000000105',
};
const PARTICIPANTS = [['pimpinan', 'PersonInCharge'], ['sekretaris', 'Secretary'], ['peksos', 'Organiser'], ['psikolog', 'Organiser'], ['medis', 'Organiser']] as const;

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  expect(response.ok(), `${response.url()} ${response.status()} ${await response.text()}`).toBeTruthy();
  return response;
}

async function json<T>(response: Promise<Awaited<ReturnType<APIRequestContext['get']>>>): Promise<T> {
  return (await (await ok(await response)).json()) as T;
}

const ifMatch = async (api: APIRequestContext, kk: string) => ({ 'If-Match': (await ok(await api.get(`/api/v1/conferences/${kk}`))).headers().etag ?? '' });

/** KK6: an approved urgent KK (24 hours waived) starting within the hour, the client on its agenda. */
async function kkWith(apis: Apis, client: string, purpose: string): Promise<{ kk: string; item: string }> {
  const planned = await json<{ conference: { id: string } }>(apis.pimpinan.post('/api/v1/conferences/urgent', {
    data: { start: new Date(Date.now() + 30 * 60_000).toISOString(), reason: 'Tinjauan klien.' },
  }));
  const kk = planned.conference.id;
  await ok(await apis.pimpinan.post(`/api/v1/conferences/${kk}/approval`, { data: { waivePreCirculation: true } }));
  for (const [role, capacity] of PARTICIPANTS) {
    await ok(await apis.pimpinan.post(`/api/v1/conferences/${kk}/participants`, { data: { staffId: STAFF[role], capacity } }));
  }
  const { itemId } = await json<{ itemId: string }>(apis.sekretaris.post(`/api/v1/conferences/${kk}/agenda`, {
    data: { clientId: client, purpose, note: null }, headers: await ifMatch(apis.sekretaris, kk),
  }));
  return { kk, item: itemId };
}

/** KK8/KK2, KK9: everyone present, the chair in turn opens, the secretary records the decision. */
async function decide(apis: Apis, kk: string, item: string, decision: object): Promise<void> {
  const entries = PARTICIPANTS.map(([role]) => ({ staffId: STAFF[role], mode: 'Present', detail: null }));
  await ok(await apis.sekretaris.put(`/api/v1/conferences/${kk}/attendance`, { data: { entries }, headers: await ifMatch(apis.sekretaris, kk) }));
  let opened = false;
  for (const chair of ['peksos', 'psikolog', 'medis'] as const) {
    if (!opened) opened = (await apis[chair].post(`/api/v1/conferences/${kk}/open`, { data: { lateItemRulings: [] } })).ok();
  }
  expect(opened, `nobody could open ${kk}`).toBeTruthy();
  await ok(await apis.sekretaris.post(`/api/v1/conferences/${kk}/decisions`, { data: { itemId: item, decision } }));
}

async function close(apis: Apis, kk: string): Promise<void> {
  await ok(await apis.sekretaris.post(`/api/v1/conferences/${kk}/close`, { headers: await ifMatch(apis.sekretaris, kk) }));
}

/** CL1: a client opened by the peksos, registered by the staf, waiting for the placement KK. */
async function registeredClient(apis: Apis, fullName: string): Promise<string> {
  const { id } = await json<{ id: string }>(apis.peksos.post('/api/v1/clients', { data: { name: fullName, where: 'Pasar Minggu' } }));
  const stage = (to: string) => apis.peksos.post(`/api/v1/clients/${id}/stage`, { data: { to, why: 'Tahap berikutnya.' } });
  for (const to of ['Candidate', 'InSelection', 'DefinitiveCandidate']) await ok(await stage(to));
  const register = `REG-JD-${Date.now() % 1_000_000}`;
  await ok(await apis.staf.put(`/api/v1/clients/${id}/registration`, {
    data: { registerNumber: register, clientMasterNumber: `PSBK-${register}`, fullName, birthDate: '1985-05-05', sex: 'Female', origin: 'Jakarta Selatan', referringAgency: 'Dinas Sosial' },
  }));
  await ok(await apis.pimpinan.put(`/api/v1/clients/${id}/peksos`, { data: { peksosId: STAFF.peksos } }));
  for (const to of ['Diagnostic', 'AwaitingPlacementKk']) await ok(await stage(to));
  return id;
}

/** The order of the list as the screen shows it: client ids and KK links. */
async function order(page: Page): Promise<string[]> {
  return page.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('data-client') ?? r.querySelector('a')?.getAttribute('href') ?? ''));
}

test('RV4/LV2: the schedule follows a client from placement to its quarterly review live; filters, CSV and phone', async ({ browser }) => {
  test.setTimeout(150_000);
  const people = ['pimpinan', 'sekretaris', 'peksos', 'psikolog', 'medis', 'staf'] as const;
  const apis = Object.fromEntries(await Promise.all(people.map(async (p) => [p, await apiAs(p)] as const))) as Apis;

  const board = await (await personContext(browser, TABLET)).newPage();
  await signIn(board, 'pimpinan');
  await expect(board.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  // Loaded afresh: the sign-in screen may still navigate to Beranda once the account's language is saved.
  await board.goto('/jadwal');
  await expect(board.getByRole('heading', { level: 1, name: 'Jadwal tinjauan' })).toBeVisible();
  await expect(board.getByText('Tersambung')).toBeVisible();
  await expect(board.getByRole('heading', { name: 'Eskalasi untuk pimpinan' })).toBeVisible();

  const name = `Wulandari Jadwal ${Date.now() % 100_000}`;
  const client = await registeredClient(apis, name);
  const row = board.locator(`[data-client="${client}"]`);
  await expect(board.locator('table')).toBeVisible();
  await expect(row, 'RV1: no review clock before the placement KK').toHaveCount(0);

  // CL2/RV1: placed by a KK in session — the row appears, on time, on that KK's agenda, after the KK.
  const placement = await kkWith(apis, client, 'Placement');
  await decide(apis, placement.kk, placement.item, {
    type: 'PlaceInProgramme',
    hypothesis: { whyInDifficulty: 'Kehilangan tempat tinggal', cause: 'Konflik keluarga', howToHelp: 'Pendampingan dan pelatihan kerja' },
    firstFormulation: [{ number: 1, text: 'Pelatihan menjahit' }, { number: 2, text: 'Konseling keluarga' }],
  });
  await expect(row).toContainText(name);
  await expect(row).toContainText('tepat waktu');
  await expect(row.getByRole('link', { name: /^Dalam agenda KK/ })).toHaveAttribute('href', `/kk/${placement.kk}`);
  await expect(row.getByRole('link', { name })).toHaveAttribute('href', `/klien/${client}`);
  let list = await order(board);
  expect(list.indexOf(`/kk/${placement.kk}`)).toBeLessThan(list.indexOf(client));

  // LV2 after a lost connection: the gateway restarts under the screen, which says so, joins again by
  // itself (same document, no reload) and follows on.
  const badge = board.locator('span[data-state]');
  await expect(badge).toHaveAttribute('data-state', 'connected');
  await board.evaluate(() => {
    const seen: string[] = [];
    (window as Window & { statesSeen?: string[] }).statesSeen = seen;
    const element = document.querySelector('span[data-state]')!;
    new MutationObserver(() => seen.push(element.getAttribute('data-state') ?? '')).observe(element, { attributes: true, attributeFilter: ['data-state'] });
  });
  restartGateway();
  await expect.poll(() => board.evaluate(() => (window as Window & { statesSeen?: string[] }).statesSeen?.includes('reconnecting')), { timeout: 30_000 }).toBe(true);
  await expect(badge).toHaveAttribute('data-state', 'connected', { timeout: 60_000 });

  // The KK closes: it leaves the list, the row moves up past where it stood and is no longer on an agenda.
  const before = list.indexOf(client);
  await close(apis, placement.kk);
  await expect(board.locator(`a[href="/kk/${placement.kk}"]`)).toHaveCount(0);
  await expect(row.getByRole('link', { name: /^Dalam agenda KK/ })).toHaveCount(0);
  list = await order(board);
  expect(list.indexOf(client)).toBeLessThan(before);

  // RV2/RV1: the quarterly review goes on a KK's agenda (the row says so), is decided there, and the clock restarts.
  const review = await kkWith(apis, client, 'QuarterlyReview');
  await expect(row.getByRole('link', { name: /^Dalam agenda KK/ })).toHaveAttribute('href', `/kk/${review.kk}`);
  const due = await row.locator('td').first().innerText();
  await decide(apis, review.kk, review.item, { type: 'KeepFormulation' });
  await close(apis, review.kk);
  await expect(row.getByRole('link', { name: /^Dalam agenda KK/ })).toHaveCount(0);
  await expect(row).toContainText('tepat waktu');
  await expect(row.locator('td').first()).toHaveText(due);

  // Filters, kept in the URL; the CSV link carries them.
  const status = board.getByLabel('Status', { exact: true });
  await status.selectOption('Overdue');
  await expect(row).toHaveCount(0);
  await expect(board).toHaveURL(/status=Overdue/);
  await status.selectOption('Ok');
  await board.getByLabel('Cari nama atau nomor register').fill(name);
  await board.getByLabel('Peksos penanggung jawab').selectOption(STAFF.peksos!);
  await expect(row).toBeVisible();
  await expect(board.locator('[data-kind="review"]')).toHaveCount(1);
  await expect(board).toHaveURL(new RegExp(`peksos=${STAFF.peksos}`));
  const csv = await board.request.get((await board.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href'))!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = (await csv.body()).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
  expect(text).toContain(name);
  await board.reload();
  await expect(row).toBeVisible();
  await expect(board.getByLabel('Cari nama atau nomor register')).toHaveValue(name);
  await checkScreen(board, 'jadwal');

  // Phone: the peksos sees the same row as a card, and no escalations (those are the pimpinan's).
  const phone = await (await personContext(browser, PHONE)).newPage();
  await signIn(phone, 'peksos');
  await expect(phone.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await phone.goto(`/jadwal?cari=${encodeURIComponent(name)}`);
  const card = phone.locator(`li[data-client="${client}"]`);
  await expect(card).toContainText(name);
  await expect(card).toContainText('tepat waktu');
  await expect(phone.locator('table')).toHaveCount(0);
  await expect(phone.getByRole('heading', { name: 'Eskalasi untuk pimpinan' })).toHaveCount(0);
  await expectAccessible(phone);
});
