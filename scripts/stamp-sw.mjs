// Write dist/sw.js from web/sw.js: __BUILD__ becomes a hash of every file of the build and
// __FILES__ the list of files to cache, so each build has its own cache and is picked up on
// the next visit.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [source, dir] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f !== 'sw.js').sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const build = hash.digest('hex').slice(0, 12);
const list = JSON.stringify(['./', ...files.map((f) => `./${f}`)]);
const text = readFileSync(source, 'utf8').replaceAll('__BUILD__', build).replaceAll('__FILES__', list);
writeFileSync(join(dir, 'sw.js'), text);
console.log(`service worker: cache spbe-${build}, ${files.length + 1} entries`);
