//! The JavaScript API's behaviour, in plain Rust: `window.spbe.score(modelId, values, options)`
//! and `window.spbe.plan(…)` check their input here and get back a result to hand to
//! JavaScript. The wasm shell (`app::js_api`) only converts between `JsValue`s and these
//! types, so every rule below is tested natively. Options are read generically: the common
//! ones (`predicateBasis`, `lang`, the planning options) and one per variant of the framework
//! (`bandEdge`, `aspect7`, `indexRounding`); any other option is refused, naming the ones that
//! apply.

mod error;
mod gains;
mod items;
mod plan;
mod results;

pub use error::ApiError;
pub(crate) use error::{one_of, said, scale_text, shown};
pub use gains::{ApiConverted, ApiGain, GAINS_OPTIONS, convert_external, gains};
pub use items::{ApiItemsValue, ITEM_STATUSES, ItemStatus, value_from_items};
pub use plan::{ApiPlan, ApiPlanJob, ApiStep, PLAN_OPTIONS, answer, plan, plan_job};
pub use results::{ApiResult, KIND_NAMES, RANK_OPTIONS, rank, results};

use crate::engine::decimal::{ValueFault, read_value};
use std::rc::Rc;

use crate::engine::{Basis, Exact, Framework, Lang, Score};

/// One element of an array as JavaScript gave it.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiValue {
    /// A JS number, written in its shortest decimal form (`3`, `3.25`, `-1`, `NaN`).
    Number(String),
    /// Anything else; the text is JavaScript's `typeof` of the value.
    Other(String),
}

/// One option's value as JavaScript gave it.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiAny {
    Number(String),
    Text(String),
    List(Vec<ApiValue>),
    /// Anything else (`typeof`).
    Other(String),
}

/// The `options` object: its keys and values, in order (`undefined` values left out).
pub type ApiOptions = Vec<(String, ApiAny)>;

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
    /// The official figure: the exact index brought to hundredths by the framework's rule.
    pub index_cents: u64,
    /// The exact index as a decimal string with a point (`"3.4985"`).
    pub exact: String,
    /// The predicate's name (Indonesian unless `lang` is `en`).
    pub predicate: String,
    pub predicate_id: String,
    /// Empty for a framework without domains (Pemdi).
    pub domains: Vec<ApiPart>,
    pub aspects: Vec<ApiPart>,
}

/// The frameworks the API knows: those loaded, and the ids of every one it could load.
pub struct Known<'a> {
    /// Shared, so that a call with the default variant options uses the framework as it is
    /// (no copy of it per call).
    pub loaded: &'a [Rc<Framework>],
    pub ids: &'a [String],
}

/// The model `model_id`, or the error saying it is unknown or not loaded yet.
pub(crate) fn find_model<'a>(
    known: &Known<'a>,
    model_id: &str,
) -> Result<&'a Rc<Framework>, ApiError> {
    if let Some(fw) = known.loaded.iter().find(|m| m.id == model_id) {
        return Ok(fw);
    }
    if known.ids.iter().any(|id| id == model_id) {
        return Err(ApiError::NotLoaded {
            id: model_id.to_string(),
        });
    }
    Err(ApiError::UnknownModel {
        id: model_id.to_string(),
        known: known.ids.to_vec(),
    })
}

/// Read `levels` for `fw` into scale units.
pub fn read_levels(values: &[ApiValue], fw: &Framework) -> Result<Vec<u32>, ApiError> {
    if values.len() != fw.indicators.len() {
        return Err(ApiError::WrongLength {
            expected: fw.indicators.len(),
            got: values.len(),
        });
    }
    let s = fw.scale;
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
            read_value(text, s).map_err(|fault| match fault {
                ValueFault::OutOfRange => ApiError::OutOfRange {
                    position,
                    got: text.clone(),
                    min: s.min,
                    max: s.max,
                    decimals: s.decimals,
                },
                ValueFault::TooPrecise => ApiError::TooPrecise {
                    position,
                    got: text.clone(),
                    decimals: s.decimals,
                    min: s.min,
                    max: s.max,
                },
                ValueFault::NotANumber => ApiError::NotANumber {
                    position,
                    got: text.clone(),
                },
            })
        })
        .collect()
}

/// The options of one call, checked against what applies to the framework.
pub(crate) struct Options<'a> {
    list: &'a ApiOptions,
}

pub(crate) fn kind(v: &ApiAny) -> String {
    match v {
        ApiAny::Number(n) => shown(n),
        ApiAny::Text(t) => format!("\"{}\"", shown(t)),
        ApiAny::List(_) => "array".into(),
        ApiAny::Other(k) => k.clone(),
    }
}

