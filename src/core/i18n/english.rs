//! The English texts the first screen's module would otherwise carry (the other parts' texts
//! are in their own chunks already): the interface's fixed texts and the English forms of the
//! sentences it composes. In the release build (the `split` feature) they come in a chunk of
//! their own (`app::parts::ENGLISH`), which installs them; elsewhere they are always here.
//! The state never turns to English before they are ([`available`], `State::apply`), so no
//! screen mixes the two languages.

use super::Strings;
use super::en::EN;
use super::lazy::{self, LazyTexts};
use crate::engine::Lang;
use crate::engine::decimal::ValueFault;
use crate::models::LoadError;

/// The English texts, installed together.
pub struct English {
    pub strings: Strings,
    pub lazy: LazyTexts,
    /// [`super::to_next_band`].
    pub to_next_band: fn(&str, bool, &str) -> String,
    /// [`super::level_of`].
    pub level_of: fn(&str, u32) -> String,
    /// [`super::changed_count`].
    pub changed_count: fn(usize) -> String,
    /// [`super::years_in_use`].
    pub years_in_use: fn(u16, Option<u16>) -> String,
    /// [`super::on_edge`].
    pub on_edge: fn(&str, &str, Option<&str>) -> String,
    /// [`super::value_problem`].
    pub value_problem: fn(ValueFault, u32, u32, u8) -> String,
    /// [`super::load_error_with`], with what a broken file's error says (or nothing).
    pub load_error: fn(&LoadError, &str) -> String,
}

/// What the English chunk installs ([`install_english`]).
pub static ENGLISH_TEXTS: English = English {
    strings: EN,
    lazy: lazy::EN,
    to_next_band: |gap, beyond, band| match beyond {
        false => format!("{gap} to {band}"),
        true => format!("more than {gap} to {band}"),
    },
    level_of: |level, max| format!("Level {level} of {max}"),
    changed_count: |n| match n {
        1 => "1 indicator changed from the baseline.".to_string(),
        _ => format!("{n} indicators changed from the baseline."),
    },
    years_in_use: |from, to| match to {
        Some(to) => format!("used for the {from}\u{2013}{to} evaluations"),
        None => format!("in force since {from}"),
    },
    on_edge: |value, now, other| match other {
        Some(o) => format!(
            "The index is exactly {value}, on a band edge: under the chosen edge rule the predicate is {now}; under the other rule {o}."
        ),
        None => format!("The index is exactly {value}, the lower edge of {now}."),
    },
    value_problem: |fault, min, max, decimals| match fault {
        ValueFault::NotANumber => "Not a number; the previous value stays.".into(),
        ValueFault::TooPrecise => format!("At most {decimals} decimals; the previous value stays."),
        ValueFault::OutOfRange => format!("Outside {min}\u{2013}{max}; the previous value stays."),
    },
    load_error: |e, detail| match e {
        LoadError::Unknown { id } => format!(
            "the framework \u{201c}{id}\u{201d} is unknown (not bundled, and never opened on this device)."
        ),
        LoadError::Fetch {
            id,
            status: Some(s),
        } => format!(
            "the file of the framework \u{201c}{id}\u{201d} could not be fetched (HTTP {s})."
        ),
        LoadError::Fetch { id, status: None } => format!(
            "the file of the framework \u{201c}{id}\u{201d} could not be fetched (no network, and not yet kept for offline use)."
        ),
        LoadError::Invalid { id, .. } => {
            format!("the file of the framework \u{201c}{id}\u{201d} is broken{detail}.")
        }
        LoadError::Reserved { id } => format!(
            "this framework uses the id \u{201c}{id}\u{201d} of a bundled framework; a bundled framework cannot be replaced."
        ),
    },
};

#[cfg(not(feature = "split"))]
fn english() -> Option<&'static English> {
    Some(&ENGLISH_TEXTS)
}

#[cfg(feature = "split")]
static ENGLISH: std::sync::OnceLock<&'static English> = std::sync::OnceLock::new();

#[cfg(feature = "split")]
fn english() -> Option<&'static English> {
    ENGLISH.get().copied()
}

/// The English texts when `lang` is English and they are here.
pub(super) fn english_in(lang: Lang) -> Option<&'static English> {
    (lang == Lang::En).then(english).flatten()
}

/// Called by the English chunk once it is loaded (the release build; elsewhere English is
/// always here).
pub fn install_english(texts: &'static English) {
    #[cfg(feature = "split")]
    let _ = ENGLISH.set(texts);
    #[cfg(not(feature = "split"))]
    let _ = texts;
}

/// Whether the interface can be shown in `lang` now (see [`super::strings`]).
pub fn available(lang: Lang) -> bool {
    lang == Lang::Id || english().is_some()
}
