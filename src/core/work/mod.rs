//! Everything the user made for one framework ([`Work`]), independent of how it is stored, and
//! the checks every way back in (JSON files and autosave, CSV files) shares: each fault is a
//! typed [`DocError`] naming the field, so nothing changes until all of it is right.

mod error;
mod fields;

pub use error::DocError;
pub use fields::{
    curve_code, indicator_at, read_basis, read_choice, read_curve, read_flags, read_lang,
    read_level, read_past_index, read_source, read_target,
};

use crate::engine::order;
use crate::engine::plan::{EffortCurve, Target};
use crate::engine::{Basis, Framework, Lang};
use crate::evidence::{Deadline, Evidence};

/// Largest file accepted for import (bytes).
pub const MAX_FILE_BYTES: usize = 1_000_000;
/// Longest note per indicator (characters).
pub const MAX_NOTE: usize = 2_000;
/// Longest institution name (characters).
pub const MAX_INSTITUTION: usize = 120;
/// Most scenarios kept side by side (besides the baseline).
pub const MAX_SCENARIOS: usize = 8;
/// Longest scenario name, in characters.
pub const MAX_NAME: usize = 60;
/// Longest roadmap, in years.
pub const MAX_ROADMAP_YEARS: usize = 10;
/// Largest effort of one step.
pub const MAX_EFFORT: u32 = 1_000_000;

/// A named set of values; one of them is edited at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub name: String,
    pub levels: Vec<u32>,
}

/// One year of the roadmap: its target, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoadmapYear {
    pub year: u16,
    pub target: Option<Target>,
}

/// A past year's result the user entered (the index as reported, in hundredths), for the
/// history across frameworks; the framework of a year follows from the catalogue's years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PastYear {
    pub year: u16,
    pub index: u32,
}

/// The years a past result may be entered for.
pub const HISTORY_YEARS: std::ops::RangeInclusive<u16> = 2018..=2040;
/// The most past results kept.
pub const MAX_HISTORY: usize = 23;
/// The longest id of a published institution.
pub const MAX_PEER_ID: usize = 120;

/// Everything the user made for one framework.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Work {
    pub institution: String,
    pub basis: Basis,
    /// The chosen option of each of the framework's variants.
    pub choice: Vec<usize>,
    pub lang: Lang,
    pub baseline: Vec<u32>,
    pub scenarios: Vec<Scenario>,
    pub active: usize,
    pub target: Option<Target>,
    pub pace: Option<u32>,
    pub curve: EffortCurve,
    pub efforts: Vec<u32>,
    pub locked: Vec<bool>,
    pub max_levels: Vec<u32>,
    pub unverified: Vec<bool>,
    pub notes: Vec<String>,
    /// Per indicator: the external index entered (source units), for indicators converted
    /// from another agency's index.
    pub sources: Vec<Option<u32>>,
    pub roadmap: Vec<RoadmapYear>,
    /// The published institution this work is for (an id of the published results).
    pub peer: Option<String>,
    /// Past yearly results entered by the user, by year.
    pub history: Vec<PastYear>,
    /// Per indicator: its evidence items, once the user touched them (else the catalogue's).
    pub evidence: Vec<Option<Evidence>>,
    /// When the evidence must be ready, and whether plans keep to it.
    pub deadline: Deadline,
}

