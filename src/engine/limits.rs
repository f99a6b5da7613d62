//! The limits on outside input, checked before any work that could grow with it. A decoder
//! that recurses (serde on a JSON value, the framework tree) must never meet more nesting than
//! it was checked for: in the browser the wasm stack is about 1 MB, and an overflow there is a
//! trap that stops the module, not an error. Every limit here is named in the message a user
//! sees and listed in the README ("Limits").

use std::fmt;

/// How deep a JSON text (a framework file, a work document with its framework, a results file,
/// saved work) or a host page's message may nest objects and arrays. The deepest file this
/// calculator writes nests 11 levels (a work document carrying a two-level framework).
pub const MAX_NESTING: usize = 32;

/// How many values (numbers, texts, entries) a host page's message may hold in all.
pub const MAX_MESSAGE_VALUES: usize = 10_000;

/// How many values a JavaScript API call may pass (the largest framework has under 100
/// indicators); more is refused before the values are read.
pub const MAX_API_VALUES: usize = 10_000;

/// How far a workbook's sheet may reach (its cells are read one by one and refused at the
/// first beyond, never laid out as a table of everything up to the last cell).
pub const MAX_SHEET_ROWS: u32 = 5_000;
pub const MAX_SHEET_COLUMNS: u32 = 256;

/// Most bytes a workbook (a zip) may unpack to, all its parts together: a workbook of 1 MB
/// that unpacks to gigabytes (a "zip bomb") is refused before it is opened.
pub const MAX_UNPACKED_BYTES: u64 = 16 * 1024 * 1024;
/// Most parts a workbook may hold.
pub const MAX_ZIP_ENTRIES: usize = 1_000;

/// How many variant choices a framework may combine (each combination is validated).
pub const MAX_COMBINATIONS: usize = 64;

/// Input nested deeper than allowed, or holding more values than allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Objects and arrays nested more than `max` deep.
    TooDeep { max: usize },
    /// More than `max` values in all.
    TooMany { max: usize },
    /// A sheet reaching beyond `rows` rows or `columns` columns.
    Area { rows: u32, columns: u32 },
    /// A workbook unpacking to more than `bytes` bytes or holding more than `entries` parts.
    Unpacked { bytes: u64, entries: usize },
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Limit::TooDeep { max } => write!(f, "nested too deeply: at most {max} levels"),
            Limit::TooMany { max } => write!(f, "too many values: at most {max}"),
            Limit::Area { rows, columns } => write!(
                f,
                "the sheet reaches too far: at most {rows} rows and {columns} columns"
            ),
            Limit::Unpacked { bytes, entries } => write!(
                f,
                "the workbook is too large once unpacked: at most {} MB in {entries} parts",
                bytes / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for Limit {}

/// Check that a JSON text nests objects and arrays at most `max` deep, without parsing it
/// (one pass, no recursion, no allocation). Brackets inside strings do not count; text that
/// is not JSON at all passes here and is refused by the parser.
pub fn json_nesting(text: &str, max: usize) -> Result<(), Limit> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > max {
                    return Err(Limit::TooDeep { max });
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_outside_strings_only() {
        assert_eq!(json_nesting(r#"{"a":[1,{"b":[]}]}"#, 4), Ok(()));
        assert_eq!(
            json_nesting(r#"{"a":[1,{"b":[]}]}"#, 3),
            Err(Limit::TooDeep { max: 3 })
        );
        // Brackets and escaped quotes inside strings are text.
        assert_eq!(json_nesting(r#"{"a":"[[[[\"{{{{"}"#, 1), Ok(()));
        assert_eq!(
            json_nesting(r#"["\\",[["#, 2),
            Err(Limit::TooDeep { max: 2 })
        );
    }

    #[test]
    fn deep_input_is_refused_at_the_limit_not_after() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(
            json_nesting(&deep, MAX_NESTING),
            Err(Limit::TooDeep { max: MAX_NESTING })
        );
        let ok = "[".repeat(MAX_NESTING) + &"]".repeat(MAX_NESTING);
        assert_eq!(json_nesting(&ok, MAX_NESTING), Ok(()));
    }
}
