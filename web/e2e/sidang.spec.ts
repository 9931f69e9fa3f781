import { expect, test, type APIRequestContext, type Page, type Route } from '@playwright/test';
import id from '../src/i18n/id.json' with { type: 'json' };
import { apiAs, checkScreen, personContext, restartGateway, signIn, TABLET } from './support';
import { pdfText, withoutSpace } from './pdfText';

/**
 * The heart of the product in a real browser: one KK, one browser context per person — the
 * secretary on a tablet, three core members and the pimpinan — from preparation to sealed,
 * printed notulen. The client's registration and the urgent KK's request and approval are
 * arranged through the API (their screens have their own tests); the preparation (invitations,
 * the agenda through the client picker, the case summary, receipts) and everything in the sidang
 * are done through the screens. Mid-session one participant goes offline for ten entries, and
 * later the gateway process is restarted under everyone.
 */
const PEOPLE = ['sekretaris', 'peksos', 'psikolog', 'medis', 'pimpinan'] as const;
type Person = (typeof PEOPLE)[number];
const ENTRIES = 30;
const OFFLINE_FOR = 10;
const RESTART_AFTER = 22;
const HELD = 4;
const NAMES: Record<Person, string> = {
  sekretaris: 'Pak Budi Santoso', peksos: 'Mbak Rina Lestari', psikolog: 'Bu Wati Handayani', medis: 'dr. Agus Pratama', pimpinan: 'Ibu Sari Wulandari',
};
const CAPACITY: Record<Person, string> = {
  sekretaris: 'Sekretaris KK', peksos: 'Tim inti (penyelenggara)', psikolog: 'Tim inti (penyelenggara)', medis: 'Tim inti (penyelenggara)', pimpinan: 'Penanggung jawab (pimpinan)',
};

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  expect(response.ok(), `${response.url()} ${response.status()} ${await response.text()}`).toBeTruthy();
  return response;
}

async function staffIdOf(api: APIRequestContext): Promise<string> {
  return ((await (await ok(await api.get('/api/v1/auth/me'))).json()) as { staffId: string }).staffId;
}

/** A registered client awaiting the placement KK, made for this test alone. */
async function newClient(peksos: APIRequestContext, staf: APIRequestContext, pimpinan: APIRequestContext, peksosId: string) {
  const client = (await (await ok(await peksos.post('/api/v1/clients', { data: { name: 'Bambang', where: 'Pasar Minggu' } }))).json()) as { id: string };
  const stage = (to: string) => peksos.post(`/api/v1/clients/${client.id}/stage`, { data: { to, why: 'Tahap berikutnya.' } });
  for (const to of ['Candidate', 'InSelection', 'DefinitiveCandidate']) await ok(await stage(to));
  const register = `REG-E2E-${Date.now() % 1_000_000}`;
  await ok(await staf.put(`/api/v1/clients/${client.id}/registration`, {
    data: { registerNumber: register, clientMasterNumber: `PSBK-${register}`, fullName: 'Bambang Sutrisno', birthDate: '1985-04-12', sex: 'Male', origin: 'Jakarta Selatan', referringAgency: 'Satpol PP Jakarta Selatan' },
  }));
  await ok(await pimpinan.put(`/api/v1/clients/${client.id}/peksos`, { data: { peksosId } }));
  for (const to of ['Diagnostic', 'AwaitingPlacementKk']) await ok(await stage(to));
  return { id: client.id, register };
}

/** An approved urgent KK (24 hours waived) with nobody invited yet, and a new client for it. */
async function arrangeKk(): Promise<{ kk: string; register: string }> {
  const [pimpinan, peksos, staf] = await Promise.all(['pimpinan', 'peksos', 'staf'].map(apiAs));
  const client = await newClient(peksos!, staf!, pimpinan!, await staffIdOf(peksos!));
  const planned = (await (await ok(await pimpinan!.post('/api/v1/conferences/urgent', {
    data: { start: new Date(Date.now() + 30 * 60_000).toISOString(), reason: 'Klien baru perlu keputusan penempatan.' },
  }))).json()) as { conference: { id: string } };
  const kk = planned.conference.id;
  await ok(await pimpinan!.post(`/api/v1/conferences/${kk}/approval`, { data: { waivePreCirculation: true } }));
  return { kk, register: client.register };
}

