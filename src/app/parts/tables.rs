//! What a chunk hands over besides a screen: tables of functions (the work's JSON document,
//! the published results' calls) and the JavaScript API's installation.

use crate::app::js_published::PublishedCalls;
use crate::app::lazy::{Lazily, LoadFailed};
use crate::app::storage::{self, Saved};
use crate::engine::{Framework, Lang, ModelError};
use crate::evidence::Evidence;
use crate::evidence::catalogue::{self, CatalogueRow};
use crate::i18n::ModelErrorText;
use crate::share::Qr;
use crate::state::ReadLink;
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

/// Reading a link (every key of the URL fragment checked against the framework): fetched at
/// start when the page opens with a link, while the framework file is fetched, and with the
/// screens' chunks once a first visit is idle (so that links open offline after one visit). A
/// visit without a link does not wait for it.
pub static LINK: Lazily<ReadLink> = Lazily::new(|| Box::pin(link()));

split! {
    link: fn link() -> Result<ReadLink, LoadFailed> {
        Ok(crate::engine::fragment::parse)
    }
}

/// The link reader when it is here: without the split build (component tests, the prerender)
/// it is always here; with it, once [`LINK`] was loaded.
pub fn link_reader() -> Option<ReadLink> {
    #[cfg(feature = "split")]
    return LINK.get();
    #[cfg(not(feature = "split"))]
    Some(crate::engine::fragment::parse)
}

/// The interface's texts in English (`i18n::strings`): fetched before the state turns to
/// English (a click, a link or a file that says so, the language remembered from an earlier
/// visit — then at start, beside the framework file) and with the screens' chunks once a first
/// visit is idle (so that English works offline after one visit). A visit in Indonesian never
/// waits for it.
pub static ENGLISH: Lazily<()> = Lazily::new(|| Box::pin(english()));

split! {
    english: fn english() -> Result<(), LoadFailed> {
        crate::i18n::install_english(&crate::i18n::ENGLISH_TEXTS);
        Ok(())
    }
}

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

/// The work and the evidence catalogue as CSV, written and read (the file import and export a
/// first visit does not use): fetched on the first CSV export or import, never ahead on a first
/// visit; a later visit's service worker keeps it for offline use with every other chunk.
pub struct Transfer {
    /// The work as the CSV file exported.
    pub write_csv: fn(&Work, &Framework) -> String,
    /// A CSV file checked against a framework.
    pub read_csv: fn(&str, &Framework) -> Result<Work, DocError>,
    /// The framework a CSV file names, if it names one.
    pub csv_model: fn(&str) -> Option<String>,
    /// The evidence catalogue as CSV (saved as is, or made a workbook by the XLSX module).
    pub catalogue_write: fn(&Framework, &[Option<Evidence>], Lang) -> String,
    /// A catalogue's CSV rows, checked against a framework.
    pub catalogue_read: fn(&str, &Framework) -> CatalogueRows,
    /// A JSON catalogue's items (text fields in `catalogue::JSON_KEYS` order), checked.
    pub catalogue_from_json: fn(&[[String; 4]], &Framework) -> CatalogueRows,
    /// The evidence with a catalogue's rows applied (nothing changes on a fault).
    pub catalogue_apply: CatalogueApply,
}

/// A catalogue's rows, or what is wrong with its file.
pub type CatalogueRows = Result<Vec<CatalogueRow>, DocError>;

/// [`catalogue::apply`].
pub type CatalogueApply = fn(
    &Framework,
    &[Option<Evidence>],
    &[CatalogueRow],
) -> Result<(Vec<Option<Evidence>>, catalogue::Loaded), DocError>;

pub static TRANSFER: Lazily<&'static Transfer> = Lazily::new(|| Box::pin(transfer()));

/// The CSV chunk for an export; when it cannot be fetched (offline before it was ever kept),
/// the export says so in the user's language and `None` (the work is unchanged).
pub async fn transfer_for_export(store: &crate::app::store::Store) -> Option<&'static Transfer> {
    let transfer = TRANSFER.ensure().await.ok();
    if transfer.is_none() {
        let message = crate::i18n::doc_error(&DocError::Unavailable, store.lang);
        store.dispatch(crate::state::Action::Notify(
            crate::state::Notice::ExportFailed(message).into(),
        ));
    }
    transfer
}

split! {
    transfer: fn transfer() -> Result<&'static Transfer, LoadFailed> {
        static FUNCTIONS: Transfer = Transfer {
            write_csv: crate::csv_file::write,
            read_csv: crate::csv_file::read,
            csv_model: crate::csv_file::model_of,
            catalogue_write: catalogue::write,
            catalogue_read: catalogue::read,
            catalogue_from_json: catalogue::from_json,
            catalogue_apply: catalogue::apply,
        };
        Ok(&FUNCTIONS)
    }
}

/// Drawing a link's QR code (the QR encoder): fetched the first time a visit asks for a QR code
/// (`components::qr_code`), never ahead on a first visit.
pub static QR: Lazily<QrOf> = Lazily::new(|| Box::pin(qr_code()));

/// [`crate::share::qr`].
pub type QrOf = fn(&str) -> Option<Qr>;

split! {
    qr: fn qr_code() -> Result<QrOf, LoadFailed> {
        Ok(crate::share::qr)
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
