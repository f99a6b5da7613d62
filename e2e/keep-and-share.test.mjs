// End-to-end tests of autosave, files in and out, the print brief, sharing and offline use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, text, openPage, openCalculator, KEMENKO_2021, showView, openDetails, printPreview } from './harness.mjs';

const s = suite({ acceptDownloads: true });
const { open } = s;
const dir = mkdtempSync(join(tmpdir(), 'spbe-e2e-'));

/** The note field of indicator `n` (on the entry screen, in the row's details). */
async function noteField(page, n) {
  await showView(page, 'isi');
  const details = await openDetails(page, n);
  const field = details.locator('[data-testid="note"]');
  if (!(await field.isVisible())) await details.locator('.plan-options > summary').click();
  return field;
}

async function addNote(page, n, note) {
  const field = await noteField(page, n);
  await field.fill(note);
  await field.blur();
}

async function setInstitution(page, name) {
  await showView(page, 'berkas');
  await page.locator('[data-testid="institution"]').fill(name);
  await page.locator('[data-testid="institution"]').blur();
}

async function exportFile(page, testid) {
  if ((await page.locator('[data-testid="view-berkas"]').count()) === 0) await showView(page, 'berkas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testid}"]`).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

test('autosave brings the same work back after a reload and on a bare visit', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  await page.locator('[data-testid="indicator-21"] input[value="4"]').click();
  await addNote(page, 21, 'Bukti: SK Bupati 12/2025');
  await showView(page, 'skenario');
  await page.locator('[data-testid="new-scenario"]').click();
  await page.locator('[data-testid="scenario-name"]').fill('Ambisius');
  await page.locator('[data-testid="scenario-name"]').press('Enter');
  const before = await text(page, 'index-value');
  await page.reload();
  await page.waitForSelector('[data-testid="index-value"]');
  assert.equal(await page.locator('[data-testid="notice"]').count(), 0, 'a reload offers nothing');
  assert.equal(await text(page, 'index-value'), before);
  // The reload opens the screen it left.
  assert.equal(await page.locator('[data-testid="view-skenario"]').count(), 1);
  assert.equal(await text(page, 'scenario-tab-2'), 'Ambisius');
  assert.equal(await (await noteField(page, 21)).inputValue(), 'Bukti: SK Bupati 12/2025');
  await page.goto(`${s.origin}/`);
  await page.waitForSelector('[data-testid="index-value"]');
  assert.equal(await text(page, 'index-value'), before);
  // A link to other levels, opened in a new tab, opens them and offers the saved work.
  const other = await s.current.context.newPage();
  await other.goto(`${s.origin}/#levels=${'5'.repeat(47)}`);
  await other.waitForSelector('[data-testid="notice"]');
  assert.equal(await text(other, 'index-value'), '5,00');
  await other.locator('[data-testid="restore-saved"]').click();
  assert.equal(await text(other, 'index-value'), before);
  await other.close();
  // A link pasted into the open tab also offers back the work it replaced.
  await page.evaluate((l) => { location.hash = l; }, `levels=${'5'.repeat(47)}`);
  await page.waitForSelector('[data-testid="notice"]');
  assert.equal(await text(page, 'index-value'), '5,00');
  await page.locator('[data-testid="restore-saved"]').click();
  assert.equal(await text(page, 'index-value'), before);
});

test('two tabs: a save in one is offered in the other, never overwritten unnoticed', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  const other = await s.current.context.newPage();
  await other.goto(`${s.origin}/`);
  await other.waitForSelector('[data-testid="index-value"]');
  await other.locator('[data-testid="indicator-47"] input[value="5"]').click();
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /diubah di tab lain/);
  await page.locator('[data-testid="restore-saved"]').click();
  assert.equal(await text(page, 'index-value'), await text(other, 'index-value'));
  await other.close();
});

