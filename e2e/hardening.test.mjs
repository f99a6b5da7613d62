// End-to-end tests of failure: a crash shows a notice and loses nothing; storage at its limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, text, openPage, openCalculator, KEMENKO_2021 } from './harness.mjs';

const s = suite();
const { open } = s;

/** The calculator with the test switch on and one level changed; the index it shows. */
async function changedWithTestSwitch(lang) {
  s.current = await openPage(s.browser, s.origin);
  await s.current.context.addInitScript(() => localStorage.setItem('spbe.test', '1'));
  const page = s.current.page;
  await openCalculator(page, s.origin, `#levels=${KEMENKO_2021}&lang=${lang}`);
  await page.locator('[data-testid="indicator-21"] input[value="5"]').click();
  return { page, changed: await text(page, 'index-value') };
}

for (const [lang, title, body] of [
  ['id', /Kalkulator berhenti karena kesalahan/, /sudah tersimpan di perangkat ini/],
  ['en', /The calculator stopped because of an error/, /is saved on this device/],
]) {
  test(`a crash shows a notice in the user's language and a reload restores the work (${lang})`, async () => {
    const { page, changed } = await changedWithTestSwitch(lang);
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
    s.current.problems.errors = s.current.problems.errors.filter((e) => !e.includes('a failure on purpose') && !e.includes('unreachable') && !e.includes('calculator stopped'));
  });
}

// A trap (WebAssembly.RuntimeError: a stack overflow, `unreachable`, an access out of bounds)
// is not a panic: no panic hook runs and the module cannot be called again. main.js catches
// it wherever it surfaces and shows the same notice without calling into the module.
const TRAPS = [
  ['an event handler', () => setTimeout(() => window.spbeTest.trap(), 0)],
  ['a promise', () => { Promise.resolve().then(() => window.spbeTest.trap()); }],
  ['a call from the page', () => {
    try {
      window.spbeTest.trap();
    } catch (e) {
      window.caught = e.message;
    }
  }],
];
for (const [where, trap] of TRAPS) {
  for (const lang of where === 'an event handler' ? ['id', 'en'] : ['id']) {
    test(`a trap in ${where} shows the notice, stops the API and loses nothing (${lang})`, async () => {
      const { page, changed } = await changedWithTestSwitch(lang);
      assert.ok(await page.evaluate(() => window.spbe.score('spbe-2020', Array(47).fill(3)).index === 3));
      await page.evaluate(trap);
      const notice = page.locator('[data-testid="crash"]');
      await notice.waitFor();
      assert.match(await notice.innerText(), lang === 'id' ? /Kalkulator berhenti karena kesalahan/ : /The calculator stopped because of an error/);
      assert.match(await page.locator('[data-testid="crash-text"]').inputValue(), /^spbe-calculator \d+\.\d+\.\d+: RuntimeError: unreachable/);
      assert.equal(await page.evaluate(() => document.activeElement.className), 'crash-reload');
      if (where === 'a call from the page') {
        assert.match(await page.evaluate(() => window.caught), /calculator stopped after an error; reload the page/);
      }
      // Every later call of the JavaScript API answers with an Error saying so.
      const later = await page.evaluate(async () => {
        const said = [];
        try { window.spbe.score('spbe-2020', Array(47).fill(3)); } catch (e) { said.push(`${e.code}: ${e.message}`); }
        try { await window.spbe.load('pemdi-2026'); } catch (e) { said.push(`${e.code}: ${e.message}`); }
        return said;
      });
      assert.equal(later.length, 2, JSON.stringify(later));
      for (const m of later) assert.match(m, /^stopped: spbe: the calculator stopped after an error; reload the page/);
      // A reload brings back the work saved up to the last change.
      await page.locator('.crash-reload').click();
      await page.waitForFunction((v) => document.querySelector('[data-testid="index-value"]')?.textContent === v, changed);
      assert.equal(await page.locator('[data-testid="crash"]').count(), 0);
      s.current.problems.errors = s.current.problems.errors.filter((e) => !/unreachable|calculator stopped/.test(e));
    });
  }
}

test('without the test switch there is no way to make the app fail', async () => {
  const page = await open();
  assert.equal(await page.evaluate(() => typeof window.spbeTest), 'undefined');
});
