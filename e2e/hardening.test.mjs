// End-to-end tests of failure: a crash shows a notice and loses nothing; storage at its limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, text, openPage, openCalculator, KEMENKO_2021 } from './harness.mjs';

const s = suite();
const { open } = s;

for (const [lang, title, body] of [
  ['id', /Kalkulator berhenti karena kesalahan/, /sudah tersimpan di perangkat ini/],
  ['en', /The calculator stopped because of an error/, /is saved on this device/],
]) {
  test(`a crash shows a notice in the user's language and a reload restores the work (${lang})`, async () => {
    s.current = await openPage(s.browser, s.origin);
    await s.current.context.addInitScript(() => localStorage.setItem('spbe.test', '1'));
    const page = s.current.page;
    await openCalculator(page, s.origin, `#levels=${KEMENKO_2021}&lang=${lang}`);
    await page.locator('[data-testid="indicator-21"] input[value="5"]').click();
    const changed = await text(page, 'index-value');
    await page.evaluate(() => setTimeout(() => window.spbeTest.panic(), 0));
    const notice = page.locator('[data-testid="crash"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), title);
    assert.match(await notice.innerText(), body);
    assert.equal(await notice.getAttribute('role'), 'alertdialog');
    // The panic's own text, to copy into a bug report (message and place).
    const report = await page.locator('[data-testid="crash-text"]').inputValue();
    assert.match(report, /^spbe-calculator \d+\.\d+\.\d+: panicked at [^\n]*\nspbeTest\.panic\(\): a failure on purpose/);
    assert.match(report, /src\/app\/js_api\.rs:\d+/);
    // The reload link has the focus; following it brings the work back.
    assert.equal(await page.evaluate(() => document.activeElement.className), 'crash-reload');
    await page.locator('.crash-reload').click();
    await page.waitForSelector('[data-testid="index-value"]');
    await page.waitForFunction((v) => document.querySelector('[data-testid="index-value"]').textContent === v, changed);
    assert.equal(await page.locator('[data-testid="crash"]').count(), 0);
    // The panic was logged to the console on purpose.
    s.current.problems.errors = s.current.problems.errors.filter((e) => !e.includes('a failure on purpose') && !e.includes('unreachable'));
  });
}

test('without the test switch there is no way to make the app fail', async () => {
  const page = await open();
  assert.equal(await page.evaluate(() => typeof window.spbeTest), 'undefined');
});
