// End-to-end tests of the first visit: the prerendered first screen and the app taking it
// over without a jump; a visit with its own values never showing the first visit's numbers;
// each screen's chunk fetched when it is first opened (by a link or a click, on a cold
// cache), with its fallback; every screen offline after one visit; axe-core on the
// prerendered screen and on the fallbacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openPage, showView, axe, KEMENKO_2021 } from './harness.mjs';

const s = suite();
const ACEH = '2,1.5,1.26,1.3,1,1,1,1,1,1,1.5,1.25,1.1667,1,1,1,2.5,1,1,1.3';

/** A page with a fresh context; requests to other origins and console errors checked after.
 * Without the service worker unless asked (its requests would pass the routes set here). */
async function fresh(options = {}) {
  s.current = await openPage(s.browser, s.origin, { bypassCSP: true, serviceWorkers: 'block', ...options });
  // The browser reports the blocked worker; that is not the app's.
  const errors = s.current.problems.errors;
  const push = errors.push.bind(errors);
  Object.defineProperty(errors, 'push', {
    enumerable: false,
    value: (...xs) => push(...xs.filter((e) => !/Service Worker registration blocked/.test(e))),
  });
  return s.current.page;
}

/** Hold back the first screen's wasm until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/spbe_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The browser says it asks to save data: nothing is fetched ahead (a cold cache stays cold). */
const saveData = () =>
  Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) });

const live = (page) => page.waitForFunction(() => !document.getElementById('prerendered') && document.getElementById('app'));
const settled = (page) => page.waitForFunction(() => !document.querySelector('[data-pending]'));

// Records the layout shifts (as Lighthouse counts them) and, every frame, which index values
// were visible on the page, from before the first paint on.
function watch() {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
  window.seen = new Set();
  const look = () => {
    for (const el of document.querySelectorAll('.index-value, .score-strip strong')) {
      const style = getComputedStyle(el);
      let visible = style.visibility === 'visible' && style.display !== 'none';
      for (let p = el; p && visible; p = p.parentElement) if (getComputedStyle(p).display === 'none') visible = false;
      if (visible && el.getClientRects().length) window.seen.add(el.textContent.trim());
    }
    if (!window.stopWatching) requestAnimationFrame(look);
  };
  // Only what a frame can show: animation frames run before each paint (none while the
  // render-blocking style sheet is on its way).
  requestAnimationFrame(look);
}

// Rows out of sight must stay in the accessibility tree: a screen reader reads and moves through
// the whole table without scrolling. (`content-visibility: auto` on the phone's rows was tried
// twice to shorten the layout; Chromium then marks those rows "notRendered" and leaves them out.)
test('on a phone every row of the first screen is in the accessibility tree, also out of sight', async () => {
  const page = await fresh({ viewport: { width: 390, height: 844 } });
  await page.goto(`${s.origin}/`);
  await live(page);
  await settled(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const exposed = async (selector) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    assert.ok(nodeId, `${selector} is on the page`);
    const [node] = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })).nodes;
    return { ignored: node.ignored, why: (node.ignoredReasons ?? []).map((r) => r.name).join(','), role: node.role?.value };
  };
  const last = await page.locator('[data-testid="indicator-20"]').boundingBox();
  assert.ok(last.y > 844, 'the last row is out of sight on a phone');
  for (const [selector, role] of [['[data-testid="indicator-20"] th', 'rowheader'], ['[data-testid="indicator-20"] input[type="radio"]', 'radio']]) {
    const node = await exposed(selector);
    assert.equal(node.ignored, false, `${selector} is exposed (${node.why})`);
    assert.equal(node.role, role, `${selector} is a ${role}`);
  }
});

