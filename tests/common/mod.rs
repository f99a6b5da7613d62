//! Helpers shared by the native integration tests.
#![allow(dead_code)]

pub mod choices;
pub mod frac;
pub mod items;
pub mod random_work;

use spbe_calculator::engine::model::RawModel;
use spbe_calculator::engine::{Framework, ModelError};

/// A bundled model file (`assets/models/<id>.json`), as JSON text.
pub fn model_json(id: &str) -> String {
    let path = format!("{}/assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A bundled framework, validated.
pub fn model(id: &str) -> Framework {
    Framework::from_raw(raw_from_json(&model_json(id)).expect("bundled model parses"))
        .expect("bundled model is valid")
}

/// The published results file that ships with the app, validated.
pub fn published() -> spbe_calculator::results::Results {
    let path = format!(
        "{}/assets/data/results-2023-2024.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file = serde_json::from_str(&text).expect("the results file parses");
    spbe_calculator::results::Results::from_file(file).expect("the results file is valid")
}

pub fn spbe2020_json() -> String {
    model_json("spbe-2020")
}

pub fn pemdi2026() -> Framework {
    model("pemdi-2026")
}

pub fn spbe2018() -> Framework {
    model("spbe-2018")
}

pub fn raw_from_json(json: &str) -> Result<RawModel, ModelError> {
    serde_json::from_str(json).map_err(|e| ModelError::Syntax(e.to_string()))
}

pub fn spbe2020_raw() -> RawModel {
    raw_from_json(&spbe2020_json()).expect("bundled model parses")
}

pub fn spbe2020() -> Framework {
    Framework::from_raw(spbe2020_raw()).expect("bundled model is valid")
}

/// Levels (one per indicator in `range`) whose weighted sum over `range` is exactly `target`,
/// found by a small dynamic program over reachable sums; `None` when no levels give it.
pub fn levels_with_sum(
    fw: &Framework,
    range: std::ops::Range<usize>,
    target: u64,
) -> Option<Vec<u32>> {
    let (lo, hi) = (fw.scale.min_value(), fw.scale.max_value());
    // reach[k] = map sum -> chosen level of indicator k leading there (from sums of k-1).
    let mut layers: Vec<std::collections::HashMap<u64, (u64, u32)>> = Vec::new();
    let mut current: std::collections::HashSet<u64> = [0].into_iter().collect();
    for i in range.clone() {
        let w = u64::from(fw.indicators[i].weight);
        let mut next = std::collections::HashMap::new();
        for &s in &current {
            for v in lo..=hi {
                next.entry(s + w * u64::from(v)).or_insert((s, v));
            }
        }
        current = next.keys().copied().collect();
        layers.push(next);
    }
    if !current.contains(&target) {
        return None;
    }
    let mut out = vec![0; layers.len()];
    let mut s = target;
    for k in (0..layers.len()).rev() {
        let (prev, v) = layers[k][&s];
        out[k] = v;
        s = prev;
    }
    Some(out)
}

/// Full level list (all indicators) with a given total weighted sum (in weight units × level).
pub fn all_levels_with_sum(fw: &Framework, target: u64) -> Option<Vec<u32>> {
    levels_with_sum(fw, 0..fw.indicators.len(), target)
}
