// End-to-end tests of goal seek in the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, text, KEMENKO_2021, showView, openDetails } from './harness.mjs';

/** The planning options of indicator `n` (entry screen, row details), opened. */
async function planOptions(page, n) {
  await showView(page, 'isi');
  const details = await openDetails(page, n);
  const options = details.locator('.plan-options');
  if (!(await options.getAttribute('open'))) await options.locator('> summary').click();
  return details;
}

const s = suite();
const { open } = s;

test('set a target, get the least-effort plan, apply it, see the target met', async () => {
  // A link straight to the planning screen.
  const page = await open(`#levels=${KEMENKO_2021}&view=rencana`);
  assert.equal(await page.locator('[data-testid="tab-rencana"]').getAttribute('aria-selected'), 'true');
  // Default target: the band above the baseline (2,95 Baik -> Sangat Baik).
  assert.match(await text(page, 'plan-result'), /Sangat Baik \(\u2265 3,50\)/);
  assert.equal(await text(page, 'plan-message'), '20 langkah, upaya 20');
  assert.equal(await text(page, 'plan-projected'), 'Proyeksi: 3,50 \u00b7 Sangat Baik');
  const first = await page.locator('[data-testid="plan-steps"] li').first().innerText();
  assert.match(first, /^Indikator 42 .*: 4 \u2192 5 \+0,03/);
  await page.locator('[data-testid="apply-plan"]').click();
  assert.equal(await text(page, 'index-value'), '3,50');
  assert.equal(await text(page, 'predicate'), 'Sangat Baik');
  assert.match(await text(page, 'plan-message'), /sudah tercapai/);
  // The baseline stays, so every change shows.
  assert.match(await page.locator('.index-block').innerText(), /\+0,55/);
});

test('an index target, a lock and an effort change the plan', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`);
  await showView(page, 'rencana');
  await page.locator('[data-testid="plan-target"]').selectOption('index');
  const input = page.locator('[data-testid="plan-target-index"]');
  await input.fill('3,10');
  await input.press('Enter');
  await input.blur();
  assert.match(await text(page, 'plan-result'), /Target: 3,10/);
  const before = await page.locator('[data-testid="plan-steps"] li').allInnerTexts();
  const no = before[0].match(/^Indikator (\d+) /)[1];
  // Lock the plan's first indicator: it leaves the plan.
  await (await planOptions(page, no)).locator('[data-testid="lock"]').check();
  await showView(page, 'rencana');
  const after = await page.locator('[data-testid="plan-steps"] li').allInnerTexts();
  assert.ok(after.every((l) => !l.startsWith(`Indikator ${no} `)), after.join('\n'));
  // Making another planned indicator very costly moves it out too.
  const other = after[0].match(/^Indikator (\d+) /)[1];
  const effort = (await planOptions(page, other)).locator('[data-testid="effort"]');
  await effort.fill('50');
  await effort.press('Enter');
  await effort.blur();
  await showView(page, 'rencana');
  const costly = await page.locator('[data-testid="plan-steps"] li').allInnerTexts();
  assert.ok(costly.every((l) => !l.startsWith(`Indikator ${other} `)), costly.join('\n'));
  await page.locator('[data-testid="apply-plan"]').click();
  const shown = Number((await text(page, 'index-value')).replace(',', '.'));
  assert.ok(shown >= 3.1, `index ${shown} meets 3,10`);
});

test('an unreachable target says so, with the best reachable index and what binds', async () => {
  const page = await open('#model=spbe-2020&view=rencana');
  await page.locator('[data-testid="plan-target"]').selectOption({ label: 'Memuaskan (\u2265 4,20)' });
  await page.locator('[data-testid="plan-pace"]').selectOption('2');
  const msg = await text(page, 'plan-message');
  assert.match(msg, /tidak dapat dicapai/);
  assert.match(msg, /Indeks tertinggi yang dapat dicapai: 3,00 \u00b7 Baik/);
  assert.match(msg, /batas kenaikan per indikator/);
  assert.equal(await page.locator('[data-testid="apply-plan"]').count(), 0);
});

test('the cheapest-gains ranking and the evidence range', async () => {
  const page = await open(`#levels=${KEMENKO_2021}&view=rencana`);
  const first = await page.locator('[data-testid="marginal"] tbody tr').first().innerText();
  assert.match(first, /^42\. Layanan Pengaduan Pelayanan Publik/);
  await (await planOptions(page, 42)).locator('[data-testid="unverified"]').check();
  assert.match(await text(page, 'uncertainty'), /2,92 \(Baik\) \u2013 2,95 \(Baik\)/);
});

test('window.spbe.plan returns the plan and throws on bad options', async () => {
  const page = await open();
  const r = await page.evaluate((k) => window.spbe.plan('spbe-2020', [...k].map(Number), { target: 'Sangat Baik' }), KEMENKO_2021);
  assert.equal(r.status, 'planned');
  assert.equal(r.effort, 20);
  assert.equal(r.index, 3.5);
  assert.equal(r.predicate, 'Sangat Baik');
  assert.equal(r.steps.reduce((n, s) => n + s.to - s.from, 0), 20);
  const u = await page.evaluate(() => window.spbe.plan('spbe-2020', Array(47).fill(1), { target: 3.0, pace: 1 }));
  assert.deepEqual([u.status, u.bestReachable, u.binding], ['unreachable', 2, ['pace']]);
  const met = await page.evaluate(() => window.spbe.plan('spbe-2020', Array(47).fill(5), { target: 'Baik' }));
  assert.equal(met.status, 'met');
  const error = await page.evaluate(() => {
    try {
      window.spbe.plan('spbe-2020', Array(47).fill(1), { target: 'Hebat', lang: 'en' });
      return 'no error';
    } catch (e) {
      return `${e instanceof Error}: ${e.message}`;
    }
  });
  assert.match(error, /^true: spbe: options\.target "Hebat" is not a predicate/);
});
