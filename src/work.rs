//! Everything the user made for one framework ([`Work`]), independent of how it is stored, and
//! the checks every way back in (JSON files and autosave, CSV files) shares: each fault is a
//! typed [`DocError`] naming the field, so nothing changes until all of it is right.

use crate::engine::decimal::{ValueFault, parse_value, read_decimal, read_value};
use crate::engine::plan::{EffortCurve, Target};
use crate::engine::{Basis, Framework, Lang};

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
    /// A file of another framework than the one expected (names of both).
    WrongModel {
        found: String,
        expected: String,
    },
    /// The file carries its own framework, and that framework is not valid.
    BadFramework(crate::engine::ModelError),
    /// The file carries its own framework under the id of a bundled one.
    ReservedFramework {
        id: String,
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
    /// A value outside `min..max` (whole numbers as people read them) or with more than
    /// `decimals` decimals.
    OutOfRange {
        field: String,
        position: usize,
        text: String,
        min: u32,
        max: u32,
    },
    TooPrecise {
        field: String,
        position: usize,
        text: String,
        decimals: u8,
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

/// Read one value (`text` as written, point or comma) for the field `field` at 1-based
/// `position`.
pub fn read_level(
    fw: &Framework,
    field: &str,
    position: usize,
    text: &str,
) -> Result<u32, DocError> {
    let scale = fw.scale;
    match read_value(text, scale) {
        Ok(v) => Ok(v),
        Err(ValueFault::OutOfRange) => Err(DocError::OutOfRange {
            field: field.to_string(),
            position,
            text: text.chars().take(20).collect(),
            min: scale.min,
            max: scale.max,
        }),
        Err(ValueFault::TooPrecise) => Err(DocError::TooPrecise {
            field: field.to_string(),
            position,
            text: text.chars().take(20).collect(),
            decimals: scale.decimals,
        }),
        Err(ValueFault::NotANumber) => Err(DocError::NotANumber {
            field: field.to_string(),
            position,
            text: text.chars().take(20).collect(),
        }),
    }
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

/// The position of the indicator numbered `no` (1-based positions), or the error naming it.
pub fn indicator_at(fw: &Framework, field: &str, k: usize, no: u32) -> Result<usize, DocError> {
    fw.indicators
        .iter()
        .position(|ind| ind.no == no)
        .ok_or_else(|| DocError::OutOfRange {
            field: field.to_string(),
            position: k + 1,
            text: no.to_string(),
            min: 1,
            max: fw.indicators.len() as u32,
        })
}

/// Indicator numbers (1-based) as flags.
pub fn read_flags(fw: &Framework, field: &str, numbers: &[u32]) -> Result<Vec<bool>, DocError> {
    let mut flags = vec![false; fw.indicators.len()];
    for (k, no) in numbers.iter().enumerate() {
        flags[indicator_at(fw, field, k, *no)?] = true;
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

pub fn curve_code(c: EffortCurve) -> &'static str {
    match c {
        EffortCurve::Flat => "flat",
        EffortCurve::Rising => "rising",
    }
}

/// `(variant id, option id)` pairs as the framework's choice; absent variants take their
/// default.
pub fn read_choice<'a>(
    fw: &Framework,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Vec<usize>, DocError> {
    let mut choice = fw.default_choice();
    for (variant, option) in pairs {
        let field = format!("variants.{}", variant.chars().take(40).collect::<String>());
        let Some(v) = fw.variants.iter().position(|v| v.id == variant) else {
            return Err(DocError::BadValue {
                field,
                text: option.chars().take(40).collect(),
            });
        };
        choice[v] = fw.variants[v]
            .options
            .iter()
            .position(|o| o.id == option)
            .ok_or_else(|| DocError::BadValue {
                field,
                text: option.chars().take(40).collect(),
            })?;
    }
    Ok(choice)
}

/// An external index value as written, for indicator `i` (0-based).
pub fn read_source(fw: &Framework, field: &str, i: usize, text: &str) -> Result<u32, DocError> {
    let ind = &fw.indicators[i];
    let Some(ext) = &ind.external else {
        return Err(DocError::BadValue {
            field: field.to_string(),
            text: text.chars().take(20).collect(),
        });
    };
    let (min, max) = ext.range();
    let unit = 10u32.pow(u32::from(ext.decimals));
    match read_decimal(text, ext.decimals, min, max) {
        Ok(v) => Ok(v),
        Err(ValueFault::NotANumber) => Err(DocError::NotANumber {
            field: field.to_string(),
            position: ind.no as usize,
            text: text.chars().take(20).collect(),
        }),
        Err(ValueFault::TooPrecise) => Err(DocError::TooPrecise {
            field: field.to_string(),
            position: ind.no as usize,
            text: text.chars().take(20).collect(),
            decimals: ext.decimals,
        }),
        Err(ValueFault::OutOfRange) => Err(DocError::OutOfRange {
            field: field.to_string(),
            position: ind.no as usize,
            text: text.chars().take(20).collect(),
            min: min / unit,
            max: max / unit,
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
    for (field, got) in [
        ("efforts", w.efforts.len()),
        ("notes", w.notes.len()),
        ("sources", w.sources.len()),
        ("locked", w.locked.len()),
        ("unverified", w.unverified.len()),
        ("maxLevels", w.max_levels.len()),
        ("baseline", w.baseline.len()),
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
    if w.choice.len() != fw.variants.len()
        || w.choice
            .iter()
            .zip(&fw.variants)
            .any(|(c, v)| *c >= v.options.len())
    {
        return Err(DocError::BadValue {
            field: "variants".into(),
            text: format!("{:?}", w.choice),
        });
    }
    Ok(w)
}
