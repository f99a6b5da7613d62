//! The JavaScript API's behaviour, in plain Rust: `window.spbe.score(modelId, levels, options)`
//! checks its input here and gets back a result to hand to JavaScript. The wasm shell
//! (`app::js_api`) only converts between `JsValue`s and these types, so every rule below is
//! tested natively.

use std::fmt;

use crate::engine::fragment::{ValueFault, parse_value, read_value};
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
    /// A planning option is missing or wrong; `problem` says how.
    BadOption {
        option: &'static str,
        problem: String,
    },
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "spbe: ")?;
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
            ApiError::BadOption { option, problem } if problem.starts_with('[') => {
                write!(f, "options.{option}{problem}")
            }
            ApiError::BadOption { option, problem } => write!(f, "options.{option} {problem}"),
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
            match read_value(text, scale) {
                Ok(value) => Ok(value),
                Err(ValueFault::OutOfRange) => Err(ApiError::OutOfRange {
                    position,
                    got: text.clone(),
                    min: scale.min,
                    max: scale.max,
                }),
                Err(ValueFault::TooPrecise) => Err(ApiError::TooPrecise {
                    position,
                    got: text.clone(),
                    decimals: scale.decimals,
                }),
                Err(ValueFault::NotANumber) => Err(ApiError::NotANumber {
                    position,
                    got: text.clone(),
                }),
            }
        })
        .collect()
}

/// The model `model_id` among `models`, or the error that lists the known ones.
fn find_model<'a>(models: &[&'a Framework], model_id: &str) -> Result<&'a Framework, ApiError> {
    models
        .iter()
        .find(|m| m.id == model_id)
        .copied()
        .ok_or_else(|| ApiError::UnknownModel {
            id: model_id.to_string(),
            known: models.iter().map(|m| m.id.clone()).collect(),
        })
}

/// Score `levels` with the model `model_id` among `models`.
pub fn score(
    models: &[&Framework],
    model_id: &str,
    levels: &[ApiValue],
    basis: Option<&str>,
    lang: Option<&str>,
) -> Result<ApiScore, ApiError> {
    let fw = find_model(models, model_id)?;
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

/// A target as JavaScript gave it: a number (index) or a string (predicate).
#[derive(Clone, Debug, PartialEq)]
pub enum ApiTarget {
    Number(String),
    Text(String),
    Other(String),
}

/// The options of `spbe.plan`, as read from JavaScript (each `None` when absent).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanOptions {
    pub target: Option<ApiTarget>,
    pub basis: Option<String>,
    pub efforts: Option<Vec<ApiValue>>,
    pub locked: Option<Vec<ApiValue>>,
    pub max_levels: Option<Vec<ApiValue>>,
    pub pace: Option<ApiValue>,
    pub curve: Option<String>,
}

/// One action: indicator number and levels as the user reads them (whole or with decimals).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiStep {
    pub indicator: u32,
    pub from: u32,
    pub to: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiPlan {
    /// "met", "planned" or "unreachable".
    pub status: &'static str,
    pub steps: Vec<ApiStep>,
    pub effort: u64,
    /// Index after the plan (the current index when met, the best reachable when not).
    pub index_cents: u64,
    pub exact: String,
    pub predicate: String,
    /// The highest index the constraints allow (hundredths) and its exact value.
    pub best_reachable_cents: u64,
    pub best_reachable_exact: String,
    /// For "unreachable": "locked", "maxLevels", "pace", "combination" or "scale".
    pub binding: Vec<&'static str>,
    /// The scale unit, to turn `from`/`to` into levels (value / unit).
    pub unit: u32,
}

fn whole(option: &'static str, v: &ApiValue, min: u32, max: u32) -> Result<u32, ApiError> {
    let bad = |problem: String| ApiError::BadOption { option, problem };
    match v {
        ApiValue::Number(t) => match t.parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(bad(format!(
                "must hold whole numbers {min}..{max} (got {t})"
            ))),
        },
        ApiValue::Other(kind) => Err(bad(format!("must hold numbers (got {kind})"))),
    }
}

