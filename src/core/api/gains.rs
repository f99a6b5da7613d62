//! `spbe.gains` (which indicator's next step adds most to the index per effort) and
//! `spbe.convertExternal` (an external index turned into an indicator value by the
//! framework's own map), for portals.

use crate::engine::decimal::read_decimal;
use crate::engine::gains::marginal_gains;
use crate::engine::plan::Target;
use crate::engine::{Lang, Text};

use super::plan::{PLAN_OPTIONS, read_rules};
use super::{ApiError, ApiOptions, ApiValue, Known, Options, find_model, read_levels, said};

/// One indicator's next step, in the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiGain {
    /// The indicator's number (1-based).
    pub indicator: u32,
    /// Values in scale units (divide by `unit`).
    pub from: u32,
    pub to: u32,
    /// The index's exact change, as decimal text, and in ten-thousandths half up.
    pub exact: String,
    pub gain_10k: u64,
    pub effort: u64,
    /// Steps of this indicator alone that reach the next predicate, if it can.
    pub steps_to_next_band: Option<u32>,
    pub unit: u32,
}

/// The options `spbe.gains` takes besides the framework's variants: the planning options
/// without `target` (the first of them).
pub const GAINS_OPTIONS: &[&str] = PLAN_OPTIONS.split_at(1).1;

/// `spbe.gains`: every indicator that can still rise, best gain per effort first (then the
/// larger gain, then the lower number), under the planning options.
pub fn gains(
    known: &Known,
    model_id: &str,
    levels: &[ApiValue],
    options: &ApiOptions,
) -> Result<Vec<ApiGain>, ApiError> {
    let base = find_model(known, model_id)?;
    let o = Options::check(options, base, GAINS_OPTIONS)?;
    let fw = o.framework(base)?;
    let values = read_levels(levels, &fw)?;
    // The ranking has no target; the request carries the other rules.
    let req = read_rules(&fw, &values, &o, Target::Band(0))?;
    Ok(marginal_gains(&fw, &values, &req)
        .into_iter()
        .map(|m| ApiGain {
            indicator: fw.indicators[m.indicator].no,
            from: values[m.indicator],
            to: m.to,
            exact: m.gain.decimal_string(12),
            gain_10k: u64::try_from(
                (u128::from(m.gain.numer()) * 20_000 + u128::from(m.gain.denom()))
                    / (2 * u128::from(m.gain.denom())),
            )
            .unwrap_or(u64::MAX),
            effort: m.effort,
            steps_to_next_band: m.steps_to_next_band,
            unit: fw.scale.unit(),
        })
        .collect())
}

/// An external index converted to an indicator's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiConverted {
    /// The indicator's value in scale units (divide by `unit`), half up.
    pub value: u32,
    pub unit: u32,
    /// Who publishes the source index.
    pub by: String,
}

fn argument(name: &str, problem: Text) -> ApiError {
    ApiError::BadArgument {
        argument: name.into(),
        problem,
    }
}

/// `spbe.convertExternal(id, indicator, source)`: the value of indicator number `indicator`
/// from its external source's value, by the framework's piecewise-linear map.
pub fn convert_external(
    known: &Known,
    model_id: &str,
    indicator: &ApiValue,
    source: &ApiValue,
) -> Result<ApiConverted, ApiError> {
    let fw = find_model(known, model_id)?;
    let with_map: Vec<String> = fw
        .indicators
        .iter()
        .filter(|i| i.external.is_some())
        .map(|i| i.no.to_string())
        .collect();
    let no = match indicator {
        ApiValue::Number(t) => t.parse::<u32>().ok(),
        ApiValue::Other(_) => None,
    };
    let Some(ind) = no.and_then(|n| fw.indicators.iter().find(|i| i.no == n)) else {
        let n = fw.indicators.len();
        return Err(argument(
            "indicator",
            said(
                format!("harus nomor indikator 1..{n} dari {}", fw.id),
                format!("must be an indicator number 1..{n} of {}", fw.id),
            ),
        ));
    };
    let Some(ext) = &ind.external else {
        let (no, id) = (ind.no, &fw.id);
        let list = |none: &str| match with_map.is_empty() {
            true => none.to_string(),
            false => with_map.join(", "),
        };
        return Err(argument(
            "indicator",
            said(
                format!(
                    "= {no}: indikator ini di {id} tidak punya sumber eksternal (yang punya: {})",
                    list("tidak ada")
                ),
                format!(
                    "= {no}: this indicator of {id} has no external source (those that have: {})",
                    list("none")
                ),
            ),
        ));
    };
    let (min, max) = ext.range();
    let range = |lang| {
        super::scale_text(
            min / 10u32.pow(u32::from(ext.decimals)),
            max / 10u32.pow(u32::from(ext.decimals)),
            ext.decimals,
            lang,
        )
    };
    let outside = |at: String| {
        argument(
            "source",
            said(
                format!("{at}di luar {}", range(Lang::Id)),
                format!("{at}is outside {}", range(Lang::En)),
            ),
        )
    };
    let units = match source {
        ApiValue::Number(t) => read_decimal(t, ext.decimals, min, max)
            .map_err(|_| outside(format!("= {} ", super::shown(t))))?,
        ApiValue::Other(kind) => {
            return Err(argument(
                "source",
                said(
                    format!("harus berupa angka (diberikan {kind})"),
                    format!("must be a number (got {kind})"),
                ),
            ));
        }
    };
    let value = ext.convert(units).map_err(|_| outside(String::new()))?;
    Ok(ApiConverted {
        value,
        unit: fw.scale.unit(),
        by: ext.by.clone(),
    })
}
