//! Reading a link: every key checked against the framework, each fault a typed
//! [`FragmentError`], never a panic.

use crate::engine::model::Framework;
use crate::engine::predicate::Basis;
use crate::engine::text::Lang;

use super::error::{FragmentError, LevelsField, shorten};
use super::levels::parse_levels;
use super::{MAX_FRAGMENT_LEN, Part, UrlState, View, is_origin};

/// `%XX` decoding; an invalid escape is kept as written. Works on bytes, then reads the result
/// as UTF-8 (lossily), so it cannot fail.
pub(super) fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decode a fragment (with or without the leading `#`) for the framework `fw`.
pub fn parse(fragment: &str, fw: &Framework) -> Result<UrlState, FragmentError> {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    if body.len() > MAX_FRAGMENT_LEN {
        return Err(FragmentError::TooLong { len: body.len() });
    }
    let mut state = UrlState::default();
    for part in body.split('&').filter(|p| !p.trim().is_empty()) {
        let Some((key, raw)) = part.split_once('=') else {
            return Err(FragmentError::Malformed {
                part: shorten(part),
            });
        };
        let value = percent_decode(raw);
        let value = value.trim();
        let known = matches!(
            key,
            "model"
                | "levels"
                | "base"
                | "basis"
                | "lang"
                | "view"
                | "embed"
                | "show"
                | "readonly"
                | "allow"
                | "preset"
                | "present"
                | "exercise"
                | "target"
                | "pace"
        ) || fw.variants.iter().any(|v| v.id == key);
        if known && value.is_empty() {
            return Err(FragmentError::Malformed {
                part: shorten(part),
            });
        }
        match key {
            "model" => {
                if value != fw.id {
                    return Err(FragmentError::UnknownModel { id: shorten(value) });
                }
                state.model = Some(value.to_string());
            }
            key if fw.variants.iter().any(|v| v.id == key) => {
                let (v, o) =
                    fw.option_named(key, value)
                        .ok_or_else(|| FragmentError::BadVariant {
                            variant: key.to_string(),
                            value: shorten(value),
                            options: fw
                                .variants
                                .iter()
                                .find(|v| v.id == key)
                                .map(|v| v.options.iter().map(|o| o.id.clone()).collect())
                                .unwrap_or_default(),
                        })?;
                state.variants.push((v, o));
            }
            "levels" => state.levels = Some(parse_levels(value, LevelsField::Levels, fw)?),
            "base" => state.base = Some(parse_levels(value, LevelsField::Base, fw)?),
            "basis" => {
                state.basis =
                    Some(
                        Basis::from_code(value).ok_or_else(|| FragmentError::BadBasis {
                            value: shorten(value),
                        })?,
                    )
            }
            "lang" => {
                state.lang = Some(
                    Lang::from_code(value).ok_or_else(|| FragmentError::BadLang {
                        value: shorten(value),
                    })?,
                )
            }
            "view" => {
                state.view = Some(
                    View::from_code(value).ok_or_else(|| FragmentError::BadView {
                        value: shorten(value),
                    })?,
                )
            }
            "exercise" => state.exercise = switch(key, value)?,
            "target" => state.target = Some(read_target(fw, value)?),
            "pace" => {
                state.pace = Some(
                    value
                        .parse::<u32>()
                        .ok()
                        .filter(|p| (1..=fw.max_steps()).contains(p))
                        .ok_or_else(|| {
                            one_of(key, value, (1..=fw.max_steps()).map(|p| p.to_string()))
                        })?,
                )
            }
            "embed" => state.embed = switch(key, value)?,
            "readonly" => state.read_only = switch(key, value)?,
            "present" => state.present = switch(key, value)?,
            "show" => {
                state.show = Some(Part::from_code(value).ok_or_else(|| {
                    one_of(key, value, Part::ALL.iter().map(|p| p.code().to_string()))
                })?)
            }
            "preset" => {
                state.preset = Some(
                    fw.presets
                        .iter()
                        .position(|p| p.id == value)
                        .ok_or_else(|| {
                            one_of(key, value, fw.presets.iter().map(|p| p.id.clone()))
                        })?,
                )
            }
            "allow" => {
                for origin in value.split(',').map(str::trim).filter(|o| !o.is_empty()) {
                    let origin = origin.trim_end_matches('/');
                    if !is_origin(origin) {
                        return Err(FragmentError::BadOrigin {
                            value: shorten(origin),
                        });
                    }
                    state.allow.push(origin.to_ascii_lowercase());
                }
            }
            _ => {}
        }
    }
    // A preset gives the levels when the link gives none.
    if state.levels.is_none() && state.base.is_none() {
        if let Some(p) = state.preset.and_then(|p| fw.presets.get(p)) {
            state.levels = Some(p.levels.clone());
        }
    }
    Ok(state)
}

fn one_of(key: &str, value: &str, options: impl Iterator<Item = String>) -> FragmentError {
    FragmentError::BadVariant {
        variant: key.to_string(),
        value: shorten(value),
        options: options.collect(),
    }
}

/// A target in a link: a band's id, or an index with at most two decimals inside the scale.
fn read_target(fw: &Framework, value: &str) -> Result<crate::engine::plan::Target, FragmentError> {
    use crate::engine::plan::Target;
    if let Some(b) = fw.bands.iter().position(|b| b.id == value) {
        return Ok(Target::Band(b));
    }
    let (lo, hi) = (u64::from(fw.scale.min) * 100, u64::from(fw.scale.max) * 100);
    let cents = match value.replace(',', ".").split_once('.') {
        None => value.parse::<u64>().ok().map(|i| i * 100),
        Some((i, f)) if !f.is_empty() && f.len() <= 2 && f.chars().all(|c| c.is_ascii_digit()) => {
            let f = format!("{f:0<2}").parse::<u64>().ok();
            i.parse::<u64>().ok().zip(f).map(|(i, f)| i * 100 + f)
        }
        _ => None,
    };
    match cents.filter(|c| (lo..=hi).contains(c)) {
        Some(c) => Ok(Target::Index(c)),
        None => Err(one_of(
            "target",
            value,
            fw.bands
                .iter()
                .map(|b| b.id.clone())
                .chain([format!("{}.00\u{2013}{}.00", fw.scale.min, fw.scale.max)]),
        )),
    }
}

/// A key that is on (`1`) or off (`0`).
fn switch(key: &str, value: &str) -> Result<bool, FragmentError> {
    match value {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(one_of(key, value, ["1", "0"].map(String::from).into_iter())),
    }
}
