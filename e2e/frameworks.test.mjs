// End-to-end tests of the three frameworks in the release build: Pemdi 2026 (decimals, band
// edges, external indices, the evidence helper), SPBE 2018 (its open rules), switching with
// each framework's work kept, files and links of one framework while another is in use, a
// framework file of the user's own, the JS API and offline start on every framework.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, openPage, text, KEMENKO_2021, showView, openDetails, printPreview, urlHas, urlMatches, chooseLanguage } from './harness.mjs';

const s = suite({ acceptDownloads: true });
const { open } = s;
const dir = mkdtempSync(join(tmpdir(), 'spbe-frameworks-'));

const ACEH = '2,1.5,1.26,1.3,1,1,1,1,1,1,1.5,1.25,1.1667,1,1,1,2.5,1,1,1.3';
const value = (page, testid) => page.locator(`[data-testid="${testid}"] [data-testid="value"]`).innerText();

async function choose(page, id) {
  await page.locator('[data-testid="framework-select"]').selectOption(id);
  await page.waitForFunction((m) => location.hash.includes(`model=${m}&`), id);
}

test('Pemdi: the official 2026 result for Kab. Aceh Tengah reproduces exactly', async () => {
  const page = await open(`#model=pemdi-2026&levels=${ACEH}`);
  assert.equal(await text(page, 'index-value'), '1,24');
  assert.equal(await text(page, 'predicate'), 'Kurang');
  assert.equal(await text(page, 'band-level'), 'Merintis');
  assert.match(await text(page, 'exact-value'), /1,241335/);
  const aspects = [];
  for (let a = 1; a <= 7; a++) aspects.push(await value(page, `aspect-A${a}`));
  assert.deepEqual(aspects, ['1,75', '1,28', '1,00', '1,17', '1,08', '1,40', '1,18']);
  // Aspects only: no domain anywhere on the screen.
  assert.equal(await page.locator('[data-testid^="domain-"]').count(), 0);
  assert.doesNotMatch(await page.locator('main').innerText(), /Domain/);
  // The same from the preset, and the link reproduces the screen.
  const again = await s.browser.newPage();
  await again.goto(page.url());
  await again.waitForSelector('[data-testid="index-value"]');
  assert.equal(await again.locator('[data-testid="index-value"]').innerText(), '1,24');
  assert.equal(await again.locator('[data-testid="indicator-13"] [data-testid="value-input"]').inputValue(), '1,1667');
  await again.close();
});

test('Pemdi: a value typed with a decimal comma, and one with too many decimals', async () => {
  const page = await open('#model=pemdi-2026');
  const field = page.locator('[data-testid="indicator-13"] [data-testid="value-input"]');
  await field.fill('1,1667');
  await field.press('Enter');
  await field.blur();
  assert.match(await text(page, 'exact-value'), /1,008335/);
  assert.equal(await field.inputValue(), '1,1667');
  await urlMatches(page, /levels=1,1,1,1,1,1,1,1,1,1,1,1,1\.1667,/);
  await field.fill('1,16667');
  await field.blur();
  assert.match(await page.locator('[data-testid="indicator-13"] [data-testid="value-problem"]').innerText(), /Paling banyak 4 desimal; nilai sebelumnya tetap/);
  assert.match(await text(page, 'exact-value'), /1,008335/);
  await field.fill('5,5');
  await field.blur();
  assert.match(await page.locator('[data-testid="indicator-13"] [data-testid="value-problem"]').innerText(), /Di luar rentang 1\u20135/);
  // The quick picks are the level tops.
  const picks = await page.locator('[data-testid="indicator-1"] .level-choice').allInnerTexts();
  assert.deepEqual(picks.map((p) => p.trim().split(/\s/)[0]), ['1,00', '1,50', '2,50', '3,50', '4,00', '5,00']);
  await page.locator('[data-testid="indicator-20"] input[value="25000"]').check();
  assert.match(await text(page, 'exact-value'), /1,233335/);
});

