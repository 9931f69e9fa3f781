import { expect, test, type Page } from '@playwright/test';
import { apiAs, checkScreen, expectAccessible, PHONE, signedInAs } from './support';
import { pdfText, withoutSpace } from './pdfText';
import { placeByKk } from './placement';

/**
 * Issue 10, Klien: a client from outreach (a core member) through registration (Tata Usaha, who may
 * then not read the case file and is told why: CL6) to placement (the KK itself arranged through
 * the API), the case file showing its registration and correction, stage steps, formulation with
 * its version, the KK and the chronology in Indonesian; Formulir 3 and 2 printed on A4; the list's
 * search, filters and CSV. Each person signs in once: the suite shares a per-name sign-in allowance.
 */

const stamp = Date.now() % 1_000_000;
const NAME = `Wartini ${stamp}`;
const REGISTER = `REG-KL-${stamp}`;

async function moveStage(page: Page, to: string, why: string): Promise<void> {
  await page.getByRole('button', { name: `Pindahkan ke ${to}` }).click();
  await page.getByLabel('Alasan', { exact: true }).fill(why);
  await page.getByRole('button', { name: 'Catat perpindahan tahap' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Tahap: ${to}` })).toBeVisible();
}

test('a client from outreach to registration and placement: the case file with its chronology and formulation', async ({ browser }) => {
  test.setTimeout(60_000);
  // Outreach by a core member (the psikolog), and the stage moved through selection on the case file.
  const core = await signedInAs(browser, 'psikolog');
  await core.goto('/klien');
  await core.getByRole('link', { name: 'Catat penjangkauan' }).click();
  await core.getByLabel('Nama *').fill(NAME);
  await core.getByLabel('Tempat dijangkau *').fill('Terminal Kampung Rambutan');
  await core.getByRole('button', { name: 'Buka kasus' }).click();
  await expect(core.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(core.getByRole('note')).toContainText('dicatat dalam log audit');
  const clientId = core.url().split('/klien/')[1]!;
  await moveStage(core, 'Calon klien', 'Bersedia mengikuti motivasi.');
  await moveStage(core, 'Seleksi', 'Lolos motivasi.');
  await moveStage(core, 'Calon klien definitif', 'Memenuhi syarat seleksi.');
  // Registration is not a core member's step: the case file says why.
  await expect(core.getByText('Pendaftaran dilakukan oleh Tata Usaha (staf), sekretaris KK, atau pimpinan.')).toBeVisible();

  // Registration from /klien by Tata Usaha: a refusal marked on its field, then the new case file,
  // which Tata Usaha may not read (CL6): it says why instead.
  const staf = await signedInAs(browser, 'staf');
  await staf.goto('/klien');
  await staf.getByRole('link', { name: 'Daftarkan klien' }).click();
  await staf.getByLabel('Calon klien definitif *').selectOption({ label: NAME });
  await staf.getByLabel('Nomor register *').fill(REGISTER);
  await staf.getByLabel('Nomor induk klien *').fill(`PSBK-${stamp}`);
  await staf.getByLabel('Nama lengkap *').fill(`${NAME} Lestari`);
  await staf.getByLabel('Tanggal lahir *').fill('2099-01-01');
  await staf.getByLabel('Jenis kelamin *').selectOption('Female');
  await staf.getByLabel('Daerah asal *').fill('Jakarta Timur');
  await staf.getByLabel('Instansi pengirim *').fill('Dinas Sosial DKI Jakarta');
  await staf.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await expect(staf.getByRole('alert')).toHaveText('Tanggal lahir tidak boleh di masa depan.');
  await expect(staf.getByLabel('Tanggal lahir *')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(staf, 'klien-daftar');
  await staf.getByLabel('Tanggal lahir *').fill('1984-05-17');
  await staf.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await expect(staf.getByRole('heading', { level: 1, name: 'Catatan kasus' })).toBeVisible();
  await expect(staf.getByRole('alert')).toContainText('Catatan kasus ini rahasia');
  await expect(staf.getByText(/^Catatan kasus hanya dibaca oleh peksos penanggung jawab/)).toBeVisible();
  await checkScreen(staf, 'klien-rahasia');
  await staf.context().close();

  const sekretaris = await signedInAs(browser, 'sekretaris');
  await sekretaris.goto(`/klien/${clientId}`);
  await expect(sekretaris.getByRole('heading', { level: 1, name: `${NAME} Lestari` })).toBeVisible();
  await expect(sekretaris.getByRole('heading', { level: 2, name: 'Tahap: Terdaftar di buku induk' })).toBeVisible();

  // The secretary corrects the register (a chronology line) and moves the stage on; the pimpinan assigns the peksos.
  await sekretaris.getByRole('button', { name: 'Koreksi data buku induk' }).click();
  await sekretaris.getByLabel('Tempat lahir').fill('Bogor');
  await sekretaris.getByLabel('Alasan koreksi').fill('Sesuai akta kelahiran.');
  await sekretaris.getByRole('button', { name: 'Simpan koreksi' }).click();
  await expect(sekretaris.getByText('Buku induk dikoreksi: Tempat lahir dari «—» menjadi «Bogor».')).toBeVisible();
  await moveStage(sekretaris, 'Studi diagnostik', 'Mulai studi diagnostik.');
  await moveStage(sekretaris, 'Menunggu KK penempatan', 'Studi diagnostik selesai.');
  const steps = sekretaris.getByRole('list', { name: 'Langkah berikutnya' });
  await expect(steps.getByRole('listitem').filter({ hasText: 'Perencanaan' })).toContainText('Hanya dapat terjadi melalui keputusan KK.');

  const pimpinan = await apiAs('pimpinan');
  expect((await pimpinan.put(`/api/v1/clients/${clientId}/peksos`, { data: { peksosId: '0d3e0000-0000-4000-8000-000000000103' } })).ok()).toBeTruthy();
  await placeByKk(clientId, ['Pelatihan menjahit tiga kali seminggu', 'Konseling individu tiap Jumat']);

  // The placed client's case file: formulation, its version, the KK with its decision, the chronology.
  await sekretaris.reload();
  await expect(sekretaris.getByRole('heading', { level: 2, name: 'Tahap: Perencanaan' })).toBeVisible();
  const effective = sekretaris.getByRole('list', { name: 'Formulasi yang berlaku sekarang' });
  await expect(effective).toContainText('Pelatihan menjahit tiga kali seminggu');
  // FM1: proposing is a core member's (or a designee's) step, so the secretary is not offered it; the psikolog is.
  await expect(effective.getByRole('link', { name: 'Force majeure untuk butir 2' })).toHaveCount(0);
  await core.reload();
  await expect(core.getByRole('list', { name: 'Formulasi yang berlaku sekarang' }).getByRole('link', { name: 'Force majeure untuk butir 2' }))
    .toHaveAttribute('href', `/fm/baru?client=${clientId}&item=2`);
  await expect(sekretaris.getByText(/^Versi 1 · .* WIB · Pak Budi Santoso$/)).toBeVisible();
  await expect(sekretaris.getByText('KK menempatkan klien dalam program (Perencanaan).').first()).toBeVisible();
  await expect(sekretaris.getByText('Formulasi versi 1 ditetapkan.').first()).toBeVisible();
  const chronology = sekretaris.getByRole('list', { name: 'Catatan kronologis' });
  await expect(chronology).toContainText('Dijangkau di lapangan: Terminal Kampung Rambutan');
  await expect(chronology).toContainText('Tahap dipindahkan dari Seleksi ke Calon klien definitif. Alasan: Memenuhi syarat seleksi.');
  await expect(chronology).toContainText('Peksos penanggung jawab ditunjuk: Mbak Rina Lestari');
  // RV1: placed now, so the first quarterly review falls three months on.
  await expect(sekretaris.getByTestId('review-due')).toHaveText(/^\w+, \d{1,2} \w+ \d{4}$/);
  await checkScreen(sekretaris, 'klien-berkas');
  await sekretaris.setViewportSize(PHONE);
  await expectAccessible(sekretaris);

  // Formulir 3 on A4: the register number, the hypothesis and the plan from the record.
  await sekretaris.getByRole('link', { name: 'Cetak Formulir 3' }).click();
  await expect(sekretaris.getByRole('heading', { level: 1, name: 'LAPORAN PEMECAHAN MASALAH KLIEN' })).toBeVisible();
  await checkScreen(sekretaris, 'klien-formulir-3');
  await sekretaris.emulateMedia({ media: 'print' });
  const printed = withoutSpace(pdfText(await sekretaris.pdf({ format: 'A4', printBackground: true })));
  for (const text of ['Formulir 3', 'LAPORAN PEMECAHAN MASALAH KLIEN', REGISTER, 'Mbak Rina Lestari', 'Kehilangan tempat tinggal', 'Konseling individu tiap Jumat']) {
    expect(printed, text).toContain(withoutSpace(text));
  }

  // Formulir 2 on A4: the weekly columns to write in, the actions from the formulation, the chronology.
  await sekretaris.goto(`/klien/${clientId}/formulir-2`);
  await expect(sekretaris.getByRole('heading', { level: 1, name: 'CATATAN PERKEMBANGAN KLIEN' })).toBeVisible();
  const form2 = withoutSpace(pdfText(await sekretaris.pdf({ format: 'A4', printBackground: true })));
  for (const text of ['Formulir 2', 'CATATAN PERKEMBANGAN KLIEN', REGISTER, 'Minggu IV', 'Pelatihan menjahit tiga kali seminggu', 'Dijangkau di lapangan']) {
    expect(form2, text).toContain(withoutSpace(text));
  }
  await Promise.all([core.context().close(), sekretaris.context().close()]);
});

test('Klien list: search, filters by stage, peksos and review, the CSV for the Dinas Sosial, and a row opening its case file', async ({ browser }) => {
  const medis = await signedInAs(browser, 'medis');
  await medis.getByRole('link', { name: 'Klien', exact: true }).click();
  await expect(medis.getByRole('heading', { level: 1, name: 'Klien' })).toBeVisible();
  await medis.getByLabel('Cari nama atau nomor register').fill('REG-2026-001');
  await expect(medis.getByRole('row')).toHaveCount(2);
  await expect(medis.getByRole('link', { name: 'Slamet Riyadi' })).toBeVisible();
  await medis.getByLabel('Cari nama atau nomor register').fill('');
  await medis.getByLabel('Peksos penanggung jawab').selectOption({ label: 'Mbak Rina Lestari' });
  await medis.getByLabel('Tahap').selectOption('AwaitingPlacementKk');
  await expect(medis.getByRole('link', { name: 'Slamet Riyadi' })).toBeVisible();
  await medis.getByLabel('Tinjauan triwulanan').selectOption('Overdue');
  await expect(medis.getByText('Tidak ada klien yang cocok.')).toBeVisible();
  await medis.getByLabel('Tinjauan triwulanan').selectOption('');
  await checkScreen(medis, 'klien-daftar-filter');

  const href = await medis.getByRole('link', { name: 'Unduh CSV (untuk Dinas Sosial)' }).getAttribute('href');
  expect(href).toContain('stage=AwaitingPlacementKk');
  const csv = await medis.request.get(href!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8')).toContain(';Slamet Riyadi;REG-2026-001;Menunggu KK penempatan;Mbak Rina Lestari;');

  await medis.getByRole('link', { name: 'Slamet Riyadi' }).click();
  await expect(medis.getByRole('heading', { level: 1, name: 'Slamet Riyadi' })).toBeVisible();
  await medis.context().close();
});
