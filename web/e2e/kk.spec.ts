import { expect, test, type Page } from '@playwright/test';
import { apiAs, checkScreen, expectAccessible, personContext, signedInAs, signIn } from './support';

function jakartaDate(daysAhead: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

/** Beranda asks for the tasks again when it is opened anew (it polls only once a minute while open). */
async function openTask(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('link', { name: 'KK', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konferensi Kasus' })).toBeVisible();
  await page.getByRole('link', { name: 'Beranda' }).click();
  await page.getByRole('link', { name }).first().click();
}

test('KK list: the secretary plans a regular KK from the schedule and is invited to it', async ({ browser }) => {
  const page = await signedInAs(browser, 'sekretaris');
  await page.getByRole('link', { name: 'KK', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konferensi Kasus' })).toBeVisible();
  await checkScreen(page, 'kk-daftar');

  await page.getByRole('button', { name: 'Rencanakan KK terjadwal' }).click();
  const when = await page.getByLabel('Waktu menurut jadwal KK panti').locator('option').first().textContent();
  expect(when).toMatch(/^Rabu, \d{1,2} \w+ \d{4} 09\.00 WIB$/);
  await checkScreen(page, 'kk-rencana');
  await page.getByRole('button', { name: 'Rencanakan', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: `KK terjadwal: ${when}` })).toBeVisible();
  await expect(page.getByText('Pak Budi Santoso · Sekretaris KK')).toBeVisible();
  await expect(page.getByText('Mbak Rina Lestari · Tim inti (penyelenggara)')).toBeVisible();

  await page.getByRole('link', { name: 'KK', exact: true }).click();
  const row = page.getByRole('row', { name: new RegExp(when!.replace(/[.]/g, '\\.')) });
  await expect(row).toContainText('Direncanakan');
  await expect(row).toContainText('Anda diundang');
  await page.getByRole('button', { name: 'Selesai dan dibatalkan' }).click();
  await expect(page.getByRole('row', { name: new RegExp(when!.replace(/[.]/g, '\\.')) })).toHaveCount(0);
  await checkScreen(page, 'kk-selesai');

  await page.getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByRole('link', { name: 'Anda diundang ke KK' }).first()).toBeVisible();
});

test('urgent KK: a core member requests it with a reason, the pimpinan approves it waiving 24 hours', async ({ browser }) => {
  const peksos = await signedInAs(browser, 'peksos');
  await peksos.getByRole('link', { name: 'KK', exact: true }).click();
  await peksos.getByRole('button', { name: 'Ajukan KK mendesak' }).click();
  await peksos.getByLabel('Tanggal').fill(jakartaDate(2));
  await peksos.getByLabel('Jam (waktu panti)').fill('10:30');
  await peksos.getByLabel('Alasan').fill('Klien kabur dari panti semalam; perlu keputusan segera.');
  await checkScreen(peksos, 'kk-mendesak');
  await peksos.getByRole('button', { name: 'Ajukan', exact: true }).click();
  await expect(peksos.getByRole('heading', { level: 1, name: /^KK mendesak: .* 10\.30 WIB$/ })).toBeVisible();
  await expect(peksos.getByText('Menunggu persetujuan pimpinan.')).toBeVisible();
  const kkUrl = peksos.url();

  const pimpinan = await signedInAs(browser, 'pimpinan');
  await checkScreen(pimpinan, 'beranda-pimpinan');
  await pimpinan.goto(kkUrl);
  await pimpinan.getByLabel('Bebaskan dari aturan ringkasan kasus 24 jam').check();
  await checkScreen(pimpinan, 'kk-persetujuan');
  await pimpinan.getByRole('button', { name: 'Setujui KK mendesak' }).click();
  await expect(pimpinan.getByText('Disetujui pimpinan; aturan 24 jam dibebaskan.')).toBeVisible();
  await expect(peksos.getByText('Disetujui pimpinan; aturan 24 jam dibebaskan.')).toBeVisible();
});

test('preparation: the secretary invites and adds a client found by name (English, keyboard); the peksos writes the case summary, each recipient acknowledges it, everyone sees the receipts', async ({ browser }) => {
  const sekretaris = await apiAs('sekretaris');
  const occurrences = (await (await sekretaris.get('/api/v1/conferences/occurrences')).json()) as string[];
  const planned = await sekretaris.post('/api/v1/conferences/regular', { data: { start: occurrences.at(-1) } });
  expect(planned.ok()).toBeTruthy();
  const kk = ((await planned.json()) as { conference: { id: string } }).conference.id;

  // The secretary, in English, invites an anggota and puts Slamet on the agenda, found by name, by keyboard.
  const secretary = await (await personContext(browser)).newPage();
  await signIn(secretary, 'sekretaris', 'en');
  await expect(secretary.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await secretary.goto(`/kk/${kk}`);
  const invite = secretary.getByRole('form', { name: 'Invite a participant' });
  await invite.getByLabel('Staff member').selectOption({ label: 'Pak Hadi (Dinas Sosial)' });
  await expect(invite.getByLabel('Capacity').locator('option')).toHaveText(['Member', 'Invited staff']);
  await invite.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(secretary.getByText('Pak Hadi (Dinas Sosial) · Member')).toBeVisible();
  const add = secretary.getByRole('form', { name: 'Add a client to the agenda' });
  const picker = add.getByRole('combobox', { name: 'Client (name or register number)' });
  await picker.pressSequentially('slam');
  await expect(add.getByRole('option', { name: 'Slamet Riyadi (REG-2026-001)' })).toBeVisible();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await picker.press('Tab');
  await expect(add.getByLabel('Purpose')).toBeFocused();
  await add.getByLabel('Purpose').selectOption({ label: 'Placement' });
  await add.getByLabel('Note for this item (optional)').fill('Penempatan.');
  await add.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(secretary.getByRole('article', { name: 'Slamet Riyadi' })).toContainText('Placement');
  await expectAccessible(secretary);
  await secretary.context().close();

  const peksos = await signedInAs(browser, 'peksos');
  const psikolog = await signedInAs(browser, 'psikolog');
  await peksos.goto('/');
  await expect(peksos.getByRole('link', { name: 'Tulis ringkasan kasus: Slamet Riyadi' }).first()).toBeVisible();
  await peksos.goto(`/kk/${kk}`);
  const item = peksos.getByRole('article', { name: 'Slamet Riyadi' });
  await expect(item).toContainText('Penempatan');
  await item.getByLabel('Ringkasan kasus').fill('Slamet rajin mengikuti bimbingan las; siap ditempatkan dalam program.');
  await checkScreen(peksos, 'kk-persiapan');
  await item.getByRole('button', { name: 'Kirim ringkasan kasus' }).click();
  await expect(item.getByText('Bu Wati Handayani: belum menerima')).toBeVisible();

  await openTask(psikolog, 'Beri tanda terima ringkasan kasus: Slamet Riyadi');
  await expect(psikolog).toHaveURL(new RegExp(`/kk/${kk}$`));
  await psikolog.getByRole('article', { name: 'Slamet Riyadi' }).getByRole('button', { name: 'Beri tanda terima' }).click();
  await expect(psikolog.getByText(/Bu Wati Handayani: sudah menerima/)).toBeVisible();
  await expect(item.getByText(/Bu Wati Handayani: sudah menerima/)).toBeVisible();
  await expect(item.getByText('dr. Agus Pratama: belum menerima')).toBeVisible();
  await checkScreen(psikolog, 'kk-tanda-terima');
});
