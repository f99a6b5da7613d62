//! The URL fragment that makes a link reproduce the screen:
//! `#model=<id>&levels=<values>&base=<values>&basis=exact|rounded&<variant>=<option>&lang=id|en`.
//! `<values>` is one digit per indicator in order (when the scale is whole levels below 10) or
//! a comma-separated list (always accepted; values with decimals use a point). A link without
//! `model` is SPBE 2020, so every link made before there were other frameworks still opens.
//! Each variant of the framework is a key of its own (`bandEdge=upper-inclusive`). Decoding
//! never panics; every problem is a typed [`FragmentError`].
//!
//! ```
//! use spbe_calculator::engine::fragment::{format, model_of, parse, View};
//! use spbe_calculator::engine::model::RawModel;
//! use spbe_calculator::engine::{Basis, Framework, Lang};
//!
//! let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/models/spbe-2020.json");
//! let raw: RawModel = serde_json::from_str(&std::fs::read_to_string(path)?)?;
//! let fw = Framework::from_raw(raw)?;
//! let levels = vec![3; 47];
//! let link = format(&levels, &levels, Basis::Rounded, View::default(), Lang::En, &fw);
//! assert!(link.starts_with("model=spbe-2020&levels=33333"));
//! assert_eq!(model_of(&link), "spbe-2020");
//! let back = parse(&link, &fw).map_err(|e| format!("{e:?}"))?;
//! assert_eq!(back.levels, Some(levels));
//! assert_eq!((back.basis, back.lang), (Some(Basis::Rounded), Some(Lang::En)));
//! // A value off the scale is a typed error, never a panic.
//! assert!(parse("model=spbe-2020&levels=9", &fw).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::decimal::{parse_value, point_text};
use super::model::Framework;
use super::predicate::Basis;
use super::text::Lang;

/// The framework of a link that does not name one.
pub const LINK_DEFAULT_MODEL: &str = "spbe-2020";

/// The screens of the app a link can open (`view=`): entering values, planning, scenarios and
/// their comparison, the yearly roadmap, files and sharing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Isi,
    Rencana,
    Skenario,
    PetaJalan,
    /// Where the institution stands among the published results, and its history.
    Posisi,
    Berkas,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Isi,
        View::Rencana,
        View::Skenario,
        View::PetaJalan,
        View::Posisi,
        View::Berkas,
    ];

    /// The name in links (Bahasa Indonesia, as planners say it).
    pub fn code(self) -> &'static str {
        match self {
            View::Isi => "isi",
            View::Rencana => "rencana",
            View::Skenario => "skenario",
            View::PetaJalan => "peta-jalan",
            View::Posisi => "posisi",
            View::Berkas => "berkas",
        }
    }

    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Longest fragment we look at; anything longer is refused rather than parsed.
pub const MAX_FRAGMENT_LEN: usize = 4096;

/// The key (with its `=`) of a file carried in a link — a unit's share of the work, read and
/// held to its own limit by `evidence::share::link` — which [`model_of`] and [`view_of`] pass
/// over, so that such a link still names its framework.
pub const FILE_KEY: &str = "unit=";

/// What a fragment asks for. Absent keys are `None`; unknown keys are ignored (portals may
/// add their own).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub model: Option<String>,
    pub levels: Option<Vec<u32>>,
    pub base: Option<Vec<u32>>,
    pub basis: Option<Basis>,
    pub lang: Option<Lang>,
    /// `(variant, option)` positions chosen by the link.
    pub variants: Vec<(usize, usize)>,
    pub view: Option<View>,
    /// `embed=1`: shown inside another site's page (no header or footer, no autosave, no
    /// history entries; messages to the host page).
    pub embed: bool,
    /// `show=`: which parts an embedded calculator shows.
    pub show: Option<Part>,
    /// `readonly=1`: the levels cannot be changed on screen (a host page may still set them).
    pub read_only: bool,
    /// `allow=`: the only host origins an embedded calculator talks to (comma-separated).
    pub allow: Vec<String>,
    /// `preset=`: start from one of the framework's presets (by id) when no levels are given.
    pub preset: Option<usize>,
    /// `present=1`: presenter mode (large index, one group at a time, keyboard driven).
    pub present: bool,
    /// `exercise=1`: a workshop exercise from the link's levels (or preset).
    pub exercise: bool,
    /// `target=`: the exercise's target, a band id (`baik`) or an index (`3.5`).
    pub target: Option<crate::engine::plan::Target>,
    /// `pace=`: the exercise's limit of steps per indicator.
    pub pace: Option<u32>,
}

/// Which parts an embedded calculator shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Part {
    /// The index, predicate and chart only.
    Summary,
    /// The summary and the level entry (the default).
    #[default]
    Entry,
    /// The summary and the planner.
    Planner,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Summary, Part::Entry, Part::Planner];

    pub fn code(self) -> &'static str {
        match self {
            Part::Summary => "summary",
            Part::Entry => "entry",
            Part::Planner => "planner",
        }
    }

    pub fn from_code(code: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// A web origin as a host page has it: `https://host[:port]` or `http://…`, nothing after.
pub fn is_origin(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    matches!(scheme, "http" | "https")
        && !host.is_empty()
        && host.len() <= 253
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && port
            .is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()))
}

/// Which list of values a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelsField {
    Levels,
    Base,
}

