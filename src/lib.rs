//! Kalkulator Indeks SPBE.
//!
//! * [`engine`]: the pure scoring engine (no web dependencies, no floats on the scoring path).
//! * [`models`]: the catalogue of frameworks shipped with the app (`assets/models/`).
//! * [`state`], [`reducer`]: the app state and its one reducer, as plain Rust (tested natively).
//! * [`work`]: everything the user made for one framework, and the checks every way in shares.
//! * [`api`]: the JavaScript API's rules (`window.spbe.score`), as plain Rust.
//! * [`charts`]: chart geometry (waterfall, radar, roadmap) for the SVG components.
//! * [`document`]: the versioned file and autosave form of the work, checked on reading.
//! * [`csv_file`]: the CSV form of the work (Indonesian spreadsheet conventions).
//! * [`view`]: view models: every number and text the screen shows, computed from the state.
//! * [`i18n`]: every user-facing text in Bahasa Indonesia and English.
//! * `app` (wasm32 only): the thin Yew shell that renders the state and sends actions.

pub mod api;
pub mod charts;
pub mod csv_file;
pub mod document;
pub mod engine;
pub mod i18n;
pub mod models;
pub mod reducer;
pub mod share;
pub mod state;
pub mod view;
pub mod work;

#[cfg(target_arch = "wasm32")]
pub mod app;
