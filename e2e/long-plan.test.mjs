// End-to-end: a plan that needs the large tables (four-decimal Pemdi values with efforts
// counted in money) is computed in slices — the page stays usable, shows its progress, can be
// cancelled and computed again — and gives the plan window.spbe.plan gives at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, text, showView, axe, chooseLanguage } from './harness.mjs';

const s = suite({ acceptDownloads: true, bypassCSP: true });
const { open } = s;
const dir = mkdtempSync(join(tmpdir(), 'spbe-long-plan-'));

/** A fixed pseudo-random sequence (the same in every run). */
function xorshift(seed) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const next = xorshift(0x51ce);
// Twenty values between 1 and 5 with four decimals, mostly between stops.
const LEVELS = Array.from({ length: 20 }, () => (10000 + (next() % 40001)) / 10000);
// Efforts of 10.000–100.000 per step (thousands of rupiah, say): too wide for the effort table.
const EFFORTS = Array.from({ length: 20 }, () => 10000 + (next() % 90001));

/**
 * Opens the work above on the planning screen, with the top predicate as the target and a
 * three-year roadmap.
 */
async function openLongPlan() {
  const page = await open(`#model=pemdi-2026&levels=${LEVELS.join(',')}`);
  await showView(page, 'berkas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-json"]').click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  doc.planning.efforts = EFFORTS;
  doc.planning.target = { predicate: 'memuaskan' };
  doc.roadmap = [
    { year: 2026, target: { predicate: 'sangat-baik' } },
    { year: 2027, target: null },
    { year: 2028, target: { predicate: 'memuaskan' } },
  ];
  writeFileSync(path, JSON.stringify(doc));
  await page.locator('[data-testid="import-file"]').setInputFiles(path);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await text(page, 'notice'), /Berkas diimpor/);
  await showView(page, 'rencana');
  return page;
}

const status = (page) => page.locator('[data-testid="plan-result"]').getAttribute('class');

test('a long plan shows its progress, keeps the page usable, and ends in the exact plan', async () => {
  const page = await openLongPlan();
  assert.match(await status(page), /working/);
  assert.match(await text(page, 'plan-message'), /Menghitung rencana dengan upaya terkecil/);
  // The progress moves: the page is drawn again between slices.
  const seen = new Set();
  while ((await status(page)).includes('working') && seen.size < 3) {
    seen.add(await page.locator('[data-testid="plan-progress"]').getAttribute('value'));
  }
  assert.ok(seen.size >= 2, `progress ${[...seen]}`);
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  await page.waitForFunction(() => !document.querySelector('[data-testid="plan-result"]').classList.contains('working'), null, { timeout: 60000 });
  assert.match(await status(page), /planned/);
  const message = await text(page, 'plan-message');
  const [, steps, effort] = message.match(/^(\d+) langkah, upaya (\d+)$/);
  // The same plan as the JS API computes at once.
  const r = await page.evaluate(
    ([levels, efforts]) => window.spbe.plan('pemdi-2026', levels, { target: 'Memuaskan', efforts }),
    [LEVELS, EFFORTS],
  );
  assert.equal(r.status, 'planned');
  assert.equal(Number(effort), r.effort);
  assert.equal(await page.locator('[data-testid="plan-steps"] li').count(), r.steps.length);
  assert.ok(Number(steps) >= r.steps.length);
  await page.locator('[data-testid="apply-plan"]').click();
  assert.equal(await text(page, 'predicate'), 'Memuaskan');
});

test('a long plan can be cancelled, computed again, and a change starts it anew', async () => {
  const page = await openLongPlan();
  assert.match(await status(page), /working/);
  await page.locator('[data-testid="plan-cancel"]').click();
  assert.match(await status(page), /cancelled/);
  assert.match(await text(page, 'plan-message'), /dibatalkan\. Nilai dan pengaturan tidak berubah/);
  // Nothing more is computed once cancelled.
  await page.waitForTimeout(500);
  assert.match(await status(page), /cancelled/);
  await page.locator('[data-testid="plan-restart"]').click();
  assert.match(await status(page), /working/);
  // In English, mid-way: the plan starts again in the new language and finishes.
  await chooseLanguage(page, 'en');
  assert.match(await text(page, 'plan-message'), /Computing the least-effort plan|steps, effort/);
  await page.waitForFunction(() => !document.querySelector('[data-testid="plan-result"]').classList.contains('working'), null, { timeout: 60000 });
  assert.match(await text(page, 'plan-message'), /^\d+ steps, effort \d+$/);
});

