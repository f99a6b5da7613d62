//! Changes to one indicator's items as the panel makes them, checked before they apply.

use super::{
    Evidence, Item, ItemStatus, MAX_ITEM_NOTE, MAX_LOCATION, MAX_NARRATIVE, MAX_UNIT, check,
};
use crate::engine::Framework;
use crate::engine::items::MAX_ITEM_TEXT;

/// A change to one indicator's items, made by the part that shows them and applied as an
/// [`crate::state::Action::SetItems`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemEdit {
    Status {
        index: usize,
        status: ItemStatus,
    },
    Note {
        index: usize,
        text: String,
    },
    /// The item's own text (`None`: back to the catalogue's, for a catalogue item).
    Text {
        index: usize,
        text: Option<String>,
    },
    /// A new item at the end of `level`, with a free code.
    Add {
        level: u32,
        text: String,
    },
    /// One place up or down within its level.
    Move {
        index: usize,
        up: bool,
    },
    /// Remove an item (never a level's last).
    Remove {
        index: usize,
    },
    /// The unit that provides the item (empty: the indicator's).
    Owner {
        index: usize,
        unit: String,
    },
    /// Its due date (`YYYY-MM-DD`, or empty).
    Due {
        index: usize,
        date: String,
    },
    /// Where its document is.
    Location {
        index: usize,
        text: String,
    },
    /// The unit responsible for the indicator.
    Unit(String),
    /// The indicator's narrative.
    Narrative(String),
    /// Whether the value on screen follows the items.
    Follow(bool),
    /// Back to the catalogue, every item missing, not following.
    Reset,
}

/// Indicator `i`'s items after `e` (`current`: its items in the work, `None` for the
/// catalogue's). `None` when the edit is refused or changes nothing; `Some(None)`: back to
/// the catalogue.
pub fn edit(
    fw: &Framework,
    i: usize,
    current: Option<&Evidence>,
    e: ItemEdit,
) -> Option<Option<Evidence>> {
    if i >= fw.indicators.len() {
        return None;
    }
    if e == ItemEdit::Reset {
        return current.is_some().then_some(None);
    }
    let mut ev = current
        .cloned()
        .unwrap_or_else(|| Evidence::catalogue(fw, i));
    let item = |ev: &mut Evidence, index: usize| ev.items.get_mut(index).map(|_| ());
    match e {
        ItemEdit::Status { index, status } => {
            item(&mut ev, index)?;
            ev.items[index].status = status;
        }
        ItemEdit::Note { index, text } => {
            item(&mut ev, index)?;
            ev.items[index].note = text.chars().take(MAX_ITEM_NOTE).collect();
        }
        ItemEdit::Text { index, text } => {
            item(&mut ev, index)?;
            ev.items[index].text = text.map(|t| t.chars().take(MAX_ITEM_TEXT).collect());
        }
        ItemEdit::Add { level, text } => {
            let code = ev.free_code(fw, i, level);
            let at = ev
                .items
                .iter()
                .rposition(|it| it.level <= level)
                .map_or(0, |k| k + 1);
            ev.items.insert(
                at,
                Item {
                    level,
                    code,
                    text: Some(text.chars().take(MAX_ITEM_TEXT).collect()),
                    ..Item::default()
                },
            );
        }
        ItemEdit::Move { index, up } => {
            let other = if up { index.checked_sub(1)? } else { index + 1 };
            let level = ev.items.get(index)?.level;
            if ev.items.get(other)?.level != level {
                return None;
            }
            ev.items.swap(index, other);
        }
        ItemEdit::Remove { index } => {
            item(&mut ev, index)?;
            ev.items.remove(index);
        }
        ItemEdit::Owner { index, unit } => {
            item(&mut ev, index)?;
            ev.items[index].owner = clean(&unit, MAX_UNIT);
        }
        ItemEdit::Due { index, date } => {
            item(&mut ev, index)?;
            ev.items[index].due = date.trim().to_string();
        }
        ItemEdit::Location { index, text } => {
            item(&mut ev, index)?;
            ev.items[index].location = clean(&text, MAX_LOCATION);
        }
        ItemEdit::Unit(unit) => ev.unit = clean(&unit, MAX_UNIT),
        ItemEdit::Narrative(text) => ev.narrative = text.chars().take(MAX_NARRATIVE).collect(),
        ItemEdit::Follow(on) => ev.follow = on,
        ItemEdit::Reset => return None,
    }
    check(fw, i, &mut ev).ok()?;
    (current != Some(&ev)).then_some(Some(ev))
}

/// Every indicator's and item's unit named `from` renamed to `to` (one line, cut at
/// [`MAX_UNIT`]; a name already in use folds the two units into one). `None` when nothing
/// changes or `to` is empty.
pub fn rename_unit(
    evidence: &[Option<Evidence>],
    from: &str,
    to: &str,
) -> Option<Vec<Option<Evidence>>> {
    let to = clean(to, MAX_UNIT);
    if to.is_empty() || from.is_empty() || to == from {
        return None;
    }
    let mut changed = false;
    let out = evidence
        .iter()
        .map(|ev| {
            let mut ev = ev.clone()?;
            for name in
                std::iter::once(&mut ev.unit).chain(ev.items.iter_mut().map(|it| &mut it.owner))
            {
                if name == from {
                    name.clone_from(&to);
                    changed = true;
                }
            }
            Some(ev)
        })
        .collect();
    changed.then_some(out)
}

/// One line of text, trimmed and cut to `max` characters.
fn clean(s: &str, max: usize) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max)
        .collect()
}
