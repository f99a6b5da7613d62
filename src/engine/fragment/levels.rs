//! A link's list of values, read and written: one digit per indicator when the scale is whole
//! levels below 10, else a comma-separated list with decimal points.

use crate::engine::decimal::{parse_value, point_text};
use crate::engine::model::Framework;

use super::error::{FragmentError, LevelsField, shorten};

/// Parse a list of values for `fw` (digits or comma list), checking count and range.
pub fn parse_levels(
    text: &str,
    field: LevelsField,
    fw: &Framework,
) -> Result<Vec<u32>, FragmentError> {
    let scale = fw.scale;
    let items: Vec<&str> = if text.contains(',') {
        text.split(',').map(str::trim).collect()
    } else if scale.decimals == 0 && scale.max <= 9 {
        // One character per indicator; split on char boundaries so that any text is safe.
        text.char_indices()
            .map(|(i, c)| &text[i..i + c.len_utf8()])
            .collect()
    } else {
        vec![text.trim()]
    };
    let mut values = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match parse_value(item, scale.decimals) {
            Ok(v) => values.push(v),
            Err(too_precise) => {
                let (position, text) = (i + 1, shorten(item));
                return Err(if too_precise {
                    FragmentError::TooPrecise {
                        field,
                        position,
                        text,
                    }
                } else {
                    FragmentError::NotANumber {
                        field,
                        position,
                        text,
                    }
                });
            }
        }
    }
    if values.len() != fw.indicators.len() {
        return Err(FragmentError::WrongLength {
            field,
            expected: fw.indicators.len(),
            got: values.len(),
        });
    }
    if let Some(i) = values.iter().position(|v| !scale.contains(*v)) {
        return Err(FragmentError::OutOfRange {
            field,
            indicator: i + 1,
            text: shorten(items[i]),
            min: scale.min,
            max: scale.max,
        });
    }
    Ok(values)
}

/// Write a list of values in the shortest form [`parse_levels`] reads back.
pub fn format_levels(values: &[u32], fw: &Framework) -> String {
    let scale = fw.scale;
    if scale.decimals == 0 && scale.max <= 9 {
        return values
            .iter()
            .map(|v| char::from_digit(*v, 10).unwrap_or('?'))
            .collect();
    }
    values
        .iter()
        .map(|v| point_text(*v, scale.decimals))
        .collect::<Vec<_>>()
        .join(",")
}
