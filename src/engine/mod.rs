//! The pure engine: model types and validation, exact scoring, rounding, predicates and the
//! URL-fragment codec. Nothing here imports yew, web-sys, js-sys, gloo or wasm-bindgen, and
//! nothing on the scoring path uses floating point: every value is an exact rational
//! ([`Exact`]) over integer weights and integer level values.

pub mod exact;
pub mod format;
pub mod fragment;
pub mod model;
pub mod plan;
pub mod predicate;
pub mod score;
pub mod text;

pub use exact::Exact;
pub use fragment::{FragmentError, LevelsField, UrlState};
pub use model::{Framework, ModelError};
pub use predicate::{Basis, NextBand};
pub use score::{LevelsError, Score};
pub use text::{Lang, Text};
