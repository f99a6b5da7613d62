// spbe-engine: the exact SPBE/Pemdi engine of Kalkulator Indeks SPBE, as an ES module with its
// wasm. Works in a browser without a bundler, with Vite, webpack or Next.js, and in Node 18+.
// The module and each framework file are fetched (browser) or read (Node) once, when first
// needed: `await load(id)` before scoring with a framework.
import init, * as wasm from './wasm/spbe_engine.js';
import { files } from './models/catalog.js';
export { models } from './models/catalog.js';

const isNode = typeof process !== 'undefined' && process.versions != null && process.versions.node != null;

async function read(url) {
  if (isNode && url.protocol === 'file:') {
    const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
    return new Uint8Array(await fs.readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw codeError('loadFailed', `spbe: ${url} tidak dapat diambil (${response.status})`,
      `spbe: ${url} could not be fetched (${response.status})`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

// An Error as the engine's own: a stable `code`, the message in Indonesian (the engine's
// default language) and both languages' in `messages`.
function codeError(code, id, en) {
  const e = new Error(id);
  e.code = code;
  e.messages = { id, en };
  return e;
}

let started;
let initialized = false;
/** Make the engine ready (fetches or reads its wasm once). `load` does this too. */
export function ready() {
  started ??= read(new URL('./wasm/spbe_engine_bg.wasm', import.meta.url))
    .then((bytes) => init({ module_or_path: bytes }))
    .then(() => { initialized = true; })
    .catch((e) => { started = undefined; throw e; });
  return started;
}

function engine() {
  if (!initialized) {
    throw codeError('notReady', 'spbe: panggil `await load(id)` (atau `await ready()`) sebelum memakai mesin',
      'spbe: call `await load(id)` (or `await ready()`) before using the engine');
  }
  return wasm;
}

/** Load a bundled framework by id (once); resolves to `{ id, version, indicators }`. */
export async function load(id) {
  await ready();
  const file = typeof id === 'string' ? wasm.fileOf(id) : undefined;
  if (file === undefined || !Object.hasOwn(files, file)) {
    const known = wasm.models().map((m) => m.id).join(', ');
    const name = JSON.stringify(String(id).slice(0, 60));
    throw codeError('unknownModel', `spbe: model tidak dikenal ${name} (yang dikenal: ${known})`,
      `spbe: unknown model ${name} (known: ${known})`);
  }
  // A static URL per file (models/catalog.js), which every bundler emits as an asset. The
  // bundled frameworks come packed, as the app fetches them: the engine has no JSON reader.
  return wasm.addBundled(id, await read(files[file]()));
}

// The second module: a framework file's JSON read as the app reads it and handed to the
// engine packed, which validates it. Fetched only when a framework of one's own is checked or
// added.
let readerStarted;
function reader() {
  readerStarted ??= Promise.all([
    import('./wasm/spbe_reader.js'),
    read(new URL('./wasm/spbe_reader_bg.wasm', import.meta.url)),
  ])
    .then(async ([module, bytes]) => { await module.default({ module_or_path: bytes }); return module; })
    .catch((e) => { readerStarted = undefined; throw e; });
  return readerStarted;
}

async function packed(json, lang) {
  const [module] = await Promise.all([reader(), ready()]);
  return module.packFramework(typeof json === 'string' ? json : JSON.stringify(json), lang);
}

/** Add a framework of one's own (its JSON text or object), checked as the app checks one. */
export async function useFramework(json, options = {}) {
  return wasm.addFramework(await packed(json, options.lang), options.lang);
}

/** Check a framework file (JSON text or object); its summary, or an Error with `code`. */
export async function validateFramework(json, options = {}) {
  return wasm.validateFramework(await packed(json, options.lang), options.lang);
}

export const score = (id, values, options) => engine().score(id, values, options);
export const plan = (id, values, options) => engine().plan(id, values, options);
export const gains = (id, values, options) => engine().gains(id, values, options);
export const convertExternal = (id, indicator, source) => engine().convertExternal(id, indicator, source);
export const valueFromItems = (id, levels) => engine().valueFromItems(id, levels);
export const parseLink = (text, options = {}) => engine().parseLink(String(text), options.lang);
export const makeLink = (id, values, options) => engine().makeLink(id, values, options);
export const version = () => engine().version();
