// End-to-end tests of embedding: the host page (examples/embed.html) and the calculator are
// served from two different origins (two loopback ports), a third origin plays the attacker.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { startServer, launch } from './harness.mjs';

const s = { app: null, host: null, evil: null, browser: null, context: null, problems: [] };

/** Serve `pages` (path → html, with APP replaced by the calculator's origin) on a free port. */
async function serveHtml(pages) {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://x').pathname];
    if (!page) return res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page.replaceAll('APP', s.app.origin));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const example = () => readFileSync('examples/embed.html', 'utf8').replaceAll('http://127.0.0.1:8080', 'APP');

// A page of a third origin, framed by the host page: it posts fake messages to its parent
// (the host) and to the calculator frame next to it.
const EVIL = `<!doctype html><script>
  const fake = { source: 'spbe-kalkulator', type: 'change', model: 'spbe-2020', index: 5, exact: '5', predicate: 'Memuaskan', levels: [] };
  window.attack = () => {
    parent.postMessage(fake, '*');
    parent.postMessage({ ...fake, type: 'resize', height: 10 }, '*');
    const calc = parent.frames[0];
    calc.postMessage({ source: 'spbe-kalkulator-host', type: 'setLevels', levels: Array(47).fill(5) }, '*');
    calc.postMessage({ source: 'spbe-kalkulator-host', type: 'setLang', lang: 'en' }, '*');
  };
</script>`;

before(async () => {
  s.app = await startServer();
  s.evil = await serveHtml({ '/': EVIL });
  s.host = await serveHtml({
    '/': example(),
    '/custom.html': `<!doctype html><meta charset="utf-8"><body style="margin:0">
      <spbe-kalkulator id="c" model="pemdi-2026" lang="en" show="summary"></spbe-kalkulator>
      <script src="APP/embed.js" defer></script>`,
    '/attacked.html': `<!doctype html><meta charset="utf-8"><body style="margin:0">
      <div id="k" data-spbe-embed data-model="spbe-2020" data-levels="${'3'.repeat(47)}"></div>
      <iframe id="evil" src="${s.evil.origin}/"></iframe>
      <script src="APP/embed.js" defer></script>`,
    '/plain.html': `<!doctype html><meta charset="utf-8"><body style="margin:0">
      <iframe id="f" src="APP/#embed=1&model=spbe-2020&show=entry" height="500" style="width:800px;border:0"></iframe>`,
    '/not-allowed.html': `<!doctype html><meta charset="utf-8"><body style="margin:0">
      <div id="n" data-spbe-embed data-model="spbe-2020" data-allow="https://portal.contoh.go.id"></div>
      <script src="APP/embed.js" defer></script>`,
    '/planner.html': `<!doctype html><meta charset="utf-8"><body style="margin:0">
      <div id="p" data-spbe-embed data-model="spbe-2020" data-show="planner" data-readonly="1" data-preset="kemenko-perekonomian-2021"></div>
      <script src="APP/embed.js" defer></script>`,
  });
  s.browser = await launch();
});
after(async () => {
  await s.browser?.close();
  for (const x of [s.app, s.host, s.evil]) x?.server.close();
});
afterEach(async () => {
  const problems = s.problems;
  s.problems = [];
  await s.context?.close();
  s.context = null;
  assert.deepEqual(problems, [], 'no console errors');
});

async function hostPage(path, viewport = { width: 1280, height: 900 }) {
  s.context = await s.browser.newContext({ viewport });
  const page = await s.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') s.problems.push(m.text());
  });
  page.on('pageerror', (e) => s.problems.push(e.message));
  // Collect what reaches the host as DOM events.
  await page.addInitScript(() => {
    window.events = [];
    for (const type of ['ready', 'resize', 'change']) {
      document.addEventListener(`spbe-${type}`, (e) => window.events.push({ on: e.target.id, type, detail: e.detail }));
    }
  });
  await page.goto(`${s.host.origin}${path}`);
  return page;
}

async function frameOf(page, selector) {
  const handle = await page.locator(selector).elementHandle();
  return handle.contentFrame();
}