test('Pemdi: exactly 2,50 is Baik or Cukup by the edge rule, and the screen says so', async () => {
  const page = await open(`#model=pemdi-2026&levels=${Array(20).fill('2.5').join(',')}`);
  assert.equal(await text(page, 'index-value'), '2,50');
  assert.equal(await text(page, 'predicate'), 'Baik');
  assert.match(await text(page, 'on-edge'), /tepat 2,50.*Baik.*aturan lain Cukup/);
  await page.locator('[data-testid="variant-bandEdge-upper-inclusive"]').check();
  assert.equal(await text(page, 'predicate'), 'Cukup');
  assert.match(await text(page, 'next-band'), /^lebih dari \+0,00 menuju Baik/);
  const link = await urlHas(page, '&bandEdge=upper-inclusive&');
  // The link carries the rule.
  const other = await s.browser.newPage();
  await other.goto(link);
  await other.waitForSelector('[data-testid="index-value"]');
  assert.equal(await other.locator('[data-testid="predicate"]').innerText(), 'Cukup');
  await other.close();
});

test('Pemdi: an external index converts, and an unknown one counts as 1', async () => {
  const page = await open('#model=pemdi-2026');
  // In the compact table the source index is in the row's details.
  const row = page.locator('[data-testid="indicator-5"]');
  const details = await openDetails(page, 5);
  assert.match(await details.locator('[data-testid="external-unknown"]').innerText(), /belum diketahui: dihitung 1/);
  await details.locator('[data-testid="source-input"]').fill('68,75');
  await details.locator('[data-testid="source-input"]').blur();
  assert.match(await details.locator('[data-testid="converted"]').innerText(), /3,75/);
  assert.equal(await row.locator('[data-testid="value-input"]').inputValue(), '3,75');
  assert.equal(await details.locator('[data-testid="external-unknown"]').count(), 0);
  // 5 % × 2,75 = +0,1375.
  assert.match(await text(page, 'exact-value'), /1,1375/);
  // Indicator 7 (IPS) is marked as our assumption.
  const seven = await openDetails(page, 7);
  assert.match(await seven.locator('[data-testid="external"]').innerText(), /asumsi kami/);
});

test('Pemdi: the evidence helper estimates a value from accepted items', async () => {
  const page = await open('#model=pemdi-2026');
  // In the detailed cards.
  await page.locator('[data-testid="entry-cards"]').click();
  const row = page.locator('[data-testid="indicator-13"]');
  await row.locator('[data-testid="evidence-helper"] > summary').click();
  await row.locator('[data-testid="evidence-accepted-1"]').fill('1');
  await row.locator('[data-testid="evidence-accepted-1"]').blur();
  await row.locator('[data-testid="evidence-total-1"]').fill('3');
  await row.locator('[data-testid="evidence-total-1"]').blur();
  assert.match(await row.locator('[data-testid="evidence-result"]').innerText(), /Perkiraan: 1,1667/);
  await row.locator('[data-testid="evidence-use"]').click();
  assert.equal(await row.locator('[data-testid="value-input"]').inputValue(), '1,1667');
});

test('Pemdi: goal seek completes levels, from 1,26 the first step goes to 1,50', async () => {
  const page = await open(`#model=pemdi-2026&levels=${ACEH}`);
  await showView(page, 'rencana');
  await page.locator('[data-testid="plan-target"]').selectOption({ label: 'Baik (\u2265 2,50)' });
  const steps = await page.locator('[data-testid="plan-steps"] li').allInnerTexts();
  assert.ok(steps.length > 0);
  for (const step of steps) assert.match(step, /\u2192 (1,50|2,50|3,50|4,00|5,00) /, step);
  await page.locator('[data-testid="apply-plan"]').click();
  const shown = Number((await text(page, 'index-value')).replace(',', '.'));
  assert.ok(shown >= 2.5, `index ${shown}`);
  assert.equal(await text(page, 'predicate'), 'Baik');
});

