// The main path in Firefox: Debian's firefox-esr driven over WebDriver BiDi with puppeteer-core
// (Playwright's own Firefox build cannot be installed here). Many government offices use
// Firefox; every other e2e file runs in Chromium. Open, change a level, switch framework, type
// a decimal with a comma, plan, export JSON and import it back, follow a shared link, reload
// with the server gone (the service worker serves the calculator offline).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer, KEMENKO_2021 } from './harness.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const s = { server: null, origin: null, browser: null, downloads: null, problems: [] };

before(async () => {
  ({ server: s.server, origin: s.origin } = await startServer());
  s.downloads = mkdtempSync(join(tmpdir(), 'spbe-firefox-'));
  s.browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Exports land in a folder of the test's, without a dialog.
      'browser.download.dir': s.downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv',
    },
  });
});
after(async () => {
  await s.browser?.close();
  s.server?.close();
});

async function newPage() {
  const page = await s.browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') s.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => s.problems.push(`pageerror: ${e.message}`));
  return page;
}

/** Open `url` and wait until the app has taken over and the API answers. */
async function opened(page, url) {
  await page.goto(url);
  await until(page, () => !document.getElementById('prerendered') && !!document.querySelector('[data-testid="index-value"]'));
  await until(page, () => !document.querySelector('[data-pending]'));
  // A first visit has only `spbe.load` once idle; it fetches the whole API.
  await until(page, () => typeof window.spbe?.load === 'function');
  await page.evaluate(() => window.spbe.load('spbe-2020'));
  await until(page, () => {
    try {
      return window.spbe.score('spbe-2020', Array(47).fill(1)).index === 1;
    } catch {
      return false;
    }
  });
}

/**
 * Wait until `fn(arg)` in the page is true. (Puppeteer's waitForFunction builds its function
 * with `new Function` in the page, which the calculator's CSP forbids; `evaluate` is a BiDi
 * call, not subject to it.)
 */
async function until(page, fn, arg, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const ok = await page.evaluate(fn, arg).catch(() => false);
    if (ok) return;
    if (Date.now() > end) assert.fail(`timed out waiting for ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const text = (page, testid) => page.$eval(`[data-testid="${testid}"]`, (e) => e.textContent.trim());
const indexIs = (page, value) =>
  until(page, (v) => document.querySelector('[data-testid="index-value"]')?.textContent === v, value);

async function showView(page, code) {
  await page.click(`[data-testid="tab-${code}"]`);
  await page.waitForSelector(`[data-testid="view-${code}"]`);
  await until(page, () => !document.querySelector('[data-pending]'));
}

/** Wait for a new file in the downloads folder; its text. */
async function downloaded(before) {
  for (let i = 0; i < 100; i++) {
    const fresh = readdirSync(s.downloads).filter((f) => !before.includes(f) && !f.endsWith('.part'));
    if (fresh.length) {
      await new Promise((r) => setTimeout(r, 200));
      return { path: join(s.downloads, fresh[0]), text: readFileSync(join(s.downloads, fresh[0]), 'utf8') };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail('no file was downloaded');
}

test('Firefox: a trap shows the notice and stops the API; a reload brings the work back', async () => {
  const page = await newPage();
  await opened(page, `${s.origin}/#levels=${KEMENKO_2021}`);
  // (Firefox reports a fetch its service worker had in hand when the page went away as an
  // error of the next page: navigate once the first visit's chunks are in.)
  await until(page, () => document.documentElement.dataset.warm === 'done', undefined, 30000);
  await page.evaluate(() => localStorage.setItem('spbe.test', '1'));
  await opened(page, `${s.origin}/`);
  await page.click('[data-testid="indicator-21"] input[value="5"]');
  const changed = await text(page, 'index-value');
  await page.evaluate(() => {
    setTimeout(() => window.spbeTest.trap(), 0);
  });
  await page.waitForSelector('[data-testid="crash"]');
  assert.match(await text(page, 'crash'), /Kalkulator berhenti karena kesalahan/);
  const said = await page.evaluate(() => {
    try {
      window.spbe.score('spbe-2020', Array(47).fill(3));
      return 'no error';
    } catch (e) {
      return `${e.code}: ${e.message}`;
    }
  });
  assert.match(said, /^stopped: /);
  await page.click('.crash-reload');
  await until(page, (v) => document.querySelector('[data-testid="index-value"]')?.textContent === v && !document.querySelector('[data-testid="crash"]'), changed);
  await page.evaluate(() => localStorage.clear());
  await page.close();
  // The trap was thrown on purpose.
  s.problems = s.problems.filter((p) => !/unreachable|calculator stopped/.test(p));
  assert.deepEqual(s.problems, []);
});