/// Check the parts every format shares and put them together.
pub fn check_work(fw: &Framework, mut w: Work) -> Result<Work, DocError> {
    let n = fw.indicators.len();
    if w.scenarios.is_empty() {
        return Err(DocError::Empty {
            field: "scenarios".into(),
        });
    }
    if w.scenarios.len() > MAX_SCENARIOS {
        return Err(DocError::TooMany {
            field: "scenarios".into(),
            max: MAX_SCENARIOS,
            got: w.scenarios.len(),
        });
    }
    for (k, s) in w.scenarios.iter_mut().enumerate() {
        let name = clean_name(&s.name, MAX_NAME);
        if name.is_empty() {
            return Err(DocError::Empty {
                field: format!("scenarios[{}].name", k + 1),
            });
        }
        s.name = name;
    }
    if w.active >= w.scenarios.len() {
        return Err(DocError::OutOfRange {
            field: "active".into(),
            position: 1,
            text: w.active.to_string(),
            min: 0,
            max: w.scenarios.len() as u32 - 1,
        });
    }
    for (field, got) in [
        ("efforts", w.efforts.len()),
        ("notes", w.notes.len()),
        ("sources", w.sources.len()),
        ("locked", w.locked.len()),
        ("unverified", w.unverified.len()),
        ("maxLevels", w.max_levels.len()),
        ("baseline", w.baseline.len()),
        ("evidence", w.evidence.len()),
    ] {
        if got != n {
            return Err(DocError::WrongLength {
                field: field.into(),
                expected: n,
                got,
            });
        }
    }
    if let Some(k) = w.efforts.iter().position(|e| !(1..=MAX_EFFORT).contains(e)) {
        return Err(DocError::OutOfRange {
            field: "efforts".into(),
            position: k + 1,
            text: w.efforts[k].to_string(),
            min: 1,
            max: MAX_EFFORT,
        });
    }
    if let Some(p) = w.pace {
        if p == 0 || p > fw.max_steps() {
            return Err(DocError::OutOfRange {
                field: "pace".into(),
                position: 1,
                text: p.to_string(),
                min: 1,
                max: fw.max_steps(),
            });
        }
    }
    if let Some(k) = w.notes.iter().position(|t| t.chars().count() > MAX_NOTE) {
        return Err(DocError::TooMany {
            field: format!("notes[{}]", k + 1),
            max: MAX_NOTE,
            got: w.notes[k].chars().count(),
        });
    }
    if !w.deadline.date.is_empty() && w.deadline.date().is_none() {
        return Err(DocError::BadValue {
            field: "planning.evidenceDeadline".into(),
            text: w.deadline.date.chars().take(40).collect(),
        });
    }
    for (i, ev) in w.evidence.iter_mut().enumerate() {
        let Some(ev) = ev else { continue };
        crate::evidence::check(fw, i, ev).map_err(|(position, fault)| DocError::Item {
            indicator: fw.indicators[i].no,
            position,
            fault,
        })?;
        if ev.follow {
            // The value on screen follows the items: the scenario being edited holds it.
            let value = ev.values(fw).self_assessed;
            if let Some(v) = w
                .scenarios
                .get_mut(w.active)
                .and_then(|s| s.levels.get_mut(i))
            {
                *v = value;
            }
        }
    }
    if w.roadmap.is_empty() || w.roadmap.len() > MAX_ROADMAP_YEARS {
        return Err(DocError::TooMany {
            field: "roadmap".into(),
            max: MAX_ROADMAP_YEARS,
            got: w.roadmap.len(),
        });
    }
    if w.history.len() > MAX_HISTORY {
        return Err(DocError::TooMany {
            field: "history".into(),
            max: MAX_HISTORY,
            got: w.history.len(),
        });
    }
    for (k, p) in w.history.iter().enumerate() {
        let repeated = w.history[..k].iter().any(|q| q.year == p.year);
        if !HISTORY_YEARS.contains(&p.year) || repeated {
            return Err(DocError::OutOfRange {
                field: "history".into(),
                position: k + 1,
                text: p.year.to_string(),
                min: u32::from(*HISTORY_YEARS.start()),
                max: u32::from(*HISTORY_YEARS.end()),
            });
        }
        if p.index > 500 {
            return Err(DocError::OutOfRange {
                field: "history".into(),
                position: k + 1,
                text: crate::engine::format::cents(u64::from(p.index), Lang::Id),
                min: 0,
                max: 5,
            });
        }
    }
    // Past results are kept in year order (the reducer inserts in place).
    order::sort_by_key(&mut w.history, |p| p.year);
    if w.peer
        .as_ref()
        .is_some_and(|p| p.is_empty() || p.chars().count() > MAX_PEER_ID)
    {
        return Err(DocError::BadValue {
            field: "ourInstitution".into(),
            text: w
                .peer
                .clone()
                .unwrap_or_default()
                .chars()
                .take(40)
                .collect(),
        });
    }
    if w.institution.chars().count() > MAX_INSTITUTION {
        return Err(DocError::TooMany {
            field: "institution".into(),
            max: MAX_INSTITUTION,
            got: w.institution.chars().count(),
        });
    }
    if w.choice.len() != fw.variants.len()
        || w.choice
            .iter()
            .zip(&fw.variants)
            .any(|(c, v)| *c >= v.options.len())
    {
        return Err(DocError::BadValue {
            field: "variants".into(),
            text: w
                .choice
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(","),
        });
    }
    Ok(w)
}

/// A name as kept: trimmed, cut to `max` characters, and trimmed again — so that a cut never
/// leaves a trailing space, and the name reads back the same from any file (found by fuzzing:
/// a name cut after a space changed when read again).
pub fn clean_name(name: &str, max: usize) -> String {
    name.trim()
        .chars()
        .take(max)
        .collect::<String>()
        .trim_end()
        .to_string()
}
