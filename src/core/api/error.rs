//! Why a call of the JavaScript API (or the npm package) was refused: a typed [`ApiError`]
//! with a stable code for programs and a message in either language that names the argument
//! at fault, its numbers and texts kept short.

use std::fmt;

use crate::engine::{Lang, Text};

/// Why a call was refused. [`ApiError::message`] names the argument at fault, in Indonesian
/// or English; `Display` is the English one.
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
    /// An option is missing or wrong; `problem` says how (in both languages).
    BadOption {
        option: String,
        problem: Text,
    },
    /// An argument (not an option) is wrong; `problem` says how (in both languages).
    BadArgument {
        argument: String,
        problem: Text,
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

pub(crate) fn scale_text(min: u32, max: u32, decimals: u8, lang: Lang) -> String {
    match (decimals, lang) {
        (0, _) => format!("{min}..{max}"),
        (d, Lang::Id) => format!("{min}..{max} dengan paling banyak {d} desimal"),
        (d, Lang::En) => format!("{min}..{max} with up to {d} decimals"),
    }
}

/// What is wrong with an argument or an option, in both languages.
pub(crate) fn said(id: String, en: String) -> Text {
    Text { id, en }
}

/// "must be one of …" (`list` already joined).
pub(crate) fn one_of(list: &str, got: &str) -> Text {
    said(
        format!("harus salah satu dari {list} (diberikan {got})"),
        format!("must be one of {list} (got {got})"),
    )
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

impl ApiError {
    /// `options.<option>` is wrong: what is wrong, in Indonesian and in English.
    pub fn bad_option(option: &str, id: impl Into<String>, en: impl Into<String>) -> ApiError {
        ApiError::BadOption {
            option: option.into(),
            problem: said(id.into(), en.into()),
        }
    }

    /// The argument `argument` is wrong: what is wrong, in Indonesian and in English.
    pub fn bad_argument(argument: &str, id: impl Into<String>, en: impl Into<String>) -> ApiError {
        ApiError::BadArgument {
            argument: argument.into(),
            problem: said(id.into(), en.into()),
        }
    }

    /// The message in `lang`, starting "spbe: " and naming the argument at fault.
    pub fn message(&self, lang: Lang) -> String {
        let id = lang == Lang::Id;
        let t = |i: &'static str, e: &'static str| if id { i } else { e };
        let got = t("diberikan", "got");
        let body = match self {
            ApiError::UnknownModel { id: model, known } => format!(
                "{} \"{}\" ({}: {})",
                t("model tidak dikenal", "unknown model"),
                shown(model),
                t("yang dikenal", "known"),
                known.join(", ")
            ),
            ApiError::NotLoaded { id: model } => format!(
                "{} \"{model}\" {}; {} `await spbe.load(\"{model}\")` {}",
                t("model", "the model"),
                t("belum dimuat", "is not loaded yet"),
                t("panggil", "call"),
                t("dulu", "first")
            ),
            ApiError::ModelIdNotAString => format!(
                "modelId {} \"spbe-2020\"",
                t("harus berupa string seperti", "must be a string such as")
            ),
            ApiError::LevelsNotAnArray => t(
                "levels harus berupa array angka",
                "levels must be an array of numbers",
            )
            .to_string(),
            ApiError::WrongLength { expected, got: n } => match lang {
                Lang::Id => {
                    format!("levels berisi {n} nilai; model ini punya {expected} indikator")
                }
                Lang::En => format!("levels has {n} values; the model has {expected} indicators"),
            },
            ApiError::NotANumber { position, got: g } => format!(
                "levels[{position}] {} ({got} {g})",
                t("bukan angka", "is not a number")
            ),
            ApiError::TooPrecise {
                position,
                got: g,
                decimals: 0,
                min,
                max,
            } => format!(
                "levels[{position}] = {} {} ({}: {min}..{max})",
                shown(g),
                t("bukan bilangan bulat", "is not a whole number"),
                t("boleh", "allowed")
            ),
            ApiError::TooPrecise {
                position,
                got: g,
                decimals,
                min,
                max,
            } => format!(
                "levels[{position}] = {} {} {decimals} {} ({}: {})",
                shown(g),
                t("punya lebih dari", "has more than"),
                t("desimal", "decimals"),
                t("boleh", "allowed"),
                scale_text(*min, *max, *decimals, lang)
            ),
            ApiError::OutOfRange {
                position,
                got: g,
                min,
                max,
                decimals,
            } => format!(
                "levels[{position}] = {} {} {}",
                shown(g),
                t("di luar", "is outside"),
                scale_text(*min, *max, *decimals, lang)
            ),
            ApiError::BadBasis { got: g } => format!(
                "options.predicateBasis {} \"exact\" {} \"rounded\" ({got} {g})",
                t("harus", "must be"),
                t("atau", "or")
            ),
            ApiError::BadLang { got: g } => format!(
                "options.lang {} \"id\" {} \"en\" ({got} {g})",
                t("harus", "must be"),
                t("atau", "or")
            ),
            ApiError::OptionsNotAnObject => {
                t("options harus berupa objek", "options must be an object").to_string()
            }
            ApiError::Limit(l) => format!(
                "{}: {}",
                t("panggilan ditolak", "the call is refused"),
                crate::i18n::limit(*l, lang)
            ),
            ApiError::UnknownOption {
                option,
                model,
                allowed,
            } => format!(
                "options.{} {} {model} ({}: {})",
                shown(option),
                t("tidak berlaku untuk", "does not apply to"),
                t("opsinya", "its options"),
                allowed.join(", ")
            ),
            ApiError::BadOption { option, problem } => {
                named(&format!("options.{option}"), problem.get(lang))
            }
            ApiError::BadArgument { argument, problem } => named(argument, problem.get(lang)),
        };
        format!("spbe: {body}")
    }
}

/// "options.target is required", "levels[0][1] = …": a space unless the problem goes on with
/// an index or a property.
fn named(what: &str, problem: &str) -> String {
    let space = if problem.starts_with(['[', '.']) {
        ""
    } else {
        " "
    };
    format!("{what}{space}{problem}")
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ApiError {}
