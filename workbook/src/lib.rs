//! The calculator's work as an XLSX workbook, both ways: [`write`](mod@write) builds the
//! workbook the app exports (summary, indicator and settings sheets), [`read`](mod@read) reads
//! one back — ours, or ours edited in Excel or LibreOffice — with the checks of the CSV reader.
//! Native and wasm alike: the app's XLSX module (`xlsx/`) wraps it for the browser, the
//! command-line tool (`cli/`) reads work files with it.

pub mod catalogue;
pub mod read;
pub mod write;
