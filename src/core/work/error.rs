//! Why a document (file, autosave) was not read: the typed faults every way back in shares.

use crate::evidence::ItemFault;

/// Why a document (file, autosave) was not read. Positions are 1-based indicator numbers or
/// list positions, as a user counts them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not text in UTF-8.
    Encoding,
    /// Not well-formed JSON, or a field of the wrong kind (the parser's words).
    Syntax(String),
    /// Nested deeper, or holding more, than the limits allow (checked before parsing).
    Limit(crate::engine::Limit),
    NotOurs {
        app: String,
    },
    /// Saved by a newer version of the calculator.
    NewerSchema {
        found: u32,
    },
    /// A file of another framework than the one expected (names of both).
    WrongModel {
        found: String,
        expected: String,
    },
    /// The file carries its own framework, and that framework is not valid.
    BadFramework(crate::engine::ModelError),
    /// The file carries its own framework under the id of a bundled one.
    ReservedFramework {
        id: String,
    },
    WrongLength {
        field: String,
        expected: usize,
        got: usize,
    },
    NotANumber {
        field: String,
        position: usize,
        text: String,
    },
    /// A value outside `min..max` (whole numbers as people read them) or with more than
    /// `decimals` decimals.
    OutOfRange {
        field: String,
        position: usize,
        text: String,
        min: u32,
        max: u32,
    },
    TooPrecise {
        field: String,
        position: usize,
        text: String,
        decimals: u8,
    },
    BadValue {
        field: String,
        text: String,
    },
    TooMany {
        field: String,
        max: usize,
        got: usize,
    },
    Empty {
        field: String,
    },
    /// CSV only: a row with another number of columns than the header (1-based line number).
    WrongColumns {
        line: usize,
        expected: usize,
        got: usize,
    },
    /// A file with nothing in it (or only spaces).
    EmptyFile,

    /// CSV only: a line that is missing or has the wrong shape (1-based line number).
    BadRow {
        line: usize,
        expected: String,
    },
    /// CSV only: a cell that could not be read.
    Cell {
        line: usize,
        column: String,
        inner: Box<DocError>,
    },
    /// XLSX only: where in the workbook the fault is (`cell` such as "F12"; empty when the
    /// sheet as a whole is at fault).
    InSheet {
        sheet: String,
        cell: String,
        inner: Box<DocError>,
    },
    /// Evidence items of the indicator numbered `indicator` that cannot be used (`position`:
    /// the item, 1-based; 0 for its list as a whole).
    Item {
        indicator: u32,
        position: usize,
        fault: ItemFault,
    },
    /// XLSX only: the workbook has no sheet of this name (in either language).
    MissingSheet {
        names: Vec<String>,
    },
    /// Not a workbook that can be opened (the reader's words).
    NotAWorkbook(String),
    /// The XLSX module's message, already in the user's language.
    Workbook(String),
    /// The part of the calculator that reads or writes this kind of file could not be fetched
    /// (offline before it was ever kept on this device).
    Unavailable,
}
