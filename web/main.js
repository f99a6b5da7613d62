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