impl<'a> Options<'a> {
    /// Refuse any option not in `common` and not a variant of `fw`.
    pub(crate) fn check(
        list: &'a ApiOptions,
        fw: &Framework,
        common: &[&str],
    ) -> Result<Options<'a>, ApiError> {
        let variants = fw.variants.iter().map(|v| v.id.as_str());
        for (key, _) in list {
            if !common.contains(&key.as_str()) && !fw.variants.iter().any(|v| v.id == *key) {
                return Err(ApiError::UnknownOption {
                    option: key.clone(),
                    model: fw.id.clone(),
                    allowed: common
                        .iter()
                        .copied()
                        .chain(variants)
                        .map(String::from)
                        .collect(),
                });
            }
        }
        Ok(Options { list })
    }

    pub(crate) fn get(&self, key: &str) -> Option<&'a ApiAny> {
        self.list.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(crate) fn text(
        &self,
        key: &str,
        bad: impl Fn(String) -> ApiError,
    ) -> Result<Option<&'a str>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(ApiAny::Text(t)) => Ok(Some(t)),
            Some(other) => Err(bad(kind(other))),
        }
    }

    pub(crate) fn basis(&self) -> Result<Basis, ApiError> {
        let bad = |got| ApiError::BadBasis { got };
        match self.text("predicateBasis", bad)? {
            None => Ok(Basis::default()),
            Some(b) => Basis::from_code(b).ok_or_else(|| bad(format!("\"{}\"", shown(b)))),
        }
    }

    /// The language of the result's names (and of the call's messages): Indonesian unless
    /// `lang` says "en".
    pub(crate) fn lang(&self) -> Result<Lang, ApiError> {
        let bad = |got| ApiError::BadLang { got };
        match self.text("lang", bad)? {
            None => Ok(Lang::Id),
            Some(l) => Lang::from_code(l).ok_or_else(|| bad(format!("\"{}\"", shown(l)))),
        }
    }

    /// The framework with the variant options chosen by the call (defaults for the others).
    pub(crate) fn framework(&self, fw: &Rc<Framework>) -> Result<Rc<Framework>, ApiError> {
        let mut choice = fw.default_choice();
        for (k, v) in fw.variants.iter().enumerate() {
            let ids: Vec<&str> = v.options.iter().map(|o| o.id.as_str()).collect();
            let bad = |got: String| ApiError::BadOption {
                option: v.id.clone(),
                problem: one_of(&ids.join(", "), &got),
            };
            if let Some(name) = self.text(&v.id, bad)? {
                choice[k] = ids
                    .iter()
                    .position(|o| *o == name)
                    .ok_or_else(|| bad(format!("\"{}\"", shown(name))))?;
            }
        }
        if choice == fw.choice {
            return Ok(Rc::clone(fw));
        }
        fw.with_choice(&choice)
            .map(Rc::new)
            .map_err(|e| ApiError::BadOption {
                option: "variants".into(),
                problem: said(
                    crate::i18n::model_error(&e, Lang::Id),
                    crate::i18n::model_error(&e, Lang::En),
                ),
            })
    }
}

fn part(lang: Lang, id: &str, name: &crate::engine::Text, v: &Exact) -> ApiPart {
    ApiPart {
        id: id.to_string(),
        name: name.get(lang).to_string(),
        index_cents: v.cents(),
    }
}

/// `spbe.score`: the index, predicate, domains and aspects of `levels`.
pub fn score(
    known: &Known,
    model_id: &str,
    levels: &[ApiValue],
    options: &ApiOptions,
) -> Result<ApiScore, ApiError> {
    let (fw, values, basis, lang) = checked_levels(known, model_id, levels, options)?;
    let s = fw.score(&values).map_err(|_| ApiError::WrongLength {
        expected: fw.indicators.len(),
        got: values.len(),
    })?;
    Ok(score_of(&fw, &s, basis, lang))
}

/// A `spbe.score` call's arguments checked: the framework under the chosen variants, the
/// values in scale units, the predicate basis and the language (also the package's `makeLink`).
pub fn checked_levels(
    known: &Known,
    model_id: &str,
    levels: &[ApiValue],
    options: &ApiOptions,
) -> Result<(Rc<Framework>, Vec<u32>, Basis, Lang), ApiError> {
    let base = find_model(known, model_id)?;
    let o = Options::check(options, base, SCORE_OPTIONS)?;
    let basis = o.basis()?;
    let lang = o.lang()?;
    let fw = o.framework(base)?;
    let values = read_levels(levels, &fw)?;
    Ok((fw, values, basis, lang))
}

/// The result shape of a score of `fw` (with its variants applied): `spbe.score`'s, and the
/// command-line tool's.
pub fn score_of(fw: &Framework, s: &Score, basis: Basis, lang: Lang) -> ApiScore {
    let band = &fw.bands[fw.band_of(&s.index, basis)];
    ApiScore {
        index_cents: fw.index_cents(&s.index),
        exact: s.index.decimal_string(12),
        predicate: band.name.get(lang).to_string(),
        predicate_id: band.id.clone(),
        domains: fw
            .domains
            .iter()
            .zip(&s.domains)
            .map(|(d, v)| part(lang, &d.id, &d.name, v))
            .collect(),
        aspects: fw
            .aspects
            .iter()
            .zip(&s.aspects)
            .map(|(a, v)| part(lang, &a.id, &a.name, v))
            .collect(),
    }
}

/// The options `spbe.score` takes besides the framework's variants.
pub const SCORE_OPTIONS: &[&str] = &["predicateBasis", "lang"];