/** Wait until the frame's height equals its content's height (±2 px) and return both. */
async function fitted(page, selector) {
  const frame = await frameOf(page, selector);
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = await page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => [document.documentElement.getBoundingClientRect().height, document.documentElement.scrollHeight, innerHeight]);
    last = { outer, content: inner[0], scroll: inner[1], viewport: inner[2] };
    if (Math.abs(outer - inner[0]) <= 2 && inner[1] <= inner[2] + 2) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame does not fit its content: ${JSON.stringify(last)}`);
}

const lastChange = (page, on) => page.evaluate((on) => window.events.filter((e) => e.on === on && e.type === 'change').at(-1)?.detail, on);

test('the example page: the frame fits its content and the host follows every change', async () => {
  const page = await hostPage('/');
  await page.waitForFunction(() => window.events.some((e) => e.on === 'kalkulator' && e.type === 'change'));
  const first = await lastChange(page, 'kalkulator');
  assert.equal(first.source, 'spbe-kalkulator');
  assert.equal(first.model, 'spbe-2020');
  assert.equal(first.index, 2.95);
  assert.equal(first.exact, '2.9475');
  assert.equal(first.predicate, 'Baik');
  assert.equal(first.levels.length, 47);
  // ready came first, then change; resize carries a height.
  const kinds = await page.evaluate(() => window.events.filter((e) => e.on === 'kalkulator').map((e) => e.type));
  assert.equal(kinds[0], 'ready');
  assert.ok(kinds.includes('resize'));
  const entries = await page.evaluate(() => history.length);
  assert.match(await page.locator('#hasil').textContent(), /Indeks: 2,95 \(Baik; persisnya 2\.9475\)/);
  const tall = await fitted(page, '#kalkulator iframe');
  assert.ok(tall.outer > 1500, `the whole entry is shown (${tall.outer} px)`);

  // A level changed inside the frame: spbe-change carries the new index.
  const frame = await frameOf(page, '#kalkulator iframe');
  await frame.locator('[data-testid="indicator-47"] input[value="5"]').click();
  await page.waitForFunction(() => window.events.filter((e) => e.on === 'kalkulator' && e.type === 'change').at(-1).detail.index === 3.01);
  // Inside the frame as on any first visit: `spbe.load` brings the whole API.
  await frame.waitForFunction(() => typeof window.spbe?.load === 'function');
  const score = await frame.evaluate(async () => {
    await window.spbe.load('spbe-2020');
    return window.spbe.score('spbe-2020', [...'33333333332254333332111111111114444443345432435'].map(Number));
  });
  assert.equal((await lastChange(page, 'kalkulator')).exact, score.exact);

  // setLevels from the host: the calculator and the host's line follow.
  await page.locator('#semua-tiga').click();
  await page.waitForFunction(() => document.getElementById('hasil').textContent.startsWith('Indeks: 3,00'));
  assert.equal(await frame.locator('[data-testid="index-value"]').textContent(), '3,00');
  assert.deepEqual((await lastChange(page, 'kalkulator')).levels, Array(47).fill(3));

  // The content grows (cards are taller than the table) and shrinks again: the frame follows.
  const table = await fitted(page, '#kalkulator iframe');
  await frame.locator('[data-testid="entry-cards"]').click();
  await page.waitForFunction((h) => document.querySelector('#kalkulator iframe').getBoundingClientRect().height > h + 200, table.outer);
  const cards = await fitted(page, '#kalkulator iframe');
  await frame.locator('[data-testid="entry-table"]').click();
  await page.waitForFunction((h) => document.querySelector('#kalkulator iframe').getBoundingClientRect().height < h - 200, cards.outer);
  const back = await fitted(page, '#kalkulator iframe');
  assert.ok(Math.abs(back.outer - table.outer) <= 2, `${back.outer} vs ${table.outer}`);

  // setLang from the host.
  await page.locator('#bahasa-en').click();
  await page.waitForFunction(() => window.events.filter((e) => e.on === 'kalkulator' && e.type === 'change').at(-1).detail.lang === 'en');
  assert.equal((await lastChange(page, 'kalkulator')).predicate, 'Good');
  assert.equal(await frame.locator('[data-testid="index-value"]').textContent(), '3.00');

  // The embedded calculator kept nothing and wrote no history entries.
  assert.equal(await frame.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spbe.work')).length), 0);
  assert.equal(await page.evaluate(() => history.length), entries);
});

test('the custom element renders through its iframe, fits, and sends the same events', async () => {
  const page = await hostPage('/custom.html', { width: 360, height: 740 });
  await page.waitForFunction(() => window.events.some((e) => e.on === 'c' && e.type === 'change'));
  const change = await lastChange(page, 'c');
  assert.equal(change.model, 'pemdi-2026');
  assert.equal(change.lang, 'en');
  assert.equal(change.levels.length, 20);
  const fit = await fitted(page, '#c iframe');
  const frame = await frameOf(page, '#c iframe');
  // The summary alone; no horizontal scrolling at a phone's width.
  assert.equal(await frame.locator('[data-testid="index-value"]').count(), 1);
  assert.equal(await frame.locator('[data-testid="indicator-1"]').count(), 0);
  assert.deepEqual(await frame.evaluate(() => [document.documentElement.scrollWidth <= innerWidth]), [true]);
  // Setting the attribute sends setLevels.
  await page.locator('#c').evaluate((el) => el.setAttribute('levels', Array(20).fill(3).join(',')));
  await page.waitForFunction(() => window.events.filter((e) => e.on === 'c' && e.type === 'change').at(-1).detail.levels[0] === 3);
  const score = await frame.evaluate(async () => {
    await window.spbe.load('pemdi-2026');
    return window.spbe.score('pemdi-2026', Array(20).fill(3));
  });
  assert.equal((await lastChange(page, 'c')).exact, score.exact);
  assert.ok(fit.outer > 200);
});

test('a third origin cannot fake the calculator to the host, nor drive the calculator', async () => {
  const page = await hostPage('/attacked.html');
  await page.waitForFunction(() => window.events.some((e) => e.on === 'k' && e.type === 'change'));
  const before = await lastChange(page, 'k');
  const height = await fitted(page, '#k iframe');
  const evil = await frameOf(page, '#evil');
  await evil.evaluate(() => window.attack());
  // Bad values from the real host are refused too (console warning, work unchanged).
  await page.locator('#k').evaluate((el) => {
    el.spbe.setLevels([1, 2, 3]);
    el.spbe.setLang('jv');
  });
  await page.waitForTimeout(500);
  const events = await page.evaluate(() => window.events.filter((e) => e.on !== 'k' || e.detail.index === 5));
  assert.deepEqual(events, [], 'no event came from the fake messages');
  assert.deepEqual(await lastChange(page, 'k'), before);
  const frame = await frameOf(page, '#k iframe');
  assert.equal(await frame.locator('[data-testid="index-value"]').textContent(), '3,00');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'id');
  assert.equal((await fitted(page, '#k iframe')).outer, height.outer);
});

test('a host outside the link\'s allow list hears nothing and cannot drive the calculator', async () => {
  const page = await hostPage('/not-allowed.html');
  const frame = await frameOf(page, '#n iframe');
  await frame.waitForSelector('[data-testid="index-value"]');
  await page.locator('#n').evaluate((el) => el.spbe.setLevels(Array(47).fill(5)));
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.events), []);
  assert.equal(await frame.locator('[data-testid="index-value"]').textContent(), '1,00');
});

test('without the script, a plain fixed-height iframe works and scrolls inside', async () => {
  const page = await hostPage('/plain.html');
  const frame = await frameOf(page, '#f');
  await frame.waitForSelector('[data-testid="index-value"]');
  assert.equal(await page.locator('#f').evaluate((f) => f.getBoundingClientRect().height), 500);
  const [scroll, inner] = await frame.evaluate(() => [document.documentElement.scrollHeight, innerHeight]);
  assert.ok(scroll > inner, 'the content scrolls inside the frame');
  await frame.locator('[data-testid="indicator-1"] input[value="5"]').click();
  assert.equal(await frame.locator('[data-testid="index-value"]').textContent(), '1,05');
});

test('read-only planner: the plan is shown, the levels cannot be changed on screen', async () => {
  const page = await hostPage('/planner.html');
  await page.waitForFunction(() => window.events.some((e) => e.on === 'p' && e.type === 'change'));
  const frame = await frameOf(page, '#p iframe');
  await frame.waitForSelector('[data-testid="read-only"]');
  assert.equal(await frame.locator('[data-testid="index-value"]').textContent(), '2,95');
  assert.ok(await frame.locator('[data-testid="apply-plan"]').isDisabled());
  await fitted(page, '#p iframe');
  // The host may still set the levels.
  await page.locator('#p').evaluate((el) => el.spbe.setLevels('5'.repeat(47)));
  await frame.waitForFunction(() => document.querySelector('[data-testid="index-value"]').textContent === '5,00');
});

test('a host message nested too deep or too large is refused before it is read; the calculator goes on', async () => {
  const page = await hostPage('/');
  await page.waitForFunction(() => window.events.some((e) => e.on === 'kalkulator' && e.type === 'change'));
  const frame = await frameOf(page, '#kalkulator iframe');
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.evaluate(() => {
    const calc = document.querySelector('#kalkulator iframe').contentWindow;
    const origin = new URL(document.querySelector('#kalkulator iframe').src).origin;
    // 2,000 arrays deep (about what structured cloning carries; a decoder recursing into it
    // could overflow the wasm stack and stop
    // the module), then 50,000 values, then a good request.
    let deep = [3];
    for (let i = 0; i < 2000; i++) deep = [deep];
    calc.postMessage({ source: 'spbe-kalkulator-host', type: 'setLevels', levels: deep }, origin);
    calc.postMessage({ source: 'spbe-kalkulator-host', type: 'setLevels', levels: Array(50000).fill(4) }, origin);
    calc.postMessage({ source: 'spbe-kalkulator-host', type: 'setLevels', levels: Array(47).fill(4) }, origin);
  });
  await frame.waitForFunction(() => document.querySelector('[data-testid="index-value"]').textContent === '4,00');
  assert.equal(await frame.locator('[data-testid="crash"]').count(), 0);
  const refused = warnings.filter((w) => w.startsWith('spbe: the message is refused'));
  assert.ok(refused.some((w) => /nested too deeply: at most 32 levels/.test(w)), JSON.stringify(warnings));
  assert.ok(refused.some((w) => /too many values: at most 10000/.test(w)), JSON.stringify(warnings));
});
