//! CSV as text: quoting for spreadsheets (and defusing formulas), splitting into records (RFC
//! 4180 quoting, either separator), and the rows of one of our files with its schema.

use crate::document::SCHEMA;
use crate::work::DocError;

/// What the first cell of every file of ours says.
pub(super) const FIRST: &str = "Kalkulator Indeks SPBE";
const SEP: char = ';';

fn quote(field: &str) -> String {
    // A text that a spreadsheet would take for a formula gets a leading apostrophe.
    let field = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if field.contains([SEP, '"', '\n', '\r']) || field.trim() != field {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

pub fn line(fields: &[String]) -> String {
    let mut l = fields
        .iter()
        .map(|f| quote(f))
        .collect::<Vec<_>>()
        .join(";");
    l.push_str("\r\n");
    l
}

/// Split CSV text into records of fields (RFC 4180 quoting), with each record's first line.
fn records(text: &str, sep: char) -> Result<Vec<(usize, Vec<String>)>, DocError> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut record = Vec::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            c if c == sep => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                out.push((start, std::mem::take(&mut record)));
                line += 1;
                start = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(DocError::BadRow {
            line: start,
            expected: "\"".into(),
        });
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        out.push((start, record));
    }
    Ok(out)
}

fn unformula(s: &str) -> String {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => s.to_string(),
    }
}

pub type Row = (usize, Vec<String>);

pub(super) fn get(r: &[String], k: usize) -> String {
    r.get(k).map(|s| s.trim().to_string()).unwrap_or_default()
}

/// The rows of any CSV text (`;` or `,`, by its first line) without empty lines, formulas
/// defused, each with its line number.
pub fn cells(text: &str) -> Result<Vec<Row>, DocError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    let sep = if first.matches(';').count() >= first.matches(',').count() {
        ';'
    } else {
        ','
    };
    Ok(records(text, sep)?
        .into_iter()
        .map(|(l, r)| (l, r.iter().map(|f| unformula(f)).collect::<Vec<String>>()))
        .filter(|(_, r)| r.iter().any(|f| !f.trim().is_empty()))
        .collect())
}

/// The rows of a CSV file without empty lines, formulas defused; and its schema.
pub(super) fn rows(text: &str) -> Result<(Vec<Row>, u32), DocError> {
    let rows = cells(text)?;
    let schema = match rows.first() {
        Some((_, r)) if r.first().map(|s| s.trim()) == Some(FIRST) => {
            let schema = r
                .get(2)
                .and_then(|s| s.trim().parse::<u32>().ok())
                .unwrap_or(1);
            if schema > SCHEMA {
                return Err(DocError::NewerSchema { found: schema });
            }
            schema
        }
        Some((l, _)) => {
            return Err(DocError::BadRow {
                line: *l,
                expected: FIRST.into(),
            });
        }
        None => {
            return Err(DocError::Empty {
                field: "CSV".into(),
            });
        }
    };
    Ok((rows, schema))
}
