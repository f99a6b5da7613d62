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

use super::model::Framework;
use super::predicate::Basis;
use super::text::Lang;

mod error;
mod levels;
mod read;

pub use error::{FragmentError, LevelsField};
pub use levels::{format_levels, parse_levels};
pub use read::parse;
use read::percent_decode;

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
