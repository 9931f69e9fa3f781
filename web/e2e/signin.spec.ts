import { expect, test } from '@playwright/test';
import { apiAs, checkScreen, newAccount, personContext, signIn } from './support';

test('Masuk in Bahasa Indonesia, Beranda, Keluar', async ({ browser }) => {
  const page = await (await personContext(browser)).newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await checkScreen(page, 'masuk');

  await signIn(page, 'sekretaris');
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await expect(page.getByText('Pak Budi Santoso').first()).toBeVisible();
  await checkScreen(page, 'beranda');

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  // Finding 11: the panti code is typed once on a browser; the next sign-in finds it filled in.
  await expect(page.getByLabel('Kode panti')).toHaveValue('demo');
  await page.goto('/kk');
  await expect(page).toHaveURL(/\/masuk$/);
});

test('a click made right after Masuk is not undone once the language is saved', async ({ browser }) => {
  // An account of its own: the seeded ones' per-name sign-in allowance is the other tests'.
  const pimpinan = await apiAs('pimpinan');
  const { userName } = await newAccount(pimpinan, 'klik', { name: 'Pak Dedi Kurniawan', roles: ['Staf'] });
  await pimpinan.dispose();
  const page = await (await personContext(browser)).newPage();
  // The account's language is held back, as on a slow connection, until the person has moved on.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/v1/auth/me/language', async (route) => {
    await held;
    await route.continue();
  });
  const saved = page.waitForEvent('requestfinished', (r) => r.url().endsWith('/api/v1/auth/me/language'));

  await signIn(page, userName);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Klien', exact: true }).click();
  await expect(page).toHaveURL(/\/klien$/);

  release();
  await saved;
  // Two frames after the answer: the sign-in's own code has run to its end by then.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await expect(page).toHaveURL(/\/klien$/);
});

test('English is one click away and remembered for the account', async ({ browser }) => {
  const context = await personContext(browser);
  const page = await context.newPage();
  await signIn(page, 'peksos', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('link', { name: 'Case conferences' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Case conferences' })).toBeVisible();

  // The screen switches at once and the account is told in the background: reload only once it has been.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me/language') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: /^ID/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konferensi Kasus' })).toBeVisible();
  expect((await saved).ok()).toBeTruthy();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Konferensi Kasus' })).toBeVisible();
  await context.close();
});

test('the language chosen on Masuk wins over the one the account kept: the old one never shows, not for a moment', async ({ browser }) => {
  // An account whose kept language is English (as another device left it).
  const pimpinan = await apiAs('pimpinan');
  const { userName } = await newAccount(pimpinan, 'bahasa', { name: 'Ibu Rina Kusuma', roles: ['Staf'] }, async (own, csrf) => {
    expect((await own.put('/api/v1/auth/me/language', { data: { language: 'en' }, headers: csrf })).ok()).toBeTruthy();
  });
  await pimpinan.dispose();

  const page = await (await personContext(browser)).newPage();
  // Every language the page ever shows (html lang follows i18n), from its first script on.
  await page.addInitScript(() => {
    const shown: string[] = ((window as unknown as { shownLanguages: string[] }).shownLanguages = []);
    new MutationObserver(() => shown.push(document.documentElement.lang))
      .observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  });
  // The save of the chosen language is held back (a slow connection) until Beranda has shown.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/v1/auth/me/language', async (route) => {
    await held;
    await route.continue();
  });
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me/language') && r.request().method() === 'PUT');
  await signIn(page, userName, 'id');
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Jadwal' })).toBeVisible();
  release();
  expect((await saved).ok()).toBeTruthy();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  const shown = await page.evaluate(() => (window as unknown as { shownLanguages: string[] }).shownLanguages);
  expect(shown).not.toContain('en');
  await page.context().close();
});

test('a wrong password is told plainly in the chosen language', async ({ browser }) => {
  const page = await (await personContext(browser)).newPage();
  await signIn(page, 'medis', 'id', 'salah-sekali');
  await expect(page.getByRole('alert')).toHaveText('Kode panti, nama pengguna atau kata sandi salah.');
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();

  await signIn(page, 'medis', 'en', 'still-wrong');
  await expect(page.getByRole('alert')).toHaveText('The panti code, user name or password is wrong.');
});

test('a throttled sign-in is told plainly, the same for an unknown name', async ({ browser }) => {
  // A throwaway account, so throttling its name disturbs no other test.
  const pimpinan = await apiAs('pimpinan');
  const userName = `tamu-${Date.now() % 100000}`;
  const staff = await pimpinan.post('/api/v1/panti/staff', { data: { name: 'Tamu Uji', roles: ['Staf'] } });
  expect(staff.ok()).toBeTruthy();
  const { id } = (await staff.json()) as { id: string };
  const account = await pimpinan.post(`/api/v1/panti/staff/${id}/account`, { data: { userName } });
  expect(account.ok()).toBeTruthy();
  const { password } = (await account.json()) as { password: string };

  const page = await (await personContext(browser)).newPage();
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, userName, 'id', 'keliru');
    await expect(page.getByRole('alert')).toBeVisible();
  }
  // Finding 7: the name is throttled for this client (no lockout), even with the right password,
  // and an unknown name is answered exactly alike.
  await signIn(page, userName, 'id', password);
  await expect(page.getByRole('alert')).toContainText('Terlalu banyak percobaan masuk');
  for (let attempt = 0; attempt < 6; attempt++) {
    await signIn(page, `${userName}-x`, 'id', 'keliru');
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await expect(page.getByRole('alert')).toContainText('Terlalu banyak percobaan masuk');
});
