//! What a chunk hands over besides a screen: tables of functions (the work's JSON document,
//! the published results' calls) and the JavaScript API's installation.

use crate::app::js_published::PublishedCalls;
use crate::app::lazy::{Lazily, LoadFailed};
use crate::app::storage::{self, Saved};
use crate::engine::{Framework, ModelError};
use crate::i18n::ModelErrorText;
use crate::work::{DocError, Work};

/// Reading and writing the work kept on this device (the JSON document and all its checks):
/// fetched at start only when there is saved work to read, otherwise with the first change
/// worth keeping — a first visit never needs it for its first screen.
pub struct Keep {
    /// The saved work of a framework (unreadable data moved aside).
    pub load: fn(&Framework) -> Saved,
    /// The work as the JSON document kept and exported.
    pub write: fn(&Work, &Framework) -> String,
    /// A JSON document checked against a framework.
    pub read: fn(&str, &Framework) -> Result<Work, DocError>,
    /// A user's framework kept with its saved work, validated.
    pub user_framework: fn(&str) -> Option<Result<Framework, ModelError>>,
    /// What a framework's error says (the texts of every check of validation): only a broken
    /// framework file shows them, so the first screen's module does not carry them.
    pub model_error: ModelErrorText,
}

pub static KEEP: Lazily<&'static Keep> = Lazily::new(|| Box::pin(keep()));

split! {
    work: fn keep() -> Result<&'static Keep, LoadFailed> {
        static FUNCTIONS: Keep = Keep {
            load: storage::load,
            write: storage::write_json,
            read: storage::read_json,
            user_framework: storage::saved_user_framework,
            model_error: crate::i18n::model_error,
        };
        Ok(&FUNCTIONS)
    }
}

/// `window.spbe`, the JavaScript API: installed by its chunk once the page is idle (or on the
/// first `spbe.load` when the browser asks to save data).
pub static API: Lazily<()> = Lazily::new(|| Box::pin(api()));

split! {
    api: fn api() -> Result<(), LoadFailed> {
        crate::app::js_api::install();
        Ok(())
    }
}

/// `spbe.results` and `spbe.rank` (and the published results' reader): fetched on their first
/// call, never ahead — a first visit does not pay for them.
pub static PUBLISHED_CALLS: Lazily<&'static PublishedCalls> =
    Lazily::new(|| Box::pin(published_calls()));

split! {
    published: fn published_calls() -> Result<&'static PublishedCalls, LoadFailed> {
        Ok(&crate::app::js_published::CALLS)
    }
}
