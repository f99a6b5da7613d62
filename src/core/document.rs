//! The saved and exported JSON form of the user's work, and its checked way back in.
//!
//! [`Document`] is the versioned file form of a [`Work`] (JSON for files and autosave). Reading
//! a document checks every field against the framework before anything changes and names the
//! first fault in a typed [`DocError`]. Schema 2 adds the framework's variants, the external
//! index values and, for a framework the user opened from a file, the framework itself; a
//! schema-1 document (SPBE 2020 only) reads as before.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::decimal::{num_text, point_text};
use crate::engine::model::{Num, Origin, RawModel};
use crate::engine::plan::Target;
use crate::engine::{Framework, ModelError};

pub use crate::work::{
    DocError, MAX_FILE_BYTES, MAX_INSTITUTION, MAX_NOTE, RoadmapYear, Scenario, Work, check_work,
    curve_code, indicator_at, read_basis, read_choice, read_curve, read_flags, read_lang,
    read_level, read_source, read_target,
};

/// The document schema this version writes. Older schemas are migrated on reading.
pub const SCHEMA: u32 = 2;
/// What `app` says in every document.
pub const APP: &str = "spbe-calculator";

// ---------------------------------------------------------------------------------------------
// The file form

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

/// An external index value entered for an indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocSource {
    pub indicator: u32,
    pub value: Num,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocYear {
    pub year: u16,
    #[serde(default)]
    pub target: Option<DocTarget>,
}

/// The JSON document (schema 2; schema 1 lacks `variants`, `sources` and `framework`).
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
    /// The chosen option of each variant, by id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub variants: BTreeMap<String, String>,
    pub lang: String,
    pub baseline: Vec<Num>,
    pub scenarios: Vec<DocScenario>,
    #[serde(default)]
    pub active: usize,
    pub planning: DocPlanning,
    #[serde(default)]
    pub notes: Vec<DocNote>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<DocSource>,
    #[serde(default)]
    pub roadmap: Vec<DocYear>,
    /// A framework the user opened from a file travels with its work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework: Option<RawModel>,
}

// ---------------------------------------------------------------------------------------------
// Writing

fn num(fw: &Framework, v: u32) -> Num {
    // A stored value for the file (32 500 -> 3.25). IEEE division rounds the exact quotient
    // to the nearest double — the double the decimal text 3.25 stands for — and its shortest
    // form reads back exactly (tested in engine::decimal).
    Num(f64::from(v) / f64::from(fw.scale.unit()))
}

fn doc_target(fw: &Framework, t: &Target) -> DocTarget {
    match t {
        Target::Index(c) => DocTarget {
            // Cents of an index (a few hundred) convert exactly.
            index: Some(Num(*c as f64 / 100.0)),
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

fn source_num(fw: &Framework, i: usize, v: u32) -> Num {
    let decimals = fw.indicators[i].external.as_ref().map_or(0, |e| e.decimals);
    let text = point_text(v, decimals);
    Num(text.parse().unwrap_or(0.0))
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
            variants: fw
                .variants
                .iter()
                .zip(&w.choice)
                .filter_map(|(v, c)| Some((v.id.clone(), v.options.get(*c)?.id.clone())))
                .collect(),
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
                curve: curve_code(w.curve).into(),
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
            sources: w
                .sources
                .iter()
                .enumerate()
                .filter_map(|(i, s)| {
                    Some(DocSource {
                        indicator: fw.indicators[i].no,
                        value: source_num(fw, i, (*s)?),
                    })
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
            framework: (fw.origin == Origin::User).then(|| (*fw.raw).clone()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

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
            notes[indicator_at(fw, "notes", k, note.indicator)?] = note.text.clone();
        }
        let mut sources = vec![None; n];
        for (k, s) in self.sources.iter().enumerate() {
            let i = indicator_at(fw, "sources", k, s.indicator)?;
            sources[i] = Some(read_source(fw, "sources", i, &num_text(s.value.0))?);
        }
        let p = &self.planning;
        let work = Work {
            institution: self.institution.trim().to_string(),
            basis: read_basis(&self.predicate_basis)?,
            choice: read_choice(
                fw,
                self.variants.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            )?,
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
            sources,
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

/// The framework a document carries (one the user opened from a file), validated. A framework
/// under the id of a bundled one is refused: it can never replace it.
pub fn carried_framework(
    doc: &Document,
    is_bundled: impl Fn(&str) -> bool,
) -> Result<Option<Framework>, DocError> {
    let Some(raw) = &doc.framework else {
        return Ok(None);
    };
    if is_bundled(&raw.id) {
        return Err(DocError::ReservedFramework { id: raw.id.clone() });
    }
    if raw.id != doc.model {
        return Err(DocError::WrongModel {
            found: raw.id.chars().take(40).collect(),
            expected: doc.model.chars().take(40).collect(),
        });
    }
    Framework::from_raw_as(raw.clone(), Origin::User)
        .map(Some)
        .map_err(|e: ModelError| DocError::BadFramework(e))
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
