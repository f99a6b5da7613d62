// Print the size of every file the build produced: raw, gzip -9 and brotli (quality 11).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KiB';
const rows = [];
const total = { raw: 0, gzip: 0, brotli: 0 };
const walk = (d, prefix = '') =>
  readdirSync(d).sort().flatMap((f) =>
    statSync(join(d, f)).isDirectory() ? walk(join(d, f), `${prefix}${f}/`) : [`${prefix}${f}`]);
for (const name of walk(dir)) {
  const path = join(dir, name);
  const data = readFileSync(path);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  rows.push([name, data.length, gzip, brotli]);
  total.raw += data.length;
  total.gzip += gzip;
  total.brotli += brotli;
}
console.log(`sizes of ${dir}/ (raw / gzip -9 / brotli 11):`);
for (const [name, raw, gzip, brotli] of rows) {
  console.log(`  ${name.padEnd(26)}${kb(raw)}${kb(gzip)}${kb(brotli)}`);
}
console.log(`  ${'total'.padEnd(26)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
