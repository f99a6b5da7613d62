// Write dist/sw.js from assets/sw.js: __BUILD__ becomes a hash of every file of the build,
// __CORE__ the files the first screen needs (cached when the service worker installs) and
// __LATER__ the rest (the screens' and features' wasm chunks, the XLSX module, the other
// frameworks' model files, the published results, embed.js), each cached when first fetched
// or, if still missing, when a later visit is idle; __FIRST__ what the worker fetches when a
// first visit's page is idle (the screens' chunks). A first visit never downloads anything
// twice over.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { firstVisitFiles } from './sizes.mjs';

const [source, dir] = process.argv.slice(2);
const walk = (d) =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const files = walk(dir)
  .map((f) => relative(dir, f).split('\\').join('/'))
  // (not the compressed copies: the server picks them for a request of the file itself)
  .filter((f) => f !== 'sw.js' && !/\.(gz|br)$/.test(f))
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const build = hash.digest('hex').slice(0, 12);
// The framework a first visit opens is part of the first screen.
const catalog = JSON.parse(readFileSync(new URL('../assets/models/catalog.json', import.meta.url), 'utf8'));
// (the packed file, which the app fetches; the JSON files are for people and other tools).
const start = `models/${(catalog.find((e) => e.start) ?? catalog[0]).file.replace(/\.json$/, '.bin')}`;
const chunk = (f) => /^(split|chunk)_[^/]*\.wasm$/.test(f);
const later = (f) =>
  chunk(f) || f === 'embed.js' || f.startsWith('spbe_xlsx') || f.startsWith('data/') ||
  (f.startsWith('models/') && f !== start);
const core = ['./', ...files.filter((f) => !later(f)).map((f) => `./${f}`)];
const rest = files.filter(later).map((f) => `./${f}`);
// What a first visit's page asks the worker to fetch once it is idle: the files its byte budget
// counts that the install did not cache (the API's and the screens' chunks, SPBE 2020).
const first = firstVisitFiles().idle.filter(later).map((f) => `./${f}`);
const text = readFileSync(source, 'utf8')
  .replaceAll('__BUILD__', build)
  .replaceAll('__CORE__', JSON.stringify(core))
  .replaceAll('__LATER__', JSON.stringify(rest))
  .replaceAll('__FIRST__', JSON.stringify(first));
writeFileSync(join(dir, 'sw.js'), text);
console.log(`service worker: cache spbe-${build}, ${core.length} files at install, ${first.length} once a first visit is idle, ${rest.length} later`);
