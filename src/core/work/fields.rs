//! Reading the fields of a file or saved data, one kind at a time, each fault a [`DocError`]
//! naming the field and position.

use crate::engine::decimal::{ValueFault, parse_value, read_decimal, read_value};
use crate::engine::plan::{EffortCurve, Target};
use crate::engine::{Basis, Framework, Lang};

use super::DocError;

/// Read one value (`text` as written, point or comma) for the field `field` at 1-based
/// `position`.
pub fn read_level(
    fw: &Framework,
    field: &str,
    position: usize,
    text: &str,
) -> Result<u32, DocError> {
    let scale = fw.scale;
    value_fault(
        read_value(text, scale),
        field,
        position,
        text,
        scale.decimals,
        (scale.min, scale.max),
    )
}

/// A past year's index (0 to 5 with at most two decimals), in hundredths.
pub fn read_past_index(field: &str, position: usize, text: &str) -> Result<u32, DocError> {
    let read = crate::engine::decimal::read_decimal(text, 2, 0, 500);
    value_fault(read, field, position, text, 2, (0, 5))
}

/// A value read, or the error naming the field, the position and the text.
fn value_fault(
    read: Result<u32, ValueFault>,
    field: &str,
    position: usize,
    text: &str,
    decimals: u8,
    (min, max): (u32, u32),
) -> Result<u32, DocError> {
    let field = field.to_string();
    let text = text.chars().take(20).collect();
    match read {
        Ok(v) => Ok(v),
        Err(ValueFault::OutOfRange) => Err(DocError::OutOfRange {
            field,
            position,
            text,
            min,
            max,
        }),
        Err(ValueFault::TooPrecise) => Err(DocError::TooPrecise {
            field,
            position,
            text,
            decimals,
        }),
        Err(ValueFault::NotANumber) => Err(DocError::NotANumber {
            field,
            position,
            text,
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
