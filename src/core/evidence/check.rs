//! The checks on one indicator's items, shared by every way in (edits, files, autosave).

use crate::engine::order;

use super::{Evidence, MAX_ITEM_NOTE, MAX_ITEMS, MAX_LOCATION, MAX_NARRATIVE, MAX_UNIT};
use crate::engine::Framework;
use crate::engine::items::{MAX_CODE, MAX_ITEM_TEXT};
use crate::engine::names::Names;

/// Why an item edit or a work file's items were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemFault {
    /// A level outside the framework's item levels.
    Level,
    /// A code empty, too long or used twice in the indicator.
    Code,
    /// A text empty or too long.
    Text,
    /// A note too long.
    Note,
    /// A unit or owner name too long.
    Unit,
    /// A due date that is not a date written `YYYY-MM-DD`.
    Date,
    /// A location too long.
    Location,
    /// A narrative too long.
    Narrative,
    /// More items than [`MAX_ITEMS`].
    TooMany,
    /// A level left without items.
    EmptyLevel,
}

/// Check one indicator's items (from a file, or after an edit): levels in range, codes
/// unique and short, texts and notes within their limits, every level with at least one item.
/// Items are put in level order (stable within a level). The fault names the item (1-based;
/// 0 for the list as a whole).
pub fn check(fw: &Framework, i: usize, ev: &mut Evidence) -> Result<(), (usize, ItemFault)> {
    let catalogue = &fw.indicators[i].items;
    let levels = fw.item_levels();
    if ev.items.len() > MAX_ITEMS {
        return Err((0, ItemFault::TooMany));
    }
    ev.unit = ev.unit.trim().to_string();
    if ev.unit.chars().count() > MAX_UNIT {
        return Err((0, ItemFault::Unit));
    }
    if ev.narrative.chars().count() > MAX_NARRATIVE {
        return Err((0, ItemFault::Narrative));
    }
    let mut seen = Names::default();
    for (k, item) in ev.items.iter_mut().enumerate() {
        let fault = |f| Err((k + 1, f));
        if !levels.contains(&item.level) {
            return fault(ItemFault::Level);
        }
        let code = item.code.trim();
        if code.is_empty() || code.chars().count() > MAX_CODE || !seen.insert(code) {
            return fault(ItemFault::Code);
        }
        item.code = code.to_string();
        match &item.text {
            Some(t) if t.trim().is_empty() || t.chars().count() > MAX_ITEM_TEXT => {
                return fault(ItemFault::Text);
            }
            // No text of its own: the catalogue must know the code.
            None if !catalogue.iter().flatten().any(|c| c.code == item.code) => {
                return fault(ItemFault::Text);
            }
            _ => {}
        }
        if item.note.chars().count() > MAX_ITEM_NOTE {
            return fault(ItemFault::Note);
        }
        item.owner = item.owner.trim().to_string();
        if item.owner.chars().count() > MAX_UNIT {
            return fault(ItemFault::Unit);
        }
        if !item.due.is_empty() && !is_date(&item.due) {
            return fault(ItemFault::Date);
        }
        if item.location.chars().count() > MAX_LOCATION {
            return fault(ItemFault::Location);
        }
    }
    order::sort_by_key(&mut ev.items, |it| it.level);
    if ev.by_level(fw).iter().any(Vec::is_empty) {
        return Err((0, ItemFault::EmptyLevel));
    }
    Ok(())
}

/// Whether `s` is a calendar date written `YYYY-MM-DD` (years 2000–2099).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|t| t.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|t| t.parse::<u32>().ok())
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..=2099).contains(&y) && (1..=days).contains(&d)
}
