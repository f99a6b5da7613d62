//! The pure engine: model types and validation, exact scoring, rounding, predicates, planning,
//! conversions and the URL-fragment codec. Nothing here imports yew, web-sys, js-sys, gloo or
//! wasm-bindgen, and nothing on the scoring path uses floating point: every value is an exact
//! rational ([`Exact`]) over integer weights and integer values in scale units.

pub mod convert;
pub mod decimal;
pub mod dp;
pub mod dp_effort;
pub mod exact;
pub mod format;
pub mod fragment;
pub mod gains;
pub mod limits;
pub mod model;
pub mod model_error;
pub mod packed;
pub mod plan;
pub mod plan_job;
pub mod predicate;
pub mod raw;
pub mod roadmap;
pub mod score;
pub mod text;
mod tree;
pub mod validate;

pub use exact::Exact;
pub use fragment::{FragmentError, LevelsField, UrlState, View};
pub use limits::Limit;
pub use model::{Framework, Origin};
pub use predicate::{Basis, NextBand};
pub use score::{LevelsError, Score};
pub use text::{Lang, Text};
pub use validate::ModelError;
