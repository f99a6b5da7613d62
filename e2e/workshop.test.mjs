// End-to-end tests for trainers: presenter mode by keyboard, a case study opened and started
// again, an exercise handed out as a link, a participant's plan compared with the best one
// (checked against spbe.plan), and reveal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, text, openPage, openCalculator, loadApi, KEMENKO_2021, showView, chooseLanguage } from './harness.mjs';

const s = suite();
const { open } = s;

test('presenter mode: readable from the back, driven by the keyboard alone', async () => {
  const page = await open(`#levels=${KEMENKO_2021}`, { viewport: { width: 1280, height: 720 } });
  await page.locator('[data-testid="present"]').click();
  const index = page.locator('[data-testid="presenter-index"]');
  await index.waitFor();
  assert.equal(await index.textContent(), '2,95');
  assert.equal(await text(page, 'presenter-predicate'), 'Baik');
  // At least a tenth of the viewport's height.
  const height = await index.evaluate((e) => parseFloat(getComputedStyle(e).fontSize) / innerHeight);
  assert.ok(height >= 0.1, `the index is ${height} of the viewport's height`);
  assert.match(page.url(), /present=1/);
  // One group at a time: Aspek 1 holds indicators 1–10.
  assert.match(await text(page, 'presenter-group'), /^Aspek 1 dari 8: Kebijakan Internal Tata Kelola SPBE/);
  assert.equal(await page.locator('[data-testid^="present-indicator-"]').count(), 10);
  // → next group, ↓ the second indicator (12), a digit sets its level.
  await page.keyboard.press('ArrowRight');
  assert.match(await text(page, 'presenter-group'), /^Aspek 2 dari 8: Perencanaan Strategis SPBE/);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('[data-testid="present-indicator-12"]').getAttribute('aria-current'), 'true');
  await page.keyboard.press('5');
  const levels = [...KEMENKO_2021].map(Number);
  levels[11] = 5;
  const expected = await page.evaluate((l) => window.spbe.score('spbe-2020', l).index, levels);
  assert.equal(await index.textContent(), expected.toFixed(2).replace('.', ','));
  // Page keys (a clicker) move between groups, round the end.
  await page.keyboard.press('PageDown');
  assert.match(await text(page, 'presenter-group'), /^Aspek 3 dari 8/);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  assert.match(await text(page, 'presenter-group'), /^Aspek 8 dari 8: Layanan Publik Berbasis Elektronik/);
  // Q: the participants' QR code full screen, with the link (without presenter mode).
  await page.keyboard.press('q');
  const qr = page.locator('[data-testid="presenter-qr-full"]');
  await qr.waitFor();
  const box = await page.locator('[data-testid="presenter-qr-big"]').boundingBox();
  assert.ok(box.height >= 720 * 0.75, `the QR code fills the screen (${box.height} px)`);
  const link = await qr.locator('.presenter-link').textContent();
  assert.match(link, /#model=spbe-2020&levels=333333333325543/);
  assert.doesNotMatch(link, /present=1/);
  // Esc closes the code, then leaves presenter mode with the work as it is.
  await page.keyboard.press('Escape');
  assert.equal(await qr.count(), 0);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="view-isi"]');
  assert.equal(await text(page, 'index-value'), expected.toFixed(2).replace('.', ','));
  assert.doesNotMatch(page.url(), /present=1/);
});

test('a case study opens in one click, says what it is, and starts again', async () => {
  const page = await open(`#model=spbe-2020&levels=${'1'.repeat(47)}&view=berkas`);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
  // The workshop section is closed on the files screen, and its code not fetched, until its
  // heading opens it.
  await page.waitForSelector('[data-testid="workshop-open"]');
  assert.equal(await page.locator('[data-testid="workshop"]').count(), 0);
  assert.ok(!fetched.includes('split_workshop.wasm'), 'not fetched before the section is opened');
  await page.locator('[data-testid="workshop-open"] summary').click();
  await page.waitForSelector('[data-testid="workshop"]');
  assert.ok(fetched.includes('split_workshop.wasm'), `fetched when opened: ${fetched.filter((f) => f.endsWith('.wasm'))}`);
  const cases = page.locator('[data-testid="workshop"] .case');
  assert.ok((await cases.count()) >= 5);
  await page.locator('[data-testid="open-case-kalsel-2023"]').click();
  await page.waitForSelector('[data-testid="view-isi"]');
  assert.equal(await text(page, 'index-value'), '2,69');
  assert.match(await text(page, 'case-kind'), /Disusun ulang dari nilai yang diumumkan/);
  assert.match(await text(page, 'case-story'), /bukan tingkat instansi yang sebenarnya/);
  await page.locator('[data-testid="indicator-21"] input[value="4"]').click();
  assert.notEqual(await text(page, 'index-value'), '2,69');
  await page.locator('[data-testid="case-restart"]').click();
  assert.equal(await text(page, 'index-value'), '2,69');
  // The official case says so, in English too.
  await showView(page, 'berkas');
  await page.locator('[data-testid="open-case-kemenko-perekonomian-2021"]').click();
  await chooseLanguage(page, 'en');
  assert.equal(await text(page, 'case-kind'), 'Official data');
  assert.equal(await text(page, 'index-value'), '2.95');
});