async function signedIn(browser: Parameters<typeof personContext>[0], person: Person): Promise<Page> {
  const page = await (await personContext(browser, TABLET)).newPage();
  await signIn(page, person);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  return page;
}

/** The preparation through the screens: the pimpinan invites everyone and puts the client on the agenda with the picker. */
async function prepare(pages: Record<Person, Page>, kk: string, register: string): Promise<void> {
  const pimpinan = pages.pimpinan;
  await pimpinan.goto(`/kk/${kk}`);
  const invite = pimpinan.getByRole('form', { name: 'Undang peserta' });
  for (const person of PEOPLE) {
    await invite.getByLabel('Staf panti').selectOption({ label: NAMES[person] });
    await invite.getByLabel('Kapasitas').selectOption({ label: CAPACITY[person] });
    await invite.getByRole('button', { name: 'Undang', exact: true }).click();
    await expect(pimpinan.getByText(`${NAMES[person]} · ${CAPACITY[person]}`)).toBeVisible();
  }

  const add = pimpinan.getByRole('form', { name: 'Tambah klien ke agenda' });
  const picker = add.getByRole('combobox', { name: 'Klien (nama atau nomor register)' });
  await picker.pressSequentially(register.slice(0, -2));
  await expect(add.getByRole('option', { name: `Bambang Sutrisno (${register})` })).toBeVisible();
  await checkScreen(pimpinan, 'kk-persiapan-pilih-klien');
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(`Bambang Sutrisno (${register})`);
  await add.getByLabel('Tujuan pembahasan').selectOption({ label: 'Penempatan' });
  await add.getByRole('button', { name: 'Tambahkan ke agenda' }).click();
  const item = (page: Page) => page.getByRole('article', { name: 'Bambang Sutrisno' });
  await expect(item(pimpinan)).toContainText('Penempatan');

  const peksos = pages.peksos;
  await peksos.goto(`/kk/${kk}`);
  await item(peksos).getByLabel('Ringkasan kasus').fill('Bambang siap ditempatkan; hasil asesmen lengkap.');
  await item(peksos).getByRole('button', { name: 'Kirim ringkasan kasus' }).click();
  for (const reader of [pages.psikolog, pages.medis]) {
    await reader.goto(`/kk/${kk}`);
    await item(reader).getByRole('button', { name: 'Beri tanda terima' }).click();
  }
  for (const reader of ['psikolog', 'medis'] as const) {
    await expect(item(pimpinan).getByText(new RegExp(`${NAMES[reader].replace('.', '\\.')}: sudah menerima`))).toBeVisible();
  }
}

async function toSidang(page: Page, kk: string): Promise<void> {
  await page.goto(`/kk/${kk}/sidang`);
  await expect(page.getByTestId('feed-state')).toHaveAttribute('data-state', 'connected');
}

/**
 * The gateway process restarted mid-session: every screen shows that it lost the connection,
 * comes back by itself (same document, no reload) and carries on with the next entries.
 */
async function restartMidSession(pages: Page[]): Promise<void> {
  type Watched = Window & { statesSeen?: string[] };
  // Every state the screen shows from now on, recorded in the page (which also proves it was not reloaded).
  await Promise.all(pages.map((page) => page.evaluate(() => {
    const badge = document.querySelector('[data-testid="feed-state"]')!;
    const seen: string[] = [];
    (window as Watched).statesSeen = seen;
    new MutationObserver(() => seen.push(badge.getAttribute('data-state') ?? '')).observe(badge, { attributes: true, attributeFilter: ['data-state'] });
  })));
  restartGateway();
  for (const page of pages) {
    await expect.poll(() => page.evaluate(() => (window as Watched).statesSeen?.some((s) => s !== 'connected')), { timeout: 30_000 }).toBe(true);
  }
  for (const page of pages) await expect(page.getByTestId('feed-state')).toHaveAttribute('data-state', 'connected', { timeout: 90_000 });
  for (const page of pages) expect(await page.evaluate(() => Array.isArray((window as Watched).statesSeen))).toBe(true);
}

