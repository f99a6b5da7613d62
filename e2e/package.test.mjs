// The npm package (packages/engine, built by `make package`) as a portal team would use it: packed
// with `npm pack`, installed into a fresh temporary project, then used from Node (every
// conformance vector through conformance/run.mjs, error codes, a framework of one's own,
// links, gains, external indices), from a plain HTML page in headless Chromium (no bundler),
// through a Vite production build, a webpack one and a Next.js one (static export), and its
// index.d.ts checked against an example that uses every export (`tsc --noEmit`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { run } from '../conformance/run.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
let dir;
let pkg;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'spbe-package-'));
  const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: join(ROOT, 'packages/engine'), encoding: 'utf8' }).trim().split('\n').at(-1);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, tgz)], { cwd: dir, stdio: 'ignore' });
  pkg = join(dir, 'node_modules/spbe-engine');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the packed package holds only what it needs', () => {
  const files = readdirSync(pkg, { recursive: true }).map(String).sort();
  for (const f of ['index.js', 'bytes.js', 'index.d.ts', 'README.md', 'package.json', 'wasm/spbe_engine.js', 'wasm/spbe_engine_bg.wasm', 'wasm/__wasm_split.js', 'wasm/split_planner.wasm', 'wasm/spbe_reader.js', 'wasm/spbe_reader_bg.wasm', 'models/catalog.js', 'models/pemdi-2026.json', 'models/spbe-2020.json', 'models/spbe-2018.json', 'models/pemdi-2026.bin', 'models/spbe-2020.bin', 'models/spbe-2018.bin']) {
    assert.ok(files.includes(f), `${f} in ${files}`);
  }
  assert.ok(!files.some((f) => f.endsWith('.rs') || f.endsWith('.tgz')), files.join(' '));
  assert.match(readFileSync(join(pkg, 'README.md'), 'utf8'), /npm install[\s\S]*import \{ load, score, plan \} from 'spbe-engine'/);
});

