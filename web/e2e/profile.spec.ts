import { expect, test } from '@playwright/test';
import { apiAs, checkScreen, personContext, signIn } from './support';

/** A new staff member's account, with the one-time password the pimpinan hands over. */
async function newAccount(): Promise<{ userName: string; password: string }> {
  const pimpinan = await apiAs('pimpinan');
  const staff = await pimpinan.post('/api/v1/panti/staff', { data: { name: 'Pak Tono (uji)', roles: ['Staf'] } });
  expect(staff.ok(), await staff.text()).toBeTruthy();
  const { id } = (await staff.json()) as { id: string };
  const userName = `tono-${Date.now() % 1_000_000}`;
  const account = await pimpinan.post(`/api/v1/panti/staff/${id}/account`, { data: { userName } });
  expect(account.ok(), await account.text()).toBeTruthy();
  const { password } = (await account.json()) as { password: string };
  await pimpinan.dispose();
  return { userName, password };
}

test('a one-time password leads straight to Profil, nothing else opens until it is changed, refusals are translated', async ({ browser }) => {
  const { userName, password } = await newAccount();
  const page = await (await personContext(browser)).newPage();
  await signIn(page, userName, 'id', password);

  await expect(page).toHaveURL(/\/profil$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
  await expect(page.getByText('Anda masuk dengan kata sandi sementara.', { exact: false })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link')).toHaveCount(0);
  await checkScreen(page, 'profil-wajib-ganti');
  await page.goto('/kk');
  await expect(page).toHaveURL(/\/profil$/);

  const form = page.getByRole('form', { name: 'Ganti kata sandi' });
  const change = async (current: string, next: string, repeat = next) => {
    await form.getByLabel('Kata sandi saat ini').fill(current);
    await form.getByLabel('Kata sandi baru', { exact: true }).fill(next);
    await form.getByLabel('Ulangi kata sandi baru').fill(repeat);
    await form.getByRole('button', { name: 'Ganti kata sandi' }).click();
  };
  await change(password, `${userName}-rahasia`);
  await expect(form.getByRole('alert')).toHaveText('Kata sandi tidak boleh memuat nama pengguna.');
  await change(password, 'password123');
  await expect(form.getByRole('alert')).toHaveText('Kata sandi ini terlalu umum.');
  await change(password, 'Kebun-Mangga-2026', 'Kebun-Mangga-2027');
  await expect(form.getByRole('alert')).toHaveText('Kedua isian kata sandi baru tidak sama.');
  await checkScreen(page, 'profil-ditolak');

  await change(password, 'Kebun-Mangga-2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await page.getByRole('link', { name: 'KK', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konferensi Kasus' })).toBeVisible();

  // From the menu, later: the own password again; the new one signs in.
  await page.getByRole('link', { name: 'Profil' }).click();
  await expect(page.getByText('Anda masuk dengan kata sandi sementara.', { exact: false })).toHaveCount(0);
  await change('Kebun-Mangga-2026', 'Sawah-Hijau-2027');
  await expect(form.getByRole('status')).toHaveText('Kata sandi sudah diganti. Sesi lain akun ini telah diakhiri.');
  await checkScreen(page, 'profil');
  await page.getByRole('button', { name: 'Keluar' }).click();
  // Signed out only once the sign-in page shows: navigating earlier can cancel the sign-out request.
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
  await signIn(page, userName, 'id', 'Sawah-Hijau-2027');
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await page.context().close();
});
