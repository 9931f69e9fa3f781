import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { request as playwrightRequest } from '@playwright/test';
import { apiAs, baseUrl, checkScreen, PANTI_CODE, PASSWORD, personContext, PHONE, signIn, TABLET } from './support';

/**
 * Force majeure (FM1-FM7) in a real browser, four core members and the pimpinan each in their own
 * context. Arranged through the API (the screens for those have their own tests): a fourth core
 * member, a client placed with a three-item formulation, and the next KK. Through the screens: the
 * first force majeure proposed from a phone, consented in two taps, one consent given by phone,
 * attested by the secretary and confirmed by the member, the override shown in the formulation,
 * placed on the next KK and ratified there by the pimpinan (a new version); a second cancelled there
 * and the formulation reverted; a third rejected by an objection.
 */

type Person = 'pimpinan' | 'sekretaris' | 'peksos' | 'psikolog' | 'medis';

interface Arranged {
  client: string;
  kk: string;
  peksos2: { id: string; userName: string };
  apis: Record<Person, APIRequestContext>;
  /** Each person signs in once for the whole file: the suite shares a per-name sign-in allowance. */
  pages: Record<Person | 'peksos2', Page>;
}

let world: Arranged;
const fmOf: Partial<Record<'ratified' | 'cancelled' | 'rejected', string>> = {};

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  expect(response.ok(), `${response.url()} ${response.status()} ${await response.text()}`).toBeTruthy();
  return response;
}

async function json<T>(response: Promise<Awaited<ReturnType<APIRequestContext['get']>>>): Promise<T> {
  return (await (await ok(await response)).json()) as T;
}

async function etag(api: APIRequestContext, kk: string): Promise<string> {
  return (await ok(await api.get(`/api/v1/conferences/${kk}`))).headers().etag ?? '';
}

const STAFF: Record<string, string> = {
  pimpinan: '0d3e0000-0000-4000-8000-000000000101', sekretaris: '0d3e0000-0000-4000-8000-000000000102',
  peksos: '0d3e0000-0000-4000-8000-000000000103', psikolog: '0d3e0000-0000-4000-8000-000000000104',
  medis: '0d3e0000-0000-4000-8000-000000000105',
};
const PARTICIPANTS = [['pimpinan', 'PersonInCharge'], ['sekretaris', 'Secretary'], ['peksos', 'Organiser'], ['psikolog', 'Organiser'], ['medis', 'Organiser']] as const;

/** An approved urgent KK (24 hours waived) starting within the hour, everyone invited. */
async function urgentKk(apis: Arranged['apis'], reason: string): Promise<string> {
  const planned = await json<{ conference: { id: string } }>(apis.pimpinan.post('/api/v1/conferences/urgent', {
    data: { start: new Date(Date.now() + 30 * 60_000).toISOString(), reason },
  }));
  const kk = planned.conference.id;
  await ok(await apis.pimpinan.post(`/api/v1/conferences/${kk}/approval`, { data: { waivePreCirculation: true } }));
  for (const [role, capacity] of PARTICIPANTS) {
    await ok(await apis.pimpinan.post(`/api/v1/conferences/${kk}/participants`, { data: { staffId: STAFF[role], capacity } }));
  }
  return kk;
}

/** KK8/KK2: everyone present, then whichever core member is chair in turn opens it. */
async function openKk(apis: Arranged['apis'], kk: string): Promise<void> {
  const entries = PARTICIPANTS.map(([role]) => ({ staffId: STAFF[role], mode: 'Present', detail: null }));
  await ok(await apis.sekretaris.put(`/api/v1/conferences/${kk}/attendance`, { data: { entries }, headers: { 'If-Match': await etag(apis.sekretaris, kk) } }));
  for (const chair of ['peksos', 'psikolog', 'medis'] as const) {
    if ((await apis[chair].post(`/api/v1/conferences/${kk}/open`, { data: { lateItemRulings: [] } })).ok()) return;
  }
  throw new Error(`nobody could open ${kk}`);
}