test('from Node: every conformance vector, error codes, a framework of one\'s own, links', async () => {
  const e = await import(pathToFileURL(join(pkg, 'index.js')).href);
  assert.deepEqual(e.models.map((m) => m.id), ['pemdi-2026', 'spbe-2020', 'spbe-2018']);
  assert.throws(() => e.score('spbe-2020', Array(47).fill(3)), { code: 'notReady' });
  for (const m of e.models) assert.equal((await e.load(m.id)).id, m.id);
  const adapter = {
    score: (f, choice, values, basis) => {
      const r = e.score(f, values.map(Number), { ...choice, predicateBasis: basis });
      return { shown: r.index.toFixed(2), predicate: r.predicateId, parts: Object.fromEntries([...r.domains, ...r.aspects].map((p) => [p.id, p.index.toFixed(2)])) };
    },
    leastSteps: async (f, choice, values, target, basis) => {
      const p = await e.plan(f, values.map(Number), { ...choice, target, predicateBasis: basis });
      return p.status === 'unreachable' ? null : p.effort;
    },
  };
  const lines = [];
  assert.equal(await run(adapter, (l) => lines.push(l)), 0, lines.join('\n'));
  // Errors carry stable codes.
  const code = (f) => { try { f(); } catch (err) { assert.ok(err instanceof Error); return err.code; } return 'none'; };
  assert.equal(code(() => e.score('spbe-2019', [])), 'unknownModel');
  assert.equal(code(() => e.score('spbe-2020', Array(46).fill(3))), 'wrongLength');
  assert.equal(code(() => e.score('spbe-2020', Array(47).fill(6))), 'outOfRange');
  assert.equal(code(() => e.score('spbe-2020', Array(47).fill(3), { bandEdge: 'upper-inclusive' })), 'unknownOption');
  await assert.rejects(e.plan('spbe-2020', Array(47).fill(3), { target: 'luar-biasa' }), { code: 'badOption' });
  await assert.rejects(e.gains('spbe-2020', Array(47).fill(3), { pace: 0 }), { code: 'badOption' });
  await assert.rejects(e.load('spbe-2019'), { code: 'unknownModel' });
  // Every error in both languages: `message` in the call's `lang` (Indonesian without one),
  // `messages` with both.
  const caught = async (f) => { try { await f(); } catch (err) { return err; } assert.fail('no error'); };
  const refusals = [
    [() => e.score('spbe-2020', Array(46).fill(3)), 'levels berisi 46 nilai; model ini punya 47 indikator', 'levels has 46 values; the model has 47 indicators'],
    [() => e.plan('spbe-2020', Array(47).fill(3), { target: 'luar-biasa' }), 'options.target "luar-biasa" bukan predikat', 'options.target "luar-biasa" is not a predicate'],
    [() => e.plan('spbe-2020', Array(47).fill(3), { target: 4, curve: 'steep' }), 'options.curve harus "flat" atau "rising"', 'options.curve must be "flat" or "rising"'],
    [() => e.convertExternal('pemdi-2026', 1, 50), 'indicator = 1: indikator ini di pemdi-2026 tidak punya sumber eksternal', 'indicator = 1: this indicator of pemdi-2026 has no external source'],
    [() => e.valueFromItems('pemdi-2026', [['approved']]), 'levels[0][0] = "approved" bukan status', 'levels[0][0] = "approved" is not a status'],
    [() => e.makeLink('spbe-2020', Array(47).fill(3), { view: 'peta' }), 'options.view bukan layar kalkulator', 'options.view is not a screen of the calculator'],
    [() => e.parseLink('#model=pemdi-2026&levels=9'), 'tautan', 'link'],
  ];
  for (const [f, id, en] of refusals) {
    const err = await caught(f);
    assert.ok(err.message.startsWith(`spbe: ${id}`) || (id === 'tautan' && /^spbe: \S/.test(err.message)), err.message);
    assert.ok(err.messages.id.startsWith(`spbe: ${id}`) || id === 'tautan', err.messages.id);
    assert.ok(err.messages.en.startsWith(`spbe: ${en}`) || en === 'link', err.messages.en);
    assert.notEqual(err.messages.id, err.messages.en);
  }
  const english = await caught(() => e.score('spbe-2020', Array(47).fill(9), { lang: 'en' }));
  assert.equal(english.message, english.messages.en);
  assert.match(english.message, /^spbe: levels\[0\] = 9 is outside 1\.\.5$/);
  assert.equal((await caught(() => e.score('spbe-2020', Array(47).fill(9)))).message, 'spbe: levels[0] = 9 di luar 1..5');
  const planned = await e.plan('spbe-2020', Array(47).fill(3), { target: 4, lang: 'en' });
  assert.equal(planned.predicate, 'Very good');
  await assert.rejects(e.load('spbe-2019'), (err) => /^spbe: model tidak dikenal "spbe-2019"/.test(err.message) && /^spbe: unknown model/.test(err.messages.en));
  // A framework of one's own: refused with the app's message in either language, then used.
  const own = JSON.parse(readFileSync(join(pkg, 'models/spbe-2018.json'), 'utf8'));
  await assert.rejects(e.useFramework(own), { code: 'reservedFramework' });
  own.id = 'latihan';
  await assert.rejects(e.validateFramework({ ...own, bands: [] }, { lang: 'id' }), (err) => err.code === 'invalidFramework' && /predikat/i.test(err.message));
  await assert.rejects(e.validateFramework({ ...own, bands: [] }, { lang: 'en' }), (err) => err.code === 'invalidFramework' && /band|predicate/i.test(err.message));
  // Read by the reader module (JSON.parse, the nesting limit, serde), judged by the engine's
  // validation: the app's messages whichever module refuses the file.
  await assert.rejects(e.validateFramework('{"id": '), (err) => err.code === 'invalidFramework' && /^spbe: berkas bukan model yang sah: /.test(err.message) && /^spbe: the file is not a valid model: /.test(err.messages.en));
  await assert.rejects(e.validateFramework('['.repeat(40) + ']'.repeat(40)), (err) => err.code === 'invalidFramework' && /^spbe: berkas ditolak: /.test(err.message));
  // Groups nested ten deep (within the JSON limit, deeper than any hierarchy): the validation's
  // message, not the packed reader's.
  let deep = own.groups[0];
  for (let i = 0; i < 10; i++) deep = { ...own.groups[0], indicators: undefined, groups: [deep] };
  await assert.rejects(e.validateFramework({ ...own, groups: [deep] }, { lang: 'en' }), (err) => err.code === 'invalidFramework' && err.message === `spbe: the id "${own.groups[0].id}" is used twice`);
  assert.deepEqual(await e.useFramework(own), { id: 'latihan', version: own.version, indicators: 37 });
  assert.equal(e.score('latihan', Array(37).fill(3)).exact, e.score('spbe-2018', Array(37).fill(3)).exact);
  // Links: written and read back as the app reads them.
  const values = Array.from({ length: 20 }, (_, i) => 1 + (i % 5) * 0.75);
  const link = e.makeLink('pemdi-2026', values, { bandEdge: 'upper-inclusive', view: 'rencana' });
  assert.match(link, /^model=pemdi-2026&levels=.*&bandEdge=upper-inclusive&view=rencana&lang=id$/);
  const back = e.parseLink(`https://example.org/kalkulator/#${link}`);
  assert.deepEqual([back.model, back.levels, back.variants, back.view], ['pemdi-2026', values, { bandEdge: 'upper-inclusive' }, 'rencana']);
  assert.equal(code(() => e.parseLink('#model=pemdi-2026&levels=9')), 'badLink');
  // A link or values of a framework nobody knows: unknownModel, as score answers.
  assert.equal(code(() => e.parseLink('#model=spbe-2019&levels=3')), 'unknownModel');
  assert.equal(code(() => e.makeLink('spbe-2019', [3])), 'unknownModel');
  assert.match(e.version(), /^\d+\.\d+\.\d+$/);
  // Gains and external indices, as window.spbe has them.
  const ranking = await e.gains('spbe-2020', Array(47).fill(3), { locked: [1] });
  assert.equal(ranking.length, 46);
  assert.ok(ranking.every((g) => g.indicator !== 1 && g.from === 3 && g.to === 4 && g.effort === 1));
  assert.ok(ranking[0].gain >= ranking.at(-1).gain, 'best gain per effort first');
  assert.deepEqual(e.convertExternal('pemdi-2026', 5, 68.75), { value: 3.75, by: 'Bappenas' });
  assert.equal(code(() => e.convertExternal('pemdi-2026', 1, 50)), 'badArgument');
  // Values from evidence items: level 1 complete, level 2 one of four accepted (verified
  // 1,5 + 1/4 of the step) and one more uploaded (self-assessed 1,5 + 2/4).
  assert.deepEqual(e.valueFromItems('pemdi-2026', [['accepted'], ['diterima', 'uploaded', 'missing', 'rejected']]), { selfAssessed: 2, verified: 1.75 });
  assert.deepEqual(e.valueFromItems('spbe-2020', [['accepted'], ['accepted', 'uploaded']]), { selfAssessed: 2, verified: 1 });
  assert.equal(code(() => e.valueFromItems('pemdi-2026', [['approved']])), 'badArgument');
});

