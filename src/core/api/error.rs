//! Why a call of the JavaScript API (or the npm package) was refused: a typed [`ApiError`]
//! with a stable code for programs and an English message for developers that names the
//! argument at fault, its numbers and texts kept short.

use std::fmt;

/// Why a call was refused. The message (English, for developers) names the argument at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    UnknownModel {
        id: String,
        known: Vec<String>,
    },
    /// A bundled framework whose file has not been loaded yet.
    NotLoaded {
        id: String,
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
        min: u32,
        max: u32,
    },
    OutOfRange {
        position: usize,
        got: String,
        min: u32,
        max: u32,
        decimals: u8,
    },
    BadBasis {
        got: String,
    },
    BadLang {
        got: String,
    },
    OptionsNotAnObject,
    /// More values or options than a call may pass (checked before they are read).
    Limit(crate::engine::Limit),
    /// An option this call does not take for this framework.
    UnknownOption {
        option: String,
        model: String,
        allowed: Vec<String>,
    },
    /// An option is missing or wrong; `problem` says how.
    BadOption {
        option: String,
        problem: String,
    },
    /// An argument (not an option) is wrong; `problem` says how.
    BadArgument {
        argument: String,
        problem: String,
    },
}

/// A number as a message shows it: as given when short, else in a short scientific form
/// (`1e300`, `1.23e-20`), so a message never holds hundreds of digits.
pub(crate) fn shown(text: &str) -> String {
    if text.chars().count() <= 24 {
        return text.to_string();
    }
    let (sign, digits) = text.strip_prefix('-').map_or(("", text), |d| ("-", d));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    if !all.bytes().all(|b| b.is_ascii_digit()) {
        let mut s: String = text.chars().take(24).collect();
        s.push('…');
        return s;
    }
    let lead = all.bytes().position(|b| b != b'0').unwrap_or(0);
    let exponent = int.len() as i64 - 1 - lead as i64;
    let significant: String = all[lead..].chars().take(3).collect();
    let mantissa = significant.trim_end_matches('0');
    let mantissa = match mantissa.len() {
        0 => "0".to_string(),
        1 => mantissa.to_string(),
        _ => format!("{}.{}", &mantissa[..1], &mantissa[1..]),
    };
    format!("{sign}{mantissa}e{exponent}")
}

pub(crate) fn scale_text(min: u32, max: u32, decimals: u8) -> String {
    match decimals {
        0 => format!("{min}..{max}"),
        d => format!("{min}..{max} with up to {d} decimals"),
    }
}

impl ApiError {
    /// A stable name of the fault for programs (`err.code` in JavaScript); the message may be
    /// reworded, the code is not.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::UnknownModel { .. } => "unknownModel",
            ApiError::NotLoaded { .. } => "notLoaded",
            ApiError::ModelIdNotAString => "modelIdNotAString",
            ApiError::LevelsNotAnArray => "levelsNotAnArray",
            ApiError::WrongLength { .. } => "wrongLength",
            ApiError::NotANumber { .. } => "notANumber",
            ApiError::TooPrecise { .. } => "tooPrecise",
            ApiError::OutOfRange { .. } => "outOfRange",
            ApiError::BadBasis { .. } => "badBasis",
            ApiError::BadLang { .. } => "badLang",
            ApiError::OptionsNotAnObject => "optionsNotAnObject",
            ApiError::Limit(_) => "limit",
            ApiError::UnknownOption { .. } => "unknownOption",
            ApiError::BadOption { .. } => "badOption",
            ApiError::BadArgument { .. } => "badArgument",
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "spbe: ")?;
        match self {
            ApiError::UnknownModel { id, known } => {
                write!(
                    f,
                    "unknown model \"{}\" (known: {})",
                    shown(id),
                    known.join(", ")
                )
            }
            ApiError::NotLoaded { id } => write!(
                f,
                "the model \"{id}\" is not loaded yet; call `await spbe.load(\"{id}\")` first"
            ),
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
                decimals: 0,
                min,
                max,
            } => write!(
                f,
                "levels[{position}] = {} is not a whole number (allowed: {min}..{max})",
                shown(got)
            ),
            ApiError::TooPrecise {
                position,
                got,
                decimals,
                min,
                max,
            } => write!(
                f,
                "levels[{position}] = {} has more than {decimals} decimals (allowed: {})",
                shown(got),
                scale_text(*min, *max, *decimals)
            ),
            ApiError::OutOfRange {
                position,
                got,
                min,
                max,
                decimals,
            } => write!(
                f,
                "levels[{position}] = {} is outside {}",
                shown(got),
                scale_text(*min, *max, *decimals)
            ),
            ApiError::BadBasis { got } => write!(
                f,
                "options.predicateBasis must be \"exact\" or \"rounded\" (got {got})"
            ),
            ApiError::BadLang { got } => {
                write!(f, "options.lang must be \"id\" or \"en\" (got {got})")
            }
            ApiError::OptionsNotAnObject => write!(f, "options must be an object"),
            ApiError::Limit(l) => write!(f, "the call is refused: {l}"),
            ApiError::UnknownOption {
                option,
                model,
                allowed,
            } => write!(
                f,
                "options.{} does not apply to {model} (its options: {})",
                shown(option),
                allowed.join(", ")
            ),
            ApiError::BadOption { option, problem } if problem.starts_with('[') => {
                write!(f, "options.{option}{problem}")
            }
            ApiError::BadOption { option, problem } => write!(f, "options.{option} {problem}"),
            ApiError::BadArgument { argument, problem } => write!(f, "{argument} {problem}"),
        }
    }
}

impl std::error::Error for ApiError {}
