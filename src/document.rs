//! The saved and exported form of the user's work, and its checked way back in.
//!
//! [`Work`] is everything the user made (baseline, scenarios, planning inputs, notes, roadmap,
//! institution name, predicate basis, language); [`Document`] is its versioned file form (JSON
//! for files and autosave). Reading a document checks every field against the framework before
//! anything changes and names the first fault in a typed [`DocError`].

use serde::{Deserialize, Serialize};

use crate::engine::fragment::{ValueFault, parse_value, read_value};
use crate::engine::plan::{EffortCurve, Target};
use crate::engine::{Basis, Framework, Lang};
use crate::state::{MAX_NAME, MAX_ROADMAP_YEARS, MAX_SCENARIOS, RoadmapYear, Scenario};

/// The document schema this version writes. Older schemas are migrated on reading.
pub const SCHEMA: u32 = 1;
/// What `app` says in every document.
pub const APP: &str = "spbe-calculator";
/// Largest file accepted for import (bytes).
pub const MAX_FILE_BYTES: usize = 1_000_000;
/// Longest note per indicator (characters).
pub const MAX_NOTE: usize = 2_000;
/// Longest institution name (characters).
pub const MAX_INSTITUTION: usize = 120;

/// Everything the user made, independent of how it is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Work {
    pub institution: String,
    pub basis: Basis,
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
    pub roadmap: Vec<RoadmapYear>,
}

/// Why a document (file, autosave) was not read. Positions are 1-based indicator numbers or
/// list positions, as a user counts them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not text in UTF-8.
    Encoding,
    /// Not well-formed JSON, or a field of the wrong kind (the parser's words).
    Syntax(String),
    NotOurs {
        app: String,
    },
    /// Saved by a newer version of the calculator.
    NewerSchema {
        found: u32,
    },
    WrongModel {
        found: String,
        expected: String,
    },
    WrongLength {
        field: String,
        expected: usize,
        got: usize,
    },
    NotANumber {
        field: String,
        position: usize,
        text: String,
    },
    OutOfRange {
        field: String,
        position: usize,
        text: String,
        min: u32,
        max: u32,
    },
    BadValue {
        field: String,
        text: String,
    },
    TooMany {
        field: String,
        max: usize,
        got: usize,
    },
    Empty {
        field: String,
    },
    /// CSV only: a line that is missing or has the wrong shape (1-based line number).
    BadRow {
        line: usize,
        expected: String,
    },
    /// CSV only: a cell that could not be read.
    Cell {
        line: usize,
        column: String,
        inner: Box<DocError>,
    },
}

// ---------------------------------------------------------------------------------------------
// The file form

/// A level as written: a JSON number (whole or with the scale's decimals).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Num(pub f64);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocScenario {
    pub name: String,
    pub levels: Vec<Num>,
}

/// A target as written: `{ "index": 3.1 }` or `{ "predicate": "baik" }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocTarget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<Num>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocPlanning {
    #[serde(default)]
    pub target: Option<DocTarget>,
    #[serde(default)]
    pub pace: Option<u32>,
    #[serde(default = "flat")]
    pub curve: String,
    /// One per indicator.
    pub efforts: Vec<u32>,
    /// Indicator numbers.
    #[serde(default)]
    pub locked: Vec<u32>,
    /// One per indicator.
    pub max_levels: Vec<Num>,
    /// Indicator numbers.
    #[serde(default)]
    pub unverified: Vec<u32>,
}

