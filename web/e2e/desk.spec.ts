import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, checkScreen, expectAccessible, personContext, signIn, signedInAs } from './support';

const PORTRAIT_TABLET = { width: 768, height: 1024 };

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

test('the pimpinan approves an urgent KK, gives and takes an account, changes a setting, reads the audit log and the seal chain', async ({ browser }) => {
  const pimpinanApi = await apiAs('pimpinan');
  const start = new Date(Date.now() + 3 * 3600_000).toISOString();
  const urgent = await ok<{ conference: { id: string } }>(
    await pimpinanApi.post('/api/v1/conferences/urgent', { data: { start, reason: 'Klien sakit keras; perlu keputusan.' } }));
  const staffName = `Bu Sari Uji ${Date.now() % 100_000}`;
  const [client] = (await ok<{ items: { id: string; name: string }[] }>(await pimpinanApi.get('/api/v1/clients?limit=1'))).items;
  expect(client).toBeDefined();
  const psikolog = await apiAs('psikolog');
  await ok(await psikolog.get(`/api/v1/clients/${client!.id}`));
  const staf = await apiAs('staf');
  expect((await staf.get(`/api/v1/clients/${client!.id}`)).status()).toBe(403);
  const panti = await ok<{ staff: { id: string; name: string; roles: string[] }[] }>(await pimpinanApi.get('/api/v1/panti'));
  const psikologName = panti.staff.find((s) => s.roles.includes('Psikolog'))!.name;
  const settingsBefore = await pimpinanApi.get('/api/v1/panti/settings');
  const savedSettings = (await settingsBefore.json()) as { policy: { reviewDueSoonDays: number } };

  const page = await (await personContext(browser, PORTRAIT_TABLET)).newPage();
  await signIn(page, 'pimpinan');
  // Sign-in ends on Beranda; a click before that lands would be overtaken by it.
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await page.getByRole('link', { name: 'Meja pimpinan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meja pimpinan' })).toBeVisible();

  // KK6: approve the urgent KK from the desk.
  const urgentPanel = page.getByRole('region', { name: 'KK mendesak menunggu persetujuan' });
  const row = urgentPanel.getByRole('listitem').filter({ has: page.locator(`a[href="/kk/${urgent.conference.id}"]`) });
  await row.getByLabel('Kesampingkan aturan 24 jam').check();
  await checkScreen(page, 'pimpinan');
  await row.getByRole('button', { name: 'Setujui' }).click();
  await expect(row).toHaveCount(0);
  const approved = await ok<{ conference: { urgent: { approvedBy: string | null; waivesPreCirculation: boolean } } }>(
    await pimpinanApi.get(`/api/v1/conferences/${urgent.conference.id}`));
  expect(approved.conference.urgent.approvedBy).not.toBeNull();
  expect(approved.conference.urgent.waivesPreCirculation).toBe(true);

  // PE1/PE2: a new staff member registered; the core team refuses to lose its only psychologist, in words.
  await page.getByRole('link', { name: 'Staf dan tim inti' }).click();
  const register = page.getByRole('form', { name: 'Daftarkan staf' });
  await register.getByLabel('Nama').fill(staffName);
  await register.getByLabel('Staf', { exact: true }).check();
  await register.getByRole('button', { name: 'Daftarkan' }).click();
  await expect(register.getByRole('status')).toContainText(`${staffName} terdaftar`);
  await expect(page.getByRole('cell', { name: staffName })).toBeVisible();
  await page.getByRole('button', { name: `Berhentikan ${psikologName} dari tim inti` }).click();
  await expect(page.getByRole('alert')).toContainText('Tim inti akan kurang dari tiga orang');
  await expect(page.getByRole('heading', { name: 'Riwayat keanggotaan tim inti' })).toBeVisible();
  await checkScreen(page, 'pimpinan-staf');

  // Accounts: a new one with its one-time password, shown once; the person signs in with it.
  await page.getByRole('link', { name: 'Akun' }).click();
  const person = page.getByRole('listitem', { name: staffName });
  const userName = `sari-${Date.now() % 1_000_000}`;
  await person.getByLabel(`Nama pengguna untuk ${staffName}`).fill(userName);
  await person.getByRole('button', { name: 'Buat akun' }).click();
  const otp = (await person.getByTestId('one-time-password').innerText()).trim();
  expect(otp.length).toBeGreaterThanOrEqual(10);
  await checkScreen(page, 'pimpinan-akun');
  const newcomer = await (await personContext(browser)).newPage();
  await signIn(newcomer, userName, 'id', otp);
  await expect(newcomer).toHaveURL(/\/profil$/);
  await expect(newcomer.getByRole('link', { name: 'Meja pimpinan' })).toHaveCount(0);

  // Deactivated, the account is told so and its session ends.
  await person.getByRole('button', { name: 'Sudah diserahkan' }).click();
  await person.getByRole('button', { name: `Nonaktifkan akun ${staffName}` }).click();
  await expect(person.getByText('nonaktif', { exact: true })).toBeVisible();
  await expect(person.getByRole('button', { name: `Aktifkan kembali akun ${staffName}` })).toBeVisible();
  await newcomer.reload();
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();

  // Settings: the value's effect in words follows what is typed; saved, it stays.
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  const dueSoon = page.getByLabel("Hari 'segera jatuh tempo'");
  const next = savedSettings.policy.reviewDueSoonDays === 20 ? 21 : 20;
  await dueSoon.fill(String(next));
  await expect(page.getByText(`ditandai 'segera jatuh tempo' ${next} hari sebelum`)).toBeVisible();
  await checkScreen(page, 'pimpinan-pengaturan');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan disimpan.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Hari 'segera jatuh tempo'")).toHaveValue(String(next));

  // The audit log filtered by person, client and kind, in Indonesian; the seal chain holds.
  await page.getByRole('link', { name: 'Log audit dan segel' }).click();
  await expect(page.getByText(/Rantai segel utuh/)).toBeVisible();
  await page.getByLabel('Orang').selectOption({ label: psikologName });
  await page.getByLabel('Klien', { exact: true }).selectOption(client!.id);
  const log = page.getByRole('table', { name: 'Log audit' });
  await expect(log.getByRole('row').nth(1)).toContainText(`${psikologName} membaca catatan kasus ${client!.name}`);
  await expect(log).toContainText('anggota tim inti');
  await page.getByLabel('Orang').selectOption({ label: 'Semua orang' });
  await page.getByLabel('Jenis').selectOption({ label: 'Ditolak membaca' });
  await expect(log.getByRole('row').nth(1)).toContainText('ditolak membaca catatan kasus');
  await expect(log).not.toContainText(`${psikologName} membaca`);
  await expect(page).toHaveURL(/jenis=case_record.refused/);
  await checkScreen(page, 'pimpinan-audit');

  // Leave the panti's settings as the other specs expect them.
  const current = await pimpinanApi.get('/api/v1/panti/settings');
  await ok(await pimpinanApi.put('/api/v1/panti/settings', {
    data: { policy: { reviewDueSoonDays: savedSettings.policy.reviewDueSoonDays } }, headers: { 'If-Match': current.headers().etag ?? '*' },
  }));
  for (const api of [pimpinanApi, psikolog, staf]) await api.dispose();
});

test('anyone but the pimpinan is told whose desk it is, and the nav does not offer it', async ({ browser }) => {
  const page = await signedInAs(browser, 'sekretaris', PORTRAIT_TABLET);
  await expect(page.getByRole('link', { name: 'Meja pimpinan' })).toHaveCount(0);
  await page.goto('/pimpinan/audit');
  await expect(page.getByRole('alert')).toContainText('hanya untuk pimpinan panti');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectAccessible(page);
});
