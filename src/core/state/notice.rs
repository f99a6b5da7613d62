//! The messages the app shows above the calculator.

use crate::engine::{FragmentError, Text};
use crate::models::LoadError;
use crate::work::DocError;

/// A message the app shows above the calculator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The link could not be read; the screen kept (or opened with) the previous values.
    BadLink(FragmentError),
    /// The link was not read: its reader could not be fetched (offline before it was ever
    /// kept on this device); the screen kept (or opened with) the previous values.
    LinkUnavailable,
    /// The texts of the language asked for could not be fetched (offline before they were
    /// ever kept on this device); the interface stays in the language shown.
    TextsUnavailable,
    /// A file was not imported; nothing changed.
    ImportFailed(DocError),
    /// A file was imported (its name).
    Imported(String),
    /// A file (or link) of another framework was opened: the calculator switched from one to
    /// the other, and the first one's work is kept.
    Switched {
        file: Option<String>,
        from: Text,
        to: Text,
    },
    /// Work waits in `pending`: saved earlier while a link was opened, or saved by another tab.
    Pending(PendingReason),
    /// The browser does not keep the work (storage off or full): export to keep it.
    StorageUnavailable,
    /// Saved work that this version cannot read was kept aside, not deleted.
    SavedDataKept(DocError),
    /// A file could not be made (the reason, from the browser).
    ExportFailed(String),
    /// A framework could not be loaded; the work on screen is unchanged.
    ModelFailed(LoadError),
}

/// Why saved work is offered instead of being loaded at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PendingReason {
    /// A link opened other levels; the work saved (or on screen) before can be restored.
    LinkOpened,
    /// Another tab saved newer work.
    OtherTab,
}
