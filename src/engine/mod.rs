//! The pure engine: model types and validation, exact scoring, rounding, predicates, planning,
//! conversions and the URL-fragment codec. Nothing here imports yew, web-sys, js-sys, gloo or
//! wasm-bindgen, and nothing on the scoring path uses floating point: every value is an exact
//! rational ([`Exact`]) over integer weights and integer values in scale units.
//!
//! # Use from Rust
//!
//! A back end can depend on this crate by path or git (`spbe-calculator`, default features:
//! the engine and the core only, no web dependencies). A framework file is read and checked
//! into a [`Framework`]; values are given in scale units (`level × scale.unit()`); every
//! result is exact, and rounding to what is shown is the framework's own rule.
//!
//! ```
//! use spbe_calculator::engine::plan::{PlanOutcome, PlanRequest, Target, plan};
//! use spbe_calculator::engine::model::RawModel;
//! use spbe_calculator::engine::{Basis, Framework};
//!
//! let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/models/spbe-2020.json");
//! let raw: RawModel = serde_json::from_str(&std::fs::read_to_string(path)?)?;
//! let fw = Framework::from_raw(raw)?;
//!
//! // Every indicator at level 3: index 3 exactly, shown as 3,00, predicate "baik".
//! let levels = vec![3 * fw.scale.unit(); fw.indicators.len()];
//! let s = fw.score(&levels)?;
//! assert_eq!(s.index.decimal_string(12), "3");
//! assert_eq!(fw.index_cents(&s.index), 300);
//! assert_eq!(fw.bands[fw.band_of(&s.index, Basis::default())].id, "baik");
//!
//! // The least-effort plan to "sangat-baik" (≥ 3,50), one unit of effort per level step.
//! let target = Target::Band(fw.band_named("sangat-baik").expect("a band of SPBE 2020"));
//! let request = PlanRequest::new(&fw, target, Basis::default());
//! let PlanOutcome::Planned { steps, effort, index, .. } = plan(&fw, &levels, &request)? else {
//!     panic!("every indicator can still rise");
//! };
//! assert!(fw.index_cents(&index) >= 350);
//! assert_eq!(effort, steps.iter().map(|s| u64::from(s.steps)).sum::<u64>());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod convert;
pub mod decimal;
pub mod dp;
pub mod dp_effort;
pub mod exact;
pub mod format;
pub mod fragment;
pub mod gains;
pub mod items;
pub mod limits;
pub mod model;
pub mod model_error;
pub mod names;
pub mod order;
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
