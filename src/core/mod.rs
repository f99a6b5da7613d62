//! The application core: everything the app does besides drawing and touching the browser,
//! in plain Rust, tested natively.
//!
//! * [`state`], [`reducer`]: the app state and its one reducer.
//! * [`work`], [`document`], [`csv_file`]: what the user made, and its JSON and CSV forms,
//!   checked completely on the way in.
//! * [`view`], [`charts`]: every number and text the screen shows, and chart geometry.
//! * [`i18n`]: every user-facing text in Bahasa Indonesia and English.
//! * [`api`]: the rules of `window.spbe`.
//! * [`models`]: the catalogue of bundled frameworks.
//! * [`share`]: the QR code of a link.
//! * [`results`]: the published SPBE results: search and rank among peers.
//! * [`crosswalk`]: from one framework's levels to suggested values of its successor.
//! * [`embed`]: the messages between an embedded calculator and its host page.

pub mod api;
pub mod charts;
pub mod crosswalk;
pub mod csv_file;
pub mod document;
pub mod embed;
pub mod evidence;
pub mod exercise;
pub mod i18n;
pub mod models;
pub mod reducer;
pub mod results;
pub mod share;
pub mod state;
pub mod view;
pub mod work;
