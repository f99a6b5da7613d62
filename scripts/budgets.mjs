// The performance budgets of the release build, measured and printed beside their limits (a
// measurement script for `make bench`, not a test: a number over its budget is reported, not
// failed). Everything is measured against scripts/serve.mjs — compressed, as a static host
// serves it.
//   - Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU slowdown), first visit:
//     performance score, total blocking time, largest contentful paint (median of 3 runs);
//   - elements on the first screen (after the rows of the whole first screen are built);
//   - the main wasm, gzip;
//   - a level change until the index shows it, inside the page (median of 40).
import { execFile } from 'node:child_process';
import { readFileSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer, DIST } from './serve.mjs';
import { launch, openPage, openCalculator } from '../e2e/harness.mjs';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const rows = [];
const report = (name, value, limit, unit, ok) =>
  rows.push([name, `${value}${unit}`, `${limit}${unit}`, ok ? 'within' : 'OVER']);

const { server, origin } = await startServer();
try {
  // Lighthouse, mobile preset (its default), performance only, fresh profile each run.
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), 'spbe-lighthouse-'));
  for (let i = 0; i < RUNS; i++) {
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
      fcp: a['first-contentful-paint'].numericValue,
    });
  }
  const median = (key) => results.map((r) => r[key]).sort((x, y) => x - y)[Math.floor(results.length / 2)];
  const score = median('score');
  const tbt = Math.round(median('tbt'));
  const lcp = median('lcp') / 1000;
  report('Lighthouse mobile: performance', score.toFixed(2).replace('.', ','), '≥ 0,90', '', score >= 0.9);
  report('Lighthouse mobile: total blocking time', tbt, '≤ 200', ' ms', tbt <= 200);
  report('Lighthouse mobile: largest contentful paint', lcp.toFixed(2).replace('.', ','), '≤ 2,50', ' s', lcp <= 2.5);
  const fcp = (median('fcp') / 1000).toFixed(2).replace('.', ',');
  const each = results.map((r) => `${r.score.toFixed(2)}/${Math.round(r.tbt)}ms/${(r.lcp / 1000).toFixed(2)}s`).join(', ');

  // Elements on the first screen, and a level change, in headless Chromium.
  const browser = await launch();
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
  await page.waitForTimeout(1500);
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
  for (const [label, n] of counts) report(`DOM elements, ${label}`, n, '≤ 1500', '', n <= 1500);
  const gzip = statSync(join(DIST, 'spbe_bg.wasm.gz')).size / 1024;
  const brotli = statSync(join(DIST, 'spbe_bg.wasm.br')).size / 1024;
  report('main wasm, gzip', gzip.toFixed(0), '≤ 200', ' KiB', gzip <= 200);
  report('level change -> index shown (median of 40)', click.toFixed(1).replace('.', ','), '≤ 3', ' ms', click <= 3);

  console.log(`budgets (release build served compressed; Lighthouse ${RUNS} runs, median):`);
  for (const [name, value, limit, verdict] of rows) {
    console.log(`  ${name.padEnd(46)}${value.padStart(10)}  budget ${limit.padEnd(10)} ${verdict}`);
  }
  console.log(`  (Lighthouse runs score/TBT/LCP: ${each}; first contentful paint ${fcp} s)`);
  console.log(`  (main wasm brotli: ${brotli.toFixed(0)} KiB)`);
} finally {
  server.close();
}