test('the planner is a chunk fetched on the first plan; a failed fetch is loadFailed and tried again', async () => {
  // A copy of the installed package (a fresh module instance) without its planner chunk.
  const copy = join(dir, 'no-planner');
  execFileSync('cp', ['-r', pkg, copy]);
  const chunk = join(copy, 'wasm/split_planner.wasm');
  const kept = readFileSync(chunk);
  rmSync(chunk);
  const e = await import(pathToFileURL(join(copy, 'index.js')).href);
  await e.load('pemdi-2026');
  const values = Array(20).fill(2.5);
  assert.equal(e.score('pemdi-2026', values).predicateId, 'baik');
  for (const call of [() => e.plan('pemdi-2026', values, { target: 'sangat-baik' }), () => e.gains('pemdi-2026', values)]) {
    await assert.rejects(call(), (err) => err.code === 'loadFailed' && /^spbe: perencana \(.*split_planner\.wasm\) tidak dapat diambil$/.test(err.message)
      && /^spbe: the planner \(.*\) could not be fetched$/.test(err.messages.en));
  }
  // Scoring is untouched, and once the chunk is there the next call loads it.
  assert.equal(e.score('pemdi-2026', values).index, 2.5);
  writeFileSync(chunk, kept);
  const [p, g] = await Promise.all([e.plan('pemdi-2026', values, { target: 'sangat-baik' }), e.gains('pemdi-2026', values)]);
  assert.equal(p.status, 'planned');
  assert.ok(p.steps.length > 0 && p.index > 2.5, JSON.stringify(p));
  assert.equal(g.length, 20);
  // The planner works on the frameworks loaded before it came (one memory).
  assert.deepEqual((await e.plan('pemdi-2026', values, { target: 'baik' })).status, 'met');
});

