//! The saved and exported JSON form of the user's work, and its checked way back in.
//!
//! [`Document`] is the versioned file form of a [`Work`] (JSON for files and autosave). Reading
//! a document checks every field against the framework before anything changes and names the
//! first fault in a typed [`DocError`]. Schema 2 adds the framework's variants, the external
//! index values and, for a framework the user opened from a file, the framework itself; a
//! schema-1 document (SPBE 2020 only) reads as before. Schema 3 adds the evidence items
//! (`evidence`: per indicator touched, whether its value follows them and its items with
//! level, code, own text, status and note); a schema-2 document reads with none.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::Framework;
use crate::engine::model::{Num, Origin, RawModel};
use crate::engine::plan::Target;

mod read;

pub use read::{FileKind, carried_framework, file_kind, is_framework, text_of};

pub use crate::work::{
    DocError, MAX_FILE_BYTES, MAX_INSTITUTION, MAX_NOTE, PastYear, RoadmapYear, Scenario, Work,
    check_work, curve_code, indicator_at, read_basis, read_choice, read_curve, read_flags,
    read_lang, read_level, read_past_index, read_source, read_target,
};

/// The document schema this version writes. Older schemas are migrated on reading.
pub const SCHEMA: u32 = 3;
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
    /// When the evidence must be ready (`YYYY-MM-DD`, schema 3).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence_deadline: String,
    /// Plans keep to what can be ready by then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub limit_to_deadline: bool,
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

/// The two fields every version's document begins with, read on their own when the whole
/// document does not parse: a newer version's document (new fields, other shapes) or another
/// program's file is then named as such, not as a syntax fault.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Header {
    #[serde(default)]
    pub app: Option<String>,
    #[serde(default)]
    pub schema: Option<u32>,
}

impl Header {
    /// The fault to report for a document that did not parse (`message`), given its header
    /// (if even that could not be read: the syntax fault).
    pub fn fault(header: Option<Header>, message: String) -> DocError {
        match header {
            Some(Header { app: Some(app), .. }) if app != APP => DocError::NotOurs {
                app: app.chars().take(40).collect(),
            },
            Some(Header {
                schema: Some(found),
                ..
            }) if found > SCHEMA || found == 0 => DocError::NewerSchema { found },
            _ => DocError::Syntax(message),
        }
    }
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
    /// The published institution the work is for (an id of the published results).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub our_institution: Option<String>,
    /// Past yearly results the user entered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<DocPastYear>,
    /// Evidence items (schema 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<DocEvidence>,
}

/// One indicator's evidence items (only indicators whose items the user touched).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocEvidence {
    pub indicator: u32,
    #[serde(default)]
    pub follow: bool,
    pub items: Vec<DocItem>,
    /// The unit (OPD) responsible.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The narrative (*penjelasan*).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub narrative: String,
}

/// One evidence item: `text` only when it is the user's own (else the catalogue's for
/// `code`); `status` by its English or Indonesian name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocItem {
    pub level: u32,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default = "missing")]
    pub status: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The unit that provides it (empty: the indicator's).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// `YYYY-MM-DD`
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// Where its document is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
}

fn missing() -> String {
    "missing".into()
}

/// A past year's result: the index as reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocPastYear {
    pub year: u16,
    pub index: Num,
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
    // v / 10^decimals, correctly rounded: the same f64 as reading its decimal text.
    Num(f64::from(v) / f64::from(10u32.pow(u32::from(decimals))))
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
            // (A map built by insertion: `collect` would sort with a generic sort's copy.)
            variants: crate::engine::order::map_of(
                fw.variants
                    .iter()
                    .zip(&w.choice)
                    .filter_map(|(v, c)| Some((v.id.clone(), v.options.get(*c)?.id.clone()))),
            ),
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
                evidence_deadline: w.deadline.date.clone(),
                limit_to_deadline: w.deadline.limit,
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
            our_institution: w.peer.clone(),
            history: w
                .history
                .iter()
                .map(|p| DocPastYear {
                    year: p.year,
                    index: Num(f64::from(p.index) / 100.0),
                })
                .collect(),
            evidence: w
                .evidence
                .iter()
                .zip(&fw.indicators)
                .filter_map(|(ev, ind)| {
                    let ev = ev.as_ref()?;
                    Some(DocEvidence {
                        indicator: ind.no,
                        follow: ev.follow,
                        unit: ev.unit.clone(),
                        narrative: ev.narrative.clone(),
                        items: ev
                            .items
                            .iter()
                            .map(|it| DocItem {
                                level: it.level,
                                code: it.code.clone(),
                                text: it.text.clone(),
                                status: it.status.code().into(),
                                note: it.note.clone(),
                                owner: it.owner.clone(),
                                due: it.due.clone(),
                                location: it.location.clone(),
                            })
                            .collect(),
                    })
                })
                .collect(),
        }
    }
}
