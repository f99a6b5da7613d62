// End-to-end tests of the plan as tasks (issue 18, item 4) in the release build: the evidence
// deadline (tasks flagged, the plan limited to what can be ready, kept across a reload), the
// work by unit with the index that depends on each unit, one printed A4 page per unit
// (counted in the PDF), the timeline of due dates by month; both languages, a phone width,
// axe-core. Screenshots go to $SPBE_SHOTS when it is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { suite, showView, axe, openItems } from './harness.mjs';

const s = suite({ bypassCSP: true });
const { open } = s;
const shots = process.env.SPBE_SHOTS;
const shot = async (page, name) => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
};

const items = openItems;
const setStatus = (panel, code, status) =>
  panel.locator(`[data-testid="item-${code}"] [data-testid="item-status"]`).selectOption(status);
async function setField(locator, value) {
  await locator.fill(value);
  await locator.blur();
}

/** I1 (Bappeda): level 1 accepted, I1-L2-01 uploaded, I1-L2-02 Diskominfo's due 31 Mar 2027;
 * I3's unit BKPSDM. Then the planning screen with target Baik. */
async function prepare(page) {
  const one = await items(page, 1);
  await setStatus(one, 'I1-L1-01', 'accepted');
  await setStatus(one, 'I1-L2-01', 'uploaded');
  await setField(one.locator('[data-testid="items-unit"]'), 'Bappeda');
  const item = one.locator('[data-testid="item-I1-L2-02"]');
  await item.locator('.item-more > summary').click();
  await setField(item.locator('[data-testid="item-owner"]'), 'Diskominfo');
  await setField(item.locator('[data-testid="item-due"]'), '2027-03-31');
  const three = await items(page, 3);
  await setField(three.locator('[data-testid="items-unit"]'), 'BKPSDM');
  await showView(page, 'rencana');
  await page.locator('[data-testid="plan-target"]').selectOption({ label: 'Baik (\u2265 2,50)' });
}

test('Pemdi: the evidence deadline flags tasks, limits the plan and is kept', async () => {
  const page = await open('#model=pemdi-2026');
  await prepare(page);
  const result = page.locator('[data-testid="plan-result"]');
  await page.locator('[data-testid="plan-result"].planned').waitFor();
  // No deadline: nothing flagged, the limit cannot be switched on.
  assert.equal(await page.locator('[data-testid="task-late"]').count(), 0);
  assert.ok(await page.locator('[data-testid="deadline-limit"]').isDisabled());
  await page.locator('[data-testid="deadline-date"]').fill('2027-02-01');
  const state = page.locator('[data-testid="deadline-state"]');
  await state.filter({ hasText: 'belum tentu siap sebelum 1 Feb 2027' }).waitFor();
  const step = page.locator('[data-testid="plan-steps"] > li').filter({ hasText: 'Tata Kelola Pemerintah Digital' });
  const late = step.locator('li').filter({ hasText: 'I1-L2-02' }).locator('[data-testid="task-late"]');
  assert.match(await late.innerText(), /tenggat sesudah batas 1 Feb 2027/);
  // The uploaded item is ready: not flagged.
  assert.equal(await step.locator('li').filter({ hasText: 'I1-L2-01' }).locator('[data-testid="task-late"]').count(), 0);
  // Limited to what can be ready: no item of any other indicator has a date, so Baik is out of reach.
  await page.locator('[data-testid="deadline-limit"]').check();
  await state.filter({ hasText: 'Rencana dibatasi' }).waitFor();
  await page.locator('[data-testid="plan-result"].unreachable').waitFor();
  await shot(page, 'deadline-id-1280');
  // A date late enough for I1-L2-02 still leaves the other indicators where they are.
  await page.locator('[data-testid="deadline-limit"]').uncheck();
  await page.locator('[data-testid="plan-result"].planned').waitFor();
  // The roadmap's years list the items their steps need (the deadline is the coming stage's:
  // not flagged there).
  await showView(page, 'peta-jalan');
  await page.locator('[data-testid="roadmap-target-2026"]').selectOption({ label: 'Baik (\u2265 2,50)' });
  const year = page.locator('[data-testid="roadmap-year-2026"]');
  await year.locator('details > summary').first().click();
  const roadTasks = year.locator('[data-testid="roadmap-tasks"]');
  assert.match(await roadTasks.innerText(), /I1-L2-02 .* · belum ada · Diskominfo · Tenggat 31 Mar 2027/);
  assert.equal(await roadTasks.locator('[data-testid="task-late"]').count(), 0);
  await showView(page, 'rencana');
  // Kept across a reload.
  await page.reload();
  await page.locator('[data-testid="deadline-date"]').waitFor();
  assert.equal(await page.locator('[data-testid="deadline-date"]').inputValue(), '2027-02-01');
  assert.ok(!(await page.locator('[data-testid="deadline-limit"]').isChecked()));
  assert.ok(await result.isVisible());
  assert.deepEqual(await axe(page), []);
});

