// End-to-end tests of the evidence items (issue 18) in the release build: the reconstructed
// Pemdi catalogue under an indicator, statuses that give the self-assessed and verified
// values with level gating, a value that follows its items (the level buttons then locked),
// the summary's two indices and the indicators behind the difference, adding, moving,
// removing and resetting items, the work kept across a reload and in a JSON file, by
// keyboard, in both languages, at phone width, with axe-core. Screenshots go to
// $SPBE_SHOTS when it is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, text, showView, axe, openItems, chooseLanguage } from './harness.mjs';

const s = suite({ acceptDownloads: true, bypassCSP: true });
const { open } = s;
const shots = process.env.SPBE_SHOTS;
const shot = async (page, name) => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
};

const items = openItems;

const text_ = (page, testid) => page.locator(`[data-testid="${testid}"]`).first().innerText();
const setStatus = (panel, code, status) =>
  panel.locator(`[data-testid="item-${code}"] [data-testid="item-status"]`).selectOption(status);

test('Pemdi: statuses give both values, the value follows its items, the summary shows both indices', async () => {
  const page = await open('#model=pemdi-2026');
  const panel = await items(page, 1);
  // The reconstructed catalogue: level 1 one item, level 2 four, each labelled as ours.
  assert.equal(await panel.locator('[data-testid="items-level-1"] li').count(), 1);
  assert.equal(await panel.locator('[data-testid="items-level-2"] li').count(), 4);
  assert.match(await panel.innerText(), /rekonstruksi kami/);
  assert.match(await panel.locator('[data-testid="items-level-3"]').innerText(), /dari kriteria level/);
  // Level 2 items count only once level 1 is complete.
  await setStatus(panel, 'I1-L2-01', 'accepted');
  assert.match(await panel.locator('[data-testid="items-level-2"]').innerText(), /Belum dihitung/);
  assert.equal(await text(page, 'items-verified'), '1,00');
  await setStatus(panel, 'I1-L1-01', 'accepted');
  await setStatus(panel, 'I1-L2-02', 'uploaded');
  assert.equal(await text(page, 'items-self'), '2,00');
  assert.equal(await text(page, 'items-verified'), '1,75');
  // Not following yet: the index is still the hand-entered one.
  assert.equal(await text(page, 'index-value'), '1,00');
  await panel.locator('[data-testid="items-follow"]').check();
  // 5 % × (2,00 − 1) = +0,05.
  assert.equal(await text(page, 'index-value'), '1,05');
  const row = page.locator('[data-testid="indicator-1"]');
  assert.equal(await row.locator('[data-testid="follows-items"]').count(), 1);
  assert.ok(await row.locator('.level-control input').first().isDisabled());
  const summary = page.locator('[data-testid="items-summary"]');
  await summary.waitFor();
  assert.equal(await text(page, 'items-summary-self'), '1,05 (Kurang)');
  assert.equal(await text(page, 'items-summary-verified'), '1,04 (Kurang)');
  assert.equal(await text(page, 'items-summary-difference'), '0,01');
  assert.match(await text(page, 'items-summary-gaps'), /1 Tata Kelola Pemerintah Digital · 2,00 → 1,75/);
  await shot(page, 'items-id-1280');
  // A rejected item with its reason.
  const item = panel.locator('[data-testid="item-I1-L2-03"]');
  await setStatus(panel, 'I1-L2-03', 'rejected');
  await item.locator('.item-more > summary').click();
  await item.locator('[data-testid="item-note"]').fill('Belum ditandatangani Sekda');
  await item.locator('[data-testid="item-note"]').blur();
  assert.match(await item.innerText(), /Alasan ditolak: Belum ditandatangani Sekda/);
  // Kept across a reload (autosave).
  await page.waitForFunction(() => (localStorage.getItem('spbe.work.pemdi-2026') ?? '').includes('Sekda'));
  await page.reload();
  await page.waitForFunction(() => window.spbe);
  const again = await items(page, 1);
  assert.equal(await text(page, 'index-value'), '1,05');
  assert.equal(await again.locator('[data-testid="item-I1-L2-03"] [data-testid="item-status"]').inputValue(), 'rejected');
  assert.equal(await again.locator('[data-testid="items-follow"]').isChecked(), true);
  assert.deepEqual(await axe(page), []);
});