impl LevelsField {
    pub fn key(self) -> &'static str {
        match self {
            LevelsField::Levels => "levels",
            LevelsField::Base => "base",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FragmentError {
    TooLong {
        len: usize,
    },
    /// A part without `=`, or a known key with an empty value.
    Malformed {
        part: String,
    },
    UnknownModel {
        id: String,
    },
    /// `position` is 1-based; `text` is what stood there (shortened).
    NotANumber {
        field: LevelsField,
        position: usize,
        text: String,
    },
    TooPrecise {
        field: LevelsField,
        position: usize,
        text: String,
    },
    WrongLength {
        field: LevelsField,
        expected: usize,
        got: usize,
    },
    /// `indicator` is the 1-based indicator number; `min`/`max` are whole levels.
    OutOfRange {
        field: LevelsField,
        indicator: usize,
        text: String,
        min: u32,
        max: u32,
    },
    BadBasis {
        value: String,
    },
    BadLang {
        value: String,
    },
    BadView {
        value: String,
    },
    /// A variant of the framework set to an option it does not have; also any other key
    /// with a fixed set of values (`show`, `embed`, `preset`, …).
    BadVariant {
        variant: String,
        value: String,
        options: Vec<String>,
    },
    /// An entry of `allow` that is not a web origin.
    BadOrigin {
        value: String,
    },
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(16).collect();
    if s.chars().count() > 16 {
        out.push('…');
    }
    out
}

/// `%XX` decoding; an invalid escape is kept as written. Works on bytes, then reads the result
/// as UTF-8 (lossily), so it cannot fail.
fn percent_decode(s: &str) -> String {
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

/// Parse a list of values for `fw` (digits or comma list), checking count and range.
pub fn parse_levels(
    text: &str,
    field: LevelsField,
    fw: &Framework,
) -> Result<Vec<u32>, FragmentError> {
    let scale = fw.scale;
    let items: Vec<&str> = if text.contains(',') {
        text.split(',').map(str::trim).collect()
    } else if scale.decimals == 0 && scale.max <= 9 {
        // One character per indicator; split on char boundaries so that any text is safe.
        text.char_indices()
            .map(|(i, c)| &text[i..i + c.len_utf8()])
            .collect()
    } else {
        vec![text.trim()]
    };
    let mut values = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match parse_value(item, scale.decimals) {
            Ok(v) => values.push(v),
            Err(too_precise) => {
                let (position, text) = (i + 1, shorten(item));
                return Err(if too_precise {
                    FragmentError::TooPrecise {
                        field,
                        position,
                        text,
                    }
                } else {
                    FragmentError::NotANumber {
                        field,
                        position,
                        text,
                    }
                });
            }
        }
    }
    if values.len() != fw.indicators.len() {
        return Err(FragmentError::WrongLength {
            field,
            expected: fw.indicators.len(),
            got: values.len(),
        });
    }
    if let Some(i) = values.iter().position(|v| !scale.contains(*v)) {
        return Err(FragmentError::OutOfRange {
            field,
            indicator: i + 1,
            text: shorten(items[i]),
            min: scale.min,
            max: scale.max,
        });
    }
    Ok(values)
}

/// Write a list of values in the shortest form [`parse_levels`] reads back.
pub fn format_levels(values: &[u32], fw: &Framework) -> String {
    let scale = fw.scale;
    if scale.decimals == 0 && scale.max <= 9 {
        return values
            .iter()
            .map(|v| char::from_digit(*v, 10).unwrap_or('?'))
            .collect();
    }
    values
        .iter()
        .map(|v| point_text(*v, scale.decimals))
        .collect::<Vec<_>>()
        .join(",")
}

/// The framework a link names (without checking that it exists): its `model` key, or
/// [`LINK_DEFAULT_MODEL`] when it has none.
pub fn model_of(fragment: &str) -> String {
    key_of(fragment, "model").unwrap_or_else(|| LINK_DEFAULT_MODEL.to_string())
}

/// The screen a fragment names (without checking anything else): its `view` key when that
/// is a known screen, else the entry screen.
pub fn view_of(fragment: &str) -> View {
    key_of(fragment, "view")
        .and_then(|v| View::from_code(&v))
        .unwrap_or_default()
}

/// The decoded, trimmed value of one key of a fragment, when it is there and not empty.
fn key_of(fragment: &str, key: &str) -> Option<String> {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    // A file carried in the link is held to its own limit by its reader; the rest to ours.
    let own = || body.split('&').filter(|p| !p.starts_with(FILE_KEY));
    if own().map(|p| p.len() + 1).sum::<usize>() > MAX_FRAGMENT_LEN + 1 {
        return None;
    }
    own()
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| percent_decode(v).trim().to_string())
        .filter(|v| !v.is_empty())
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

/// Encode a screen as a fragment (without `#`). The framework is always named; the baseline
/// is written only when it differs from the levels; the basis, the variants and the view only
/// when they are not the defaults.
pub fn format(
    levels: &[u32],
    base: &[u32],
    basis: Basis,
    view: View,
    lang: Lang,
    fw: &Framework,
) -> String {
    let mut out = format!("model={}&levels={}", fw.id, format_levels(levels, fw));
    if base != levels {
        out.push_str("&base=");
        out.push_str(&format_levels(base, fw));
    }
    if basis != Basis::default() {
        out.push_str("&basis=");
        out.push_str(basis.code());
    }
    for (v, c) in fw.variants.iter().zip(&fw.choice) {
        if *c != 0 {
            if let Some(o) = v.options.get(*c) {
                out.push_str(&format!("&{}={}", v.id, o.id));
            }
        }
    }
    if view != View::default() {
        out.push_str("&view=");
        out.push_str(view.code());
    }
    out.push_str("&lang=");
    out.push_str(lang.code());
    out
}
