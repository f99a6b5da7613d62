// Write <file>.br (brotli 11) and <file>.gz beside every text and wasm file of the build, as a
// static host serves them (nginx gzip_static/brotli_static, Caddy's precompressed files);
// scripts/serve.mjs sends them to browsers that accept them. Then print every file's size:
// raw, gzip, brotli. Images are already compressed and are left as they are.
// The .gz files are written with Zopfli (@gfx/zopfli, 15 iterations): ordinary gzip that every
// browser reads, about 5 % smaller than zlib's level 9 (the first screen's module 165,9 ->
// 157,8 KiB) for the browsers and proxies that take gzip and not brotli, at about 30 s of
// build time on the 2-core machine (most of it the XLSX module). Deterministic, like zlib: `make test` checks these files' sizes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const dir = process.argv[2] ?? 'dist';
const COMPRESS = new Set(['.html', '.js', '.css', '.wasm', '.json', '.bin', '.webmanifest', '.svg']);
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KiB';
const walk = (d, prefix = '') =>
  readdirSync(d).sort().flatMap((f) =>
    statSync(join(d, f)).isDirectory() ? walk(join(d, f), `${prefix}${f}/`) : [`${prefix}${f}`]);
const rows = [];
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const name of walk(dir).filter((f) => !f.endsWith('.gz') && !f.endsWith('.br'))) {
  const path = join(dir, name);
  const data = readFileSync(path);
  let [gzip, brotli] = [data.length, data.length];
  if (COMPRESS.has(extname(name))) {
    const gz = await gzipAsync(data, { numiterations: 15 });
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    // Only where it saves something (a tiny file can grow).
    if (gz.length < data.length) {
      writeFileSync(`${path}.gz`, gz);
      gzip = gz.length;
    }
    if (br.length < data.length) {
      writeFileSync(`${path}.br`, br);
      brotli = br.length;
    }
  }
  rows.push([name, data.length, gzip, brotli]);
  total.raw += data.length;
  total.gzip += gzip;
  total.brotli += brotli;
}
console.log(`sizes of ${dir}/ as served (raw / gzip (Zopfli) / brotli 11; .gz and .br written beside):`);
for (const [name, raw, gzip, brotli] of rows) {
  console.log(`  ${name.padEnd(26)}${kb(raw)}${kb(gzip)}${kb(brotli)}`);
}
console.log(`  ${'total'.padEnd(26)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