test('Pemdi: the work by unit, its printed pages (one each) and the timeline', async () => {
  const page = await open('#model=pemdi-2026');
  await prepare(page);
  await page.locator('[data-testid="plan-result"].planned').waitFor();
  await page.locator('[data-testid="deadline-date"]').fill('2027-02-01');
  const units = page.locator('[data-testid="units"]');
  await units.waitFor();
  const names = await units.locator('[data-testid="unit"] .unit-name').allInnerTexts();
  assert.deepEqual(names, ['BKPSDM', 'Bappeda', 'Diskominfo']);
  const bappeda = units.locator('[data-testid="unit"]').nth(1);
  const summary = await bappeda.locator('summary').innerText();
  assert.match(summary, /1 dari \d+ butir diterima · Indeks target yang bergantung pada unit ini: 0,\d{4} \(\d+,\d\d % dari kenaikan yang direncanakan\)/);
  await bappeda.locator('summary').click();
  assert.match(await bappeda.locator('.unit-indicators').innerText(), /Tata Kelola Pemerintah Digital \(1,00 → \d,\d\d\)/);
  assert.match(await bappeda.locator('.unit-items').innerText(), /I1-L2-01 .* · diunggah/);
  const disk = units.locator('[data-testid="unit"]').nth(2);
  await disk.locator('summary').click();
  assert.match(await disk.locator('.unit-items').innerText(), /I1-L2-02 .*Tenggat 31 Mar 2027 · dibutuhkan rencana ⚠ tenggat sesudah batas 1 Feb 2027/);
  // The timeline: March 2027, after the deadline.
  const months = units.locator('[data-testid="month"]');
  assert.equal(await months.count(), 1);
  assert.match(await months.first().innerText(), /^Mar 2027 \(1\) ⚠ sesudah batas kesiapan bukti\n31 Mar 2027 I1-L2-02 · Diskominfo · belum ada/);
  assert.match(await units.locator('[data-testid="undated"]').innerText(), /^\d+ butir belum diterima tanpa tenggat$/);
  await units.scrollIntoViewIfNeeded();
  await shot(page, 'units-id-1280');
  // Printing by unit: the pages are on the page when printing begins, one A4 page each.
  await page.evaluate(() => {
    window.printed = [];
    window.print = () => window.printed.push(document.querySelectorAll('[data-testid="unit-page"]').length);
  });
  await page.locator('[data-testid="print-units"]').click();
  await page.waitForFunction(() => window.printed.length === 1);
  assert.deepEqual(await page.evaluate(() => window.printed), [3]);
  assert.equal(await page.locator('[data-testid="brief"]').count(), 0, 'not the brief');
  await page.emulateMedia({ media: 'print' });
  const pages = page.locator('[data-testid="unit-page"]');
  assert.ok(await pages.first().isVisible());
  assert.match(await pages.nth(2).innerText(), /Tugas bukti unit: Diskominfo[\s\S]*I1-L2-02[\s\S]*31 Mar 2027 ⚠/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const count = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(count, 3, 'one page per unit');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('[data-testid="unit-pages"]').waitFor({ state: 'detached' });
  // The browser's own printing (Ctrl+P) still prints the brief.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.locator('[data-testid="brief"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('[data-testid="unit-pages"]').count(), 0);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.deepEqual(await axe(page), []);
});

test('English at phone width: units and timeline fit the screen', async () => {
  const page = await open('#model=pemdi-2026&lang=en', { viewport: { width: 390, height: 844 } });
  const one = await items(page, 1);
  await setField(one.locator('[data-testid="items-unit"]'), 'Bappeda');
  const item = one.locator('[data-testid="item-I1-L2-02"]');
  await item.locator('.item-more > summary').click();
  await setField(item.locator('[data-testid="item-due"]'), '2027-03-31');
  await showView(page, 'rencana');
  const units = page.locator('[data-testid="units"]');
  await units.waitFor();
  assert.match(await units.locator('h2').innerText(), /^By unit$/);
  await units.locator('[data-testid="unit"] summary').first().click();
  assert.match(await units.innerText(), /Due dates by month[\s\S]*Mar 2027 \(1\)/);
  // A unit renamed once is renamed everywhere.
  const first = units.locator('[data-testid="unit"]').first();
  await first.locator('[data-testid="unit-name"]').fill('Bappeda Litbang');
  await first.locator('[data-testid="unit-rename"] button').click();
  await units.locator('.unit-name', { hasText: /^Bappeda Litbang$/ }).waitFor();
  assert.deepEqual(await units.locator('[data-testid="unit"] .unit-name').allInnerTexts(), ['Bappeda Litbang']);
  await showView(page, 'isi');
  assert.equal(await (await items(page, 1)).locator('[data-testid="items-unit"]').inputValue(), 'Bappeda Litbang');
  await showView(page, 'rencana');
  await units.waitFor();
  const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(wide <= 390, `no sideways scrolling (${wide})`);
  await units.scrollIntoViewIfNeeded();
  await shot(page, 'units-en-390');
  assert.deepEqual(await axe(page), []);
});
