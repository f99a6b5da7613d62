// End-to-end tests of the release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { suite, text, KEMENKO_2021, urlHas, urlMatches, chooseLanguage } from './harness.mjs';

const s = suite();
const { open } = s;

const rowValue = (page, testid) =>
  page.locator(`[data-testid="${testid}"] [data-testid="value"]`).innerText();

test('a first visit opens Pemdi 2026 at the floor; a link without a framework is SPBE 2020', async () => {
  const page = await open();
  assert.equal(await text(page, 'index-name'), 'Indeks Pemdi');
  assert.equal(await text(page, 'index-value'), '1,00');
  assert.equal(await text(page, 'predicate'), 'Kurang');
  assert.equal(await page.locator('[data-testid^="indicator-"]').count(), 20);
  assert.match(page.url(), /#model=pemdi-2026&levels=1(,1){19}&lang=id$/);
  assert.match(await text(page, 'model-status'), /Model rekonstruksi/);
  assert.match(await text(page, 'framework-bar'), /Indeks Pemdi 2026 \u00b7 PermenPANRB 8\/2026/);
  assert.match(await text(page, 'framework-bar'), /berlaku sejak 2026 \u00b7 Model rekonstruksi/);
  await page.goto(`${s.origin}/#levels=${'1'.repeat(47)}`);
  await page.reload();
  await page.waitForSelector('[data-testid="indicator-47"]');
  assert.equal(await page.locator('[data-testid^="indicator-"]').count(), 47);
  assert.equal(await text(page, 'index-name'), 'Indeks SPBE');
  assert.match(page.url(), /#model=spbe-2020&levels=1{47}&lang=id$/);
  assert.match(await text(page, 'model-status'), /Model resmi/);
});

test('the Kemenko Perekonomian 2021 levels give the report: 2,95 Baik', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  assert.equal(await text(page, 'index-value'), '2,95');
  assert.equal(await text(page, 'predicate'), 'Baik');
  assert.match(await text(page, 'exact-value'), /2,9475/);
  assert.equal(await text(page, 'next-band'), '+0,5525 menuju Sangat Baik');
  const domains = [];
  for (const id of ['D1', 'D2', 'D3', 'D4']) domains.push(await rowValue(page, `domain-${id}`));
  assert.deepEqual(domains, ['3,00', '3,00', '1,00', '3,61']);
  const aspects = [];
  for (let a = 1; a <= 8; a++) aspects.push(await rowValue(page, `aspect-A${a}`));
  assert.deepEqual(aspects, ['3,00', '3,25', '3,00', '2,50', '1,00', '1,00', '3,90', '3,17']);
});

test('changing a level (mouse and keyboard) updates index, predicate, domain and aspect', async () => {
  const page = await open(`#levels=${KEMENKO_2021}&base=${KEMENKO_2021}`);
  const historyBefore = await page.evaluate(() => history.length);
  // Indicator 21 (Manajemen, 1,5 %) from 1 to 5 by mouse: +0,06 on the index.
  await page.locator('[data-testid="indicator-21"] input[value="5"]').click();
  assert.equal(await text(page, 'index-value'), '3,01');
  assert.equal(await rowValue(page, 'aspect-A5'), '1,50');
  assert.equal(await rowValue(page, 'domain-D3'), '1,36');
  assert.match(await page.locator('[data-testid="domain-D3"]').innerText(), /\+0,36/);
  // The row's details: the chosen level's criteria.
  await page.locator('[data-testid="indicator-21"] [data-testid="row-toggle"]').click();
  assert.match(await page.locator('[data-testid="details-21"] [data-testid="level-now"]').innerText(), /Optimum/);
  // By keyboard: focus indicator 46's chosen level (3) and press the right arrow: level 4.
  await page.locator('[data-testid="indicator-46"] input:checked').focus();
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.locator('[data-testid="indicator-46"] input[value="4"]').isChecked());
  assert.equal(await rowValue(page, 'aspect-A8'), '3,33');
  // Raise Layanan to cross into Sangat Baik: all of aspects A7 and A8 to 5.
  for (let n = 32; n <= 47; n++) {
    await page.locator(`[data-testid="indicator-${n}"] input[value="5"]`).click();
  }
  assert.equal(await text(page, 'predicate'), 'Sangat Baik');
  // Changed: 21 and every service indicator but 41 (already at 5).
  assert.match(await text(page, 'changes'), /^16 indikator berubah/);
  // The URL follows without adding history entries.
  const expected = KEMENKO_2021.slice(0, 20) + '5' + '1'.repeat(10) + '5'.repeat(16);
  await urlHas(page, `levels=${expected}&base=${KEMENKO_2021}`);
  assert.equal(await page.evaluate(() => history.length), historyBefore);
  // Back to the baseline.
  await page.locator('[data-testid="reset"]').click();
  assert.equal(await text(page, 'index-value'), '2,95');
});