test('Pemdi: items are added, moved, removed, reset, and travel in a JSON file', async () => {
  const page = await open('#model=pemdi-2026');
  const panel = await items(page, 3);
  // I3 level 1 has five items; two accepted of five give 1,20.
  await setStatus(panel, 'I3-L1-01', 'accepted');
  await setStatus(panel, 'I3-L1-02', 'accepted');
  assert.equal(await text(page, 'items-verified'), '1,20');
  // Add an item to level 1 by keyboard: two of six.
  await panel.locator('[data-testid="items-new-1"]').fill('Sertifikat pelatihan analitik data');
  await panel.locator('[data-testid="items-new-1"]').press('Enter');
  const added = panel.locator('[data-testid="item-I3-L1-06"]');
  await added.waitFor();
  assert.match(await added.innerText(), /Sertifikat pelatihan analitik data/);
  assert.equal(await text(page, 'items-verified'), '1,1667');
  // Move it up, then remove it.
  await added.locator('.item-more > summary').click();
  await added.locator('[data-testid="item-up"]').click();
  const codes = await panel.locator('[data-testid="items-level-1"] .item-code').allInnerTexts();
  assert.deepEqual(codes.slice(-2), ['I3-L1-06', 'I3-L1-05']);
  // The moved item keeps its open details and the focus on its button (moved by keyboard, the
  // next press moves the same item again).
  assert.equal(await added.locator('.item-more').evaluate((d) => d.open), true);
  assert.equal(await panel.locator('[data-testid="item-I3-L1-05"] .item-more').evaluate((d) => d.open), false);
  await page.waitForFunction(() => document.activeElement?.closest('li')?.dataset.testid === 'item-I3-L1-06');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'item-up');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="items-level-1"] .item-code')].slice(-3).map((e) => e.textContent).join() ===
    'I3-L1-06,I3-L1-04,I3-L1-05');
  await page.waitForFunction(() => document.activeElement?.closest('li')?.dataset.testid === 'item-I3-L1-06');
  // A level's last item cannot be removed.
  const only = panel.locator('[data-testid="item-I3-L2-01"]');
  await only.locator('.item-more > summary').click();
  assert.ok(await only.locator('[data-testid="item-remove"]').isDisabled());
  // The responsible unit, an item's owner, due date and location, the narrative with its count.
  await panel.locator('[data-testid="items-unit"]').fill('BKPSDM');
  await panel.locator('[data-testid="items-unit"]').blur();
  const first = panel.locator('[data-testid="item-I3-L1-01"]');
  await first.locator('.item-more > summary').click();
  await first.locator('[data-testid="item-owner"]').fill('Bag. Organisasi');
  await first.locator('[data-testid="item-owner"]').blur();
  await first.locator('[data-testid="item-due"]').fill('2027-03-31');
  await first.locator('[data-testid="item-due"]').blur();
  await first.locator('[data-testid="item-location"]').fill('https://drive.example/peta-kompetensi.pdf');
  await first.locator('[data-testid="item-location"]').blur();
  assert.match(await first.locator('.item-meta').innerText(), /Bag\. Organisasi · Tenggat 31 Mar 2027/);
  assert.match(await panel.locator('[data-testid="item-I3-L1-02"] .item-meta').innerText(), /^BKPSDM$/);
  await panel.locator('[data-testid="items-narrative"]').fill('Peta kompetensi disusun BKPSDM bersama Diskominfo.');
  assert.equal(await text(page, 'items-narrative-count'), '50 / 5.000 karakter');
  await panel.locator('[data-testid="items-narrative"]').blur();
  // Saved as JSON: the statuses and the added item are in the file, and read back.
  await showView(page, 'berkas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-json"]').click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'spbe-items-')), 'kerja.json');
  await download.saveAs(path);
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(doc.schema, 3);
  const i3 = doc.evidence.find((e) => e.indicator === 3);
  assert.equal(i3.items.filter((it) => it.status === 'accepted').length, 2);
  assert.ok(i3.items.some((it) => it.text === 'Sertifikat pelatihan analitik data'));
  assert.equal(i3.unit, 'BKPSDM');
  assert.match(i3.narrative, /^Peta kompetensi disusun/);
  const owned = i3.items.find((it) => it.code === 'I3-L1-01');
  assert.deepEqual([owned.owner, owned.due, owned.location], ['Bag. Organisasi', '2027-03-31', 'https://drive.example/peta-kompetensi.pdf']);
  // And as CSV (the evidence tables after the indicators) and as a workbook (its evidence sheet).
  const save = async (testid, name) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testid}"]`).click()]);
    const to = join(mkdtempSync(join(tmpdir(), 'spbe-items-')), name);
    await d.saveAs(to);
    return to;
  };
  const csvPath = await save('export-csv', 'kerja.csv');
  const csv = readFileSync(csvPath, 'utf8');
  assert.match(csv, /\r\nButir bukti;Level;Kode;Teks sendiri;Status;Catatan;Unit penyedia;Tenggat;Lokasi\r\n/);
  assert.match(csv, /\r\n3;1;I3-L1-01;;diterima;;Bag\. Organisasi;2027-03-31;https:\/\/drive\.example\/peta-kompetensi\.pdf\r\n/);
  const xlsxPath = await save('export-xlsx', 'kerja.xlsx');
  // Reset: back to the catalogue.
  await showView(page, 'isi');
  const again = await items(page, 3);
  page.once('dialog', (d) => d.accept());
  await again.locator('[data-testid="items-reset"]').click();
  assert.equal(await text(page, 'items-verified'), '1,00');
  assert.equal(await again.locator('[data-testid="item-I3-L1-06"]').count(), 0);
  // Each file brings it all back.
  for (const file of [path, csvPath, xlsxPath]) {
    await page.evaluate(() => {
      localStorage.clear();
    });
    await showView(page, 'isi');
    const now = await items(page, 3);
    if (await now.locator('[data-testid="items-reset"]').count()) {
      page.once('dialog', (d) => d.accept());
      await now.locator('[data-testid="items-reset"]').click();
    }
    assert.equal(await now.locator('[data-testid="item-I3-L1-06"]').count(), 0, file);
    await showView(page, 'berkas');
    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.locator('[data-testid="notice"]').waitFor();
    await showView(page, 'isi');
    const back = await items(page, 3);
    assert.equal(await back.locator('[data-testid="item-I3-L1-06"]').count(), 1, file);
    assert.equal(await text(page, 'items-verified'), '1,1667', file);
    assert.equal(await back.locator('[data-testid="items-unit"]').inputValue(), 'BKPSDM', file);
    assert.match(await back.locator('[data-testid="item-I3-L1-01"] .item-meta').innerText(), /Bag\. Organisasi · Tenggat 31 Mar 2027/, file);
  }
});

