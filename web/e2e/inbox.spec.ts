import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { apiAs, checkScreen, expectAccessible, signedInAs } from './support';

const PEKSOS = '0d3e0000-0000-4000-8000-000000000103';

async function ok(response: APIResponse): Promise<APIResponse> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return response;
}

/** The bell's unread count, as its accessible name says it. */
async function unread(page: Page): Promise<number> {
  const name = await page.getByRole('button', { name: /^Pemberitahuan, \d+ belum dibaca$/ }).getAttribute('aria-label');
  return Number(/(\d+)/.exec(name ?? '')?.[1]);
}

function bell(page: Page, count: number) {
  return page.getByRole('button', { name: `Pemberitahuan, ${count} belum dibaca` });
}

test('issue 10: an invitation reaches Beranda and the bell live, opens the KK, is read, and clears when the KK is cancelled', async ({ browser }) => {
  const peksos = await signedInAs(browser, 'peksos');
  await expect(peksos.getByRole('button', { name: /^Pemberitahuan, \d+ belum dibaca$/ })).toBeVisible();
  const before = await unread(peksos);

  // The pimpinan asks for an urgent KK and approves it; the secretary invites the peksos.
  const [pimpinan, sekretaris] = await Promise.all([apiAs('pimpinan'), apiAs('sekretaris')]);
  const planned = await (await ok(await pimpinan.post('/api/v1/conferences/urgent', {
    data: { start: new Date(Date.now() + 3 * 3600_000).toISOString(), reason: 'Klien sakit mendadak; rencana perlu diubah.' },
  }))).json() as { conference: { id: string } };
  const kk = planned.conference.id;
  await ok(await pimpinan.post(`/api/v1/conferences/${kk}/approval`, { data: { waivePreCirculation: true } }));
  await ok(await sekretaris.post(`/api/v1/conferences/${kk}/participants`, { data: { staffId: PEKSOS, capacity: 'Organiser' } }));

  const link = peksos.locator(`a[href="/kk/${kk}"]`);
  const entry = peksos.getByRole('main').locator(link);
  await expect(entry).toHaveText('Anda diundang ke KK');
  await expect(bell(peksos, before + 1)).toBeVisible();
  await expect(peksos.getByRole('main').getByRole('listitem').filter({ has: link })).toContainText('baru');
  await checkScreen(peksos, 'beranda-pemberitahuan');

  // The bell's panel by keyboard: open, see it, close with Escape.
  await bell(peksos, before + 1).focus();
  await peksos.keyboard.press('Enter');
  const panel = peksos.getByRole('region', { name: 'Pemberitahuan' });
  await expect(panel.locator(`a[href="/kk/${kk}"]`)).toBeVisible();
  await expectAccessible(peksos);
  await peksos.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(bell(peksos, before + 1)).toBeFocused();

  // Opening it goes to the KK and reads it.
  await entry.click();
  await expect(peksos).toHaveURL(new RegExp(`/kk/${kk}$`));
  await expect(peksos.getByRole('heading', { level: 1, name: /^KK mendesak: / })).toBeVisible();
  await expect(bell(peksos, before)).toBeVisible();

  // Done: the KK is cancelled, so the invitation leaves Beranda without a reload.
  await peksos.getByRole('link', { name: 'Beranda' }).click();
  await expect(entry).toBeVisible();
  await ok(await pimpinan.post(`/api/v1/conferences/${kk}/cancel`, { data: { reason: 'Klien sudah pulih.' } }));
  await expect(entry).toHaveCount(0);
  await expect(bell(peksos, before)).toBeVisible();
  await Promise.all([pimpinan.dispose(), sekretaris.dispose()]);
  await peksos.context().close();
});

test('issue 10: Profil makes the calendar link, copies it, and revokes it; the feed answers until it is revoked', async ({ browser }) => {
  const peksos = await signedInAs(browser, 'peksos');
  await peksos.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await peksos.getByRole('link', { name: 'Profil' }).click();
  const calendar = peksos.getByRole('region', { name: 'Langganan kalender' });
  const make = calendar.getByRole('button', { name: /^(Buat tautan|Cabut dan buat tautan baru)$/ });
  await make.click();

  const link = calendar.getByLabel('Tautan langganan kalender');
  await expect(link).toHaveValue(/\/api\/v1\/calendar\/.+\.ics$/);
  const url = await link.inputValue();
  await calendar.getByRole('button', { name: 'Salin' }).click();
  await expect(calendar.getByText('Tersalin.')).toBeVisible();
  expect(await peksos.evaluate(() => navigator.clipboard.readText())).toBe(url);
  const feed = await peksos.request.get(url);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  await checkScreen(peksos, 'profil-kalender');

  await calendar.getByRole('button', { name: 'Cabut tautan' }).click();
  await expect(calendar.getByText('Belum ada tautan langganan kalender.')).toBeVisible();
  await expect(link).toHaveCount(0);
  expect((await peksos.request.get(url)).status()).toBe(404);
  await expectAccessible(peksos);
  await peksos.context().close();
});