test('an exercise link: a participant compares with the best plan, then reveals it', async () => {
  // The trainer opens a case, picks a target and a limit, and copies the link.
  const trainer = await open(`#model=spbe-2020&levels=${'1'.repeat(47)}&view=berkas`);
  await trainer.locator('[data-testid="workshop-open"] summary').click();
  await trainer.locator('[data-testid="open-case-latihan-baik-audit"]').click();
  await showView(trainer, 'berkas');
  await trainer.locator('[data-testid="exercise-target"]').selectOption({ label: 'Sangat Baik' });
  await trainer.locator('[data-testid="exercise-pace"]').selectOption('2');
  // The section stayed open (a case is open); the exercise's QR code is drawn when asked for.
  assert.equal(await trainer.locator('[data-testid="exercise-qr"]').count(), 0);
  await trainer.locator('[data-testid="exercise-qr-show"]').click();
  await trainer.locator('[data-testid="exercise-qr"]').waitFor();
  const link = await trainer.locator('[data-testid="exercise-link"]').inputValue();
  assert.match(link, /&exercise=1&target=sangat-baik&pace=2/);

  // A participant, in a browser of their own.
  s.current = await openPage(s.browser, s.origin);
  const page = s.current.page;
  await page.goto(link);
  await page.waitForSelector('[data-testid="exercise-task"]');
  await loadApi(page);
  assert.match(await text(page, 'exercise-task'), /capai Sangat Baik dengan upaya paling kecil\. Paling banyak 2 tingkat per indikator\./);
  assert.equal(await text(page, 'index-value'), '3,04');
  // The planner would give the answer away: hidden until reveal.
  assert.equal(await page.locator('[data-testid="tab-rencana"]').count(), 0);
  // The participant raises the ICT audits (29–31) by two levels and two services by one.
  for (const [n, v] of [[29, 3], [30, 3], [31, 3], [32, 4], [33, 4]]) {
    await page.locator(`[data-testid="indicator-${n}"] input[value="${v}"]`).click();
  }
  await page.locator('[data-testid="exercise-compare"]').click();
  const start = [...Array(10).fill(4), ...Array(10).fill(3), ...Array(8).fill(3), 1, 1, 1, ...Array(16).fill(3)];
  const best = await page.evaluate((l) => window.spbe.plan('spbe-2020', l, { target: 'Sangat Baik', pace: 2 }), start);
  assert.equal(best.status, 'planned');
  assert.equal(await text(page, 'my-effort'), '8');
  assert.equal(await text(page, 'least-effort'), String(best.effort));
  const mine = [...start];
  for (const [n, v] of [[29, 3], [30, 3], [31, 3], [32, 4], [33, 4]]) mine[n - 1] = v;
  const myScore = await page.evaluate((l) => window.spbe.score('spbe-2020', l), mine);
  assert.equal(await text(page, 'exercise-reached'), myScore.index >= 3.5 ? 'Target tercapai' : 'Target belum tercapai');
  // Shared steps: indicators both raised to the same level; the rest differ.
  const bestTo = new Map(best.steps.map((st) => [st.indicator, st.to]));
  const rows = async (id) => page.locator(`[data-testid="${id}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.indicator)));
  const shared = (await page.locator('[data-testid="shared-steps"]').count()) ? await rows('shared-steps') : [];
  const differ = await rows('differing-steps');
  const changed = new Set([29, 30, 31, 32, 33, ...bestTo.keys()]);
  const expectShared = [...changed].filter((n) => (bestTo.get(n) ?? start[n - 1]) === mine[n - 1]).sort((a, b) => a - b);
  assert.deepEqual(shared, expectShared);
  assert.deepEqual(differ.sort((a, b) => a - b), [...changed].filter((n) => !expectShared.includes(n)).sort((a, b) => a - b));
  // The best values are not shown before reveal.
  assert.equal(await page.locator('[data-testid="differing-steps"] thead th').count(), 3);
  assert.equal(await page.locator('[data-testid="best-plan"]').count(), 0);
  // Reveal: the best plan, step by step, as spbe.plan has it; the planner comes back.
  await page.locator('[data-testid="exercise-reveal"]').click();
  const steps = await page.locator('[data-testid="best-plan"] li').evaluateAll((lis) => lis.map((li) => Number(li.dataset.indicator)));
  assert.deepEqual(steps, best.steps.map((st) => st.indicator));
  assert.equal(await page.locator('[data-testid="differing-steps"] thead th').count(), 4);
  assert.equal(await page.locator('[data-testid="tab-rencana"]').count(), 1);
  // Start again: back to the exercise's start.
  await page.locator('[data-testid="case-restart"]').click();
  assert.equal(await text(page, 'index-value'), '3,04');
});
