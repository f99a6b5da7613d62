// Start the calculator: load the wasm module built from the Rust crate. Its `main` renders the
// app into #app and defines window.spbe (the JavaScript API).
import init from './spbe.js';

// --- When the module stops -----------------------------------------------------------------
// A panic (a bug) and a trap (a WebAssembly.RuntimeError: a stack overflow, `unreachable`, an
// access out of bounds) stop the module; after a trap nothing in it may be called again. The
// notice is drawn here, in plain DOM, never calling into the module: the panic hook hands its
// text over (window.spbeStopped), and a trap is caught wherever it surfaces — an event handler
// (window 'error'), a promise ('unhandledrejection'), a JS API call (the wrapper below).
const VERSION = __VERSION__;
const STOP_TEXTS = {
  id: [
    'Kalkulator berhenti karena kesalahan',
    'Pekerjaan Anda sampai perubahan terakhir sudah tersimpan di perangkat ini. Muat ulang halaman untuk melanjutkan; pekerjaan itu akan terbuka lagi.',
    'Muat ulang',
    'Bila Anda melaporkan kesalahan ini, sertakan teks berikut:',
  ],
  en: [
    'The calculator stopped because of an error',
    'Your work up to the last change is saved on this device. Reload the page to go on; that work opens again.',
    'Reload',
    'If you report this error, include this text:',
  ],
};
let stopped = null;

function showStopped(text) {
  if (stopped !== null) return;
  stopped = text;
  document.documentElement.dataset.stopped = '';
  const [title, body, reload, report] = STOP_TEXTS[document.documentElement.lang === 'en' ? 'en' : 'id'];
  const panel = document.createElement('div');
  panel.className = 'crash';
  panel.setAttribute('role', 'alertdialog');
  panel.setAttribute('aria-labelledby', 'crash-title');
  panel.setAttribute('aria-describedby', 'crash-body');
  panel.dataset.testid = 'crash';
  const add = (tag, content, attrs = {}) => {
    const e = document.createElement(tag);
    e.textContent = content;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    panel.append(e);
    return e;
  };
  add('h2', title, { id: 'crash-title' });
  add('p', body, { id: 'crash-body' });
  // The page without its fragment: a full load (a link to the same fragment would only
  // scroll); the autosaved work opens without a link.
  const link = add('a', reload, { href: location.pathname + location.search, class: 'crash-reload' });
  add('p', report);
  const area = add('textarea', text, { readonly: '', rows: '4', 'data-testid': 'crash-text', 'aria-label': report });
  area.value = text;
  document.body.append(panel);
  link.focus();
}
window.spbeStopped = showStopped;

// (A stack overflow is a RuntimeError when Rust's own stack in linear memory runs out; when the
// engine's stack does, Chromium throws a RangeError and Firefox an InternalError, "too much
// recursion", from wasm frames.)
const isTrap = (e) =>
  e instanceof WebAssembly.RuntimeError ||
  ((e instanceof RangeError || e?.name === 'InternalError') && /wasm/.test(e.stack ?? ''));
function onTrap(error) {
  console.error(`${error}\n${error.stack ?? ''}`);
  showStopped(`spbe-calculator ${VERSION}: ${error}\n${error.stack ?? ''}`.trim());
}
window.addEventListener('error', (e) => {
  if (isTrap(e.error)) onTrap(e.error);
});
window.addEventListener('unhandledrejection', (e) => {
  if (isTrap(e.reason)) onTrap(e.reason);
});

// window.spbe as the module defines it, wrapped: after the module stopped, every call throws an
// Error that says so (the module is not called); a trap during a call stops it here too.
const stoppedError = () =>
  Object.assign(new Error('spbe: the calculator stopped after an error; reload the page to use it again'), {
    code: 'stopped',
  });
function guarded(f) {
  return function (...args) {
    if (stopped !== null) throw stoppedError();
    let result;
    try {
      result = f.apply(this, args);
    } catch (e) {
      if (!isTrap(e)) throw e;
      onTrap(e);
      throw stoppedError();
    }
    if (result instanceof Promise) {
      return result.catch((e) => {
        if (!isTrap(e)) throw e;
        onTrap(e);
        throw stoppedError();
      });
    }
    return result;
  };
}
// (window.spbeTest, the end-to-end tests' switch, is wrapped the same way.)
for (const name of ['spbe', 'spbeTest']) {
  let api;
  Object.defineProperty(window, name, {
    configurable: true,
    enumerable: true,
    get: () => api,
    set(value) {
      if (value === null || typeof value !== 'object') {
        api = value;
        return;
      }
      const wrapped = {};
      for (const [k, v] of Object.entries(value)) wrapped[k] = typeof v === 'function' ? guarded(v) : v;
      api = Object.freeze(wrapped);
    },
  });
}