/** A client placed by a KK (closed) with three formulation items. */
async function placedClient(apis: Arranged['apis'], staf: APIRequestContext): Promise<string> {
  const { id } = await json<{ id: string }>(apis.peksos.post('/api/v1/clients', { data: { name: 'Darmawan', where: 'Pasar Rebo' } }));
  const stage = (to: string) => apis.peksos.post(`/api/v1/clients/${id}/stage`, { data: { to, why: 'Tahap berikutnya.' } });
  for (const to of ['Candidate', 'InSelection', 'DefinitiveCandidate']) await ok(await stage(to));
  const register = `REG-FM-${Date.now() % 1_000_000}`;
  await ok(await staf.put(`/api/v1/clients/${id}/registration`, {
    data: { registerNumber: register, clientMasterNumber: `PSBK-${register}`, fullName: 'Darmawan Saputra', birthDate: '1979-08-17', sex: 'Male', origin: 'Jakarta Timur', referringAgency: 'Satpol PP Jakarta Timur' },
  }));
  await ok(await apis.pimpinan.put(`/api/v1/clients/${id}/peksos`, { data: { peksosId: STAFF.peksos } }));
  for (const to of ['Diagnostic', 'AwaitingPlacementKk']) await ok(await stage(to));

  const kk = await urgentKk(apis, 'Penempatan klien baru.');
  const item = await json<{ itemId: string }>(apis.sekretaris.post(`/api/v1/conferences/${kk}/agenda`, {
    data: { clientId: id, purpose: 'Other', note: 'Penempatan' }, headers: { 'If-Match': await etag(apis.sekretaris, kk) },
  }));
  await openKk(apis, kk);
  await ok(await apis.sekretaris.post(`/api/v1/conferences/${kk}/decisions`, {
    data: {
      itemId: item.itemId,
      decision: {
        type: 'PlaceInProgramme',
        hypothesis: { whyInDifficulty: 'Kehilangan pekerjaan', cause: 'Tidak ada keluarga', howToHelp: 'Pelatihan kerja' },
        firstFormulation: [{ number: 1, text: 'Bimbingan keterampilan las' }, { number: 2, text: 'Konseling mingguan' }, { number: 3, text: 'Kunjungan keluarga' }],
      },
    },
  }));
  await ok(await apis.sekretaris.post(`/api/v1/conferences/${kk}/close`, { headers: { 'If-Match': await etag(apis.sekretaris, kk) } }));
  return id;
}

/** PE2: a fourth core member (a second peksos) with an account of their own password. */
async function fourthCoreMember(pimpinan: APIRequestContext): Promise<Arranged['peksos2']> {
  const userName = `peksos2-${Date.now() % 1_000_000}`;
  const staff = await json<{ id: string }>(pimpinan.post('/api/v1/panti/staff', { data: { id: null, name: 'Pak Dedi Kurniawan', roles: ['Peksos'] } }));
  await ok(await pimpinan.post('/api/v1/panti/core-team', { data: { staffId: staff.id, discipline: 'Peksos' } }));
  const once = await json<{ password: string }>(pimpinan.post(`/api/v1/panti/staff/${staff.id}/account`, { data: { userName } }));
  const own = await playwrightRequest.newContext({ baseURL: baseUrl() });
  await ok(await own.post('/api/v1/auth/sign-in', { data: { pantiCode: PANTI_CODE, userName, password: once.password } }));
  const { token } = await json<{ token: string }>(own.get('/api/v1/auth/antiforgery'));
  await ok(await own.put('/api/v1/auth/password', { data: { currentPassword: once.password, newPassword: PASSWORD }, headers: { 'X-CSRF-TOKEN': token } }));
  await own.dispose();
  return { id: staff.id, userName };
}

async function person(browser: Browser, userName: string, viewport = PHONE): Promise<Page> {
  const page = await (await personContext(browser, viewport)).newPage();
  await signIn(page, userName);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  return page;
}

/** FM2 in two taps from a phone: open it, "Setuju", "Kirim persetujuan". */
async function consentOnPhone(page: Page, fm: string): Promise<void> {
  await page.goto(`/fm/${fm}`);
  await page.getByRole('button', { name: 'Setuju', exact: true }).click();
  await page.getByRole('button', { name: 'Kirim persetujuan' }).click();
  await expect(page.getByText('Anda sudah menyetujui.')).toBeVisible();
}

async function proposeByApi(api: APIRequestContext, client: string, itemNumber: number, kind: string, reason: string): Promise<string> {
  return (await json<{ id: string }>(api.post('/api/v1/force-majeure', { data: { clientId: client, itemNumber, kind, newText: null, reason } }))).id;
}

