// End-to-end harness: serves dist/ (the release build) on a free 127.0.0.1 port, launches
// Debian's Chromium through playwright-core, and records console errors and every request so
// each test can check that nothing went to another origin.
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer as serveDist } from '../scripts/serve.mjs';

/** The release build, served as `make serve` serves it (compressed, with cache headers). */
export const startServer = () => serveDist();

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A new page that records console errors, page errors and requests to other origins. */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { errors: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:')) problems.foreign.push(url);
  });
  return { context, page, problems };
}

/** Open `hash` and wait for the calculator to show its index. */
export async function openCalculator(page, origin, hash = '') {
  await page.goto(`${origin}/${hash}`);
  // The app has replaced the prerendered first screen with its own.
  await page.waitForFunction(() => !document.getElementById('prerendered') && document.getElementById('app'));
  await page.waitForSelector('[data-testid="index-value"]');
  // The rows after the first screen's are built in the next task.
  await page.waitForFunction(() => !document.querySelector('[data-pending]'));
  await loadApi(page);
}

/**
 * The whole JavaScript API with SPBE 2020 loaded, as a portal gets it: a first visit has only
 * `spbe.load` once idle (README, JavaScript API), which fetches the API's chunk.
 */
export async function loadApi(page, model = 'spbe-2020') {
  await page.waitForFunction(() => typeof window.spbe?.load === 'function');
  await page.evaluate((id) => window.spbe.load(id), model);
  await page.waitForFunction(() => typeof window.spbe?.score === 'function');
}

export const KEMENKO_2021 = '33333333332254333332111111111114444443345432433';

/**
 * Register the suite's hooks: one server and browser for the file, a fresh context per test,
 * and after each test the check that no console error or warning appeared and no request went
 * to another origin. Returns the suite's state and helpers.
 */
export function suite(defaults = {}) {
  const s = { server: null, origin: null, browser: null, current: null };
  before(async () => {
    ({ server: s.server, origin: s.origin } = await startServer());
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    s.server?.close();
  });
  afterEach(async () => {
    if (s.current) {
      const { problems, context } = s.current;
      s.current = null;
      await context.close();
      assert.deepEqual(problems.errors, [], 'console errors');
      assert.deepEqual(problems.foreign, [], 'requests to other origins');
    }
  });
  /** A new context and page at the calculator with `hash`. */
  s.open = async (hash = '', options = {}) => {
    s.current = await openPage(s.browser, s.origin, { ...defaults, ...options });
    await openCalculator(s.current.page, s.origin, hash);
    return s.current.page;
  };
  return s;
}

/** Wait until the address bar holds `part` (it follows level changes a moment later). */
export async function urlHas(page, part) {
  await page.waitForFunction((p) => location.href.includes(p), part);
  return page.url();
}

/** Wait until the address bar matches `pattern`; returns the address. */
export async function urlMatches(page, pattern) {
  await page.waitForFunction(([source, flags]) => new RegExp(source, flags).test(location.href), [pattern.source, pattern.flags]);
  return page.url();
}

/** The text of the first element with `data-testid`. */
export const text = (page, testid) => page.locator(`[data-testid="${testid}"]`).first().innerText();

/** Choose the interface language by its button and wait until the page is in it (English
 * comes in a chunk of its own, fetched on the first choice). */
export async function chooseLanguage(page, code) {
  await page.locator(`[data-testid="lang-${code}"]`).click();
  await page.waitForFunction((c) => document.documentElement.lang === c
    && document.querySelector(`[data-testid="lang-${c}"]`)?.getAttribute('aria-pressed') === 'true', code);
}

/** Show a screen by its tab (isi, rencana, skenario, peta-jalan, berkas), as a user does. */
export async function showView(page, code) {
  await page.locator(`[data-testid="tab-${code}"]`).click();
  await page.waitForSelector(`[data-testid="view-${code}"]`);
  await page.waitForFunction(() => !document.querySelector('[data-pending]'));
}

/** Open the details of indicator `n` in the compact table; returns the details row. */
export async function openDetails(page, n) {
  const details = page.locator(`[data-testid="details-${n}"]`);
  if ((await details.count()) === 0) {
    await page.locator(`[data-testid="indicator-${n}"] [data-testid="row-toggle"]`).click();
  }
  await details.waitFor();
  return details;
}

/** Open indicator `n`'s details and its evidence items panel; returns the panel. */
export async function openItems(page, n) {
  const details = await openDetails(page, n);
  const panel = details.locator('[data-testid="evidence-items"]');
  if (!(await panel.evaluate((el) => el.open))) await panel.locator('summary').first().click();
  return panel;
}

/** Print preview: the browser's `beforeprint` builds the brief (it is not on the page
 * otherwise); then the print media. Returns the brief. */
export async function printPreview(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const brief = page.locator('[data-testid="brief"]');
  await brief.waitFor({ state: 'attached' });
  return brief;
}

// axe-core, injected into the page (the strict CSP is bypassed for the test only).
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical accessibility violations axe-core finds on the page. */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}
