// Start the calculator: load the wasm module built from the Rust crate. Its `main` renders the
// app into #app and defines window.spbe (the JavaScript API).
import init from './spbe.js';

// Modules loaded only when needed: the XLSX workbook writer (a separate, larger wasm file).
window.spbeExtras = Object.freeze({
  async xlsx(documentJson, modelJson, lang, date) {
    const module = await import('./spbe_xlsx.js');
    await module.default();
    return module.xlsx(documentJson, modelJson, lang, date);
  },
});

init().then(warmWhenIdle).catch((error) => {
  const app = document.getElementById('app');
  if (app) {
    app.textContent = 'Kalkulator tidak dapat dimulai / The calculator could not start: ' + error;
  }
  console.error(error);
});

// Work offline after the first visit (not when embedded from another file:// page).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // No service worker (private mode, old browser): the calculator still works online.
  });
}

// Once the calculator runs and the page is idle, let the service worker fetch what other
// screens may need (the other frameworks, the XLSX writer): after one visit everything works
// offline, without competing with the first screen for the connection.
function warmWhenIdle() {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 2000));
  navigator.serviceWorker.ready.then((registration) => {
    idle(() => registration.active?.postMessage('warm'), { timeout: 10000 });
  });
}
