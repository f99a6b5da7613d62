//! The JavaScript API's behaviour, in plain Rust: `window.spbe.score(modelId, levels, options)`
//! checks its input here and gets back a result to hand to JavaScript. The wasm shell
//! (`app::js_api`) only converts between `JsValue`s and these types, so every rule below is
//! tested natively.

use std::fmt;

use crate::engine::fragment::parse_value;
use crate::engine::{Basis, Framework, Lang};

/// One element of the `levels` array as JavaScript gave it.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiValue {
    /// A JS number, written in its shortest decimal form (`3`, `3.25`, `-1`, `NaN`).
    Number(String),
    /// Anything else; the text is JavaScript's `typeof` of the value.
    Other(String),
}

/// Why a call was refused. The message (English, for developers) names the argument at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    UnknownModel {
        id: String,
        known: Vec<String>,
    },
    ModelIdNotAString,
    LevelsNotAnArray,
    WrongLength {
        expected: usize,
        got: usize,
    },
    /// `position` is 0-based, as in JavaScript.
    NotANumber {
        position: usize,
        got: String,
    },
    TooPrecise {
        position: usize,
        got: String,
        decimals: u8,
    },
    OutOfRange {
        position: usize,
        got: String,
        min: u32,
        max: u32,
    },
    BadBasis {
        got: String,
    },
    BadLang {
        got: String,
    },
    OptionsNotAnObject,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "spbe.score: ")?;
        match self {
            ApiError::UnknownModel { id, known } => {
                write!(f, "unknown model \"{id}\" (known: {})", known.join(", "))
            }
            ApiError::ModelIdNotAString => {
                write!(f, "modelId must be a string such as \"spbe-2020\"")
            }
            ApiError::LevelsNotAnArray => write!(f, "levels must be an array of numbers"),
            ApiError::WrongLength { expected, got } => write!(
                f,
                "levels has {got} values; the model has {expected} indicators"
            ),
            ApiError::NotANumber { position, got } => {
                write!(f, "levels[{position}] is not a number (got {got})")
            }
            ApiError::TooPrecise {
                position,
                got,
                decimals,
            } => write!(
                f,
                "levels[{position}] = {got} has more than {decimals} decimal places"
            ),
            ApiError::OutOfRange {
                position,
                got,
                min,
                max,
            } => write!(f, "levels[{position}] = {got} is outside {min}..{max}"),
            ApiError::BadBasis { got } => write!(
                f,
                "options.predicateBasis must be \"exact\" or \"rounded\" (got {got})"
            ),
            ApiError::BadLang { got } => {
                write!(f, "options.lang must be \"id\" or \"en\" (got {got})")
            }
            ApiError::OptionsNotAnObject => write!(f, "options must be an object"),
        }
    }
}

/// A domain's or aspect's value in the result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiPart {
    pub id: String,
    pub name: String,
    /// Rounded half up to hundredths.
    pub index_cents: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiScore {
    /// The official figure: the exact index rounded half up to hundredths.
    pub index_cents: u64,
    /// The exact index as a decimal string with a point (`"3.4985"`).
    pub exact: String,
    /// The predicate's name (Indonesian unless `lang` is `en`).
    pub predicate: String,
    pub predicate_id: String,
    pub domains: Vec<ApiPart>,
    pub aspects: Vec<ApiPart>,
}

/// Read `levels` for `fw` into scale units.
pub fn read_levels(values: &[ApiValue], fw: &Framework) -> Result<Vec<u32>, ApiError> {
    if values.len() != fw.indicators.len() {
        return Err(ApiError::WrongLength {
            expected: fw.indicators.len(),
            got: values.len(),
        });
    }
    let scale = fw.scale;
    values
        .iter()
        .enumerate()
        .map(|(position, v)| {
            let text = match v {
                ApiValue::Number(t) => t,
                ApiValue::Other(kind) => {
                    return Err(ApiError::NotANumber {
                        position,
                        got: kind.clone(),
                    });
                }
            };
            let out_of_range = || ApiError::OutOfRange {
                position,
                got: text.clone(),
                min: scale.min,
                max: scale.max,
            };
            if text.starts_with('-') && text[1..].bytes().any(|c| c.is_ascii_digit()) {
                return Err(out_of_range());
            }
            match parse_value(text, scale.decimals) {
                Ok(value) if scale.contains(value) => Ok(value),
                Ok(_) => Err(out_of_range()),
                Err(true) => Err(ApiError::TooPrecise {
                    position,
                    got: text.clone(),
                    decimals: scale.decimals,
                }),
                // Digits that overflow are a (huge) number, not a non-number.
                Err(false) if text.bytes().all(|c| c.is_ascii_digit() || c == b'.') => {
                    Err(out_of_range())
                }
                Err(false) => Err(ApiError::NotANumber {
                    position,
                    got: text.clone(),
                }),
            }
        })
        .collect()
}

/// Score `levels` with the model `model_id` among `models`.
pub fn score(
    models: &[&Framework],
    model_id: &str,
    levels: &[ApiValue],
    basis: Option<&str>,
    lang: Option<&str>,
) -> Result<ApiScore, ApiError> {
    let fw = models
        .iter()
        .find(|m| m.id == model_id)
        .ok_or_else(|| ApiError::UnknownModel {
            id: model_id.to_string(),
            known: models.iter().map(|m| m.id.clone()).collect(),
        })?;
    let basis = match basis {
        None => Basis::default(),
        Some(b) => Basis::from_code(b).ok_or_else(|| ApiError::BadBasis { got: b.to_string() })?,
    };
    let lang = match lang {
        None => Lang::Id,
        Some(l) => Lang::from_code(l).ok_or_else(|| ApiError::BadLang { got: l.to_string() })?,
    };
    let values = read_levels(levels, fw)?;
    let s = fw.score(&values).map_err(|_| ApiError::WrongLength {
        expected: fw.indicators.len(),
        got: values.len(),
    })?;
    let band = &fw.bands[fw.band_of(&s.index, basis)];
    let part = |id: &str, name: &crate::engine::Text, v: &crate::engine::Exact| ApiPart {
        id: id.to_string(),
        name: name.get(lang).to_string(),
        index_cents: v.cents(),
    };
    Ok(ApiScore {
        index_cents: s.index.cents(),
        exact: s.index.decimal_string(12),
        predicate: band.name.get(lang).to_string(),
        predicate_id: band.id.clone(),
        domains: fw
            .domains
            .iter()
            .zip(&s.domains)
            .map(|(d, v)| part(&d.id, &d.name, v))
            .collect(),
        aspects: fw
            .aspects
            .iter()
            .zip(&s.aspects)
            .map(|(a, v)| part(&a.id, &a.name, v))
            .collect(),
    })
}