for (const [label, viewport] of [['laptop', { width: 1366, height: 768 }], ['phone', { width: 390, height: 844 }]]) {
  test(`a first visit sees the prerendered screen at once, and the app takes it over without a jump (${label})`, async () => {
    const page = await fresh({ viewport });
    await page.addInitScript(watch);
    // The page before the wasm: the first screen is already there (no test ids: it is not
    // the app's), not operable.
    const release = await holdWasm(page);
    await page.goto(`${s.origin}/`);
    await page.waitForSelector('#prerendered .index-value');
    assert.equal(await page.locator('#prerendered .index-value').textContent(), '1,00');
    assert.equal(await page.locator('#prerendered tr[data-row]').count(), 20);
    assert.equal(await page.getAttribute('#prerendered', 'inert'), '');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.prerender), 'fresh');
    const before = await page.locator('#prerendered .summary').boundingBox();
    release();
    await live(page);
    await settled(page);
    await page.waitForTimeout(300);
    const after = await page.locator('[data-testid="index-value"]').first().boundingBox();
    assert.ok(after, 'the app shows the index');
    const summary = await page.locator('#app .summary').boundingBox();
    assert.deepEqual(
      [summary.x, summary.y, summary.width].map(Math.round),
      [before.x, before.y, before.width].map(Math.round),
      'the summary stays where it was',
    );
    const cls = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    assert.ok(cls <= 0.02, `cumulative layout shift ${cls}`);
    assert.equal(await page.locator('tr[data-row]').count(), 20);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-prerender')), false);
    // It works: a level, and the index follows.
    await page.locator('[data-testid="indicator-1"] input[value="25000"]').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="index-value"]').textContent === '1,08');
  });
}

test('a link with levels, or saved work, never shows the first visit\u2019s numbers', async () => {
  const page = await fresh();
  await page.addInitScript(watch);
  await page.goto(`${s.origin}/#model=pemdi-2026&levels=${ACEH}`);
  await live(page);
  await settled(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="index-value"]').textContent === '1,24');
  const seen = await page.evaluate(() => [...window.seen]);
  assert.ok(!seen.includes('1,00'), `a link: the first visit's index was shown: ${seen}`);
  assert.ok(seen.includes('1,24'), `${seen}`);
  // The screen with the link's numbers replaces the prerendered one once complete: the page
  // does not shrink to the first rows and grow again.
  const cls = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
  assert.ok(cls <= 0.02, `a link: cumulative layout shift ${cls}`);
  // Saved work (a reload without the link): the same.
  await page.evaluate(() => {
    history.replaceState(null, '', location.pathname);
  });
  await page.waitForFunction(() => localStorage.getItem('spbe.work.pemdi-2026')?.includes('1.1667'));
  await page.reload();
  await live(page);
  await settled(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="index-value"]').textContent === '1,24');
  const again = await page.evaluate(() => [...window.seen]);
  assert.ok(!again.includes('1,00'), `saved work: the first visit's index was shown: ${again}`);
  // Another framework (SPBE 2020 by a link): the prerendered Pemdi screen is hidden whole.
  await page.goto(`${s.origin}/#levels=${KEMENKO_2021}`);
  await page.reload();
  const mode = await page.evaluate(() => document.documentElement.dataset.prerender ?? 'gone');
  assert.ok(['other', 'gone'].includes(mode), mode);
  await live(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="index-value"]').textContent === '2,95');
  const third = await page.evaluate(() => [...window.seen]);
  assert.ok(!third.includes('1,00'), `another framework: the first visit's index was shown: ${third}`);
});

const SCREENS = [
  // screen, its chunk, what it shows once there, a check that it works
  ['rencana', 'split_plan.wasm', 'planner', async (page) => {
    await page.waitForSelector('[data-testid="apply-plan"]');
  }],
  ['skenario', 'split_compare.wasm', 'comparison', async (page) => {
    await page.locator('[data-testid="new-scenario"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="scenario-tab-"]').length === 2);
  }],
  ['peta-jalan', 'split_compare.wasm', 'roadmap', async (page) => {
    await page.waitForSelector('[data-testid="roadmap-chart"]');
  }],
  ['posisi', 'split_standing.wasm', 'standing', async (page) => {
    await page.locator('[data-testid="institution-query"]').fill('kab paser');
    await page.waitForSelector('[data-testid="found-kab-paser"]');
  }],
  ['berkas', 'split_work.wasm', 'files', async (page) => {
    await page.waitForSelector('[data-testid="export-json"]');
    await page.waitForSelector('[data-testid="share-link"]');
    // The QR code and the workshops are drawn when asked for (chunks of their own).
    await page.waitForSelector('[data-testid="qr-show"]');
    await page.waitForSelector('[data-testid="workshop-open"]');
  }],
];

