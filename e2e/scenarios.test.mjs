// End-to-end tests of scenarios side by side, the charts and the roadmap (release build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, text, KEMENKO_2021, showView } from './harness.mjs';

const s = suite();
const { open } = s;

test('scenarios side by side: create, rename, edit, compare, switch, delete', async () => {
  const page = await open(`#levels=${KEMENKO_2021}&view=skenario`);
  // Scenario 1 = the report; rename it.
  await page.locator('[data-testid="scenario-name"]').fill('Realistis');
  await page.locator('[data-testid="scenario-name"]').press('Enter');
  assert.equal(await text(page, 'scenario-tab-1'), 'Realistis');
  await showView(page, 'isi');
  await page.locator('[data-testid="indicator-21"] input[value="3"]').click();
  // Scenario 2 from there, then apply the plan to Sangat Baik.
  await showView(page, 'skenario');
  await page.locator('[data-testid="new-scenario"]').click();
  assert.equal(await text(page, 'scenario-tab-2'), 'Skenario 2');
  await page.locator('[data-testid="scenario-name"]').fill('Ambisius');
  await page.locator('[data-testid="scenario-name"]').press('Enter');
  await showView(page, 'rencana');
  await page.locator('[data-testid="apply-plan"]').click();
  assert.equal(await text(page, 'predicate'), 'Sangat Baik');
  await showView(page, 'skenario');
  // The comparison: baseline, Realistis, Ambisius; changed cells are marked.
  const head = await page.locator('[data-testid="comparison"] thead th').allInnerTexts();
  assert.deepEqual(head.slice(1), ['Baseline', 'Realistis', 'Ambisius']);
  const index = await page.locator('[data-testid="compare-index"] td').allInnerTexts();
  assert.deepEqual(index.map((s) => s.replace(/\s*\*$/, '')), ['2,95', '2,98', '3,50']);
  assert.equal(await page.locator('[data-testid="compare-index"] td.changed').count(), 2);
  const differing = await page.locator('[data-testid="compare-indicator"] th').allInnerTexts();
  assert.ok(differing.some((l) => l.startsWith('21. ')), differing.join('\n'));
  // The charts are drawn with text alternatives.
  assert.match(await page.locator('[data-testid="waterfall"] svg').getAttribute('aria-label'), /^Baseline: 2,95; .*Ambisius: 3,50$/);
  assert.equal(await page.locator('[data-testid="comparison"] [data-testid="radar"] polygon').count(), 2);
  // Switching back restores the other scenario's levels.
  await page.locator('[data-testid="scenario-tab-1"]').click();
  assert.equal(await text(page, 'index-value'), '2,98');
  await page.locator('[data-testid="scenario-tab-2"]').click();
  await page.locator('[data-testid="delete-scenario"]').click();
  assert.equal(await page.locator('[data-testid^="scenario-tab-"]').count(), 1);
  assert.equal(await text(page, 'index-value'), '2,98');
});

test('the roadmap plans year by year and names the years it cannot meet', async () => {
  const page = await open(`#levels=${KEMENKO_2021}&view=rencana`);
  await page.locator('[data-testid="plan-pace"]').selectOption('1');
  await showView(page, 'peta-jalan');
  await page.locator('[data-testid="roadmap-target-2026"]').selectOption({ label: 'Sangat Baik (\u2265 3,50)' });
  await page.locator('[data-testid="roadmap-target-2027"]').selectOption({ label: 'Memuaskan (\u2265 4,20)' });
  await page.locator('[data-testid="roadmap-target-2028"]').selectOption({ label: 'Memuaskan (\u2265 4,20)' });
  const y26 = await text(page, 'roadmap-year-2026');
  const y27 = await text(page, 'roadmap-year-2027');
  const y28 = await text(page, 'roadmap-year-2028');
  assert.match(y26, /direncanakan \u00b7 3,5\d \u00b7 Sangat Baik/);
  assert.match(y27, /tidak tercapai/);
  assert.match(y28, /direncanakan \u00b7 4,2\d \u00b7 Memuaskan/);
  assert.equal(await text(page, 'roadmap-verdict'), 'Tahun dengan target yang tidak dapat dicapai: 2027.');
  const label = await page.locator('[data-testid="roadmap-chart"] svg').getAttribute('aria-label');
  assert.match(label, /^Peta jalan tahunan: Awal: 2,95; 2026: 3,5\d; 2027: /);
  assert.equal(await page.locator('[data-testid="roadmap-chart"] .point.unmet').count(), 1);
});
