// Prints how long window.spbe.plan takes in headless Chromium (release build in dist/) at
// several targets, next to window.spbe.score and a level change clicked through Playwright.
// A measurement script, not a test: `make bench`.
import { startServer, launch, openPage, openCalculator } from '../e2e/harness.mjs';

const { server, origin } = await startServer();
const browser = await launch();
try {
  const { page, context } = await openPage(browser, origin);
  await openCalculator(page, origin, '#model=spbe-2020');
  const { rows, worst: w } = await page.evaluate(async () => {
    const kemenko = [...'33333333332254333332111111111114444443345432433'].map(Number);
    const floor = Array(47).fill(1);
    const time = (runs, f) => {
      f();
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) f();
      return ((performance.now() - t0) * 1000) / runs;
    };
    const out = [['score (JS API)', time(2000, () => window.spbe.score('spbe-2020', kemenko))]];
    for (const [label, levels, target] of [
      ['floor -> Cukup', floor, 'Cukup'],
      ['floor -> Baik', floor, 'Baik'],
      ['floor -> 4,00', floor, 4],
      ['floor -> Memuaskan', floor, 'Memuaskan'],
      ['Kemenko 2021 -> Sangat Baik', kemenko, 'Sangat Baik'],
    ]) {
      out.push([`plan ${label}`, time(30, () => window.spbe.plan('spbe-2020', levels, { target }))]);
    }
    // Pemdi: fractional values (Aceh Tengah 2026) and the worst case for the residue classes.
    await window.spbe.load('pemdi-2026');
    const aceh = [2, 1.5, 1.26, 1.3, 1, 1, 1, 1, 1, 1, 1.5, 1.25, 1.1667, 1, 1, 1, 2.5, 1, 1, 1.3];
    const thirds = Array.from({ length: 20 }, (_, i) => (i % 2 ? 1.1667 : 1.8333));
    for (const [label, levels, target] of [
      ['Pemdi Aceh Tengah -> Baik', aceh, 'Baik'],
      ['Pemdi Aceh Tengah -> Memuaskan', aceh, 'Memuaskan'],
      ['Pemdi thirds -> Memuaskan', thirds, 'Memuaskan'],
    ]) {
      out.push([`plan ${label}`, time(10, () => window.spbe.plan('pemdi-2026', levels, { target }))]);
    }
    // The planner's worst case (issue: at most 50 ms): 1,000 random four-decimal Pemdi vectors
    // (values 1–5; 7/6 is kept as 1,1667) against every predicate, with equal efforts and with
    // random efforts of 1–100 per step; each plan timed once.
    const file = await (await fetch('models/pemdi-2026.json')).json();
    const targets = file.bands.map((b) => b.name.id);
    let seed = 2026;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const times = [];
    let refused = 0;
    for (let v = 0; v < 1000; v++) {
      const levels = Array.from({ length: 20 }, () => Math.round((1 + 4 * random()) * 10000) / 10000);
      // Each with equal efforts, and with efforts of 1–100 per step.
      const efforts = Array.from({ length: 20 }, () => 1 + Math.floor(100 * random()));
      for (const target of targets) {
        for (const options of [{ target }, { target, efforts }]) {
          const t0 = performance.now();
          try {
            window.spbe.plan('pemdi-2026', levels, options);
          } catch (e) {
            refused += 1;
          }
          times.push(performance.now() - t0);
        }
      }
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.floor((times.length - 1) * q)];
    return { rows: out, worst: { count: times.length / 2, targets: targets.length, median: at(0.5), p99: at(0.99), worst: at(1), refused } };
  });
  // A level change as the user makes it: click, then wait for the screen to update.
  const clicks = [];
  for (let i = 0; i < 10; i++) {
    const level = 2 + (i % 4);
    const t0 = Date.now();
    await page.locator(`[data-testid="indicator-21"] input[value="${level}"]`).click();
    await page.waitForFunction((l) => document.querySelector('[data-testid="indicator-21"] input:checked')?.value === String(l), level);
    clicks.push(Date.now() - t0);
  }
  console.log('headless Chromium, release build (microseconds per call):');
  const base = rows[0][1];
  for (const [label, us] of rows) {
    console.log(`  ${label.padEnd(38)}${us.toFixed(1).padStart(10)} µs  (${(us / base).toFixed(0)}x score)`);
  }
  console.log(
    `  plan, ${w.count / w.targets} random 4-decimal Pemdi vectors x ${w.targets} predicates x (equal efforts, efforts 1-100): median ${w.median.toFixed(2)} ms, ` +
      `p99 ${w.p99.toFixed(2)} ms, worst ${w.worst.toFixed(2)} ms (budget 50 ms), refused ${w.refused}`,
  );
  clicks.sort((a, b) => a - b);
  console.log(`  click -> screen updated (Playwright round trip, median of 10): ${clicks[5]} ms`);
  console.log('  (click -> index inside the page: see the budgets below)');
  await context.close();
} finally {
  await browser.close();
  server.close();
}