test('SPBE 2020: one item per level criterion, whole levels; English at phone width', async () => {
  const page = await open('#model=spbe-2020&lang=en', { viewport: { width: 390, height: 844 } });
  const panel = await items(page, 1);
  assert.equal(await panel.locator('li').count(), 5);
  assert.match(await panel.innerText(), /from the level criterion/);
  await setStatus(panel, 'I1-L1-01', 'accepted');
  await setStatus(panel, 'I1-L2-01', 'accepted');
  await setStatus(panel, 'I1-L3-01', 'uploaded');
  assert.equal(await text(page, 'items-self'), '3');
  assert.equal(await text(page, 'items-verified'), '2');
  await panel.locator('[data-testid="items-follow"]').check();
  await page.locator('[data-testid="items-summary"]').waitFor({ state: 'attached' });
  assert.match(await page.locator('[data-testid="items-summary-gaps"]').textContent(), /3 → 2/);
  await panel.scrollIntoViewIfNeeded();
  await shot(page, 'items-en-390');
  assert.deepEqual(await axe(page), []);
});

test('Pemdi: each plan step lists the items it still needs, with owners and dates', async () => {
  const page = await open('#model=pemdi-2026');
  const panel = await items(page, 1);
  await setStatus(panel, 'I1-L1-01', 'accepted');
  await setStatus(panel, 'I1-L2-01', 'uploaded');
  await panel.locator('[data-testid="items-unit"]').fill('Bappeda');
  await panel.locator('[data-testid="items-unit"]').blur();
  const item = panel.locator('[data-testid="item-I1-L2-02"]');
  await item.locator('.item-more > summary').click();
  await item.locator('[data-testid="item-owner"]').fill('Diskominfo');
  await item.locator('[data-testid="item-owner"]').blur();
  await item.locator('[data-testid="item-due"]').fill('2027-03-31');
  await item.locator('[data-testid="item-due"]').blur();
  await showView(page, 'rencana');
  await page.locator('[data-testid="plan-target"]').selectOption({ label: 'Baik (\u2265 2,50)' });
  const steps = page.locator('[data-testid="plan-steps"] > li');
  const first = steps.filter({ hasText: 'Tata Kelola Pemerintah Digital' });
  assert.equal(await first.count(), 1);
  const tasks = await first.locator('[data-testid="plan-tasks"] li').allInnerTexts();
  assert.ok(tasks.some((t) => /^I1-L2-01 .* · diunggah · Bappeda$/.test(t)), tasks.join('\n'));
  assert.ok(tasks.some((t) => /^I1-L2-02 .* · belum ada · Diskominfo · Tenggat 31 Mar 2027$/.test(t)), tasks.join('\n'));
  assert.ok(!tasks.some((t) => t.startsWith('I1-L1-01')), 'accepted items are done');
  await first.scrollIntoViewIfNeeded();
  await shot(page, 'plan-tasks-id-1280');
});

