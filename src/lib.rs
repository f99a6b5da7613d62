//! Kalkulator Indeks SPBE dan Pemdi, in three layers:
//!
//! * [`engine`]: the pure engine — frameworks as validated data, exact scoring, rounding,
//!   predicates, planning, conversions and the link codec. No web dependencies, no floats on
//!   the scoring path.
//! * [`core`]: the application core, still without web dependencies — the state and its one
//!   reducer, the user's work and its files (JSON, CSV), view models, chart geometry, the texts
//!   in both languages, the JavaScript API's rules, the catalogue of frameworks.
//! * `app` (feature `shell`; natively only to prerender the first screen): the thin Yew shell that renders the core's view models and sends
//!   actions; the only place that touches the browser.
//!
//! The core's modules are also reachable at the crate root (`spbe_calculator::state`, …).

pub mod core;
pub mod engine;

pub use self::core::{
    api, charts, crosswalk, csv_file, document, embed, evidence, exercise, i18n, models, reducer,
    results, share, state, view, work,
};

#[cfg(feature = "shell")]
pub mod app;
#[cfg(feature = "web")]
pub mod web;

/// The allocator of every wasm module built from this crate (single-threaded: no atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