test('SPBE 2018: Kemenko 2018 is 2,81 (cut), 2,82 rounded half up; 37 values from 0', async () => {
  const k18 = '1111111333333322233342223333344333332';
  const page = await open(`#model=spbe-2018&levels=${k18}`);
  assert.equal(await page.locator('[data-testid^="indicator-"]').count(), 37);
  assert.equal(await text(page, 'index-value'), '2,81');
  assert.equal(await text(page, 'predicate'), 'Baik');
  const domains = [];
  for (const d of ['D1', 'D2', 'D3']) domains.push(await value(page, `domain-${d}`));
  assert.deepEqual(domains, ['2,00', '2,71', '3,12']);
  assert.match(await page.locator('[data-testid="indicator-36"]').innerText(), /35b/);
  await page.locator('[data-testid="variant-indexRounding-half-up"]').check();
  assert.equal(await text(page, 'index-value'), '2,82');
  await page.locator('[data-testid="variant-aspect7-four-indicators"]').check();
  await urlHas(page, 'aspect7=four-indicators&indexRounding=half-up');
  await page.locator('[data-testid="indicator-1"] input[value="0"]').check();
  assert.match(await text(page, 'exact-value'), /2,8/);
});

test('switching framework and back keeps each framework\u2019s work', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  assert.equal(await text(page, 'index-value'), '2,95');
  await choose(page, 'pemdi-2026');
  assert.equal(await page.locator('[data-testid^="indicator-"]').count(), 20);
  const field = page.locator('[data-testid="indicator-3"] [data-testid="value-input"]');
  await field.fill('1,26');
  await field.blur();
  assert.match(await text(page, 'exact-value'), /1,013/);
  await choose(page, 'spbe-2018');
  assert.equal(await page.locator('[data-testid^="indicator-"]').count(), 37);
  assert.equal(await text(page, 'index-value'), '0,00');
  await choose(page, 'spbe-2020');
  assert.equal(await text(page, 'index-value'), '2,95');
  await choose(page, 'pemdi-2026');
  assert.equal(await field.inputValue(), '1,26');
  // The last framework is opened again on a visit without a link.
  await page.goto(`${s.origin}/`);
  await page.waitForSelector('[data-testid="indicator-20"]');
  assert.equal(await text(page, 'index-name'), 'Indeks Pemdi');
  assert.match(await text(page, 'exact-value'), /1,013/);
});

test('a file of another framework switches to it and says so; the first framework\u2019s work stays', async () => {
  const page = await open(`#model=pemdi-2026&levels=${ACEH}`);
  await showView(page, 'berkas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-json"]').click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  assert.match(download.suggestedFilename(), /^indeks-pemdi-2026-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(json.model, 'pemdi-2026');
  assert.equal(json.schema, 3);
  // Now on SPBE 2020, import the Pemdi file.
  await choose(page, 'spbe-2020');
  await showView(page, 'isi');
  await page.locator('[data-testid="indicator-1"] input[value="3"]').check();
  await showView(page, 'berkas');
  await page.locator('[data-testid="import-file"]').setInputFiles(path);
  await page.waitForSelector('[data-testid="notice"]');
  assert.equal(await text(page, 'index-name'), 'Indeks Pemdi');
  assert.match(await text(page, 'notice'), /untuk Indeks Pemdi 2026 dibuka, jadi kalkulator beralih dari Indeks SPBE 2020/);
  assert.equal(await text(page, 'index-value'), '1,24');
  await choose(page, 'spbe-2020');
  assert.equal(await text(page, 'index-value'), '1,03', 'the SPBE 2020 work is still there');
  // A CSV of Pemdi works the same way.
  const csv = join(dir, 'pemdi.csv');
  await choose(page, 'pemdi-2026');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-csv"]').click()]);
  await csvDownload.saveAs(csv);
  assert.match(readFileSync(csv, 'utf8'), /^\uFEFFKalkulator Indeks SPBE;spbe-calculator;3\r\nmodel;pemdi-2026;2026\.1\r\n/);
  await choose(page, 'spbe-2018');
  await page.locator('[data-testid="import-file"]').setInputFiles(csv);
  await page.waitForFunction(() => location.hash.includes('model=pemdi-2026&'));
  assert.equal(await text(page, 'index-value'), '1,24');
  // The screen stayed on the files through every switch.
  assert.equal(await page.locator('[data-testid="view-berkas"]').count(), 1);
});

test('a link of another framework pasted while working switches to it', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  await page.evaluate((l) => { location.hash = l; }, `model=pemdi-2026&levels=${ACEH}`);
  // The framework is fetched first: then 20 rows instead of 47.
  await page.waitForFunction(() => document.querySelectorAll('tr[data-row]').length === 20);
  assert.equal(await text(page, 'index-value'), '1,24');
  assert.equal(await page.locator('[data-testid="framework-select"]').inputValue(), 'pemdi-2026');
  await choose(page, 'spbe-2020');
  assert.equal(await text(page, 'index-value'), '2,95');
});