test('Catalogue files: saved, edited in a spreadsheet, loaded back, a bad one refused in the user language', async () => {
  const page = await open('#model=pemdi-2026');
  await showView(page, 'berkas');
  const panel = page.locator('[data-testid="catalogue"]');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-testid="catalogue-save"]').click()]);
  const dir = mkdtempSync(join(tmpdir(), 'spbe-catalogue-'));
  const saved = join(dir, 'katalog.csv');
  await download.saveAs(saved);
  const text = readFileSync(saved, 'utf8');
  assert.match(text, /^\uFEFFindikator;level;kode;teks\r\n1;1;I1-L1-01;Rancangan dokumen perencanaan/);
  // The institution's own list for indicator 2, level 1: three items.
  const own = join(dir, 'resmi.csv');
  writeFileSync(own, 'indikator;level;kode;teks\r\n2;1;I2-L1-01;Renstra memuat manajemen layanan\r\n2;1;I2-L1-02;SOP manajemen risiko\r\n2;1;I2-L1-03;Register risiko aplikasi prioritas\r\n');
  await panel.locator('[data-testid="catalogue-file"]').setInputFiles(own);
  assert.equal(await text_(page, 'catalogue-outcome'), 'Dimuat: 3 butir untuk 1 indikator.');
  await showView(page, 'isi');
  const items2 = await items(page, 2);
  assert.deepEqual(await items2.locator('[data-testid="items-level-1"] .item-code').allInnerTexts(), ['I2-L1-01', 'I2-L1-02', 'I2-L1-03']);
  assert.match(await items2.locator('[data-testid="item-I2-L1-03"]').innerText(), /Register risiko aplikasi prioritas/);
  // A bad file: named by line and column, nothing changed; in English too.
  await showView(page, 'berkas');
  const bad = join(dir, 'salah.csv');
  writeFileSync(bad, 'indikator;level;kode;teks\r\n2;9;I2-L9-01;Tidak ada level 9\r\n');
  await panel.locator('[data-testid="catalogue-file"]').setInputFiles(bad);
  await page.locator('[data-testid="catalogue-outcome"]', { hasText: /^baris 2, kolom “level”/ }).waitFor();
  // Switching the language shows the same fault in English at once; loading it again too.
  await chooseLanguage(page, 'en');
  await page.locator('[data-testid="catalogue-outcome"]', { hasText: /^line 2/ }).waitFor();
  await panel.locator('[data-testid="catalogue-file"]').setInputFiles(own);
  await page.locator('[data-testid="catalogue-outcome"]', { hasText: /^Loaded: 3 items/ }).waitFor();
  await panel.locator('[data-testid="catalogue-file"]').setInputFiles(bad);
  await page.locator('[data-testid="catalogue-outcome"]', { hasText: /^line 2/ }).waitFor();
  // A JSON list of items loads too (English or Indonesian keys).
  const ownJson = join(dir, 'resmi.json');
  writeFileSync(ownJson, JSON.stringify([
    { indicator: 4, level: 1, code: 'I4-L1-01', text: 'Kebijakan data' },
    { indikator: '4', level: 1, kode: 'I4-L1-02', teks: 'Forum satu data' },
  ]));
  await panel.locator('[data-testid="catalogue-file"]').setInputFiles(ownJson);
  await page.locator('[data-testid="catalogue-outcome"]', { hasText: /^Loaded: 2 items for 1 indicator\.$/ }).waitFor();
  await showView(page, 'isi');
  const again = await items(page, 2);
  assert.equal(await again.locator('[data-testid="items-level-1"] li').count(), 3);
  // XLSX: the catalogue saved as a workbook (made in the XLSX module, loaded only now), in the
  // screen's language, loads back unchanged.
  await showView(page, 'berkas');
  const [xl] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-testid="catalogue-save-xlsx"]').click()]);
  assert.match(xl.suggestedFilename(), /^katalog-butir-pemdi-2026-\d{4}-\d\d-\d\d\.xlsx$/);
  const book = join(dir, 'katalog.xlsx');
  await xl.saveAs(book);
  assert.equal(readFileSync(book).subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  await panel.locator('[data-testid="catalogue-file"]').setInputFiles(book);
  await page.locator('[data-testid="catalogue-outcome"]', { hasText: /^Loaded: \d+ items for \d+ indicators\.$/ }).waitFor();
  await showView(page, 'isi');
  const fromBook = await items(page, 2);
  assert.deepEqual(await fromBook.locator('[data-testid="items-level-1"] .item-code').allInnerTexts(), ['I2-L1-01', 'I2-L1-02', 'I2-L1-03']);
  assert.match(await fromBook.locator('[data-testid="item-I2-L1-03"]').innerText(), /Register risiko aplikasi prioritas/);
  // A workbook without a catalogue (the work's own) is refused, naming its sheet and cell.
  await showView(page, 'berkas');
  const [work] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-xlsx"]').click()]);
  const workBook = join(dir, 'work.xlsx');
  await work.saveAs(workBook);
  await panel.locator('[data-testid="catalogue-file"]').setInputFiles(workBook);
  await page.locator('[data-testid="catalogue-outcome"]', { hasText: /Summary.*A1/ }).waitFor();
});
