// Start the calculator: load the wasm module built from the Rust crate. Its `main` renders the
// app into #app and defines window.spbe (the JavaScript API).
import init from './spbe.js';

// Modules loaded only when needed: the XLSX workbook writer (a separate, larger wasm file).
window.spbeExtras = Object.freeze({
  async xlsx(documentJson, lang, date) {
    const module = await import('./spbe_xlsx.js');
    await module.default();
    return module.xlsx(documentJson, lang, date);
  },
});

init().catch((error) => {
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