test('a long roadmap keeps its year pickers, shows progress, can be cancelled, and ends planned', async () => {
  const page = await openLongPlan();
  await showView(page, 'peta-jalan');
  const verdict = page.locator('[data-testid="roadmap-verdict"]');
  assert.match(await verdict.getAttribute('class'), /working/);
  assert.match(await verdict.innerText(), /Menghitung rencana tiap tahun/);
  // Every year keeps its target picker while it is computed; no result yet.
  for (const year of [2026, 2027, 2028]) {
    assert.equal(await page.locator(`[data-testid="roadmap-target-${year}"]`).count(), 1);
    assert.match(await page.locator(`[data-testid="roadmap-year-${year}"] .year-result`).innerText(), /Belum dihitung/);
  }
  await page.locator('[data-testid="roadmap-cancel"]').click();
  assert.match(await verdict.getAttribute('class'), /cancelled/);
  assert.match(await verdict.innerText(), /dibatalkan/);
  await page.locator('[data-testid="roadmap-restart"]').click();
  await page.waitForFunction(() => {
    const v = document.querySelector('[data-testid="roadmap-verdict"]');
    return v && !v.classList.contains('working');
  }, null, { timeout: 120000 });
  assert.match(await verdict.getAttribute('class'), /planned/);
  assert.match(await page.locator('[data-testid="roadmap-year-2026"] .year-result').innerText(), /Sangat Baik/);
  assert.match(await page.locator('[data-testid="roadmap-year-2027"] .year-result').innerText(), /Tanpa target|Sangat Baik/);
  const planned2028 = await page.locator('[data-testid="roadmap-year-2028"] .year-result').innerText();
  // The standing screen plans the same roadmap (in slices again: it is its own screen) and
  // adds its years to the history once they are planned — the same index.
  await showView(page, 'posisi');
  await page.waitForSelector('[data-testid="history-2028"]', { timeout: 120000 });
  const row = await page.locator('[data-testid="history-2028"]').innerText();
  assert.ok(planned2028.includes(row.match(/\d,\d\d/)[0]), `${row} / ${planned2028}`);
});

test('window.spbe.planInSlices: the same plan as spbe.plan, with progress, without freezing the host page, and cancellable', async () => {
  const page = await open();
  const out = await page.evaluate(async ([levels, efforts]) => {
    await window.spbe.load('pemdi-2026');
    const options = { target: 'Memuaskan', efforts };
    const shares = [];
    // The host page's own timer keeps firing while the plan is computed.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const sliced = await window.spbe.planInSlices('pemdi-2026', levels, options, { onProgress: (s) => shares.push(s) });
    clearInterval(timer);
    const whole = window.spbe.plan('pemdi-2026', levels, options);
    // Cancelled after the first slice.
    const stop = new AbortController();
    const cancelled = await window.spbe
      .planInSlices('pemdi-2026', levels, options, { onProgress: () => stop.abort(), signal: stop.signal })
      .then(() => 'finished', (e) => `${e.name}: ${e.message}`);
    const bad = await window.spbe.planInSlices('pemdi-2026', levels, options, { onProgress: 3 }).then(() => 'finished', (e) => `${e.code}: ${e.message} / ${e.messages.en}`);
    const badTarget = await window.spbe.planInSlices('pemdi-2026', levels, { target: 'Hebat' }).then(() => 'finished', (e) => e.message);
    return { sliced, whole, shares, ticks, cancelled, bad, badTarget };
  }, [LEVELS, EFFORTS]);
  assert.deepEqual(out.sliced, out.whole);
  assert.equal(out.sliced.status, 'planned');
  assert.ok(out.shares.length >= 2, `${out.shares.length} progress calls`);
  assert.ok(out.shares.every((s, i) => s > 0 && s < 1 && (i === 0 || s >= out.shares[i - 1])), out.shares.join(' '));
  assert.ok(out.ticks >= 2, `the host's timer fired ${out.ticks} times`);
  assert.equal(out.cancelled, 'AbortError: spbe: the plan was cancelled (signal aborted)');
  assert.equal(out.bad, 'badArgument: spbe: control.onProgress harus berupa fungsi / spbe: control.onProgress must be a function');
  assert.match(out.badTarget, /^spbe: options\.target "Hebat" bukan predikat/);
});