for (const [format, testid] of [['JSON', 'export-json'], ['CSV', 'export-csv']]) {
  test(`${format} export then import gives back the same work`, async () => {
    const page = await open(`#levels=${KEMENKO_2021}`);
    await setInstitution(page, 'Pemerintah Kab. Contoh');
    await showView(page, 'isi');
    await page.locator('[data-testid="indicator-13"] input[value="4"]').click();
    await addNote(page, 13, 'Catatan; dengan "kutip"\nbaris dua');
    await showView(page, 'skenario');
    await page.locator('[data-testid="new-scenario"]').click();
    await showView(page, 'rencana');
    await page.locator('[data-testid="apply-plan"]').click();
    const index = await text(page, 'index-value');
    const file = await exportFile(page, testid);
    assert.match(file.name, new RegExp(`^indeks-spbe-2020-pemerintah-kab-contoh-\\d{4}-\\d{2}-\\d{2}\\.${format.toLowerCase()}$`));
    if (format === 'CSV') {
      const bytes = readFileSync(file.path);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      assert.match(bytes.toString('utf8'), /\r\n1;Kebijakan Internal Arsitektur SPBE Instansi Pusat\/Pemerintah Daerah;Kebijakan Internal SPBE;Kebijakan Internal Tata Kelola SPBE;1,30;3;/);
    }
    // Change everything, then import.
    await showView(page, 'skenario');
    await page.locator('[data-testid="delete-scenario"]').click();
    await showView(page, 'isi');
    await page.locator('[data-testid="preset"]').selectOption('0');
    await page.locator('[data-testid="load-preset"]').click();
    assert.equal(await text(page, 'index-value'), '1,00');
    await showView(page, 'berkas');
    await page.locator('[data-testid="import-file"]').setInputFiles(file.path);
    await page.waitForSelector('[data-testid="notice"]');
    assert.match(await text(page, 'notice'), new RegExp(`Berkas diimpor: ${file.name}`));
    assert.equal(await text(page, 'index-value'), index);
    assert.equal(await page.locator('[data-testid="institution"]').inputValue(), 'Pemerintah Kab. Contoh');
    await showView(page, 'skenario');
    assert.equal(await page.locator('[data-testid^="scenario-tab-"]').count(), 2);
    assert.equal(await (await noteField(page, 13)).inputValue(), 'Catatan; dengan "kutip"\nbaris dua');
    // Exporting again gives the same file, but for its date.
    const again = await exportFile(page, testid);
    const strip = (p) => readFileSync(p, 'utf8').replace(/"savedAt": "[^"]*"/, '');
    assert.equal(strip(again.path), strip(file.path));
  });
}

test('CSV export and import (work and catalogue) come with a chunk of their own: not fetched ahead, fetched on first use, and said so when it cannot be', async () => {
  // Without the service worker, so that the page's own requests can be answered here.
  const page = await open(`#levels=${KEMENKO_2021}`, { serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
  await showView(page, 'berkas');
  await page.waitForSelector('[data-testid="export-csv"]');
  assert.ok(!fetched.includes('split_transfer.wasm'), 'the files screen opens without it');
  // Offline before it was ever kept: the export says so, the work is as it was.
  await page.route('**/split_transfer.wasm', (route) => route.abort());
  await page.locator('[data-testid="export-csv"]').click();
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /belum dapat dimuat: periksa sambungan internet/);
  assert.equal(await text(page, 'index-value'), '2,95');
  await page.getByRole('button', { name: 'Tutup' }).click();
  // The evidence catalogue's CSV too.
  await page.locator('[data-testid="catalogue-save"]').click();
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /belum dapat dimuat/);
  await page.getByRole('button', { name: 'Tutup' }).click();
  // An import of a CSV file too.
  const csv = join(dir, 'offline.csv');
  writeFileSync(csv, 'x;y\r\n');
  await page.locator('[data-testid="import-file"]').setInputFiles(csv);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /belum dapat dimuat/);
  assert.equal(await text(page, 'index-value'), '2,95');
  await page.getByRole('button', { name: 'Tutup' }).click();
  // Online again: the chunk is fetched, and the file written.
  await page.unroute('**/split_transfer.wasm');
  const file = await exportFile(page, 'export-csv');
  assert.match(readFileSync(file.path, 'utf8'), /^\ufeffKalkulator Indeks SPBE/);
  assert.ok(fetched.includes('split_transfer.wasm'), `fetched on first use: ${fetched.filter((f) => f.endsWith('.wasm'))}`);
  // The browser reported the aborted requests; nothing else.
  s.current.problems.errors = s.current.problems.errors.filter((e) => !/ERR_FAILED|Service Worker registration blocked/.test(e));
});