test('a link with levels and base restores the levels and every delta', async () => {
  const page = await open(`#levels=${'3'.repeat(47)}&base=${KEMENKO_2021}`);
  assert.equal(await text(page, 'index-value'), '3,00');
  assert.match(await page.locator('.index-block').innerText(), /\+0,05/);
  assert.match(await text(page, 'exact-value'), /baseline 2,95 \(Baik\)/);
  assert.match(await page.locator('[data-testid="domain-D3"]').innerText(), /\+2,00/);
  assert.match(await page.locator('[data-testid="aspect-A7"]').innerText(), /\u22120,90/);
  assert.match(await page.locator('[data-testid="indicator-11"]').innerText(), /\+1 \(baseline 2\)/);
  // Setting the baseline clears the deltas.
  await page.locator('[data-testid="set-baseline"]').click();
  assert.match(await text(page, 'changes'), /Belum ada perubahan/);
  await urlMatches(page, /#model=spbe-2020&levels=3{47}&lang=id$/);
});

test('the predicate basis switch: 1,7995 is Kurang (exact) and Cukup (rounded)', async () => {
  // Levels whose exact index is 1,7995 (Kab. Boven Digoel 2023), found by a search over the
  // weights (weighted sum 17 995 basis points); the API confirms the exact value.
  const levels = '11111111151111111111111111111111111111112555555';
  const page = await open(`#levels=${levels}`);
  const exact = await page.evaluate((l) => window.spbe.score('spbe-2020', [...l].map(Number)).exact, levels);
  assert.equal(exact, '1.7995');
  assert.equal(await text(page, 'index-value'), '1,80');
  assert.equal(await text(page, 'predicate'), 'Kurang');
  assert.equal(await text(page, 'next-band'), '+0,0005 menuju Cukup');
  await page.locator('[data-testid="basis-rounded"]').check();
  assert.equal(await text(page, 'predicate'), 'Cukup');
  await urlHas(page, 'basis=rounded');
});

test('the JavaScript API returns official values and throws on bad input', async () => {
  const page = await open();
  const r = await page.evaluate((k) => window.spbe.score('spbe-2020', [...k].map(Number)), KEMENKO_2021);
  assert.equal(r.index, 2.95);
  assert.equal(r.exact, '2.9475');
  assert.equal(r.predicate, 'Baik');
  assert.deepEqual(r.domains.map((d) => d.index), [3, 3, 1, 3.61]);
  assert.deepEqual(r.aspects.map((a) => a.index), [3, 3.25, 3, 2.5, 1, 1, 3.9, 3.17]);
  assert.equal(r.domains[3].name, 'Layanan SPBE');
  const rounded = await page.evaluate(() =>
    window.spbe.score('spbe-2020', Array(47).fill(5), { predicateBasis: 'rounded' }));
  assert.equal(rounded.predicate, 'Memuaskan');
  const errors = await page.evaluate(() => {
    const attempt = (...args) => {
      try {
        window.spbe.score(...args);
        return 'no error';
      } catch (e) {
        return `${e instanceof Error}: ${e.messages.en}`;
      }
    };
    const ok = Array(47).fill(3);
    return [
      attempt('spbe-1999', ok),
      attempt('spbe-2020', ok.slice(1)),
      attempt('spbe-2020', [...ok.slice(1), 6]),
      attempt('spbe-2020', [...ok.slice(1), '3']),
      attempt('spbe-2020', ok, { predicateBasis: 'floor' }),
    ];
  });
  assert.match(errors[0], /^true: .*unknown model "spbe-1999"/);
  assert.match(errors[1], /^true: .*46 values; the model has 47/);
  assert.match(errors[2], /^true: .*levels\[46\] = 6 is outside 1\.\.5/);
  assert.match(errors[3], /^true: .*levels\[46\] is not a number/);
  assert.match(errors[4], /^true: .*predicateBasis/);
  // Errors carry a stable code; gains and external indices are there as in the npm package.
  const more = await page.evaluate(async (k) => {
    await spbe.load('pemdi-2026');
    let code;
    try { spbe.score('spbe-2020', [3]); } catch (e) { code = e.code; }
    const ranking = spbe.gains('spbe-2020', [...k].map(Number), { locked: [14] });
    const items = spbe.valueFromItems('pemdi-2026', [['diterima'], ['diterima', 'diterima', 'belum ada', 'diunggah']]);
    return { code, ranking, sdi: spbe.convertExternal('pemdi-2026', 5, 25), items };
  }, KEMENKO_2021);
  assert.equal(more.code, 'wrongLength');
  assert.deepEqual(more.sdi, { value: 2, by: 'Bappenas' });
  assert.deepEqual(more.items, { selfAssessed: 2.25, verified: 2 });
  const levels = [...KEMENKO_2021].map(Number);
  assert.equal(more.ranking.length, levels.filter((l, i) => l < 5 && i !== 13).length);
  assert.ok(more.ranking.every((g) => g.indicator !== 14 && g.from === levels[g.indicator - 1] && g.to === g.from + 1));
  assert.ok(more.ranking.every((g, i, all) => i === 0 || all[i - 1].gain / all[i - 1].effort >= g.gain / g.effort));
});

test('the language switch translates everything and is remembered', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  await chooseLanguage(page, 'en');
  assert.equal(await page.locator('header.top-bar h1').innerText(), 'SPBE and Pemdi Index Calculator');
  assert.equal(await text(page, 'index-value'), '2.95');
  assert.equal(await text(page, 'predicate'), 'Good');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('[data-testid="indicator-1"]').innerText(), /Internal policy on the SPBE architecture/);
  // A later visit without a link opens in English, with the autosaved work.
  await page.goto(`${s.origin}/`);
  await page.waitForSelector('[data-testid="index-value"]');
  assert.equal(await text(page, 'predicate'), 'Good');
  assert.equal(await page.title(), 'SPBE and Pemdi Index Calculator');
  // A link with levels but no language also keeps English.
  await page.goto(`${s.origin}/#levels=${'1'.repeat(47)}`);
  await page.reload();
  await page.waitForSelector('[data-testid="index-value"]');
  assert.equal(await text(page, 'predicate'), 'Poor');
});

