//! Reading a workbook back: the one the app exports, and the same after editing in Excel or
//! LibreOffice (saved over, formulas replaced by values or kept with their results, sheets
//! added). The indicator and settings sheets are turned into the rows the CSV reader takes,
//! so a workbook is checked exactly like a CSV file; a fault names the sheet and the cell.
//! The summary sheet is computed output and is never read.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use spbe_calculator::csv_file::{Row, read_rows, table_header};
use spbe_calculator::document::{APP, DocError, SCHEMA, Work};
use spbe_calculator::engine::Framework;
use spbe_calculator::engine::Limit;
use spbe_calculator::engine::decimal::num_text;
use spbe_calculator::engine::limits::{
    MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES,
};

use crate::write::{EVIDENCE, INDICATORS, SETTINGS};

/// Rows of the indicator sheet are numbered from here (settings rows by their own number), so
/// that a fault the CSV reader finds can be traced back to its sheet.
const INDICATOR_LINES: usize = 1_000_000;
/// Where the evidence sheet's rows are numbered from.
const EVIDENCE_LINES: usize = 2_000_000;
/// What the first cell of the settings sheet says (as the CSV's first line).
const FIRST: &str = "Kalkulator Indeks SPBE";

/// A cell as the CSV reader would see it written.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // Shortest decimal form: 1.1667 stays 1.1667, 3.0 is 3.
        Data::Float(f) => num_text(*f),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::Error(e) => format!("#{e}"),
        other => other.to_string(),
    }
}

/// The column letters of a 0-based column ("A", …, "Z", "AA", …).
pub(crate) fn column(mut c: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

pub(crate) struct Book {
    xlsx: Xlsx<Cursor<Vec<u8>>>,
    pub(crate) names: Vec<String>,
}

/// Checks what the workbook unpacks to before anything is opened: at most
/// [`MAX_ZIP_ENTRIES`] parts and [`MAX_UNPACKED_BYTES`] in all, measured by unpacking each part
/// into nothing (the sizes a zip declares can lie) and stopping at the limit.
fn check_unpacked(bytes: &[u8]) -> Result<(), DocError> {
    let limit = || {
        DocError::Limit(Limit::Unpacked {
            bytes: MAX_UNPACKED_BYTES,
            entries: MAX_ZIP_ENTRIES,
        })
    };
    // Worded as calamine words a zip fault, so a broken file reads the same either way.
    let fault = |e: zip_read::result::ZipError| {
        DocError::NotAWorkbook(format!("Zip error: {e}").chars().take(120).collect())
    };
    let mut zip = zip_read::ZipArchive::new(Cursor::new(bytes)).map_err(fault)?;
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(limit());
    }
    let mut left = MAX_UNPACKED_BYTES;
    for i in 0..zip.len() {
        let part = zip.by_index(i).map_err(fault)?;
        if part.size() > left {
            return Err(limit());
        }
        let unpacked = std::io::copy(&mut part.take(left + 1), &mut std::io::sink())
            .map_err(|e| DocError::NotAWorkbook(e.to_string().chars().take(120).collect()))?;
        left = left.checked_sub(unpacked).ok_or_else(limit)?;
    }
    Ok(())
}

impl Book {
    pub(crate) fn open(bytes: &[u8]) -> Result<Book, DocError> {
        check_unpacked(bytes)?;
        let xlsx: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).map_err(
            |e: calamine::XlsxError| {
                DocError::NotAWorkbook(e.to_string().chars().take(120).collect())
            },
        )?;
        let names = xlsx.sheet_names().to_vec();
        Ok(Book { xlsx, names })
    }

    /// The rows of the sheet named one of `names` (in either language), numbered as in the
    /// workbook plus `offset`; rows with nothing in them left out.
    pub(crate) fn rows(
        &mut self,
        names: [&str; 2],
        offset: usize,
    ) -> Result<(String, Vec<Row>), DocError> {
        let name = self.named(names).ok_or_else(|| DocError::MissingSheet {
            names: names.iter().map(|s| s.to_string()).collect(),
        })?;
        let rows = self.sheet_rows(&name, offset)?;
        Ok((name, rows))
    }

    /// The sheet named one of `names` (in either language, case aside), if there is one.
    pub(crate) fn named(&self, names: [&str; 2]) -> Option<String> {
        self.names
            .iter()
            .find(|n| names.iter().any(|w| n.trim().eq_ignore_ascii_case(w)))
            .cloned()
    }

    /// The rows of sheet `name`, numbered as in the workbook plus `offset`; rows with nothing
    /// in them left out.
    pub(crate) fn sheet_rows(&mut self, name: &str, offset: usize) -> Result<Vec<Row>, DocError> {
        let name = name.to_string();
        // Cell by cell, each checked against the sheet limits before it is kept: a table of the
        // used range would be as large as the sheet's farthest cell, whatever lies between.
        let fault = |e: calamine::XlsxError| {
            DocError::NotAWorkbook(e.to_string().chars().take(120).collect())
        };
        let mut reader = self.xlsx.worksheet_cells_reader(&name).map_err(fault)?;
        let mut cells: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        while let Some(cell) = reader.next_cell().map_err(fault)? {
            let (r, c) = cell.get_position();
            if r >= MAX_SHEET_ROWS || c >= MAX_SHEET_COLUMNS {
                return Err(DocError::InSheet {
                    sheet: name,
                    cell: String::new(),
                    inner: Box::new(DocError::Limit(Limit::Area {
                        rows: MAX_SHEET_ROWS,
                        columns: MAX_SHEET_COLUMNS,
                    })),
                });
            }
            let value = text(&Data::from(cell.get_value().clone()));
            if value.is_empty() {
                continue;
            }
            let row = cells.entry(r).or_default();
            if row.len() <= c as usize {
                row.resize(c as usize + 1, String::new());
            }
            row[c as usize] = value;
        }
        drop(reader);
        // Rows with nothing in them left out (a cell of spaces is kept in a row that has more).
        let rows = cells
            .into_iter()
            .filter(|(_, row)| row.iter().any(|c| !c.trim().is_empty()))
            .map(|(r, row)| (offset + r as usize + 1, row))
            .collect();
        Ok(rows)
    }
}

