// End-to-end: a plan that needs the large tables (four-decimal Pemdi values with efforts
// counted in money) is computed in slices — the page stays usable, shows its progress, can be
// cancelled and computed again — and gives the plan window.spbe.plan gives at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, text, showView, axe } from './harness.mjs';

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

/** Opens the work above on the planning screen, with the top predicate as the target. */
async function openLongPlan() {
  const page = await open(`#model=pemdi-2026&levels=${LEVELS.join(',')}`);
  await showView(page, 'berkas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-json"]').click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  doc.planning.efforts = EFFORTS;
  doc.planning.target = { predicate: 'memuaskan' };
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
  await page.locator('[data-testid="lang-en"]').click();
  assert.match(await text(page, 'plan-message'), /Computing the least-effort plan|steps, effort/);
  await page.waitForFunction(() => !document.querySelector('[data-testid="plan-result"]').classList.contains('working'), null, { timeout: 60000 });
  assert.match(await text(page, 'plan-message'), /^\d+ steps, effort \d+$/);
});
