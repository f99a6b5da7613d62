//! The message protocol between an embedded calculator and the page that embeds it, in plain
//! Rust: what the calculator tells the host (`ready`, `resize`, `change`) and how a host's
//! message (`setLevels`, `setLang`) is read — checked exactly like a link. The browser side
//! (origins, `postMessage`, the listener) is `app/hooks/use_embed.rs`.

use serde::{Deserialize, Serialize};

use crate::engine::decimal::num_text;
use crate::engine::fragment::{self, FragmentError, LevelsField};
use crate::engine::model::Num;
use crate::engine::{Framework, Lang};
use crate::i18n::fragment_error;
use crate::state::State;

/// `source` of every message the calculator sends.
pub const SOURCE: &str = "spbe-kalkulator";
/// `source` of the messages a host page sends.
pub const HOST_SOURCE: &str = "spbe-kalkulator-host";

/// A message to the host page.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum ToHost {
    /// The calculator is on screen and listens.
    Ready {
        source: &'static str,
        model: String,
        lang: &'static str,
    },
    /// The height of the content in CSS pixels, for the frame.
    Resize { source: &'static str, height: u32 },
    /// The levels or the framework changed (and once after `ready`).
    #[serde(rename_all = "camelCase")]
    Change {
        source: &'static str,
        model: String,
        /// One value per indicator, as on screen (`3`, `1.25`).
        levels: Vec<f64>,
        /// The official figure, two decimals.
        index: f64,
        /// The exact index as a decimal string.
        exact: String,
        /// The predicate's name in the calculator's language, and its id.
        predicate: String,
        predicate_id: String,
        lang: &'static str,
    },
}

impl ToHost {
    pub fn ready(s: &State) -> ToHost {
        ToHost::Ready {
            source: SOURCE,
            model: s.fw.id.clone(),
            lang: s.lang.code(),
        }
    }

    pub fn resize(height: u32) -> ToHost {
        ToHost::Resize {
            source: SOURCE,
            height,
        }
    }

    pub fn change(s: &State) -> ToHost {
        let fw = &s.fw;
        let band = &fw.bands[fw.band_of(&s.score.index, s.basis)];
        // v / 10^decimals, correctly rounded: the same f64 as reading its decimal text.
        let number = |v: u32| f64::from(v) / f64::from(fw.scale.unit());
        ToHost::Change {
            source: SOURCE,
            model: fw.id.clone(),
            levels: s.levels.iter().map(|v| number(*v)).collect(),
            index: fw.index_cents(&s.score.index) as f64 / 100.0,
            exact: s.score.index.decimal_string(12),
            predicate: band.name.get(s.lang).to_string(),
            predicate_id: band.id.clone(),
            lang: s.lang.code(),
        }
    }
}

/// A host's message as it arrives (anything else in it is ignored).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct FromHostRaw {
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub levels: Option<LevelsRaw>,
    #[serde(default)]
    pub lang: Option<String>,
}

/// Levels as a host may send them: a list of numbers or the text of a link's `levels`.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum LevelsRaw {
    List(Vec<Num>),
    Text(String),
}

/// A host's request, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FromHost {
    SetLevels(Vec<u32>),
    SetLang(Lang),
}

/// Read a host's message for the framework in use. `Ok(None)`: not a message of this
/// protocol (ignored silently); `Err`: one of ours with a bad value — the reason in English,
/// for the host developer's console. The work is never touched on error.
pub fn read_host_message(m: &FromHostRaw, fw: &Framework) -> Result<Option<FromHost>, String> {
    if m.source.as_deref() != Some(HOST_SOURCE) {
        return Ok(None);
    }
    let bad = |e: FragmentError| format!("spbe: setLevels: {}", fragment_error(&e, Lang::En));
    match m.kind.as_deref() {
        Some("setLevels") => {
            let text = match &m.levels {
                Some(LevelsRaw::Text(t)) => t.clone(),
                Some(LevelsRaw::List(values)) => values
                    .iter()
                    .map(|v| num_text(v.0))
                    .collect::<Vec<_>>()
                    .join(","),
                None => return Err("spbe: setLevels needs `levels` (a list of numbers)".into()),
            };
            if text.len() > fragment::MAX_FRAGMENT_LEN {
                return Err(bad(FragmentError::TooLong { len: text.len() }));
            }
            let levels = fragment::parse_levels(&text, LevelsField::Levels, fw).map_err(bad)?;
            Ok(Some(FromHost::SetLevels(levels)))
        }
        Some("setLang") => match m.lang.as_deref().and_then(Lang::from_code) {
            Some(l) => Ok(Some(FromHost::SetLang(l))),
            None => Err(format!(
                "spbe: setLang: unknown language {} (use \"id\" or \"en\")",
                quoted(m.lang.as_deref().unwrap_or(""), 16)
            )),
        },
        other => Err(format!(
            "spbe: unknown message type {} (use \"setLevels\" or \"setLang\")",
            quoted(other.unwrap_or(""), 24)
        )),
    }
}

/// A host's text in a message to the host: its first `max` characters in double quotes, with
/// quotes and backslashes escaped and control characters dropped (written out rather than
/// through `Debug`, which the release build compiles without).
fn quoted(text: &str, max: usize) -> String {
    let mut out = String::from("\"");
    for c in text.chars().take(max).filter(|c| !c.is_control()) {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// May the calculator talk to a parent page of `origin`, given the link's allow-list?
pub fn origin_allowed(origin: &str, allow: &[String]) -> bool {
    fragment::is_origin(origin) && (allow.is_empty() || allow.iter().any(|a| a == origin))
}