/** A static server for a folder (JS as text/javascript, wasm as application/wasm). */
function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const asked = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const path = asked.endsWith('/') ? join(asked, 'index.html') : asked;
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function inChromium(root, check) {
  const server = await serve(root);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.result !== undefined, null, { timeout: 30000 });
    await check(await page.evaluate(() => window.result));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
}

// Scores and plans with a bundled framework (the engine module and a packed file), then checks a
// framework file of one's own (the reader module, fetched only then): a file with an id and
// nothing else is refused with the app's message.
const PAGE_IMPORTS = 'import { load, score, plan, models, validateFramework }';
const PAGE_SCRIPT = `
  load('spbe-2020').then(() => {
    const r = score('spbe-2020', Array(47).fill(3));
    return plan('spbe-2020', Array(47).fill(3), { target: 'sangat-baik' }).then((p) => {
    const shown = { index: r.index, predicate: r.predicateId, status: p.status, models: models.length };
    return validateFramework('{"id": "sendiri"}').then(() => 'accepted', (e) => e.code + ': ' + e.message)
      .then((reader) => { window.result = { ...shown, reader }; });
  }); });`;
const pageCheck = (r) => {
  assert.match(r.reader, /^invalidFramework: spbe: berkas bukan model yang sah: /);
  assert.deepEqual({ ...r, reader: undefined }, { index: 3, predicate: 'baik', status: 'planned', models: 3, reader: undefined });
};

test('in a plain HTML page without a bundler (headless Chromium)', async () => {
  writeFileSync(join(dir, 'node_modules/index.html'), `<!doctype html><title>portal</title><script type="module">
    ${PAGE_IMPORTS} from './spbe-engine/index.js';${PAGE_SCRIPT}</script>`);
  await inChromium(join(dir, 'node_modules'), pageCheck);
});

test('through a Vite production build', async () => {
  const app = join(dir, 'vite-app');
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), '<!doctype html><title>portal</title><script type="module" src="./main.js"></script>');
  writeFileSync(join(app, 'main.js'), `${PAGE_IMPORTS} from 'spbe-engine';${PAGE_SCRIPT}`);
  execFileSync(join(BIN, 'vite'), ['build', '--logLevel', 'error', '--outDir', 'dist', app], { cwd: dir, stdio: 'pipe' });
  const assets = readdirSync(join(app, 'dist/assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the wasm is emitted as an asset: ${assets}`);
  await inChromium(join(app, 'dist'), pageCheck);
});

