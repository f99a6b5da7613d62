// End-to-end tests of one file per unit, merged back (issue 18, item 5) in the release build:
// the coordinator assigns units and exports three unit files; two units edit theirs in the
// restricted mode on their own devices (one edit conflicting with the coordinator's); the
// coordinator merges both with the review, chooses the conflict, applies, checks the items,
// restores the work from before the merge; a file changed outside its unit's share is
// refused; the restricted mode in English at phone width; axe-core on the new screens.
// Screenshots go to $SPBE_SHOTS when it is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, openPage, openCalculator, showView, axe, openItems } from './harness.mjs';

const s = suite({ acceptDownloads: true, bypassCSP: true });
const { open } = s;
const shots = process.env.SPBE_SHOTS;
const shot = async (page, name) => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
};
const dir = mkdtempSync(join(tmpdir(), 'spbe-merge-'));

const items = openItems;
async function setField(locator, value) {
  await locator.fill(value);
  await locator.blur();
}
async function download(page, locator, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const path = join(dir, name);
  await d.saveAs(path);
  return { path, suggested: d.suggestedFilename() };
}

/** The coordinator's work: institution, I1 (Bappeda, I1-L2-02 Diskominfo's), I3 (BKPSDM), a
 * narrative for I1. */
async function coordinator(page) {
  await showView(page, 'berkas');
  await setField(page.locator('[data-testid="institution"]'), 'Pemerintah Kota Contoh');
  await showView(page, 'isi');
  const one = await items(page, 1);
  await setField(one.locator('[data-testid="items-unit"]'), 'Bappeda');
  await setField(one.locator('[data-testid="items-narrative"]'), 'Draf koordinator');
  const item = one.locator('[data-testid="item-I1-L2-02"]');
  await item.locator('.item-more > summary').click();
  await setField(item.locator('[data-testid="item-owner"]'), 'Diskominfo');
  const three = await items(page, 3);
  await setField(three.locator('[data-testid="items-unit"]'), 'BKPSDM');
}

/** A unit opens its file on its own device (a fresh context), edits, saves it back. */
async function asUnit(file, edit, lang = 'id', viewport) {
  const unit = await openPage(s.browser, s.origin, { acceptDownloads: true, bypassCSP: true, ...(viewport ? { viewport } : {}) });
  await openCalculator(unit.page, s.origin, lang === 'en' ? '#lang=en' : '');
  await showView(unit.page, 'berkas');
  await unit.page.locator('[data-testid="import-file"]').setInputFiles(file);
  const view = unit.page.locator('[data-testid="share-view"]');
  await view.waitFor();
  const saved = await edit(unit.page, view);
  return { unit, saved };
}