test('a framework file of the user\u2019s own is validated, marked, and kept with the work', async () => {
  const page = await open('#model=spbe-2020');
  const own = JSON.parse(await page.evaluate(async () => (await fetch('models/pemdi-2026.json')).text()));
  own.id = 'evaluasi-opd-2026';
  own.name = { id: 'Evaluasi OPD Kab. Contoh', en: 'OPD evaluation Kab. Contoh' };
  const good = join(dir, 'opd.json');
  writeFileSync(good, JSON.stringify(own));
  // A broken one first: the error names the item, in Indonesian.
  const bad = join(dir, 'opd-bad.json');
  writeFileSync(bad, JSON.stringify({ ...own, groups: [{ ...own.groups[0], weight: 11 }, ...own.groups.slice(1)] }));
  await page.locator('[data-testid="framework-about"] summary').click();
  await page.locator('[data-testid="open-framework"]').setInputFiles(bad);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /bobot \u201cA1\u201d tertulis 11, tetapi jumlah bobot bagiannya 10/);
  assert.equal(await page.locator('[data-testid^="indicator-"]').count(), 47, 'nothing changed');
  // A bundled id cannot be replaced.
  const reserved = join(dir, 'reserved.json');
  writeFileSync(reserved, JSON.stringify({ ...own, id: 'spbe-2020' }));
  await page.getByRole('button', { name: 'Tutup' }).click();
  await page.locator('[data-testid="open-framework"]').setInputFiles(reserved);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /milik kerangka bawaan/);
  await page.getByRole('button', { name: 'Tutup' }).click();
  // Nested 2,000 deep (once a stack overflow that stopped the module): refused, still working.
  await page.locator('[data-testid="open-framework"]').setInputFiles(fileURLToPath(new URL('./fixtures/framework-nested-2000.json', import.meta.url)));
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /bersarang terlalu dalam: paling banyak 32 tingkat/);
  await page.getByRole('button', { name: 'Tutup' }).click();
  assert.equal(await page.evaluate(() => window.spbe.score('spbe-2020', Array(47).fill(3)).index), 3);
  await page.locator('[data-testid="open-framework"]').setInputFiles(good);
  await page.waitForFunction(() => location.hash.includes('model=evaluasi-opd-2026'));
  assert.match(await text(page, 'framework-status'), /Kerangka dari pengguna/);
  assert.match(await text(page, 'model-status'), /Kerangka dari pengguna/);
  await page.locator('[data-testid="indicator-1"] input[value="25000"]').check();
  await urlHas(page, 'levels=2.5,');
  // After a reload the framework and its work are back.
  await page.reload();
  await page.waitForSelector('[data-testid="indicator-20"]');
  assert.match(await text(page, 'framework-status'), /Kerangka dari pengguna/);
  assert.match(await text(page, 'exact-value'), /1,075/);
});

