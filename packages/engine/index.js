// spbe-engine: the exact SPBE/Pemdi engine of Kalkulator Indeks SPBE, as an ES module with its
// wasm. Works in a browser without a bundler, with Vite, webpack or Next.js, and in Node 18+.
// The module and each framework file are fetched (browser) or read (Node) once, when first
// needed: `await load(id)` before scoring with a framework.
import init, * as wasm from './wasm/spbe_engine.js';
import { bytes } from './bytes.js';
import { files } from './models/catalog.js';
export { models } from './models/catalog.js';

// The bytes of the module or a framework file (bytes.js: fetched in a browser, read in Node),
// or the error `loadFailed`.
async function read(url) {
  try {
    return await bytes(url);
  } catch (e) {
    throw codeError('loadFailed', `spbe: ${url} tidak dapat diambil (${e.message})`,
      `spbe: ${url} could not be fetched (${e.message})`);
  }
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
// The planner: a chunk of the engine's module (wasm/split_planner.wasm, sharing its memory and
// the frameworks loaded), fetched or read on the first `plan` or `gains`, so that a portal that
// only scores never loads it. A failed fetch is tried again on the next call.
let plannerStarted;
function planner() {
  plannerStarted ??= ready()
    .then(() => new Promise((resolve) => wasm.loadPlanner(resolve, () => queueMicrotask(wasm.drivePlanner))))
    .then((loaded) => {
      if (!loaded) {
        const url = new URL('./wasm/split_planner.wasm', import.meta.url);
        throw codeError('loadFailed', `spbe: perencana (${url}) tidak dapat diambil`,
          `spbe: the planner (${url}) could not be fetched`);
      }
    })
    .catch((e) => { plannerStarted = undefined; throw e; });
  return plannerStarted;
}

export const plan = async (id, values, options) => { await planner(); return engine().plan(id, values, options); };
export const gains = async (id, values, options) => { await planner(); return engine().gains(id, values, options); };
export const convertExternal = (id, indicator, source) => engine().convertExternal(id, indicator, source);
export const valueFromItems = (id, levels) => engine().valueFromItems(id, levels);
export const parseLink = (text, options = {}) => engine().parseLink(String(text), options.lang);
export const makeLink = (id, values, options) => engine().makeLink(id, values, options);
export const version = () => engine().version();