test('Coordinator: three unit files out, two back with one conflict, merged after review, restored', async () => {
  const page = await open('#model=pemdi-2026');
  await coordinator(page);
  await showView(page, 'rencana');
  const units = page.locator('[data-testid="units"]');
  await units.waitFor();
  const unitRow = (name) => units.locator('[data-testid="unit"]').filter({ has: page.locator('.unit-name', { hasText: new RegExp(`^${name}$`) }) });
  const files = {};
  for (const name of ['BKPSDM', 'Bappeda', 'Diskominfo']) {
    const row = unitRow(name);
    await row.locator('summary').click();
    files[name] = await download(page, row.locator('[data-testid="unit-file"]'), `${name}.json`);
  }
  assert.match(files.Diskominfo.suggested, /^berkas-unit-diskominfo-\d{4}-\d\d-\d\d\.json$/);
  const disk = JSON.parse(readFileSync(files.Diskominfo.path, 'utf8'));
  assert.equal(disk.kind, 'unit-share');
  assert.equal(disk.institution, 'Pemerintah Kota Contoh');
  assert.deepEqual(disk.indicators.map((i) => i.items.map((it) => it.code)), [['I1-L2-02']], 'only its item');
  assert.equal(JSON.parse(readFileSync(files.BKPSDM.path, 'utf8')).indicators[0].narrative.base, '');

  // Bappeda: uploads I1-L1-01 with its location, writes the narrative.
  const b = await asUnit(files.Bappeda.path, async (p, view) => {
    assert.match(await p.locator('[data-testid="share-of"]').innerText(), /^Berkas unit Bappeda · Pemerintah Kota Contoh · /);
    assert.equal(await view.locator('[data-testid="share-indicator"]').count(), 1);
    assert.equal(await view.locator('[data-testid="share-item-I1-L2-02"]').count(), 0, 'not Bappeda\'s');
    // Nothing else of the work is on the page, nor a way to present it.
    assert.equal(await p.locator('[data-testid="view-tabs"], .layout, [data-testid="present"]').count(), 0);
    const item = view.locator('[data-testid="share-item-I1-L1-01"]');
    await item.locator('[data-testid="share-status"]').selectOption('uploaded');
    await setField(item.locator('[data-testid="share-location"]'), 'https://drive.example/renja.pdf');
    await setField(view.locator('[data-testid="share-narrative"]'), 'Renja 2026 memuat RAN Pemdi');
    await p.locator('[data-testid="share-changed"]', { hasText: /^Perubahan dibanding berkas yang diterima: 3$/ }).waitFor();
    await shot(p, 'share-id-1280');
    assert.deepEqual(await axe(p), []);
    return download(p, p.locator('[data-testid="share-save"]'), 'Bappeda-back.json');
  });
  await b.unit.context.close();
  // Diskominfo: uploads its item with a note.
  const d = await asUnit(files.Diskominfo.path, async (p, view) => {
    const item = view.locator('[data-testid="share-item-I1-L2-02"]');
    await item.locator('[data-testid="share-status"]').selectOption('uploaded');
    await setField(item.locator('[data-testid="share-note"]'), 'SK arsitektur diunggah');
    return download(p, p.locator('[data-testid="share-save"]'), 'Diskominfo-back.json');
  });
  await d.unit.context.close();

  // Meanwhile the coordinator rewrote I1's narrative: a conflict with Bappeda's.
  await showView(page, 'isi');
  const one = await items(page, 1);
  await setField(one.locator('[data-testid="items-narrative"]'), 'Versi koordinator');
  await showView(page, 'berkas');
  const merge = page.locator('[data-testid="merge"]');
  await merge.waitFor();
  await merge.locator('[data-testid="merge-files"]').setInputFiles([b.saved.path, d.saved.path]);
  const review = merge.locator('[data-testid="merge-review"]');
  await review.waitFor();
  assert.equal(await review.locator('[data-testid="merge-counts"]').innerText(), '5 perubahan dari 2 berkas; 1 konflik');
  const changes = await review.locator('[data-testid="merge-change"]').allInnerTexts();
  assert.ok(changes.some((c) => /^I1-L1-01 · Status belum ada → diunggah \(dari Bappeda\)$/.test(c)), changes.join('\n'));
  assert.ok(changes.some((c) => /^I1-L2-02 · Catatan \(kosong\) → SK arsitektur diunggah \(dari Diskominfo\)$/.test(c)), changes.join('\n'));
  assert.ok(changes.some((c) => /Pertahankan nilai saat ini: Versi koordinator[\s\S]*Pakai nilai dari Bappeda: Renja 2026 memuat RAN Pemdi/.test(c)), changes.join('\n'));
  // Nothing applies before every conflict is chosen; the work is untouched meanwhile.
  assert.ok(await merge.locator('[data-testid="merge-apply"]').isDisabled());
  await review.locator('[data-testid="merge-take"]').check();
  await shot(page, 'merge-review-id-1280');
  assert.deepEqual(await axe(page), []);
  await merge.locator('[data-testid="merge-apply"]').click();
  assert.equal(await merge.locator('[data-testid="merge-outcome"]').innerText(), '5 perubahan digabungkan.');
  await showView(page, 'isi');
  let panel = await items(page, 1);
  assert.equal(await panel.locator('[data-testid="items-narrative"]').inputValue(), 'Renja 2026 memuat RAN Pemdi');
  assert.equal(await panel.locator('[data-testid="item-I1-L1-01"] [data-testid="item-status"]').inputValue(), 'uploaded');
  assert.equal(await panel.locator('[data-testid="items-self"]').innerText(), '1,75', 'level 1 and one of four level-2 items uploaded');
  // Restored as before the merge.
  await showView(page, 'berkas');
  await merge.locator('[data-testid="merge-undo"]').click();
  assert.equal(await merge.locator('[data-testid="merge-outcome"]').innerText(), 'Pekerjaan dikembalikan seperti sebelum penggabungan.');
  await showView(page, 'isi');
  panel = await items(page, 1);
  assert.equal(await panel.locator('[data-testid="items-narrative"]').inputValue(), 'Versi koordinator');
  assert.equal(await panel.locator('[data-testid="item-I1-L1-01"] [data-testid="item-status"]').inputValue(), 'missing');

  // A file changed outside its unit's share (an item of Bappeda's put in BKPSDM's) is refused,
  // naming the file, in the user's language; nothing changes.
  const bk = JSON.parse(readFileSync(files.BKPSDM.path, 'utf8'));
  const bap = JSON.parse(readFileSync(files.Bappeda.path, 'utf8'));
  bk.indicators.push(bap.indicators[0]);
  const bad = join(dir, 'BKPSDM-bad.json');
  writeFileSync(bad, JSON.stringify(bk));
  await showView(page, 'berkas');
  await merge.locator('[data-testid="merge-files"]').setInputFiles([d.saved.path, bad]);
  await merge.locator('[data-testid="merge-outcome"]', { hasText: /^Berkas ditolak: BKPSDM-bad\.json: .*bukan tanggung jawab unit “BKPSDM”/ }).waitFor();
  assert.equal(await merge.locator('[data-testid="merge-review"]').count(), 0);
  // A file of another institution too.
  const other = JSON.parse(readFileSync(d.saved.path, 'utf8'));
  other.institution = 'Kabupaten Lain';
  const otherPath = join(dir, 'other.json');
  writeFileSync(otherPath, JSON.stringify(other));
  await merge.locator('[data-testid="merge-files"]').setInputFiles(otherPath);
  await merge.locator('[data-testid="merge-outcome"]', { hasText: /instansi lain \(“Kabupaten Lain”\)/ }).waitFor();
});

