// Prints how long window.spbe.plan takes in headless Chromium (release build in dist/) at
// several targets, next to window.spbe.score and a level change clicked through Playwright.
// A measurement script, not a test: `make bench`.
import { startServer, launch, openPage, openCalculator } from '../e2e/harness.mjs';

const { server, origin } = await startServer();
const browser = await launch();
try {
  const { page, context } = await openPage(browser, origin);
  await openCalculator(page, origin, '#model=spbe-2020');
  const rows = await page.evaluate(async () => {
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
    return out;
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
  clicks.sort((a, b) => a - b);
  console.log(`  click -> screen updated (Playwright round trip, median of 10): ${clicks[5]} ms`);
  console.log('  (click -> index inside the page: see the budgets below)');
  await context.close();
} finally {
  await browser.close();
  server.close();
}