test('window.spbe: models, load on demand, options per framework', async () => {
  const page = await open('#model=spbe-2020');
  const r = await page.evaluate(async (aceh) => {
    const out = {};
    out.models = window.spbe.models.map((m) => [m.id, m.indicators, m.scale.decimals, m.bands.join('/')]);
    try {
      window.spbe.score('spbe-2018', Array(37).fill(0));
      out.before = 'no error';
    } catch (e) {
      out.before = e.messages.en;
    }
    out.loaded = (await window.spbe.load('spbe-2018')).id;
    out.old = window.spbe.score('spbe-2018', Array(37).fill(5), { indexRounding: 'half-up', aspect7: 'four-indicators' });
    await window.spbe.load('pemdi-2026');
    out.pemdi = window.spbe.score('pemdi-2026', aceh.split(',').map(Number));
    out.edge = window.spbe.score('pemdi-2026', Array(20).fill(2.5), { bandEdge: 'upper-inclusive' }).predicate;
    try {
      window.spbe.score('spbe-2020', Array(47).fill(3), { bandEdge: 'upper-inclusive' });
    } catch (e) {
      out.refused = e.messages.en;
    }
    try {
      window.spbe.score('pemdi-2026', Array(20).fill(1.16667));
    } catch (e) {
      out.precise = e.message;
      out.preciseEn = e.messages.en;
    }
    try {
      await window.spbe.load('spbe-1999');
    } catch (e) {
      out.unknown = e.messages.en;
    }
    out.plan = window.spbe.plan('pemdi-2026', aceh.split(',').map(Number), { target: 'Cukup' });
    return out;
  }, ACEH);
  assert.deepEqual(r.models, [
    ['pemdi-2026', 20, 4, '1/1.5/2.5/3.5/4'],
    ['spbe-2020', 47, 0, '1/1.8/2.6/3.5/4.2'],
    ['spbe-2018', 37, 0, '0/1.8/2.6/3.5/4.2'],
  ]);
  assert.match(r.before, /not loaded yet; call `await spbe\.load\("spbe-2018"\)` first/);
  assert.equal(r.loaded, 'spbe-2018');
  assert.equal(r.old.index, 5);
  assert.equal(r.old.domains.length, 3);
  assert.equal(r.pemdi.index, 1.24);
  assert.equal(r.pemdi.exact, '1.241335');
  assert.deepEqual(r.pemdi.domains, []);
  assert.equal(r.pemdi.aspects.length, 7);
  assert.equal(r.edge, 'Cukup');
  assert.match(r.refused, /options\.bandEdge does not apply to spbe-2020/);
  assert.match(r.preciseEn, /levels\[0\] = 1\.16667 has more than 4 decimals \(allowed: 1\.\.5 with up to 4 decimals\)/);
  // Without `lang`, the message is Indonesian.
  assert.equal(r.precise, 'spbe: levels[0] = 1.16667 punya lebih dari 4 desimal (boleh: 1..5 dengan paling banyak 4 desimal)');
  assert.match(r.unknown, /spbe-1999/);
  assert.equal(r.plan.status, 'planned');
  assert.ok(r.plan.steps.every((step) => [1.5, 2.5, 3.5, 4, 5].includes(step.to)), JSON.stringify(r.plan.steps));
});

test('offline: after one visit every framework starts with the network off', async () => {
  const page = await open('#model=pemdi-2026');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Once idle, the page has the worker fetch the other frameworks.
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('spbe-')));
    return (await cache.match('models/spbe-2018.bin')) && (await cache.match('models/spbe-2020.bin'));
  }, null, { timeout: 20000 });
  await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, { timeout: 20000 });
  await s.current.context.setOffline(true);
  for (const [hash, count, shown] of [
    [`#model=pemdi-2026&levels=${ACEH}`, 20, '1,24'],
    [`#model=spbe-2018&levels=${'5'.repeat(37)}`, 37, '5,00'],
    [`#levels=${KEMENKO_2021}`, 47, '2,95'],
  ]) {
    await page.goto(`${s.origin}/${hash}`);
    await page.reload();
    await page.waitForSelector('[data-testid="index-value"]');
    await page.waitForFunction(() => !document.querySelector('[data-pending]'));
    assert.equal(await page.locator('[data-testid^="indicator-"]').count(), count, hash);
    assert.equal(await text(page, 'index-value'), shown, hash);
  }
  await s.current.context.setOffline(false);
});