test.describe.serial('force majeure', () => {
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const [pimpinan, sekretaris, peksos, psikolog, medis, staf] = await Promise.all(['pimpinan', 'sekretaris', 'peksos', 'psikolog', 'medis', 'staf'].map(apiAs));
    const apis = { pimpinan: pimpinan!, sekretaris: sekretaris!, peksos: peksos!, psikolog: psikolog!, medis: medis! };
    const peksos2 = await fourthCoreMember(apis.pimpinan);
    const client = await placedClient(apis, staf!);
    const kk = await urgentKk(apis, 'KK berikutnya: force majeure perlu dikukuhkan.');
    const pages = {
      peksos: await person(browser, 'peksos'), psikolog: await person(browser, 'psikolog'), medis: await person(browser, 'medis'),
      peksos2: await person(browser, peksos2.userName), sekretaris: await person(browser, 'sekretaris', TABLET),
      pimpinan: await person(browser, 'pimpinan', TABLET),
    };
    world = { client, kk, peksos2, apis, pages };
  });

  test.afterAll(async () => {
    if (!world) return;
    await Promise.all(Object.values(world.pages).map((p) => p.context().close()));
    // The other browser tests count on the seed's three core members.
    await ok(await world.apis.pimpinan.delete(`/api/v1/panti/core-team/${world.peksos2.id}`));
  });

  test('FM1-FM4: proposed from a phone, two-tap consents, one by phone attested and confirmed, the override in the formulation', async () => {
    test.setTimeout(120_000);
    const { peksos, psikolog, sekretaris, medis } = world.pages;
    await peksos.goto(`/fm/baru?client=${world.client}`);
    await expect(peksos.getByRole('list', { name: 'Formulasi pelayanan dan rehabilitasi' })).toContainText('Bimbingan keterampilan las');
    await peksos.getByRole('link', { name: 'Force majeure untuk butir 1' }).click();
    await peksos.getByLabel('Perubahan').check();
    await peksos.getByLabel('Teks baru').fill('Bimbingan menjahit sampai bengkel las diperbaiki');
    await peksos.getByLabel('Alasan (keadaan darurat)').fill('Bengkel las terbakar tadi malam.');
    await checkScreen(peksos, 'fm-propose');
    await peksos.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await expect(peksos.getByRole('heading', { level: 1, name: /Perubahan · .*butir 1/ })).toBeVisible();
    const fm = peksos.url().split('/fm/')[1]!;
    fmOf.ratified = fm;
    await expect(peksos.getByText('0 dari 3 persetujuan anggota tim inti')).toBeVisible();

    // The proposer consents like everyone else (FM2), then the psikolog, both in two taps.
    await peksos.getByRole('button', { name: 'Setuju', exact: true }).click();
    await peksos.getByRole('button', { name: 'Kirim persetujuan' }).click();
    await expect(peksos.getByText('Anda sudah menyetujui.')).toBeVisible();
    await psikolog.goto('/fm');
    await expect(psikolog.getByRole('listitem').filter({ hasText: 'Menunggu tanggapan Anda' }).first()).toBeVisible();
    await checkScreen(psikolog, 'fm-list');
    await consentOnPhone(psikolog, fm);

    // The medis consents by phone; the secretary records it; it is pending and does not count yet.
    await sekretaris.goto(`/fm/${fm}`);
    const attest = sekretaris.getByRole('form', { name: 'Catat persetujuan lewat telepon' });
    await attest.getByLabel('Anggota tim inti').selectOption({ label: 'dr. Agus Pratama · Medis' });
    await attest.getByLabel('Pertimbangan yang disampaikan').fill('Tidak ada kontraindikasi medis.');
    await attest.getByRole('button', { name: 'Catat persetujuan' }).click();
    await expect(sekretaris.getByText('dr. Agus Pratama: persetujuan lewat telepon')).toBeVisible();
    await expect(sekretaris.getByText('2 dari 3 persetujuan anggota tim inti · 1 persetujuan lewat telepon menunggu konfirmasi')).toBeVisible();
    await checkScreen(sekretaris, 'fm-attested-pending');

    // The medis confirms it in one tap; the third discipline puts it in force.
    await medis.goto(`/fm/${fm}`);
    await expect(medis.getByText(/Pak Budi Santoso mencatat bahwa Anda menyetujui lewat telepon/)).toBeVisible();
    await checkScreen(medis, 'fm-attested-confirm');
    await medis.getByRole('button', { name: 'Ya, saya setuju' }).click();
    await expect(medis.getByText('Anda sudah menyetujui.')).toBeVisible();
    await expect(medis.getByText(/^(Berlaku|Pengukuhan terlambat)$/).first()).toBeVisible();
    await expect(medis.getByText('dr. Agus Pratama (Medis) menyetujui')).toBeVisible();
    await expect(medis.getByText('lewat telepon, dikonfirmasi')).toBeVisible();

    // FM4: the formulation shows the override; the base text stays as agreed.
    await peksos.goto(`/fm/baru?client=${world.client}`);
    const formulation = peksos.getByRole('list', { name: 'Formulasi pelayanan dan rehabilitasi' });
    await expect(formulation).toContainText('Diubah (force majeure berlaku): Bimbingan menjahit sampai bengkel las diperbaiki');
    await expect(formulation.getByRole('link', { name: 'Lihat force majeure' })).toBeVisible();
  });

  test('FM3: a second one comes into force, a third is rejected by one objection from a phone', async () => {
    const { apis, client, pages: { peksos2 } } = world;
    fmOf.cancelled = await proposeByApi(apis.psikolog, client, 2, 'Postpone', 'Konselor sakit selama dua minggu.');
    for (const core of ['peksos', 'psikolog', 'medis'] as const) {
      await ok(await apis[core].post(`/api/v1/force-majeure/${fmOf.cancelled}/consents`, { data: { justification: 'Demi keselamatan klien.' } }));
    }
    fmOf.rejected = await proposeByApi(apis.medis, client, 3, 'Annul', 'Keluarga menolak kunjungan.');
    await ok(await apis.peksos.post(`/api/v1/force-majeure/${fmOf.rejected}/consents`, { data: { justification: 'Setuju.' } }));

    await peksos2.goto(`/fm/${fmOf.rejected}`);
    await peksos2.getByRole('button', { name: 'Keberatan', exact: true }).click();
    await peksos2.getByLabel('Alasan keberatan').fill('Keluarga masih bisa didekati; bahas di KK.');
    await peksos2.getByRole('button', { name: 'Kirim keberatan' }).click();
    await expect(peksos2.getByText('Anda sudah menyatakan keberatan.')).toBeVisible();
    await expect(peksos2.getByText('Ditolak', { exact: true })).toBeVisible();
    await expect(peksos2.getByText('Pak Dedi Kurniawan menyatakan keberatan')).toBeVisible();
    await checkScreen(peksos2, 'fm-rejected');
  });

  test('FM5/FM6: on the next KK the pimpinan ratifies the first (a new version) and cancels the second (reverted)', async () => {
    test.setTimeout(120_000);
    const { apis, kk, client, pages: { pimpinan } } = world;
    for (const fm of [fmOf.ratified!, fmOf.cancelled!, fmOf.rejected!]) {
      await pimpinan.goto(`/fm/${fm}`);
      await expect(pimpinan.getByRole('link', { name: 'buka KK' })).toHaveAttribute('href', `/kk/${kk}`, { timeout: 30_000 });
    }
    await checkScreen(pimpinan, 'fm-detail-on-agenda');

    await openKk(apis, kk);
    await pimpinan.goto(`/kk/${kk}/sidang`);
    const agenda = pimpinan.getByRole('region', { name: 'Butir agenda' });
    for (const [fm, type] of [[fmOf.ratified!, 'Pengukuhan force majeure'], [fmOf.cancelled!, 'Pembatalan force majeure']] as const) {
      // The agenda names the client on every item; the item in focus links to its force majeure.
      const items = agenda.getByRole('list').first().getByRole('button');
      for (let i = 0; i < (await items.count()); i += 1) {
        await items.nth(i).click();
        if ((await agenda.getByRole('link', { name: 'Lihat force majeure' }).getAttribute('href')) === `/fm/${fm}`) break;
      }
      await expect(agenda.getByRole('link', { name: 'Lihat force majeure' })).toHaveAttribute('href', `/fm/${fm}`);
      await agenda.getByLabel('Jenis keputusan').selectOption({ label: type });
      await agenda.getByRole('button', { name: 'Catat keputusan' }).click();
      await expect(agenda.getByText('Keputusan tercatat.')).toBeVisible();
    }

    await pimpinan.goto(`/fm/${fmOf.ratified}`);
    await expect(pimpinan.getByText('Dikukuhkan', { exact: true })).toBeVisible();
    await expect(pimpinan.getByText(/Dikukuhkan pada KK; menjadi versi formulasi baru/)).toBeVisible();
    await pimpinan.goto(`/fm/${fmOf.cancelled}`);
    await expect(pimpinan.getByText('Dibatalkan', { exact: true })).toBeVisible();

    // FM6: the ratified change is the base of a new version; the cancelled postponement is gone.
    const formulation = await json<{ versions: { forceMajeureId?: string | null; items: { number: number; text: string }[] }[] }>(
      apis.peksos.get(`/api/v1/clients/${client}/formulation`));
    expect(formulation.versions).toHaveLength(2);
    expect(formulation.versions[1]!.forceMajeureId).toBe(fmOf.ratified);
    await pimpinan.goto(`/fm/baru?client=${client}`);
    const items = pimpinan.getByRole('list', { name: 'Formulasi pelayanan dan rehabilitasi' });
    await expect(items.getByRole('listitem').nth(0)).toContainText('Bimbingan menjahit sampai bengkel las diperbaiki');
    await expect(items.getByRole('listitem').nth(1)).toContainText('Konseling mingguan');
    await expect(items).not.toContainText('Ditangguhkan');
    await checkScreen(pimpinan, 'fm-after-kk');
  });
});