const minuteTexts = (page: Page) => page.getByTestId('minutes').locator('li');

test('a KK from attendance to sealed, printed notulen, followed live by everyone', async ({ browser }) => {
  test.setTimeout(240_000);
  const { kk, register } = await arrangeKk();
  const pages = Object.fromEntries(await Promise.all(PEOPLE.map(async (p) => [p, await signedIn(browser, p)] as const))) as Record<Person, Page>;
  await prepare(pages, kk, register);
  await Promise.all(PEOPLE.map((p) => toSidang(pages[p], kk)));
  const secretary = pages.sekretaris;
  const followers = PEOPLE.filter((p) => p !== 'sekretaris').map((p) => pages[p]);
  await expect(secretary.getByText(`Bambang Sutrisno (${register})`).first()).toBeVisible();

  // Attendance for everyone: a few taps, one request.
  await secretary.getByRole('button', { name: 'Semua hadir' }).click();
  const saved = secretary.waitForResponse((r) => r.url().endsWith(`/conferences/${kk}/attendance`) && r.request().method() === 'PUT');
  await secretary.getByRole('button', { name: /Simpan kehadiran/ }).click();
  expect((await saved).status()).toBe(204);
  for (const page of followers) await expect(page.getByTestId('quorum')).toHaveAttribute('data-holds', 'true');
  await checkScreen(secretary, 'sidang-sekretaris-kehadiran');

  // The chair in turn, named before opening, opens the session.
  const chair = (await Promise.all(PEOPLE.map(async (p) => ((await pages[p].getByRole('button', { name: 'Buka sidang' }).count()) > 0 ? p : null)))).find(Boolean)!;
  expect(['peksos', 'psikolog', 'medis']).toContain(chair);
  await pages[chair].getByRole('button', { name: 'Buka sidang' }).click();
  for (const page of Object.values(pages)) await expect(page.getByTestId('kk-state')).toContainText('Sidang berlangsung');

  // Refusal shown, not hidden: no composer without the secretary's role; a direct request is refused, translated.
  const participant = pages.psikolog;
  await expect(participant.getByLabel(/Catatan baru/)).toHaveCount(0);
  const refused = await participant.evaluate(async (url) => {
    const token = ((await (await fetch('/api/v1/auth/antiforgery')).json()) as { token: string }).token;
    const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token }, body: JSON.stringify({ text: 'Coba.' }) });
    return { status: r.status, code: ((await r.json()) as { code?: string }).code };
  }, `/api/v1/conferences/${kk}/minutes`);
  expect(refused).toEqual({ status: 403, code: 'secretary_only' });
  expect((id.problem as Record<string, string>)[refused.code!]).toBeTruthy();
  await checkScreen(participant, 'sidang-peserta');

  // Thirty entries, Enter sends; one participant offline for ten of them.
  const offline = pages.medis;
  const composer = secretary.getByLabel(/Catatan baru/);
  // Entry HELD is held on its way (a slow connection) while the secretary types the next one and
  // presses Enter: the box is free at once, nothing typed is lost, and both arrive in order.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const holdMinutes = async (route: Route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  };
  const minutesUrl = (url: URL) => url.pathname.endsWith('/minutes');
  for (let n = 1; n <= ENTRIES; n++) {
    if (n === 11) await offline.context().setOffline(true);
    if (n === HELD) await secretary.route(minutesUrl, holdMinutes);
    await composer.fill(`Catatan nomor ${n}: pembahasan kasus Bambang.`);
    await composer.press('Enter');
    await expect(composer).toHaveValue('');
    if (n === HELD) continue;
    if (n === HELD + 1) {
      await expect(minuteTexts(secretary)).toHaveCount(HELD - 1);
      const answered = secretary.waitForResponse((r) => minutesUrl(new URL(r.url())) && r.request().method() === 'POST');
      release();
      await answered;
    }
    await expect(minuteTexts(secretary)).toHaveCount(n);
    if (n === HELD + 1) await secretary.unroute(minutesUrl, holdMinutes);
    if (n === 10 + OFFLINE_FOR) await offline.context().setOffline(false);
    if (n === RESTART_AFTER) await restartMidSession(Object.values(pages));
  }
  await secretary.getByRole('button', { name: 'Ralat catatan 3', exact: true }).click();
  await secretary.getByLabel(/Ralat atas catatan 3/).fill('Ralat: yang hadir dari keluarga adalah kakak klien.');
  await secretary.getByLabel(/Ralat atas catatan 3/).press('Enter');
  const expected = [...Array.from({ length: ENTRIES }, (_, i) => `Catatan nomor ${i + 1}: pembahasan kasus Bambang.`), 'Ralat: yang hadir dari keluarga adalah kakak klien.'];
  for (const page of followers) {
    await expect(page.getByTestId('minutes').locator('li > span:nth-child(2)')).toHaveText(expected, { timeout: 30_000 });
  }
  await expect(offline.getByTestId('minutes').locator('li[data-number="31"]')).toContainText('ralat atas catatan 3');

  // The placement decision: the hypothesis in three parts and a numbered formulation.
  await secretary.getByLabel('Jenis keputusan').selectOption('PlaceInProgramme');
  await secretary.getByLabel('Mengapa klien mengalami kesulitan').fill('Kehilangan pekerjaan setelah cedera.');
  await secretary.getByLabel('Apa penyebabnya').fill('Tidak ada dukungan keluarga di Jakarta.');
  await secretary.getByLabel('Bagaimana membantunya').fill('Pelatihan kerja dan penelusuran keluarga.');
  await secretary.getByLabel('Butir 1', { exact: true }).fill('Bimbingan keterampilan las, 3x seminggu');
  await secretary.getByRole('button', { name: 'Tambah butir' }).click();
  await secretary.getByLabel('Butir 2', { exact: true }).fill('Konseling individu dengan peksos, tiap Jumat');
  await secretary.getByRole('button', { name: 'Catat keputusan' }).click();
  for (const page of followers) await expect(page.getByTestId('decision')).toHaveText('Penempatan dalam program');

  // Close and seal, with what will be sealed shown first; the seal verified.
  await secretary.getByRole('button', { name: 'Tutup dan segel sidang…' }).click();
  await expect(secretary.getByTestId('seal-preview')).toContainText(`${ENTRIES + 1} catatan notulen, termasuk 1 ralat`);
  await checkScreen(secretary, 'sidang-tutup');
  await secretary.getByRole('button', { name: 'Ya, tutup dan segel' }).click();
  for (const page of Object.values(pages)) await expect(page.getByTestId('kk-state')).toContainText('Disegel');
  await expect(secretary.getByTestId('seal-check')).toHaveAttribute('data-intact', 'true');

  // The notulen, printed on A4 in Indonesian.
  await secretary.getByRole('link', { name: 'Cetak notulen' }).click();
  await expect(secretary.getByRole('heading', { level: 1, name: 'Notulen Konferensi Kasus' })).toBeVisible();
  await checkScreen(secretary, 'notulen');
  await secretary.emulateMedia({ media: 'print' });
  for (const text of [expected[0]!, expected[ENTRIES - 1]!, expected[ENTRIES]!, 'Kehilangan pekerjaan setelah cedera.', 'Hash segel']) {
    await expect(secretary.getByText(text, { exact: false }).first()).toBeVisible();
  }
  const pdf = await secretary.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // What the printed A4 says: every entry and the ralat in order, the decision, the seal hash.
  const sealHash = (await secretary.getByText(/^[0-9a-f]{64}$/).first().textContent())!;
  const printed = withoutSpace(pdfText(pdf));
  let from = 0;
  for (const text of expected) {
    const at = printed.indexOf(withoutSpace(text), from);
    expect(at, `"${text}" in the PDF after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at;
  }
  for (const text of ['Notulen Konferensi Kasus', 'Kehilangan pekerjaan setelah cedera.', 'Konseling individu dengan peksos, tiap Jumat', 'Hash segel', sealHash]) {
    expect(printed, text).toContain(withoutSpace(text));
  }
  await Promise.all(Object.values(pages).map((p) => p.context().close()));
});