test('a broken first framework file: the failure page says so at once, then what is wrong with it', async () => {
  // The texts of validation live in a chunk (Keep::model_error), fetched for this page.
  s.current = await openPage(s.browser, s.origin, { serviceWorkers: 'block' });
  const { page } = s.current;
  await page.route('**/models/pemdi-2026.bin', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'SPBEPK\x01\x02' }));
  await page.goto(`${s.origin}/`);
  const failure = page.locator('main.load-failure[role="alert"]');
  await failure.waitFor();
  await page.waitForFunction(() => /rusak: .+\.$/.test(document.querySelector('main.load-failure p')?.textContent ?? ''));
  assert.match(await failure.locator('p').innerText(),
    /^Model penilaian tidak dapat dimuat: berkas kerangka \u201cpemdi-2026\u201d rusak: .+\.$/);
  assert.equal(await page.locator('[data-testid="index-value"]').count(), 0);
  const { errors } = s.current.problems;
  assert.deepEqual(errors.filter((e) => !/Service Worker registration blocked/.test(e)), []);
  errors.length = 0;
});

test('a missing or broken framework file says why and leaves the work as it is', async () => {
  // Without the service worker, so that the page's own requests can be answered here.
  const page = await open(`#levels=${KEMENKO_2021}`, { serviceWorkers: 'block' });
  await page.route('**/models/spbe-2018.bin', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.locator('[data-testid="framework-select"]').selectOption('spbe-2018');
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /Kerangka penilaian tidak dapat dimuat: berkas kerangka \u201cspbe-2018\u201d tidak dapat diambil \(HTTP 404\)/);
  assert.equal(await text(page, 'index-value'), '2,95');
  assert.equal(await page.locator('[data-testid^="indicator-"]').count(), 47);
  assert.equal(await page.locator('[data-testid="framework-select"]').inputValue(), 'spbe-2020');
  await page.getByRole('button', { name: 'Tutup' }).click();
  await page.unroute('**/models/spbe-2018.bin');
  // A damaged packed file (the app fetches the packed form, src/engine/packed.rs).
  await page.route('**/models/spbe-2018.bin', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'SPBEPK\x01\x02' }));
  await page.locator('[data-testid="framework-select"]').selectOption('spbe-2018');
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /berkas kerangka \u201cspbe-2018\u201d rusak/);
  assert.equal(await text(page, 'index-value'), '2,95');
  // In English too.
  await page.getByRole('button', { name: 'Tutup' }).click();
  await chooseLanguage(page, 'en');
  await page.locator('[data-testid="framework-select"]').selectOption('spbe-2018');
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /The scoring framework could not be loaded: the file of the framework \u201cspbe-2018\u201d is broken/);
  // The browser reports the 404 and the blocked worker; nothing else may appear.
  const { errors } = s.current.problems;
  const expected = /Service Worker registration blocked|status of 404/;
  assert.deepEqual(errors.filter((e) => !expected.test(e)), []);
  errors.length = 0;
});

test('the one-page brief of a Pemdi scenario names the framework and its aspects', async () => {
  const page = await open(`#model=pemdi-2026&levels=${ACEH}`);
  const brief = await (await printPreview(page)).innerText();
  assert.match(brief, /Ringkasan Indeks Pemdi/);
  assert.match(brief, /Indeks Pemdi 2026 \u00b7 PermenPANRB 8\/2026/);
  assert.match(brief, /Kepuasan Pengguna Layanan Digital Pemerintah/);
  assert.match(brief, /1,24/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'one page');
});
