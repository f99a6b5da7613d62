// End-to-end tests of the screens (release build): each reachable by mouse and keyboard and
// by link, Back and Forward between them, the compact table by keyboard, the main path at
// phone width, and axe-core on every screen in both languages at laptop and phone widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, text, axe, KEMENKO_2021, showView } from './harness.mjs';

const s = suite();
const { open } = s;
const VIEWS = ['isi', 'rencana', 'skenario', 'peta-jalan', 'posisi', 'berkas'];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const selected = (page) => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');
const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

test('every screen is one click away, in the link, with the summary beside it', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  assert.equal(await selected(page), 'tab-isi');
  for (const v of VIEWS) {
    await showView(page, v);
    assert.equal(await selected(page), `tab-${v}`);
    // One panel, labelled by its tab; the index stays on screen.
    assert.equal(await page.locator('[role="tabpanel"]').count(), 1);
    assert.equal(await page.locator('[role="tabpanel"]').getAttribute('aria-labelledby'), `tab-${v}`);
    assert.ok(await page.locator('[data-testid="index-value"]').isVisible(), v);
    await page.waitForFunction((code) => (code === 'isi' ? !location.hash.includes('view=') : location.hash.includes(`view=${code}&`)), v);
  }
  // What each screen is for.
  const holds = { isi: 'indicator-1', rencana: 'planner', skenario: 'comparison', 'peta-jalan': 'roadmap', posisi: 'standing', berkas: 'files' };
  for (const [v, testid] of Object.entries(holds)) {
    await showView(page, v);
    for (const [other, id] of Object.entries(holds)) {
      assert.equal(await page.locator(`[data-testid="${id}"]`).count(), other === v ? 1 : 0, `${id} on ${v}`);
    }
  }
});

test('the tabs work by keyboard: arrows, Home and End; Tab goes into the screen', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  await page.locator('[data-testid="tab-isi"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-testid="view-rencana"]');
  assert.equal(await focused(page), 'tab-rencana');
  await page.keyboard.press('End');
  await page.waitForSelector('[data-testid="view-berkas"]');
  assert.equal(await focused(page), 'tab-berkas');
  await page.keyboard.press('ArrowRight'); // wraps around
  await page.waitForSelector('[data-testid="view-isi"]');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('[data-testid="view-berkas"]');
  await page.keyboard.press('Home');
  await page.waitForSelector('[data-testid="view-isi"]');
  assert.equal(await focused(page), 'tab-isi');
  // Only the selected tab is in the Tab order; the next Tab stop is inside the screen.
  assert.deepEqual(
    await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.tabIndex)),
    [0, -1, -1, -1, -1, -1],
  );
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.getElementById('view-panel').contains(document.activeElement)));
  // The skip link goes to the screen too, and leaves the link in the address bar alone.
  const url = page.url();
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'view-panel');
  assert.equal(page.url(), url);
  assert.equal(await page.locator('[data-testid="notice"]').count(), 0);
});

test('a link opens its screen; Back and Forward move between screens and keep the levels', async () => {
  for (const v of VIEWS.slice(1)) {
    const page = await open(`#levels=${KEMENKO_2021}&view=${v}`);
    assert.equal(await selected(page), `tab-${v}`, v);
    await s.current.context.close();
    s.current = null;
  }
  const page = await open(`#levels=${KEMENKO_2021}`);
  const start = await page.evaluate(() => history.length);
  await page.locator('[data-testid="indicator-21"] input[value="5"]').click();
  assert.equal(await page.evaluate(() => history.length), start, 'a level replaces the entry');
  await showView(page, 'rencana');
  assert.equal(await page.evaluate(() => history.length), start + 1, 'a screen adds one');
  await page.locator('[data-testid="apply-plan"]').click();
  const planned = await text(page, 'index-value');
  await page.goBack();
  await page.waitForSelector('[data-testid="view-isi"]');
  // Back shows the previous screen with the work as it is now, and asks nothing.
  assert.equal(await text(page, 'index-value'), planned);
  assert.equal(await page.locator('[data-testid="notice"]').count(), 0);
  await page.waitForFunction((l) => location.hash.includes(`levels=${l}`) === false, KEMENKO_2021);
  await page.goForward();
  await page.waitForSelector('[data-testid="view-rencana"]');
  assert.equal(await text(page, 'index-value'), planned);
  assert.match(await text(page, 'plan-message'), /sudah tercapai/);
  // A screen name the app does not know is refused with a message; the work stays.
  await page.evaluate(() => { location.hash = location.hash.replace('view=rencana', 'view=kantor'); });
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /kantor/);
  assert.equal(await text(page, 'index-value'), planned);
});

