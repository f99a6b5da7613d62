// The performance budgets of the release build, measured and printed beside their limits (a
// measurement script for `make bench`, not a test: a number over its budget is reported, not
// failed; the byte sizes, which do not vary, are checked by `make test` instead). Everything is
// measured against scripts/serve.mjs — compressed, as a static host serves it — and, where a
// time depends on the machine, next to a plain hand-written page measured in the same run
// (scripts/plain-page.mjs: the first-visit framework's indicators as radio groups and one
// weighted sum).
//   - Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU slowdown), first visit:
//     performance score, total blocking time, largest contentful paint, cumulative layout
//     shift (median of LIGHTHOUSE_RUNS, default 3);
//   - under DevTools' Slow 4G and 4x CPU slowdown (median of RUNS, default 5, fresh profile
//     each): the first score on screen, and the first click on a level reflected in the score,
//     ours and the plain page's; each other screen opened for the first time;
//   - elements on the first screen; a level change until the index shows it (median of 40);
//   - the byte budgets (scripts/sizes.mjs).
// The tables are printed, and written into README.md between its budget markers.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer, handler } from './serve.mjs';
import { launch, openPage, openCalculator } from '../e2e/harness.mjs';
import { plainPage } from './plain-page.mjs';
import { measure as byteBudgets } from './sizes.mjs';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const RUNS = Number(process.env.RUNS || 5);
const rows = [];
const dec = (v, d) => v.toFixed(d).replace('.', ',');
const report = (name, value, limit, ok, note = '') => rows.push([name, value, limit, ok ? 'within' : 'OVER', note]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// DevTools' "Slow 4G" and a 4x slower CPU, on a fresh profile.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375 };
async function throttled(browser, origin, options = {}) {
  const opened = await openPage(browser, origin, options);
  const cdp = await opened.context.newCDPSession(opened.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return opened;
}

// In the page from the start: when a score is first on screen (a number in the index).
function watchScore() {
  const look = () => {
    const el = document.querySelector('[data-testid="index-value"], #prerendered .index-value');
    if (el && /\d,\d\d/.test(el.textContent) && getComputedStyle(el).visibility === 'visible' && el.getClientRects().length) {
      window.firstScore ??= performance.now();
    }
    if (window.firstScore === undefined) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** First score and first click (ms since navigation) of the page at `url`. */
async function firstScoreAndClick(browser, origin, url, operable, level) {
  const { page, context } = await throttled(browser, origin, { serviceWorkers: 'block' });
  await page.addInitScript(watchScore);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.firstScore !== undefined, null, { timeout: 120000 });
  // As soon as a user can operate it: click a level, see the score change.
  await page.waitForSelector(operable, { timeout: 120000 });
  const index = page.locator('[data-testid="index-value"]').first();
  const before = await index.innerText();
  await page.evaluate((before) => {
    const el = document.querySelector('[data-testid="index-value"]');
    new MutationObserver(() => {
      if (el.textContent !== before) window.firstClick ??= performance.now();
    }).observe(el, { characterData: true, childList: true, subtree: true });
  }, before);
  await page.locator(level).first().click();
  await page.waitForFunction(() => window.firstClick !== undefined, null, { timeout: 60000 });
  const t = await page.evaluate(() => [window.firstScore, window.firstClick]);
  await context.close();
  return t;
}

/** Each other screen opened for the first time (ms), after the first visit is idle: as a
 * visitor has it (the service worker has kept the screens' chunks, each is compiled when
 * opened) or on a cold cache (nothing fetched ahead: Save-Data, no worker). */
async function screensFirstOpen(browser, origin, cold) {
  const { page, context } = await throttled(browser, origin, { serviceWorkers: cold ? 'block' : 'allow' });
  if (cold) {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
  }
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, { timeout: 180000 });
  const out = {};
  for (const [view, shows] of [['rencana', 'planner'], ['skenario', 'comparison'], ['peta-jalan', 'roadmap'], ['posisi', 'standing'], ['berkas', 'files']]) {
    const t0 = Date.now();
    await page.locator(`[data-testid="tab-${view}"]`).click();
    await page.waitForSelector(`[data-testid="${shows}"]`, { timeout: 120000 });
    out[view] = Date.now() - t0;
  }
  await context.close();
  return out;
}

const { server, origin } = await startServer();
const plainDir = mkdtempSync(join(tmpdir(), 'spbe-plain-'));
plainPage(plainDir);
const plain = createServer(handler(plainDir)).listen(0, '127.0.0.1');
await new Promise((r) => plain.on('listening', r));
const plainOrigin = `http://127.0.0.1:${plain.address().port}`;
try {
  // Lighthouse, mobile preset (its default), performance only, fresh profile each run.
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), 'spbe-lighthouse-'));
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const out = join(dir, `run-${i}.json`);
    await run(
      'node_modules/.bin/lighthouse',
      [`${origin}/`, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 1 << 26 },
    );
    const r = JSON.parse(readFileSync(out, 'utf8'));
    const a = r.audits;
    results.push({
      score: r.categories.performance.score,
      tbt: a['total-blocking-time'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
    });
  }
  const m = (key) => median(results.map((r) => r[key]));
  report('Lighthouse mobile: performance', dec(m('score'), 2), '≥ 0,95', m('score') >= 0.95);
  report('Lighthouse mobile: total blocking time', `${Math.round(m('tbt'))} ms`, '≤ 150 ms', m('tbt') <= 150);
  report('Lighthouse mobile: largest contentful paint', `${dec(m('lcp') / 1000, 2)} s`, '≤ 2,00 s', m('lcp') <= 2000);
  report('Lighthouse mobile: cumulative layout shift', dec(m('cls'), 3), '≤ 0,020', m('cls') <= 0.02);
  const each = results.map((r) => `${r.score.toFixed(2)}/${Math.round(r.tbt)}ms/${(r.lcp / 1000).toFixed(2)}s/${r.cls.toFixed(3)}`).join(', ');

  const browser = await launch();
  // Slow 4G + 4x CPU: ours and the plain page, alternately, RUNS times each.
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await firstScoreAndClick(browser, origin, `${origin}/`, '#app [data-testid="indicator-1"] input', '#app [data-testid="indicator-1"] input >> nth=2'));
    theirs.push(await firstScoreAndClick(browser, plainOrigin, `${plainOrigin}/`, 'fieldset input', 'fieldset input >> nth=2'));
  }
  const [ourScore, ourClick] = [median(ours.map((t) => t[0])), median(ours.map((t) => t[1]))];
  const [plainScore, plainClick] = [median(theirs.map((t) => t[0])), median(theirs.map((t) => t[1]))];
  const note = (a, b) => `ours ${dec(a / 1000, 2)} s, plain page ${dec(b / 1000, 2)} s`;
  report('Slow 4G + 4× CPU: first score on screen', `${dec(ourScore / plainScore, 2)}×`, '≤ 2,5× plain', ourScore / plainScore <= 2.5, note(ourScore, plainScore));
  report('Slow 4G + 4× CPU: first click reflected', `${dec(ourClick / plainClick, 2)}×`, '≤ 3× plain', ourClick / plainClick <= 3, note(ourClick, plainClick));
  const screens = await screensFirstOpen(browser, origin, false);
  const worst = Math.max(...Object.values(screens));
  report('Slow 4G + 4× CPU: each other screen opened first', `${dec(worst / 1000, 2)} s`, '≤ 1,00 s', worst <= 1000,
    Object.entries(screens).map(([v, t]) => `${v} ${dec(t / 1000, 2)}`).join(', '));
  const cold = await screensFirstOpen(browser, origin, true);
  const coldWorst = Math.max(...Object.values(cold));

  // Elements on the first screen, and a level change, in headless Chromium.
  const counts = [];
  for (const [label, hash, viewport] of [
    ['Pemdi 2026, first visit, phone', '', { width: 412, height: 823 }],
    ['SPBE 2020, laptop', '#model=spbe-2020', { width: 1366, height: 768 }],
  ]) {
    const { page, context } = await openPage(browser, origin, { viewport, serviceWorkers: 'block' });
    await openCalculator(page, origin, hash);
    counts.push([label, await page.evaluate(() => document.querySelectorAll('*').length)]);
    await context.close();
  }
  const { page, context } = await openPage(browser, origin, { serviceWorkers: 'block' });
  await openCalculator(page, origin, '#model=spbe-2020');
  // Once the page is idle (start-up work done), as when a planner enters levels.
  await page.waitForFunction(() => document.documentElement.dataset.warm === 'done');
  const click = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 40; i++) {
      const level = 2 + (i % 4);
      const input = document.querySelector(`[data-testid="indicator-21"] input[value="${level}"]`);
      const target = document.querySelector('[data-testid="index-value"]');
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(target, { characterData: true, childList: true, subtree: true });
      });
      const t0 = performance.now();
      input.click();
      times.push((await changed) - t0);
      // Let the rest of the update (effects: URL, autosave) finish before the next click.
      await new Promise((r) => setTimeout(r, 50));
    }
    times.sort((a, b) => a - b);
    return times[20];
  });
  await context.close();
  await browser.close();
  for (const [label, n] of counts) report(`DOM elements, ${label}`, String(n), '≤ 1500', n <= 1500);
  report('level change → index shown (median of 40)', `${dec(click, 1)} ms`, '≤ 3 ms', click <= 3);
  for (const [name, size, { target, ceiling }] of byteBudgets()) {
    const note = target === ceiling ? 'gzip' : `gzip; make test enforces ≤ ${dec(ceiling / 1024, 1)} KiB`;
    report(`bytes: ${name}`, `${dec(size / 1024, 1)} KiB`, `≤ ${dec(target / 1024, 0)} KiB`, size <= target, note);
  }

  console.log(`budgets (release build served compressed; Lighthouse ${LIGHTHOUSE_RUNS} runs and ${RUNS} throttled runs, medians):`);
  for (const [name, value, limit, verdict, n] of rows) {
    console.log(`  ${name.padEnd(52)}${value.padStart(10)}  budget ${limit.padEnd(13)} ${verdict}${n ? `  (${n})` : ''}`);
  }
  console.log(`  (Lighthouse runs score/TBT/LCP/CLS: ${each}; first contentful paint ${dec(m('fcp') / 1000, 2)} s)`);
  console.log(`  (each screen opened first on a cold cache, nothing fetched ahead: worst ${dec(coldWorst / 1000, 2)} s: ${Object.entries(cold).map(([v, t]) => `${v} ${dec(t / 1000, 2)}`).join(', ')})`);
  // The README's table, from these numbers.
  const md = [
    '| budget | limit | measured | | |',
    '|---|---|---|---|---|',
    ...rows.map(([name, value, limit, verdict, n]) => `| ${name} | ${limit} | ${value} | ${verdict} | ${n} |`),
  ].join('\n');
  const readme = new URL('../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const re = /(<!-- budgets:start[^>]*-->\n)[\s\S]*?(<!-- budgets:end -->)/;
  if (re.test(text)) {
    writeFileSync(readme, text.replace(re, (_, a, b) => `${a}${md}\n${b}`));
    console.log('README.md: the budget table was regenerated');
  }
} finally {
  server.close();
  plain.close();
}