/// The framework a workbook is for (its settings sheet's `model` row).
pub fn model_of(bytes: &[u8]) -> Result<String, DocError> {
    let mut book = Book::open(bytes)?;
    let (sheet, rows) = book.rows(SETTINGS, 0)?;
    rows.iter()
        .find(|(_, r)| r.first().map(|k| k.trim()) == Some("model"))
        .and_then(|(_, r)| r.get(1).map(|m| m.trim().to_string()))
        .filter(|m| !m.is_empty())
        .ok_or(DocError::InSheet {
            sheet,
            cell: String::new(),
            inner: Box::new(DocError::BadRow {
                line: 2,
                expected: "model".into(),
            }),
        })
}

/// The work of a workbook for `fw`, checked like a CSV file; nothing is changed on error.
pub fn read(bytes: &[u8], fw: &Framework) -> Result<Work, DocError> {
    let mut book = Book::open(bytes)?;
    let (settings, mut rows) = book.rows(SETTINGS, 0)?;
    let (indicators, table) = book.rows(INDICATORS, INDICATOR_LINES)?;
    // The first row says whose file it is and its schema, as the CSV's first line does.
    let first = rows.first().map(|(_, r)| r.clone()).unwrap_or_default();
    let schema = first
        .get(2)
        .and_then(|s| s.trim().parse::<u32>().ok())
        .filter(|_| first.first().map(|s| s.trim()) == Some(FIRST))
        .ok_or_else(|| DocError::InSheet {
            sheet: settings.clone(),
            cell: "A1".into(),
            inner: Box::new(DocError::BadRow {
                line: 1,
                expected: format!("{FIRST};{APP};{SCHEMA}"),
            }),
        })?;
    if schema > SCHEMA {
        return Err(DocError::NewerSchema { found: schema });
    }
    // The indicator sheet's header is in the workbook's language: its scenario columns are
    // what the reader needs; the rest is the framework's.
    let fixed = table_header(fw, std::iter::empty()).len();
    let mut header = Vec::new();
    if let Some((line, cells)) = table.first() {
        let cells: Vec<String> = cells
            .iter()
            .rev()
            .skip_while(|c| c.trim().is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let before = fixed - 6;
        let scenarios = cells
            .get(before..cells.len().saturating_sub(6))
            .unwrap_or_default()
            .to_vec();
        header = table_header(fw, scenarios.into_iter());
        rows.push((*line, header.clone()));
    }
    rows.extend(table.into_iter().skip(1).map(|(l, mut r)| {
        r.resize(header.len().max(r.len()), String::new());
        r.truncate(header.len());
        (l, r)
    }));
    // The evidence sheet, when there is one (a workbook without evidence items has none).
    let evidence = match book.rows(EVIDENCE, EVIDENCE_LINES) {
        Ok((name, ev)) => {
            rows.extend(ev);
            name
        }
        Err(DocError::MissingSheet { .. }) => String::new(),
        Err(e) => return Err(e),
    };
    let sheets = [settings.as_str(), indicators.as_str(), evidence.as_str()];
    read_rows(&rows, schema, fw).map_err(|e| locate(e, sheets, &header))
}

/// Name the sheet and cell of a fault the CSV reader found.
fn locate(e: DocError, [settings, indicators, evidence]: [&str; 3], header: &[String]) -> DocError {
    let sheet_of = |line: usize| {
        if line >= EVIDENCE_LINES {
            (evidence.to_string(), line - EVIDENCE_LINES)
        } else if line >= INDICATOR_LINES {
            (indicators.to_string(), line - INDICATOR_LINES)
        } else {
            (settings.to_string(), line)
        }
    };
    match e {
        DocError::Cell {
            line,
            column: name,
            inner,
        } => {
            let (sheet, row) = sheet_of(line);
            let col = if line >= EVIDENCE_LINES {
                spbe_calculator::csv_file::evidence_column(&name).unwrap_or(0)
            } else if row == line {
                1
            } else {
                header.iter().position(|h| *h == name).unwrap_or(0)
            };
            DocError::InSheet {
                sheet,
                cell: format!("{}{row}", column(col)),
                inner,
            }
        }
        DocError::BadRow { line, expected } => {
            let (sheet, row) = sheet_of(line);
            DocError::InSheet {
                sheet,
                cell: format!("A{row}"),
                inner: Box::new(DocError::BadRow {
                    line: row,
                    expected,
                }),
            }
        }
        DocError::WrongLength { expected, got, .. } => DocError::InSheet {
            sheet: indicators.to_string(),
            cell: String::new(),
            inner: Box::new(DocError::WrongLength {
                field: indicators.to_string(),
                expected,
                got,
            }),
        },
        other => other,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "read_tests.rs"]
mod read_tests;

#[cfg(test)]
mod tests {
    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .map(super::column)
            .to_vec();
        assert_eq!(names, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