test('Firefox: the main path, from a first visit to working offline', async () => {
  const page = await newPage();
  await opened(page, `${s.origin}/#levels=${KEMENKO_2021}`);
  assert.equal(await text(page, 'index-value'), '2,95');
  assert.equal(await text(page, 'predicate'), 'Baik');

  // A level change updates the index and the link.
  await page.click('[data-testid="indicator-47"] input[value="5"]');
  await indexIs(page, '3,01');
  await until(page, () => location.hash.includes('levels=33333333332254333332111111111114444443345432435'));

  // Export JSON (the work with 3,01), change a level, import the file: 3,01 is back.
  await showView(page, 'berkas');
  const before = readdirSync(s.downloads);
  await page.click('[data-testid="export-json"]');
  const file = await downloaded(before);
  const doc = JSON.parse(file.text);
  assert.equal(doc.app, 'spbe-calculator');
  assert.equal(doc.model, 'spbe-2020');
  await showView(page, 'isi');
  await page.click('[data-testid="indicator-1"] input[value="5"]');
  await until(page, () => document.querySelector('[data-testid="index-value"]').textContent !== '3,01');
  await showView(page, 'berkas');
  const input = await page.$('[data-testid="import-file"]');
  await input.uploadFile(file.path);
  await indexIs(page, '3,01');

  // A shared link opens the same numbers in a new tab.
  const link = await page.$eval('[data-testid="share-link"]', (e) => e.value);
  assert.ok(link.startsWith(`${s.origin}/#model=spbe-2020&levels=`), link);
  const other = await newPage();
  await opened(other, link);
  assert.equal(await text(other, 'index-value'), '3,01');
  await other.close();

  // Plan: the least-effort plan to the band above.
  await showView(page, 'rencana');
  await page.waitForSelector('[data-testid="plan-result"]');
  assert.match(await text(page, 'plan-result'), /Sangat Baik/);
  assert.match(await text(page, 'plan-message'), /langkah, upaya \d+/);

  // Another framework, and a value typed with a decimal comma.
  await showView(page, 'isi');
  await page.select('[data-testid="framework-select"]', 'pemdi-2026');
  await until(page, () => location.hash.includes('model=pemdi-2026&'));
  await page.waitForSelector('[data-testid="indicator-13"] [data-testid="value-input"]');
  const field = '[data-testid="indicator-13"] [data-testid="value-input"]';
  await page.click(field, { count: 3 });
  await page.$eval(field, (e) => e.select());
  await page.type(field, '1,1667');
  await page.keyboard.press('Enter');
  await until(page, () => /1,008335/.test(document.querySelector('[data-testid="exact-value"]').textContent));
  await until(page, () => /levels=1,1,1,1,1,1,1,1,1,1,1,1,1\.1667,/.test(location.hash));
  assert.equal(await page.$eval(field, (e) => e.value), '1,1667');

  // Offline: once the service worker controls the page and has fetched ahead, the calculator
  // starts with the server gone.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await until(page, () => navigator.serviceWorker.controller !== null, undefined, 20000);
  await until(page, () => document.documentElement.dataset.warm === 'done', undefined, 30000);
  s.server.closeAllConnections();
  await new Promise((r) => s.server.close(r));
  await page.reload();
  await until(page, () => !document.getElementById('prerendered') && !!document.querySelector('[data-testid="index-value"]'));
  await until(page, () => /1,008335/.test(document.querySelector('[data-testid="exact-value"]')?.textContent ?? ''));
  // Still computing offline: another value typed.
  const first = '[data-testid="indicator-1"] [data-testid="value-input"]';
  await page.$eval(first, (e) => e.select());
  await page.type(first, '2,5');
  await page.keyboard.press('Enter');
  await until(page, () => !/1,008335/.test(document.querySelector('[data-testid="exact-value"]').textContent));
  // Every screen opens offline (their chunks were fetched ahead).
  for (const view of ['rencana', 'skenario', 'peta-jalan', 'berkas']) await showView(page, view);

  assert.deepEqual(s.problems, [], 'no console errors in Firefox');
});