for (const [view, chunk, shows, works] of SCREENS) {
  test(`the ${view} screen, opened first by a click on a cold cache: its chunk, the fallback, then the screen`, async () => {
    const page = await fresh();
    await page.addInitScript(saveData);
    const chunks = [];
    const sheets = [];
    page.on('request', (r) => {
      const m = /\/((?:split|chunk)_[^/]+\.wasm)$/.exec(r.url());
      if (m) chunks.push(m[1]);
      if (/\.css$/.test(r.url())) sheets.push(new URL(r.url()).pathname.slice(1));
    });
    // Slow enough that the fallback is seen.
    await page.route(/\/(split|chunk)_.*\.wasm$/, async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    // A first visit: nothing to save, nothing fetched ahead.
    await page.goto(`${s.origin}/`);
    await live(page);
    await settled(page);
    await page.waitForTimeout(500);
    assert.deepEqual(chunks, [], 'nothing fetched ahead when the browser asks to save data');
    // The first screen waits for its own style sheet only; the chunks' comes with the first chunk.
    assert.deepEqual(sheets, ['style.css']);
    await page.locator(`[data-testid="tab-${view}"]`).click();
    await page.waitForSelector(`[data-testid="view-${view}"] [data-testid="lazy-loading"]`);
    assert.equal(await page.locator('[data-testid="lazy-loading"]').getAttribute('role'), 'status');
    await page.waitForSelector(`[data-testid="${shows}"]`);
    assert.ok(chunks.includes(chunk), `${chunk} fetched: ${chunks}`);
    assert.deepEqual(sheets, ['style.css', 'screens.css']);
    assert.ok(await page.evaluate(() =>
      [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/screens.css') && sheet.cssRules.length > 100)),
    'the screen is drawn with the chunks\' style sheet');
    await works(page);
    await settled(page);
  });

  test(`the ${view} screen, opened first by a link on a cold cache`, async () => {
    const page = await fresh();
    await page.addInitScript(saveData);
    await page.goto(`${s.origin}/#levels=${KEMENKO_2021}&view=${view}`);
    await live(page);
    await page.waitForSelector(`[data-testid="${shows}"]`);
    await works(page);
    await settled(page);
  });
}

test('a chunk that cannot be fetched says so, and "try again" brings the screen', async () => {
  const page = await fresh();
  await page.addInitScript(saveData);
  await page.goto(`${s.origin}/#levels=${KEMENKO_2021}`);
  await live(page);
  // (The link was read by its own chunk; the network goes now.)
  await page.route(/\/(split|chunk)_.*\.wasm$/, (route) => route.abort());
  await page.locator('[data-testid="tab-rencana"]').click();
  const failed = page.locator('[data-testid="lazy-failed"]');
  await failed.waitFor();
  assert.match(await failed.innerText(), /belum dapat dimuat/);
  assert.equal(await failed.getAttribute('role'), 'alert');
  // The work is unchanged, the rest of the page works.
  assert.equal(await page.locator('[data-testid="index-value"]').innerText(), '2,95');
  await page.unroute(/\/(split|chunk)_.*\.wasm$/);
  await page.locator('[data-testid="lazy-retry"]').click();
  await page.waitForSelector('[data-testid="planner"]');
  // The browser reported the aborted requests; nothing else.
  s.current.problems.errors = s.current.problems.errors.filter((e) => !/ERR_FAILED/.test(e));
});

/** A first visit in Indonesian under Save-Data, settled, with the chunks it fetches recorded
 * (from its start on). */
async function settledFirstVisit() {
  const page = await fresh();
  await page.addInitScript(saveData);
  const chunks = [];
  page.on('request', (r) => {
    const m = /\/((?:split|chunk)_[^/]+\.wasm)$/.exec(r.url());
    if (m) chunks.push(m[1]);
  });
  await page.goto(`${s.origin}/`);
  await live(page);
  await settled(page);
  return { page, chunks };
}

test('a link is read by its own chunk: fetched with the framework when there is a link, never on a first visit without one', async () => {
  const { page, chunks } = await settledFirstVisit();
  assert.deepEqual(chunks, [], 'a first visit without a link fetches no chunk');
  // A link typed while the app runs: the reader is fetched, then the link opens.
  await page.evaluate((levels) => { location.hash = `model=spbe-2020&levels=${levels}`; }, KEMENKO_2021);
  await page.waitForFunction(() => document.querySelector('[data-testid="index-value"]')?.textContent === '2,95');
  assert.ok(chunks.includes('split_link.wasm'), `the reader was fetched: ${chunks}`);
  // A visit that starts with a link: the reader comes before the first screen, whose first
  // numbers are the link's.
  const start = await fresh();
  await start.addInitScript(saveData);
  const fetched = [];
  start.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
  await start.goto(`${s.origin}/#levels=${KEMENKO_2021}`);
  await live(start);
  assert.equal(await start.locator('[data-testid="index-value"]').innerText(), '2,95');
  assert.ok(fetched.includes('split_link.wasm'), `fetched: ${fetched}`);
});

test('a link whose reader cannot be fetched: the page opens with the work it has and says the link was not read', async () => {
  for (const lang of ['id', 'en']) {
    const page = await fresh();
    await page.addInitScript(saveData);
    await page.addInitScript((l) => localStorage.setItem('spbe.lang', l), lang);
    await page.route(/\/split_link\.wasm$/, (route) => route.abort());
    await page.goto(`${s.origin}/#model=spbe-2020&levels=${KEMENKO_2021}`);
    await live(page);
    const notice = page.locator('[data-testid="notice"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), lang === 'id' ? /belum dapat dibuka/ : /could not be opened yet/);
    assert.equal(await notice.getAttribute('role'), 'alert');
    // The framework of the link, at the floor: none of the link's values were taken, and the
    // link stays in the address bar.
    const comma = (x) => (lang === 'id' ? x.replace('.', ',') : x);
    assert.equal(await page.locator('[data-testid="index-value"]').innerText(), comma('1.00'));
    assert.equal(await page.evaluate(() => location.hash), `#model=spbe-2020&levels=${KEMENKO_2021}`);
    // The network back, the same link opens.
    await page.unroute(/\/split_link\.wasm$/);
    await page.reload();
    await live(page);
    await page.waitForFunction((v) => document.querySelector('[data-testid="index-value"]')?.textContent === v, comma('2.95'));
    s.current.problems.errors = s.current.problems.errors.filter((e) => !/ERR_FAILED/.test(e));
  }
});

test('English comes in its own chunk: fetched when chosen, and at start when remembered or linked; never for a visit in Indonesian', async () => {
  const english = (page) => page.waitForFunction(() => document.documentElement.lang === 'en' && document.title === 'SPBE and Pemdi Index Calculator');
  const { page, chunks } = await settledFirstVisit();
  assert.deepEqual(chunks, [], 'a visit in Indonesian fetches no chunk');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  // Chosen: the chunk, then the whole page in English (numbers too).
  await page.click('[data-testid="lang-en"]');
  await english(page);
  assert.ok(chunks.includes('split_english.wasm'), `fetched: ${chunks}`);
  assert.equal(await page.locator('[data-testid="lang-en"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('[data-testid="index-value"]').innerText(), '1.00');
  // Remembered from that visit, or asked for by a link: fetched beside the framework file, and
  // the first screen the app draws is already in English.
  for (const [remembered, hash, index] of [['en', '', '1.00'], [null, `#model=spbe-2020&levels=${KEMENKO_2021}&lang=en`, '2.95']]) {
    const start = await fresh();
    await start.addInitScript(saveData);
    if (remembered) await start.addInitScript((l) => localStorage.setItem('spbe.lang', l), remembered);
    const fetched = [];
    start.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
    await start.goto(`${s.origin}/${hash}`);
    await live(start);
    assert.deepEqual(
      await start.evaluate(() => [document.documentElement.lang, document.title, document.querySelector('[data-testid="index-value"]').textContent]),
      ['en', 'SPBE and Pemdi Index Calculator', index],
    );
    assert.ok(fetched.includes('split_english.wasm'), `fetched: ${fetched}`);
  }
});

test('English texts that cannot be fetched: the page stays in Indonesian and says so in both languages', async () => {
  const page = await fresh();
  await page.addInitScript(saveData);
  await page.route(/\/split_english\.wasm$/, (route) => route.abort());
  await page.goto(`${s.origin}/`);
  await live(page);
  await settled(page);
  await page.click('[data-testid="lang-en"]');
  const notice = page.locator('[data-testid="notice"]');
  await notice.waitFor();
  const said = await notice.innerText();
  assert.match(said, /belum dapat dimuat/);
  assert.match(said, /could not be loaded yet/);
  assert.match(await notice.locator('span[lang="en"]').innerText(), /^\(The English texts could not be loaded yet/, 'the English words are marked as English');
  // Nothing is half in English: the language, the buttons and the numbers stay Indonesian.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  assert.equal(await page.locator('[data-testid="lang-id"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('[data-testid="index-value"]').innerText(), '1,00');
  // What is remembered is what is shown.
  assert.equal(await page.evaluate(() => localStorage.getItem('spbe.lang')), 'id');
  // The network back, the next click brings English.
  await page.unroute(/\/split_english\.wasm$/);
  await page.click('[data-testid="lang-en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('[data-testid="index-value"]').innerText(), '1.00');
  assert.equal(await notice.count(), 0, 'the failure is no longer said');
  assert.deepEqual(s.current.problems.errors.filter((e) => !/ERR_FAILED/.test(e)), []);
  // A visit that remembers English while its texts cannot be fetched: the same.
  const later = await fresh();
  await later.addInitScript(saveData);
  await later.addInitScript(() => localStorage.setItem('spbe.lang', 'en'));
  await later.route(/\/split_english\.wasm$/, (route) => route.abort());
  await later.goto(`${s.origin}/`);
  await live(later);
  await later.locator('[data-testid="notice"]').waitFor();
  assert.match(await later.locator('[data-testid="notice"]').innerText(), /could not be loaded yet/);
  assert.equal(await later.evaluate(() => document.documentElement.lang), 'id');
  assert.equal(await later.locator('[data-testid="index-value"]').innerText(), '1,00');
  // The network back, a click brings English.
  await later.unroute(/\/split_english\.wasm$/);
  await later.click('[data-testid="lang-en"]');
  await later.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await later.locator('[data-testid="index-value"]').innerText(), '1.00');
  s.current.problems.errors = s.current.problems.errors.filter((e) => !/ERR_FAILED/.test(e));
});

// The byte budget of a whole first visit counts the files scripts/sizes.mjs says a first visit
// fetches; this checks that list against a real first visit, so that a wrong list (it once
// missed three of the screens' chunks) fails here instead of printing a number that is not true.
test('a first visit fetches exactly the files its byte budget counts, the worker keeps them, and they are enough offline', async () => {
  const { firstVisitFiles } = await import('../scripts/sizes.mjs');
  const page = await fresh({ serviceWorkers: 'allow' });
  // The page's requests and the service worker's (it fetches the screens' chunks for a first
  // visit): both are reported on the context.
  const fetched = new Set();
  page.context().on('request', (r) => {
    const path = new URL(r.url()).pathname.slice(1);
    if (/\.(wasm|bin|css)$/.test(path)) fetched.add(path);
  });
  await page.goto(`${s.origin}/`);
  await live(page);
  await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, { timeout: 30000 });
  const { firstScore, idle } = firstVisitFiles();
  const counted = [...firstScore, ...idle].filter((f) => /\.(wasm|bin|css)$/.test(f));
  assert.ok(counted.length > 5, `the budget counts the first screen and the screens: ${counted}`);
  assert.deepEqual([...fetched].sort(), counted.sort());
  // Not the JavaScript API nor SPBE 2020: a first visit has only `spbe.load`, which fetches
  // them when called.
  assert.deepEqual(await page.evaluate(() => Object.keys(window.spbe).sort()), ['load', 'version']);
  // The worker fetched the screens' chunks: they are kept, but this page compiled none of them
  // (no split of a screen is loaded).
  const kept = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('spbe-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1));
  });
  for (const f of counted) assert.ok(kept.includes(f), `${f} is kept for offline use`);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  assert.ok(marks.includes('warm-first'), `the worker kept the first visit's chunks: ${marks}`);
  assert.ok(!marks.some((m) => /^(warm-(plan|details|files|standing)|api|spbe-2020)$/.test(m)), `nothing else was loaded ahead: ${marks}`);
  // A portal's first call brings the API's chunk and the framework it names.
  const before = new Set(fetched);
  const index = await page.evaluate(async () => {
    await window.spbe.load('spbe-2020');
    return window.spbe.score('spbe-2020', Array(47).fill(3)).index;
  });
  assert.equal(index, 3);
  const api = [...fetched].filter((f) => !before.has(f));
  assert.ok(api.includes('split_api.wasm') && api.includes('models/spbe-2020.bin'), `fetched when called: ${api}`);
  // And what the worker kept is enough: after this one visit, with the network off, the
  // screens that need no published results open from the kept chunks.
  await s.current.context.setOffline(true);
  await page.reload();
  await live(page);
  await settled(page);
  for (const [view, , shows, works] of SCREENS.filter(([view]) => view !== 'posisi')) {
    await showView(page, view);
    await page.waitForSelector(`[data-testid="${shows}"]`);
    await works(page);
  }
  // Links open offline too: typed while the page runs, and as the address of a new visit.
  // (Pemdi 2026: the framework this visit kept.)
  await page.evaluate(() => { location.hash = 'model=pemdi-2026&levels=' + Array(20).fill(3).join(','); });
  await page.waitForFunction(() => document.querySelector('[data-testid="index-value"]')?.textContent === '3,00');
  await page.evaluate(() => { location.hash = 'model=pemdi-2026&levels=' + Array(20).fill(2).join(','); });
  await page.reload();
  await live(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="index-value"]')?.textContent === '2,00');
  // And English, from the chunk the worker kept.
  await page.click('[data-testid="lang-en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-testid="index-value"]')?.textContent === '2.00');
  await s.current.context.setOffline(false);
});

test('offline after one visit: every screen opens with the network off', async () => {
  const page = await fresh({ serviceWorkers: 'allow' });
  await page.goto(`${s.origin}/#levels=${KEMENKO_2021}`);
  await live(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, { timeout: 30000 });
  // A later visit fetches what the first did not (the standing screen and its data, …).
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, { timeout: 30000 });
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('spbe-')));
    return Boolean(await cache.match('data/results-2023-2024.json'));
  }, null, { timeout: 30000 });
  await s.current.context.setOffline(true);
  await page.reload();
  await live(page);
  await settled(page);
  // Each screen opens and works (the standing screen with its published results).
  for (const [view, , shows, works] of SCREENS) {
    await showView(page, view);
    await page.waitForSelector(`[data-testid="${shows}"]`);
    await works(page);
  }
  await s.current.context.setOffline(false);
});

