// Start the calculator: load the wasm module built from the Rust crate. Its `main` renders the
// app into #app and defines window.spbe (the JavaScript API).
import init from './spbe.js';

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
window.spbeExtras = Object.freeze({
  async xlsx(documentJson, modelJson, lang, date) {
    return (await xlsxModule()).xlsx(documentJson, modelJson, lang, date);
  },
  async xlsxModel(bytes, lang) {
    return (await xlsxModule()).xlsxModel(bytes, lang);
  },
  async xlsxRead(bytes, modelJson, user, lang) {
    return (await xlsxModule()).xlsxRead(bytes, modelJson, user, lang);
  },
});

init().then(warmWhenIdle).catch((error) => {
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

// Work offline after the first visit (not when embedded from another file:// page).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // No service worker (private mode, old browser): the calculator still works online.
  });
}

// A first visit fetches only its first screen and, once that is idle, the screens' chunks
// (the app does that itself, src/app/parts.rs). On a later visit — this page is controlled by
// the service worker already — the worker also fetches, once the page is idle, what may be
// needed some day and is not kept yet (the other frameworks, the XLSX module, the published
// results), so that everything works offline. Nothing is fetched ahead when the browser asks
// to save data.
const saveData = () => navigator.connection?.saveData === true;
function warmWhenIdle() {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  if (!navigator.serviceWorker.controller || saveData()) return;
  const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 2000));
  navigator.serviceWorker.ready.then((registration) => {
    idle(() => registration.active?.postMessage('warm'), { timeout: 10000 });
  });
}
