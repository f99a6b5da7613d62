// Start the calculator: load the wasm module built from the Rust crate. Its `main` renders the
// app into #app and defines window.spbe (the JavaScript API).
import init from './spbe.js';

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