test('axe-core: the prerendered screen, a fallback while a chunk loads, and a failed chunk', async () => {
  const page = await fresh();
  await page.addInitScript(saveData);
  const found = [];
  // Before the wasm: the prerendered first screen.
  const release = await holdWasm(page);
  await page.goto(`${s.origin}/`);
  await page.waitForSelector('#prerendered .index-value');
  found.push(...(await axe(page)).map((x) => `prerendered: ${x}`));
  release();
  await live(page);
  // A fallback while the chunk comes.
  let hold;
  const slow = new Promise((r) => (hold = r));
  await page.route(/\/(split|chunk)_.*\.wasm$/, async (route) => {
    await slow;
    await route.continue();
  });
  await page.locator('[data-testid="tab-skenario"]').click();
  await page.waitForSelector('[data-testid="lazy-loading"]');
  found.push(...(await axe(page)).map((x) => `fallback: ${x}`));
  hold();
  await page.waitForSelector('[data-testid="comparison"]');
  // A failed chunk.
  await page.unroute(/\/(split|chunk)_.*\.wasm$/);
  await page.route(/\/(split|chunk)_.*\.wasm$/, (route) => route.abort());
  await page.locator('[data-testid="tab-posisi"]').click();
  await page.waitForSelector('[data-testid="lazy-failed"]');
  found.push(...(await axe(page)).map((x) => `failed: ${x}`));
  assert.deepEqual(found, []);
  s.current.problems.errors = s.current.problems.errors.filter((e) => !/ERR_FAILED/.test(e));
});