test('XLSX export is a real workbook named with the date', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  const file = await exportFile(page, 'export-xlsx');
  assert.match(file.name, /^indeks-spbe-2020-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = readFileSync(file.path);
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  assert.ok(bytes.includes(Buffer.from('xl/worksheets/sheet3.xml')), 'summary, indicators, settings');
  assert.ok(bytes.length > 5000, `${bytes.length} bytes`);
  // Change the work, then import the workbook: the work is back as exported.
  await showView(page, 'isi');
  await page.locator('[data-testid="indicator-21"] input[value="5"]').click();
  assert.equal(await text(page, 'index-value'), '3,01');
  await showView(page, 'berkas');
  await page.locator('[data-testid="import-file"]').setInputFiles(file.path);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), new RegExp(`Berkas diimpor: ${file.name}`));
  assert.equal(await text(page, 'index-value'), '2,95');
  // A workbook that is not one of ours, and a broken one, are refused with the reason.
  const plain = join(dir, 'lain.xlsx');
  writeFileSync(plain, bytes.subarray(0, 200));
  await page.getByRole('button', { name: 'Tutup' }).click();
  await page.locator('[data-testid="import-file"]').setInputFiles(plain);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /Berkas tidak diimpor.*bukan buku kerja XLSX yang dapat dibuka/);
  assert.equal(await text(page, 'index-value'), '2,95');
});

test('bad files are refused with a message naming the fault; the work stays as it was', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  const good = await exportFile(page, 'export-json');
  const json = JSON.parse(readFileSync(good.path, 'utf8'));
  const cases = [
    ['garbage.json', '{"app": "spbe-calc', /isi berkas tidak dapat dibaca/],
    ['model.json', JSON.stringify({ ...json, model: 'spbe-2019' }), /kerangka \u201cspbe-2019\u201d, bukan \u201cspbe-2020\u201d yang sedang dipakai/],
    ['other.json', JSON.stringify({ ...json, model: 'spbe-2018' }), /baseline berisi 47 nilai, seharusnya 37/],
    ['short.json', JSON.stringify({ ...json, baseline: json.baseline.slice(1) }), /baseline berisi 46 nilai, seharusnya 47/],
    ['range.json', JSON.stringify({ ...json, baseline: [7, ...json.baseline.slice(1)] }), /baseline, nilai ke-1 \(\u201c7\u201d\) di luar rentang 1\u20135/],
    ['latin1.csv', Buffer.from([0x4b, 0x61, 0x6c, 0xe9, 0x3b, 0x0a]), /bukan teks UTF-8/],
    ['table.csv', 'No;Indikator\r\n1;x\r\n', /baris 1: seharusnya Kalkulator Indeks SPBE/],
    ['big.json', Buffer.alloc(1_100_000, 32), /berkas terlalu besar/],
  ];
  for (const [name, content, message] of cases) {
    const path = join(dir, name);
    writeFileSync(path, content);
    await page.locator('[data-testid="import-file"]').setInputFiles(path);
    await page.waitForSelector('[data-testid="notice"]');
    const notice = await text(page, 'notice');
    assert.match(notice, /Berkas tidak diimpor/, name);
    assert.match(notice, message, `${name}: ${notice}`);
    assert.equal(await text(page, 'index-value'), '2,95', `${name} left the work unchanged`);
    await page.getByRole('button', { name: 'Tutup' }).click();
  }
  // Dropping a file imports it too.
  const buffer = readFileSync(good.path, 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, buffer.replace('"institution": ""', '"institution": "Dijatuhkan"'));
  await page.locator('[data-testid="files"]').dispatchEvent('drop', { dataTransfer });
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /Berkas diimpor: dropped.json/);
  assert.equal(await page.locator('[data-testid="institution"]').inputValue(), 'Dijatuhkan');
});

test('the one-page brief prints on one A4 page with the index', async () => {
  const page = await open(`#levels=${'3'.repeat(47)}&base=${KEMENKO_2021}`);
  await setInstitution(page, 'Pemerintah Provinsi Contoh');
  await addNote(page, 1, 'Perlu SK baru; tanggung jawab Diskominfo');
  // The brief is built only for printing.
  assert.equal(await page.locator('[data-testid="brief"]').count(), 0);
  const briefBox = await printPreview(page);
  assert.ok(await briefBox.isVisible());
  assert.ok(!(await page.locator('.layout').isVisible()), 'the rest is hidden');
  const brief = await briefBox.innerText();
  assert.match(brief, /Pemerintah Provinsi Contoh/);
  assert.match(brief, /3,00/);
  assert.match(brief, /Sangat Baik/); // the plan target
  assert.match(brief, /Perlu SK baru/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'one page');
  writeFileSync(join(dir, 'brief.pdf'), pdf);
  // After printing it is gone again.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('[data-testid="brief"]').waitFor({ state: 'detached' });
});