test('a malformed link shows a message in the user language and opens with defaults', async () => {
  const page = await open('#levels=12x4&lang=id');
  assert.match(await text(page, 'notice'), /Tautan tidak dapat dibaca: nilai ke-3 .*\u201cx\u201d.* bukan angka/);
  assert.equal(await text(page, 'index-value'), '1,00');
  await page.getByRole('button', { name: 'Tutup' }).click();
  assert.equal(await page.locator('[data-testid="notice"]').count(), 0);
  // A bad link pasted while working keeps the work.
  await page.locator('[data-testid="indicator-1"] input[value="5"]').click();
  await page.evaluate(() => { location.hash = 'levels=9'; });
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /berisi 1 nilai, seharusnya 47/);
  assert.equal(await text(page, 'index-value'), '1,05');
});

test('on a phone the score stays in view while scrolling; screenshots for the README', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.locator('[data-testid="indicator-30"] input[value="3"]').tap();
  await page.locator('[data-testid="indicator-40"]').scrollIntoViewIfNeeded();
  const strip = page.locator('.score-strip');
  assert.ok(await strip.isVisible());
  const box = await strip.boundingBox();
  assert.ok(box && Math.abs(box.y) < 1 && Math.abs(box.x) < 1, `the strip is at the top left (${JSON.stringify(box)})`);
  // Nothing is wider than the phone: no sideways scrolling, no zoomed-out page.
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.deepEqual(widths, [390, 390]);
  // Indicator 30 (Audit TIK, 1,5 %) from 1 to 3: 2,95 + 0,03.
  assert.match(await strip.innerText(), /2,98/);
  // The summary itself is below the work on a phone (laid out when scrolled to).
  assert.equal(await page.locator('[data-testid="index-value"]').textContent(), '2,98');
  if (process.env.SCREENSHOTS) {
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: 'docs/screenshot-phone.png' });
    const wide = await s.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await wide.goto(`${s.origin}/#levels=${'3'.repeat(47)}&base=${KEMENKO_2021}`);
    await wide.waitForSelector('[data-testid="index-value"]');
    await wide.screenshot({ path: 'docs/screenshot.png' });
    await wide.goto(`${s.origin}/#model=pemdi-2026&levels=2,1.5,1.26,1.3,1,1,1,1,1,1,1.5,1.25,1.1667,1,1,1,2.5,1,1,1.3`);
    await wide.reload();
    await wide.waitForSelector('[data-testid="indicator-20"]');
    await wide.screenshot({ path: 'docs/screenshot-pemdi.png' });
    await wide.close();
  }
});