test('A unit in English on a phone: only its items, saved back, leaving asks first', async () => {
  const page = await open('#model=pemdi-2026');
  await coordinator(page);
  await showView(page, 'rencana');
  const row = page.locator('[data-testid="unit"]').filter({ has: page.locator('.unit-name', { hasText: /^Diskominfo$/ }) });
  await row.locator('summary').click();
  const file = await download(page, row.locator('[data-testid="unit-file"]'), 'disk-en.json');
  const { unit } = await asUnit(file.path, async (p, view) => {
    assert.match(await view.locator('h2').first().innerText(), /^Unit mode: only your unit's evidence items$/);
    const item = view.locator('[data-testid="share-item-I1-L2-02"]');
    await item.locator('[data-testid="share-status"]').selectOption('preparing');
    await p.locator('[data-testid="share-changed"]', { hasText: /^Changes since the file was received: 1$/ }).waitFor();
    const wide = await p.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(wide <= 390, `no sideways scrolling (${wide})`);
    await shot(p, 'share-en-390');
    assert.deepEqual(await axe(p), []);
    // Leaving with unsaved changes asks; dismissed, the mode stays.
    p.once('dialog', (dlg) => dlg.dismiss());
    await p.locator('[data-testid="share-close"]').click();
    assert.equal(await p.locator('[data-testid="share-view"]').count(), 1);
    const saved = await download(p, p.locator('[data-testid="share-save"]'), 'disk-en-back.json');
    assert.equal(JSON.parse(readFileSync(saved.path, 'utf8')).indicators[0].items[0].status.value, 'preparing');
    // Saved: leaving does not ask.
    await p.locator('[data-testid="share-close"]').click();
    await p.locator('[data-testid="share-view"]').waitFor({ state: 'detached' });
    await p.locator('[data-testid="view-berkas"]').waitFor();
    return saved;
  }, 'en', { width: 390, height: 844 });
  await unit.context.close();
});

test('A unit link: made where it fits, opened by the unit like its file, saved back and merged', async () => {
  const page = await open('#model=pemdi-2026');
  await coordinator(page);
  await showView(page, 'rencana');
  const row = page.locator('[data-testid="unit"]').filter({ has: page.locator('.unit-name', { hasText: /^Diskominfo$/ }) });
  await row.locator('summary').click();
  await row.locator('[data-testid="unit-link"]').click();
  const url = await row.locator('[data-testid="unit-link-text"]').inputValue();
  assert.match(url, /\/#model=pemdi-2026&unit=[A-Za-z0-9_-]+$/);
  assert.ok(url.length < 8300, `${url.length}`);
  // The unit has only the link: a fresh device, opened in English.
  const unit = await openPage(s.browser, s.origin, { acceptDownloads: true, bypassCSP: true });
  await unit.page.goto(`${s.origin}/#lang=en`);
  await unit.page.locator('[data-testid="index-value"]').waitFor();
  await unit.page.goto(url);
  const view = unit.page.locator('[data-testid="share-view"]');
  await view.waitFor();
  assert.match(await unit.page.locator('[data-testid="share-of"]').innerText(), /^Unit file Diskominfo · Pemerintah Kota Contoh · /);
  const item = view.locator('[data-testid="share-item-I1-L2-02"]');
  // The item's text and the indicator's name, left out of the link, come from the framework.
  assert.ok((await item.innerText()).length > 20, await item.innerText());
  assert.match(await view.locator('[data-testid="share-indicator"] h3').innerText(), /^1 \S+/);
  // The link stays in the address bar while the mode is open.
  assert.match(await unit.page.evaluate(() => location.hash), /&unit=/);
  await item.locator('[data-testid="share-status"]').selectOption('uploaded');
  await setField(item.locator('[data-testid="share-note"]'), 'Lewat tautan');
  const back = await download(unit.page, unit.page.locator('[data-testid="share-save"]'), 'disk-link-back.json');
  const saved = JSON.parse(readFileSync(back.path, 'utf8'));
  assert.equal(saved.kind, 'unit-share');
  assert.ok(saved.indicators[0].items[0].text.length > 0);
  await unit.page.locator('[data-testid="share-close"]').click();
  await unit.page.locator('[data-testid="share-view"]').waitFor({ state: 'detached' });
  await unit.page.waitForFunction(() => !location.hash.includes('unit='));
  await unit.context.close();
  // The coordinator merges the file that came back.
  await showView(page, 'berkas');
  const merge = page.locator('[data-testid="merge"]');
  await merge.locator('[data-testid="merge-files"]').setInputFiles(back.path);
  await merge.locator('[data-testid="merge-counts"]', { hasText: /^2 perubahan dari 1 berkas/ }).waitFor();
  await merge.locator('[data-testid="merge-apply"]').click();
  await merge.locator('[data-testid="merge-outcome"]', { hasText: /^2 perubahan digabungkan\.$/ }).waitFor();
  // A damaged link says so in the unit's mode; nothing of the work here changes.
  const broken = await openPage(s.browser, s.origin, { bypassCSP: true });
  await broken.page.goto(`${s.origin}/#model=pemdi-2026&unit=%%%`);
  await broken.page.locator('[data-testid="share-refused"]').waitFor();
  await broken.context.close();
});