test('the compact table: about 20 rows on a laptop, keys move between rows and set levels', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`, { viewport: { width: 1366, height: 768 } });
  await page.locator('[data-testid="indicator-1"]').evaluate((r) => r.scrollIntoView({ block: 'start' }));
  const visible = await page.locator('tr[data-row]').evaluateAll((rows) =>
    rows.filter((r) => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }).length);
  assert.ok(visible >= 17, `${visible} rows fully on screen`);
  // Indicator 1 is at 3: down to indicator 2 (at 3), a digit sets 5, the arrows step levels.
  await page.locator('[data-testid="indicator-1"] input:checked').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.closest('tr').dataset.testid), 'indicator-2');
  await page.keyboard.press('5');
  await page.waitForFunction(() => document.querySelector('[data-testid="indicator-2"] input[value="5"]').checked);
  // Focus follows the level (moved once the row shows it).
  await page.waitForFunction(() => document.activeElement.value === '5');
  // 1,30 % × 2 levels = +0,026: 2,9475 -> 2,9735.
  assert.match(await text(page, 'exact-value'), /2,9735/);
  await page.keyboard.press('ArrowLeft');
  assert.ok(await page.locator('[data-testid="indicator-2"] input[value="4"]').isChecked());
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.closest('tr').dataset.testid), 'indicator-1');
  // A digit outside the scale does nothing.
  await page.keyboard.press('8');
  assert.ok(await page.locator('[data-testid="indicator-1"] input[value="3"]').isChecked());
  // Pemdi: a digit completes that level (3 -> 3,50).
  await page.evaluate(() => { location.hash = 'model=pemdi-2026'; });
  await page.waitForSelector('[data-testid="indicator-20"]');
  await page.locator('[data-testid="indicator-1"] input:checked').focus();
  await page.keyboard.press('3');
  await page.waitForFunction(() => document.querySelector('[data-testid="indicator-1"] [data-testid="value-input"]').value === '3,50');
  // The row's details open from its name, by keyboard too.
  await page.locator('[data-testid="indicator-1"] [data-testid="row-toggle"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="details-1"] [data-testid="level-now"]');
  assert.equal(await page.locator('[data-testid="indicator-1"] [data-testid="row-toggle"]').getAttribute('aria-expanded'), 'true');
});

test('on a phone: the score strip stays in view; enter a level, plan, see the target met', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`, PHONE);
  const strip = page.locator('[data-testid="score-strip"]');
  assert.ok(await strip.isVisible());
  assert.match(await strip.innerText(), /2,95[\s\S]*Baik[\s\S]*Target: Sangat Baik/);
  // Nothing is wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
  // Deep in the list the strip is still at the top and follows a tap.
  const levels = [...KEMENKO_2021].map(Number);
  levels[39] = 5;
  const expected = await page.evaluate((l) => window.spbe.score('spbe-2020', l).index.toFixed(2).replace('.', ','), levels);
  const row = page.locator('[data-testid="indicator-40"]');
  await row.scrollIntoViewIfNeeded();
  await row.locator('label:has(input[value="5"])').tap();
  await page.waitForFunction((x) => document.querySelector('[data-testid="score-strip"]').innerText.includes(x), expected);
  const box = await strip.boundingBox();
  assert.ok(box.y >= 0 && box.y < 2, `strip at ${box.y}`);
  // The tabs stay reachable below the strip.
  await page.locator('[data-testid="tab-rencana"]').tap();
  await page.waitForSelector('[data-testid="view-rencana"]');
  await page.locator('[data-testid="apply-plan"]').tap();
  await page.waitForFunction(() => /Sangat Baik/.test(document.querySelector('[data-testid="score-strip"]').innerText));
  assert.match(await strip.innerText(), /tercapai/);
  const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow2 <= 0, `${overflow2}px wider than the screen on the plan`);
});


for (const [width, options] of [
  ['laptop', { viewport: { width: 1366, height: 768 } }],
  ['phone', PHONE],
]) {
  for (const lang of ['id', 'en']) {
    test(`axe-core: no serious or critical violation on any screen (${width}, ${lang})`, async () => {
      const page = await open(`#levels=${KEMENKO_2021}&base=${'2'.repeat(47)}&lang=${lang}`, { ...options, bypassCSP: true });
      const found = [];
      for (const v of VIEWS) {
        await showView(page, v);
        if (v === 'posisi') {
          // With the published results loaded, our institution chosen and the crosswalk open.
          await page.locator('[data-testid="institution-query"]').fill('kab paser');
          await page.locator('[data-testid="set-peer-kab-paser"]').click();
          await page.waitForSelector('[data-testid="peer-name"]');
          await page.locator('[data-testid="pemdi-start-section"] > summary').click();
          await page.waitForSelector('[data-testid="crosswalk"]');
        }
        found.push(...(await axe(page)).map((x) => `${v}: ${x}`));
      }
      // The detailed cards, a row's details and Pemdi's decimal fields too.
      await showView(page, 'isi');
      await page.locator('[data-testid="indicator-3"] [data-testid="row-toggle"]').click();
      found.push(...(await axe(page)).map((x) => `details: ${x}`));
      await page.locator('[data-testid="entry-cards"]').click();
      found.push(...(await axe(page)).map((x) => `cards: ${x}`));
      await page.evaluate(() => { location.hash = 'model=pemdi-2026'; });
      await page.waitForSelector('[data-testid="indicator-20"]');
      await page.locator('[data-testid="entry-table"]').click();
      found.push(...(await axe(page)).map((x) => `pemdi: ${x}`));
      // An exercise compared and revealed, presenter mode with its QR code, and the
      // calculator as another site embeds it.
      await page.evaluate(() => { location.hash = 'model=spbe-2020&preset=latihan-baik-audit&exercise=1&target=sangat-baik&pace=2'; });
      await page.waitForSelector('[data-testid="exercise-task"]');
      await page.locator('[data-testid="indicator-29"] input[value="3"]').click();
      await page.locator('[data-testid="exercise-compare"]').click();
      await page.locator('[data-testid="exercise-reveal"]').click();
      found.push(...(await axe(page)).map((x) => `exercise: ${x}`));
      await page.evaluate(() => { location.hash = 'model=spbe-2020&present=1'; });
      await page.waitForSelector('[data-testid="presenter"]');
      found.push(...(await axe(page)).map((x) => `presenter: ${x}`));
      await page.keyboard.press('q');
      found.push(...(await axe(page)).map((x) => `presenter QR: ${x}`));
      const embedded = await s.current.context.newPage();
      await embedded.goto(`${s.origin}/#embed=1&model=spbe-2020&show=planner&lang=${lang}`);
      await embedded.waitForSelector('[data-testid="embed"]');
      found.push(...(await axe(embedded)).map((x) => `embed: ${x}`));
      assert.deepEqual(found, []);
    });
  }
}
