// The server `make serve` runs (scripts/serve.mjs) against the release build: compression
// negotiated by Accept-Encoding, the right types, revalidation with 304, nothing outside dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer, DIST, accepted } from '../scripts/serve.mjs';

let server;
let origin;
before(async () => ({ server, origin } = await startServer()));
after(() => server.close());

function get(path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the wasm goes out as brotli or gzip, as the browser asks, and decodes to the file', async () => {
  const file = readFileSync(join(DIST, 'spbe_bg.wasm'));
  const br = await get('/spbe_bg.wasm', { 'accept-encoding': 'gzip, deflate, br, zstd' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.ok(br.body.length < file.length / 2, `${br.body.length} of ${file.length} bytes`);
  assert.deepEqual(brotliDecompressSync(br.body), file);
  const gz = await get('/spbe_bg.wasm', { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), file);
  const refused = await get('/spbe_bg.wasm', { 'accept-encoding': 'br;q=0, gzip' });
  assert.equal(refused.headers['content-encoding'], 'gzip');
  const plain = await get('/spbe_bg.wasm');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(Number(plain.headers['content-length']), file.length);
  assert.deepEqual(plain.body, file);
});

test('every kind of file has its type; the page and the models are compressed too', async () => {
  for (const [path, type] of [
    ['/', 'text/html; charset=utf-8'],
    ['/spbe.js', 'text/javascript; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/sw.js', 'text/javascript; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/models/pemdi-2026.json', 'application/json; charset=utf-8'],
    ['/models/pemdi-2026.bin', 'application/octet-stream'],
    ['/icon-192.png', 'image/png'],
  ]) {
    const r = await get(path, { 'accept-encoding': 'br' });
    assert.equal(r.status, 200, path);
    assert.equal(r.headers['content-type'], type, path);
    if (!path.endsWith('.png')) assert.equal(r.headers['content-encoding'], 'br', path);
  }
});

test('unchanged files are revalidated with 304; HEAD, 404 and nothing outside dist/', async () => {
  const first = await get('/spbe_bg.wasm', { 'accept-encoding': 'br' });
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.ok(first.headers.etag && first.headers['last-modified']);
  const again = await get('/spbe_bg.wasm', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  // Another encoding is another representation: no 304 on the brotli tag.
  const other = await get('/spbe_bg.wasm', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag });
  assert.equal(other.status, 200);
  const css = await get('/style.css');
  const since = await get('/style.css', { 'if-modified-since': css.headers['last-modified'] });
  assert.equal(since.status, 304);
  const head = await get('/style.css', { 'accept-encoding': 'gzip' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.ok(Number(head.headers['content-length']) > 0);
  assert.equal((await get('/nope.js')).status, 404);
  assert.equal((await get('/spbe_bg.wasm.br')).status, 404);
  assert.equal((await get('/../Cargo.toml')).status, 404);
  assert.equal((await get('/%2e%2e/Cargo.toml')).status, 404);
  assert.equal((await get('/%E0%A4%A')).status, 400);
  assert.equal((await get('/', {}, 'POST')).status, 405);
});

test('Accept-Encoding is read with its q-values', () => {
  assert.deepEqual([...accepted('gzip, deflate, br')], ['gzip', 'deflate', 'br']);
  assert.deepEqual([...accepted('br;q=0, gzip;q=0.5')], ['gzip']);
  assert.deepEqual([...accepted('')], []);
  assert.deepEqual([...accepted(undefined)], []);
});