fn flat() -> String {
    "flat".into()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocNote {
    pub indicator: u32,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocYear {
    pub year: u16,
    #[serde(default)]
    pub target: Option<DocTarget>,
}

/// The JSON document (schema 1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Document {
    pub app: String,
    pub schema: u32,
    pub model: String,
    pub model_version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<String>,
    #[serde(default)]
    pub institution: String,
    pub predicate_basis: String,
    pub lang: String,
    pub baseline: Vec<Num>,
    pub scenarios: Vec<DocScenario>,
    #[serde(default)]
    pub active: usize,
    pub planning: DocPlanning,
    #[serde(default)]
    pub notes: Vec<DocNote>,
    #[serde(default)]
    pub roadmap: Vec<DocYear>,
}

// ---------------------------------------------------------------------------------------------
// Writing

fn num(fw: &Framework, v: u32) -> Num {
    let unit = fw.scale.unit();
    if unit == 1 {
        return Num(f64::from(v));
    }
    // Display conversion of a stored value (e.g. 325 -> 3.25) for the file.
    let text = format!(
        "{}.{:0w$}",
        v / unit,
        v % unit,
        w = usize::from(fw.scale.decimals)
    );
    Num(text.parse().unwrap_or(f64::from(v) / f64::from(unit)))
}

fn doc_target(fw: &Framework, t: &Target) -> DocTarget {
    match t {
        Target::Index(c) => DocTarget {
            index: Some(Num(format!("{}.{:02}", c / 100, c % 100)
                .parse()
                .unwrap_or(0.0))),
            predicate: None,
        },
        Target::Band(b) => DocTarget {
            index: None,
            predicate: fw.bands.get(*b).map(|b| b.id.clone()),
        },
    }
}

fn numbers(flags: &[bool], fw: &Framework) -> Vec<u32> {
    flags
        .iter()
        .zip(&fw.indicators)
        .filter(|(f, _)| **f)
        .map(|(_, ind)| ind.no)
        .collect()
}

impl Document {
    pub fn from_work(w: &Work, fw: &Framework, saved_at: Option<String>) -> Document {
        let levels = |l: &[u32]| l.iter().map(|v| num(fw, *v)).collect::<Vec<_>>();
        Document {
            app: APP.into(),
            schema: SCHEMA,
            model: fw.id.clone(),
            model_version: fw.version.clone(),
            saved_at,
            institution: w.institution.clone(),
            predicate_basis: w.basis.code().into(),
            lang: w.lang.code().into(),
            baseline: levels(&w.baseline),
            scenarios: w
                .scenarios
                .iter()
                .map(|s| DocScenario {
                    name: s.name.clone(),
                    levels: levels(&s.levels),
                })
                .collect(),
            active: w.active,
            planning: DocPlanning {
                target: w.target.as_ref().map(|t| doc_target(fw, t)),
                pace: w.pace,
                curve: match w.curve {
                    EffortCurve::Flat => "flat".into(),
                    EffortCurve::Rising => "rising".into(),
                },
                efforts: w.efforts.clone(),
                locked: numbers(&w.locked, fw),
                max_levels: levels(&w.max_levels),
                unverified: numbers(&w.unverified, fw),
            },
            notes: w
                .notes
                .iter()
                .zip(&fw.indicators)
                .filter(|(n, _)| !n.is_empty())
                .map(|(n, ind)| DocNote {
                    indicator: ind.no,
                    text: n.clone(),
                })
                .collect(),
            roadmap: w
                .roadmap
                .iter()
                .map(|y| DocYear {
                    year: y.year,
                    target: y.target.as_ref().map(|t| doc_target(fw, t)),
                })
                .collect(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

/// A JSON number as the user wrote it, in the shortest form (`3`, `3.25`).
pub fn num_text(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        "Infinity".into()
    } else {
        format!("{v}")
    }
}

/// Read one level (`text` as written) for the field `field` at 1-based `position`.
pub fn read_level(
    fw: &Framework,
    field: &str,
    position: usize,
    text: &str,
) -> Result<u32, DocError> {
    let scale = fw.scale;
    match read_value(&text.trim().replace(',', "."), scale) {
        Ok(v) => Ok(v),
        // Files have no "too precise": a level between the scale's steps is out of range.
        Err(ValueFault::OutOfRange | ValueFault::TooPrecise) => Err(DocError::OutOfRange {
            field: field.to_string(),
            position,
            text: text.to_string(),
            min: scale.min,
            max: scale.max,
        }),
        Err(ValueFault::NotANumber) => Err(DocError::NotANumber {
            field: field.to_string(),
            position,
            text: text.chars().take(20).collect(),
        }),
    }
}

fn read_levels(fw: &Framework, field: &str, values: &[Num]) -> Result<Vec<u32>, DocError> {
    if values.len() != fw.indicators.len() {
        return Err(DocError::WrongLength {
            field: field.to_string(),
            expected: fw.indicators.len(),
            got: values.len(),
        });
    }
    values
        .iter()
        .enumerate()
        .map(|(i, v)| read_level(fw, field, i + 1, &num_text(v.0)))
        .collect()
}

/// A target written as an index ("3,10" / 3.1) or a predicate (id or name in either language).
pub fn read_target(
    fw: &Framework,
    field: &str,
    index: Option<&str>,
    predicate: Option<&str>,
) -> Result<Option<Target>, DocError> {
    match (index, predicate) {
        (None, None) => Ok(None),
        (Some(i), None) => {
            let t = i.trim().replace(',', ".");
            match parse_value(&t, 2) {
                Ok(c) if c <= fw.scale.max * 100 => Ok(Some(Target::Index(u64::from(c)))),
                _ => Err(DocError::BadValue {
                    field: field.to_string(),
                    text: i.chars().take(20).collect(),
                }),
            }
        }
        (None, Some(p)) => fw
            .band_named(p)
            .map(|b| Some(Target::Band(b)))
            .ok_or_else(|| DocError::BadValue {
                field: field.to_string(),
                text: p.chars().take(40).collect(),
            }),
        (Some(_), Some(p)) => Err(DocError::BadValue {
            field: field.to_string(),
            text: p.chars().take(40).collect(),
        }),
    }
}

fn doc_target_in(
    fw: &Framework,
    field: &str,
    t: &Option<DocTarget>,
) -> Result<Option<Target>, DocError> {
    match t {
        None => Ok(None),
        Some(t) => {
            let index = t.index.as_ref().map(|n| num_text(n.0));
            read_target(fw, field, index.as_deref(), t.predicate.as_deref())
        }
    }
}

/// Indicator numbers (1-based) as flags.
pub fn read_flags(fw: &Framework, field: &str, numbers: &[u32]) -> Result<Vec<bool>, DocError> {
    let mut flags = vec![false; fw.indicators.len()];
    for (k, no) in numbers.iter().enumerate() {
        let i = fw
            .indicators
            .iter()
            .position(|ind| ind.no == *no)
            .ok_or_else(|| DocError::OutOfRange {
                field: field.to_string(),
                position: k + 1,
                text: no.to_string(),
                min: 1,
                max: fw.indicators.len() as u32,
            })?;
        flags[i] = true;
    }
    Ok(flags)
}

pub fn read_basis(text: &str) -> Result<Basis, DocError> {
    Basis::from_code(text).ok_or_else(|| DocError::BadValue {
        field: "predicateBasis".into(),
        text: text.chars().take(20).collect(),
    })
}

pub fn read_lang(text: &str) -> Result<Lang, DocError> {
    Lang::from_code(text).ok_or_else(|| DocError::BadValue {
        field: "lang".into(),
        text: text.chars().take(20).collect(),
    })
}

pub fn read_curve(text: &str) -> Result<EffortCurve, DocError> {
    match text {
        "flat" => Ok(EffortCurve::Flat),
        "rising" => Ok(EffortCurve::Rising),
        other => Err(DocError::BadValue {
            field: "curve".into(),
            text: other.chars().take(20).collect(),
        }),
    }
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
        let name: String = s.name.trim().chars().take(MAX_NAME).collect();
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
    if w.efforts.len() != n {
        return Err(DocError::WrongLength {
            field: "efforts".into(),
            expected: n,
            got: w.efforts.len(),
        });
    }
    if let Some(k) = w.efforts.iter().position(|e| !(1..=1_000_000).contains(e)) {
        return Err(DocError::OutOfRange {
            field: "efforts".into(),
            position: k + 1,
            text: w.efforts[k].to_string(),
            min: 1,
            max: 1_000_000,
        });
    }
    if let Some(p) = w.pace {
        if p == 0 || p > fw.scale.max - fw.scale.min {
            return Err(DocError::OutOfRange {
                field: "pace".into(),
                position: 1,
                text: p.to_string(),
                min: 1,
                max: fw.scale.max - fw.scale.min,
            });
        }
    }
    if w.notes.len() != n {
        return Err(DocError::WrongLength {
            field: "notes".into(),
            expected: n,
            got: w.notes.len(),
        });
    }
    if let Some(k) = w.notes.iter().position(|t| t.chars().count() > MAX_NOTE) {
        return Err(DocError::TooMany {
            field: format!("notes[{}]", k + 1),
            max: MAX_NOTE,
            got: w.notes[k].chars().count(),
        });
    }
    if w.roadmap.is_empty() || w.roadmap.len() > MAX_ROADMAP_YEARS {
        return Err(DocError::TooMany {
            field: "roadmap".into(),
            max: MAX_ROADMAP_YEARS,
            got: w.roadmap.len(),
        });
    }
    if w.institution.chars().count() > MAX_INSTITUTION {
        return Err(DocError::TooMany {
            field: "institution".into(),
            max: MAX_INSTITUTION,
            got: w.institution.chars().count(),
        });
    }
    Ok(w)
}

impl Document {
    /// Check the document against `fw` and turn it into work. Nothing is changed on error.
    pub fn into_work(self, fw: &Framework) -> Result<Work, DocError> {
        if self.app != APP {
            return Err(DocError::NotOurs {
                app: self.app.chars().take(40).collect(),
            });
        }
        if self.schema > SCHEMA || self.schema == 0 {
            return Err(DocError::NewerSchema { found: self.schema });
        }
        if self.model != fw.id {
            return Err(DocError::WrongModel {
                found: self.model.chars().take(40).collect(),
                expected: fw.id.clone(),
            });
        }
        let n = fw.indicators.len();
        let mut notes = vec![String::new(); n];
        for (k, note) in self.notes.iter().enumerate() {
            let i = fw
                .indicators
                .iter()
                .position(|ind| ind.no == note.indicator)
                .ok_or_else(|| DocError::OutOfRange {
                    field: "notes".into(),
                    position: k + 1,
                    text: note.indicator.to_string(),
                    min: 1,
                    max: n as u32,
                })?;
            notes[i] = note.text.clone();
        }
        let p = &self.planning;
        let work = Work {
            institution: self.institution.trim().to_string(),
            basis: read_basis(&self.predicate_basis)?,
            lang: read_lang(&self.lang)?,
            baseline: read_levels(fw, "baseline", &self.baseline)?,
            scenarios: self
                .scenarios
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    Ok(Scenario {
                        name: s.name.clone(),
                        levels: read_levels(
                            fw,
                            &format!("scenarios[{}].levels", k + 1),
                            &s.levels,
                        )?,
                    })
                })
                .collect::<Result<_, DocError>>()?,
            active: self.active,
            target: doc_target_in(fw, "planning.target", &p.target)?,
            pace: p.pace,
            curve: read_curve(&p.curve)?,
            efforts: p.efforts.clone(),
            locked: read_flags(fw, "planning.locked", &p.locked)?,
            max_levels: read_levels(fw, "planning.maxLevels", &p.max_levels)?,
            unverified: read_flags(fw, "planning.unverified", &p.unverified)?,
            notes,
            roadmap: self
                .roadmap
                .iter()
                .enumerate()
                .map(|(k, y)| {
                    Ok(RoadmapYear {
                        year: y.year,
                        target: doc_target_in(
                            fw,
                            &format!("roadmap[{}].target", k + 1),
                            &y.target,
                        )?,
                    })
                })
                .collect::<Result<_, DocError>>()?,
        };
        check_work(fw, work)
    }
}

/// Check the size and encoding of a file's bytes before parsing.
pub fn text_of(bytes: &[u8]) -> Result<&str, DocError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DocError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| DocError::Encoding)?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}