test('the print button builds the brief and opens the print dialog', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  // Record the call instead of opening a dialog.
  await page.evaluate(() => {
    window.printed = [];
    window.print = () => window.printed.push(document.querySelectorAll('[data-testid="brief"]').length);
  });
  await showView(page, 'berkas');
  await page.locator('[data-testid="print-brief"]').click();
  await page.waitForFunction(() => window.printed.length === 1);
  assert.deepEqual(await page.evaluate(() => window.printed), [1], 'the brief was on the page when printing began');
});

test('share: copy the link and show its QR code', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`, { permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
  await showView(page, 'berkas');
  const link = await page.locator('[data-testid="share-link"]').inputValue();
  assert.ok(link.startsWith(`${s.origin}/#model=spbe-2020&levels=${KEMENKO_2021}`), link);
  // The shared link opens the levels on the entry screen, not on this one.
  assert.ok(!link.includes('view='), link);
  await page.locator('[data-testid="copy-link"]').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  // The QR code is drawn when asked for: its encoder is a chunk of its own, not fetched before.
  const qr = page.locator('[data-testid="qr"]');
  assert.equal(await qr.count(), 0);
  assert.ok(!fetched.includes('split_qr.wasm'), 'the files screen opens without the QR encoder');
  // Offline before it was ever kept: the part says so and offers to try again.
  await page.route('**/split_qr.wasm', (route) => route.abort());
  await page.locator('[data-testid="qr-show"]').click();
  await page.waitForSelector('[data-testid="qr-failed"]');
  assert.match(await text(page, 'qr-failed'), /belum dapat dimuat/);
  await page.unroute('**/split_qr.wasm');
  await page.locator('[data-testid="qr-failed"] button').click();
  await qr.waitFor();
  assert.ok(fetched.includes('split_qr.wasm'), 'fetched when asked for');
  assert.equal(await qr.getAttribute('aria-label'), link);
  const d = await qr.locator('path').getAttribute('d');
  assert.ok(d.startsWith('M4 4h7v1h-7z') && d.length > 1000, 'a QR code with its finder pattern');
  const box = await qr.boundingBox();
  assert.ok(box.width >= 200, `large enough to scan (${box.width}px)`);
  // The link opened elsewhere (a phone) shows the same numbers.
  const phone = await s.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const p2 = await phone.newPage();
  await p2.goto(link);
  await p2.waitForSelector('[data-testid="index-value"]');
  assert.equal(await p2.locator('[data-testid="index-value"]').textContent(), '2,95');
  await phone.close();
  // Once drawn in a visit, a QR code is drawn at once the next time the screen opens.
  await showView(page, 'isi');
  await showView(page, 'berkas');
  await qr.waitFor();
  // The browser reported the aborted request; nothing else.
  s.current.problems.errors = s.current.problems.errors.filter((e) => !/ERR_FAILED|Service Worker registration blocked/.test(e));
});

test('offline: after the first visit the calculator starts with the network off', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker controls the page from the next load on; once the page is idle it has fetched
  // what it fetches ahead.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, { timeout: 20000 });
  await s.current.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid="index-value"]');
  assert.equal(await text(page, 'index-value'), '2,95');
  await page.locator('[data-testid="indicator-47"] input[value="5"]').click();
  assert.equal(await text(page, 'index-value'), '3,01');
  const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  assert.equal(manifest.short_name, 'Indeks SPBE');
  await s.current.context.setOffline(false);
});

test('saved data this version cannot read is kept aside and the user is told', async () => {
  const future = JSON.stringify({ app: 'spbe-calculator', schema: 9, model: 'spbe-2020' });
  s.current = await openPage(s.browser, s.origin);
  // Saved by a "newer version" before the app starts (once, not again on reloads).
  await s.current.context.addInitScript((v) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('spbe.work', v);
    }
  }, future);
  const page = s.current.page;
  await openCalculator(page, s.origin, '');
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /disimpan terpisah \(tidak dihapus\)/);
  assert.equal(await page.evaluate(() => localStorage.getItem('spbe.work.unreadable')), future);
});

test('when the browser refuses to store, the user is told and can still export', async () => {
  s.current = await openPage(s.browser, s.origin, { acceptDownloads: true });
  await s.current.context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  const page = s.current.page;
  await openCalculator(page, s.origin, `#levels=${KEMENKO_2021}`);
  await page.locator('[data-testid="indicator-1"] input[value="4"]').click();
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /Penyimpanan otomatis tidak tersedia/);
  const file = await exportFile(page, 'export-json');
  assert.match(readFileSync(file.path, 'utf8'), /"app": "spbe-calculator"/);
});