// The framework files of this build (id -> file), and the one a first visit opens; written by
// the build from assets/models/catalog.json.
const MODELS = __MODELS__;
const START = __START__;

// Fetch the framework the app is about to open beside the wasm instead of after it (the app
// takes this response when it asks for the same file). The guess follows the app's rule: the
// link's `model` (SPBE 2020 for a link without one), else the framework used last, else the
// first-visit one. A wrong guess costs one small request; the app fetches what it needs.
function guessModel() {
  const hash = location.hash.replace(/^#/, '');
  if (hash) {
    const m = /(?:^|&)model=([^&]*)/.exec(hash);
    try {
      return m ? decodeURIComponent(m[1]).trim() : 'spbe-2020';
    } catch {
      return null;
    }
  }
  try {
    return localStorage.getItem('spbe.model') || START;
  } catch {
    return START;
  }
}
const early = MODELS[guessModel()];
if (early) {
  const path = `models/${early}`;
  window.spbeEarly = { path, response: fetch(path).catch(() => null) };
}

// Modules loaded only when needed: the XLSX workbook writer and reader (a separate, larger
// wasm file), loaded once on the first export or import of a workbook.
let workbook = null;
function xlsxModule() {
  workbook ??= import('./spbe_xlsx.js').then(async (module) => {
    await module.default();
    return module;
  });
  return workbook;
}
// The chunks' style sheet (screens.css: what only the parts in chunks draw), added once, with
// the first chunk the app loads (src/app/lazy.rs); resolves when it is there or could not be
// fetched.
let screens = null;
window.spbeExtras = Object.freeze({
  screens() {
    screens ??= new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'screens.css';
      link.onload = link.onerror = () => done();
      document.head.append(link);
    });
    return screens;
  },
  async xlsx(documentJson, modelJson, lang, date) {
    return (await xlsxModule()).xlsx(documentJson, modelJson, lang, date);
  },
  async xlsxModel(bytes, lang) {
    return (await xlsxModule()).xlsxModel(bytes, lang);
  },
  async xlsxRead(bytes, modelJson, user, lang) {
    return (await xlsxModule()).xlsxRead(bytes, modelJson, user, lang);
  },
  async xlsxCatalogue(csv) {
    return (await xlsxModule()).xlsxCatalogue(csv);
  },
  async xlsxCatalogueRead(bytes, modelJson, user, lang) {
    return (await xlsxModule()).xlsxCatalogueRead(bytes, modelJson, user, lang);
  },
  // The page is idle (src/app/parts.rs: warm): the service worker fetches and keeps, one file
  // after another and off this page's thread, what the visit may need — on a first visit
  // ('warm-first') the screens' chunks, which this page then compiles only when a screen is
  // opened; on a later one ('warm') the rest: the other frameworks, the XLSX module, the
  // published results. true once it has kept them all; false when there is no worker (or it is
  // not running within 30 s), a file could not be fetched, or the worker was replaced before it
  // answered (a new version took over: it would never answer; the page then loads itself what
  // it needs).
  async warm(kind) {
    const registration = await Promise.race([worker, new Promise((r) => setTimeout(() => r(null), 30000))]);
    const active = registration?.active;
    if (!active) return false;
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data === 'kept');
      active.addEventListener('statechange', () => active.state === 'redundant' && resolve(false));
      active.postMessage(kind, [channel.port2]);
    });
  },
});

init().catch((error) => {
  if (isTrap(error)) return onTrap(error);
  // Said where the prerendered screen says it is loading (it stays, not operable).
  const status = document.querySelector('#prerendered .prerender-status');
  if (status) {
    status.textContent = 'Kalkulator tidak dapat dimulai / The calculator could not start: ' + error;
    status.setAttribute('role', 'alert');
    const html = document.documentElement;
    if (html.dataset.prerender !== 'other') html.dataset.prerender = 'stale';
  }
  console.error(error);
});

// Whether this is a later visit: the service worker controlled the page when it was loaded.
// Read here, before the worker registered below is installed: it then takes this page over
// (clients.claim), and from that moment a first visit would look like a later one, fetching
// ahead all a later visit fetches. The app reads it from <html data-visit> (src/app/tasks.rs).
const laterVisit = 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
document.documentElement.dataset.visit = laterVisit ? 'later' : 'first';

// Work offline after the first visit (not when embedded from another file:// page). No service
// worker (private mode, old browser): the calculator still works online.
const worker = 'serviceWorker' in navigator && location.protocol.startsWith('http')
  ? navigator.serviceWorker.register('sw.js').then((r) => (r ? navigator.serviceWorker.ready : null)).catch(() => null)
  : Promise.resolve(null);
