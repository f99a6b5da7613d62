// Serve dist/ the way a real static host does, on 127.0.0.1:
// - compressed responses: the build writes <file>.br and <file>.gz beside each text or wasm
//   file (scripts/compress.mjs); the server picks one by Accept-Encoding (brotli first, then
//   gzip, else the plain file) and says so with Content-Encoding and Vary;
// - the right Content-Type for every file of the build (application/wasm for .wasm, which
//   streaming compilation needs);
// - Cache-Control: no-cache with ETag and Last-Modified, so the browser and the service
//   worker keep unchanged files and revalidate them with a 304 instead of downloading again.
// `node scripts/serve.mjs` serves at the first free port from 8080 (or $PORT); the e2e tests
// and `make bench` import startServer() and serve on a port the system picks.
import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { createServer as netServer } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  // A framework in its packed form (src/engine/packed.rs).
  '.bin': 'application/octet-stream',
};

/** The encodings the client accepts (q > 0), from an Accept-Encoding header. */
export function accepted(header = '') {
  const ok = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return ok;
}

async function fileInfo(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/** Who may frame the calculator (README, "Embedding": narrow it when you host your own). */
export const FRAME_ANCESTORS = 'frame-ancestors *';

/** A request handler serving the directory `root`. */
export function handler(root = DIST) {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return async (req, res) => {
    const headers = { 'X-Content-Type-Options': 'nosniff' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400, headers).end('bad request');
      return;
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base) || file.endsWith('.br') || file.endsWith('.gz')) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    const plain = await fileInfo(file);
    if (!plain) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    // The smallest variant the client takes: brotli, then gzip, then the file itself.
    const ok = accepted(req.headers['accept-encoding']);
    let served = { path: file, info: plain, encoding: null };
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (!ok.has(encoding)) continue;
      const info = await fileInfo(file + suffix);
      if (info) {
        served = { path: file + suffix, info, encoding };
        break;
      }
    }
    const compressible = (await fileInfo(`${file}.gz`)) || (await fileInfo(`${file}.br`));
    const etag = `"${plain.size.toString(36)}-${Math.trunc(plain.mtimeMs).toString(36)}${served.encoding ? `-${served.encoding}` : ''}"`;
    Object.assign(headers, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ETag: etag,
      'Last-Modified': plain.mtime.toUTCString(),
    });
    if (compressible) headers.Vary = 'Accept-Encoding';
    // The page itself may be framed by any site (portals embed it; it holds no account and
    // sends nothing anywhere). Everything it loads stays limited to its own origin by the
    // policy in index.html; `frame-ancestors` only works as a header, so it is sent here.
    if (extname(file) === '.html') headers['Content-Security-Policy'] = FRAME_ANCESTORS;
    if (served.encoding) headers['Content-Encoding'] = served.encoding;
    const match = req.headers['if-none-match'];
    const since = Date.parse(req.headers['if-modified-since'] ?? '');
    const fresh = match
      ? match.split(',').map((t) => t.trim().replace(/^W\//, '')).includes(etag)
      : !Number.isNaN(since) && Math.trunc(plain.mtimeMs / 1000) <= since / 1000;
    if (fresh) {
      res.writeHead(304, headers).end();
      return;
    }
    headers['Content-Length'] = served.info.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.end(await readFile(served.path));
  };
}

/** Serve `root` on 127.0.0.1:`port` (0: a free port the system picks). */
export async function startServer(root = DIST, port = 0) {
  const server = createServer(handler(root));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function isFree(port) {
  return new Promise((resolve) => {
    const probe = netServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!(await fileInfo(join(DIST, 'index.html')))) {
    console.error('dist/ is missing: run `make build` first');
    process.exit(1);
  }
  const from = Number(process.env.PORT || 8080);
  let port = from;
  while (!(await isFree(port))) {
    if (++port > from + 99) {
      console.error(`no free port in ${from}..${from + 99}`);
      process.exit(1);
    }
  }
  const { origin } = await startServer(DIST, port);
  console.log(`Kalkulator Indeks SPBE dan Pemdi: ${origin}/  (brotli/gzip; Ctrl+C to stop)`);
}