fn read_plan_request(
    fw: &Framework,
    levels: &[u32],
    o: &PlanOptions,
) -> Result<crate::engine::plan::PlanRequest, ApiError> {
    use crate::engine::plan::{EffortCurve, PlanRequest, Target};
    let n = fw.indicators.len();
    let basis = match &o.basis {
        None => Basis::default(),
        Some(b) => Basis::from_code(b).ok_or_else(|| ApiError::BadBasis { got: b.clone() })?,
    };
    let target = match &o.target {
        None => {
            return Err(ApiError::BadOption {
                option: "target",
                problem: "is required: an index such as 3.0 or a predicate such as \"Baik\"".into(),
            });
        }
        Some(ApiTarget::Number(t)) => match parse_value(t, 2) {
            Ok(c) => Target::Index(u64::from(c)),
            Err(_) => {
                return Err(ApiError::BadOption {
                    option: "target",
                    problem: format!("must be an index with at most 2 decimals (got {t})"),
                });
            }
        },
        Some(ApiTarget::Text(name)) => match fw.band_named(name) {
            Some(b) => Target::Band(b),
            None => {
                let names: Vec<&str> = fw.bands.iter().map(|b| b.name.id.as_str()).collect();
                return Err(ApiError::BadOption {
                    option: "target",
                    problem: format!(
                        "\"{name}\" is not a predicate (use one of: {})",
                        names.join(", ")
                    ),
                });
            }
        },
        Some(ApiTarget::Other(kind)) => {
            return Err(ApiError::BadOption {
                option: "target",
                problem: format!("must be a number or a predicate name (got {kind})"),
            });
        }
    };
    let mut req = PlanRequest::new(fw, target, basis);
    let list = |option: &'static str,
                v: &Option<Vec<ApiValue>>,
                len: Option<usize>|
     -> Result<Option<Vec<ApiValue>>, ApiError> {
        match (v, len) {
            (Some(v), Some(len)) if v.len() != len => Err(ApiError::BadOption {
                option,
                problem: format!("has {} values; the model has {len} indicators", v.len()),
            }),
            _ => Ok(v.clone()),
        }
    };
    if let Some(efforts) = list("efforts", &o.efforts, Some(n))? {
        req.efforts = efforts
            .iter()
            .map(|v| whole("efforts", v, 1, 1_000_000))
            .collect::<Result<_, _>>()?;
    }
    if let Some(locked) = list("locked", &o.locked, None)? {
        for v in &locked {
            let no = whole("locked", v, 1, n as u32)?;
            req.locked[(no - 1) as usize] = true;
        }
    }
    if let Some(maxes) = list("maxLevels", &o.max_levels, Some(n))? {
        req.max_levels = maxes
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                ApiValue::Number(t) => read_value(t, fw.scale).map_err(|_| ApiError::BadOption {
                    option: "maxLevels",
                    problem: format!("[{i}] = {t} is outside {}..{}", fw.scale.min, fw.scale.max),
                }),
                ApiValue::Other(kind) => Err(ApiError::BadOption {
                    option: "maxLevels",
                    problem: format!("[{i}] is not a number (got {kind})"),
                }),
            })
            .collect::<Result<_, _>>()?;
    }
    if let Some(p) = &o.pace {
        req.pace = Some(whole("pace", p, 1, fw.scale.max - fw.scale.min)?);
    }
    req.curve = match o.curve.as_deref() {
        None | Some("flat") => EffortCurve::Flat,
        Some("rising") => EffortCurve::Rising,
        Some(other) => {
            return Err(ApiError::BadOption {
                option: "curve",
                problem: format!("must be \"flat\" or \"rising\" (got {other})"),
            });
        }
    };
    // Levels above a cap: the cap cannot lower a level, so it is raised to the level.
    for (m, l) in req.max_levels.iter_mut().zip(levels) {
        *m = (*m).max(*l);
    }
    Ok(req)
}

/// `spbe.plan`: the least-effort plan from `levels` to `options.target`.
pub fn plan(
    models: &[&Framework],
    model_id: &str,
    levels: &[ApiValue],
    options: &PlanOptions,
) -> Result<ApiPlan, ApiError> {
    use crate::engine::plan::{self, Binding, PlanOutcome};
    let fw = find_model(models, model_id)?;
    let values = read_levels(levels, fw)?;
    let req = read_plan_request(fw, &values, options)?;
    let outcome = plan::plan(fw, &values, &req).map_err(|e| ApiError::BadOption {
        option: "target",
        problem: format!("cannot be planned ({e:?})"),
    })?;
    let best = plan::index_of(fw, &plan::best_reachable(fw, &values, &req));
    let predicate = |v: &crate::engine::Exact| fw.bands[fw.band_of(v, req.basis)].name.id.clone();
    let base = |status, steps, effort, index: crate::engine::Exact, binding| ApiPlan {
        status,
        steps,
        effort,
        index_cents: index.cents(),
        exact: index.decimal_string(12),
        predicate: predicate(&index),
        best_reachable_cents: best.cents(),
        best_reachable_exact: best.decimal_string(12),
        binding,
        unit: fw.scale.unit(),
    };
    Ok(match outcome {
        PlanOutcome::Met => base(
            "met",
            Vec::new(),
            0,
            plan::index_of(fw, &values),
            Vec::new(),
        ),
        PlanOutcome::Planned {
            steps,
            effort,
            index,
            ..
        } => base(
            "planned",
            steps
                .iter()
                .map(|s| ApiStep {
                    indicator: fw.indicators[s.indicator].no,
                    from: s.from,
                    to: s.to,
                })
                .collect(),
            effort,
            index,
            Vec::new(),
        ),
        PlanOutcome::Unreachable { best, binding, .. } => base(
            "unreachable",
            Vec::new(),
            0,
            best,
            binding
                .iter()
                .map(|b| match b {
                    Binding::Locks => "locked",
                    Binding::MaxLevels => "maxLevels",
                    Binding::Pace => "pace",
                    Binding::Combination => "combination",
                    Binding::Scale => "scale",
                })
                .collect(),
        ),
    })
}