test('through a webpack production build (the bundler of Next.js)', async () => {
  const { default: webpack } = await import('webpack');
  const app = join(dir, 'webpack-app');
  mkdirSync(app);
  writeFileSync(join(app, 'main.js'), `${PAGE_IMPORTS} from 'spbe-engine';${PAGE_SCRIPT}`);
  const stats = await new Promise((resolve, reject) => webpack({
    mode: 'production',
    context: app,
    entry: './main.js',
    output: { path: join(app, 'dist'), filename: 'main.js', publicPath: 'auto' },
    resolve: { modules: [join(dir, 'node_modules')] },
    infrastructureLogging: { level: 'error' },
  }, (err, result) => (err ? reject(err) : resolve(result))));
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  writeFileSync(join(app, 'dist/index.html'), '<!doctype html><title>portal</title><script src="./main.js"></script>');
  const assets = readdirSync(join(app, 'dist'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the wasm is emitted as an asset: ${assets}`);
  await inChromium(join(app, 'dist'), pageCheck);
});

test('through a Next.js production build (app router, a client component, static export)', async () => {
  // Inside the repository's target/ (ignored by git), so that Next.js, React and React DOM
  // resolve from the tooling's node_modules; the package itself from the tarball installed
  // into the app's own node_modules.
  const app = join(ROOT, 'target/e2e-next-app');
  rmSync(app, { recursive: true, force: true });
  mkdirSync(join(app, 'app'), { recursive: true });
  mkdirSync(join(app, 'node_modules'));
  execFileSync('cp', ['-r', pkg, join(app, 'node_modules/spbe-engine')]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'portal-next', private: true }));
  writeFileSync(join(app, 'next.config.mjs'), "export default { output: 'export' };\n");
  writeFileSync(join(app, 'app/layout.js'), `export const metadata = { title: 'portal' };
export default function RootLayout({ children }) {
  return <html lang="id"><body>{children}</body></html>;
}
`);
  writeFileSync(join(app, 'app/page.js'), `'use client';
import { useEffect, useState } from 'react';
${PAGE_IMPORTS} from 'spbe-engine';

export default function Page() {
  const [shown, setShown] = useState('menghitung…');
  useEffect(() => {${PAGE_SCRIPT.replace('window.result = { ...shown, reader };', 'window.result = { ...shown, reader }; setShown(shown.index.toFixed(2) + " " + shown.predicate);')}
  }, []);
  return <p id="indeks">{shown}</p>;
}
`);
  try {
    execFileSync(join(BIN, 'next'), ['build', app], { cwd: app, stdio: 'pipe', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const media = readdirSync(join(app, 'out/_next/static/media'));
    for (const ext of ['.wasm', '.bin']) assert.ok(media.some((f) => f.endsWith(ext)), `${ext} emitted as an asset: ${media}`);
    // The three modules: the engine's, its planner chunk and the reader's.
    assert.equal(media.filter((f) => f.endsWith('.wasm')).length, 3, media.join(' '));
    await inChromium(join(app, 'out'), pageCheck);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});

test('index.d.ts matches the exports (tsc --noEmit on an example using every export)', async () => {
  const exported = Object.keys(await import(pathToFileURL(join(pkg, 'index.js')).href)).sort();
  const declared = [...readFileSync(join(pkg, 'index.d.ts'), 'utf8').matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]);
  assert.deepEqual([...new Set(declared)].sort(), exported, 'every export declared, nothing more');
  writeFileSync(join(dir, 'example.ts'), `
    import { models, ready, load, useFramework, validateFramework, score, plan, gains, convertExternal, valueFromItems, parseLink, makeLink, version,
      type ScoreResult, type PlanResult, type Link, type EngineError, type Loaded, type Gain } from 'spbe-engine';
    async function main(): Promise<void> {
      await ready();
      const loaded: Loaded = await load(models[0].id);
      const s: ScoreResult = score(loaded.id, [3], { predicateBasis: 'rounded', lang: 'en' });
      const p: PlanResult = await plan(loaded.id, [3], { target: 'baik', efforts: [1], curve: 'rising', locked: [1], maxLevels: [5], pace: 2, lang: 'en' });
      const l: Link = parseLink(makeLink(loaded.id, [3], { view: 'rencana', base: [2] }), { lang: 'id' });
      await useFramework('{}', { lang: 'en' });
      await validateFramework({});
      const v: string = version();
      const g: Gain[] = await gains(loaded.id, [3], { efforts: [2], predicateBasis: 'exact' });
      const c: number = convertExternal(loaded.id, 5, 25).value;
      const items: number = valueFromItems(loaded.id, [['accepted', 'diunggah'], []]).verified;
      console.log(items);
      console.log(g[0]?.stepsToNextBand, c);
      try { score('x', []); } catch (e) { const code: EngineError['code'] = (e as EngineError).code; const shown: string = (e as EngineError).messages.id; console.log(code, shown); }
      console.log(s.aspects[0].index, p.steps[0]?.indicator, l.variants, v, s.domains.length, p.binding);
    }
    void main();`);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, types: [] }, files: ['example.ts'] }));
  execFileSync(join(BIN, 'tsc'), ['-p', dir], { cwd: dir, stdio: 'pipe' });
  // And a wrong use is refused: the declarations constrain.
  writeFileSync(join(dir, 'wrong.ts'), `import { score } from 'spbe-engine'; score('x', ['3']);`);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [] }, files: ['wrong.ts'] }));
  assert.throws(() => execFileSync(join(BIN, 'tsc'), ['-p', dir], { cwd: dir, stdio: 'pipe' }));
});
