//! Evidence items (*butir*) in the user's work: each indicator's items with their status, and
//! the two values that follow from them — the self-assessed value (items uploaded or
//! accepted) and the verified one (accepted only) — by the engine's evidence rule
//! ([`Framework::evidence_value`]): a level counts only when every lower level is complete; on a
//! scale with decimals (Pemdi) a share of the next level's items adds that share of the step
//! to its top (reference §2.3), on a scale of whole levels it adds nothing. The same rule is
//! `spbe.valueFromItems`.
//!
//! An indicator whose items the user never touched has none in the work: its items are the
//! framework's catalogue, all missing. Touching one copies the catalogue into the work, where
//! items can then be changed, added, moved and removed; an item's text stays the catalogue's
//! (in the language on screen) until the user writes their own.

use crate::engine::Framework;
use crate::engine::items::{MAX_CODE, MAX_ITEM_TEXT};
use crate::engine::text::Lang;

/// The status of one evidence item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ItemStatus {
    /// *belum ada*
    #[default]
    Missing,
    /// *disiapkan*
    Preparing,
    /// *diunggah*: uploaded, self-assessed.
    Uploaded,
    /// *diterima*: accepted by the assessor or the internal verifier.
    Accepted,
    /// *ditolak*: rejected (the reason goes in the item's note).
    Rejected,
}

/// Every status with its English and Indonesian names, in the order of the work.
pub const ITEM_STATUSES: [(ItemStatus, &str, &str); 5] = [
    (ItemStatus::Missing, "missing", "belum ada"),
    (ItemStatus::Preparing, "preparing", "disiapkan"),
    (ItemStatus::Uploaded, "uploaded", "diunggah"),
    (ItemStatus::Accepted, "accepted", "diterima"),
    (ItemStatus::Rejected, "rejected", "ditolak"),
];

impl ItemStatus {
    /// A status by either name, ignoring case and the spaces around it.
    pub fn named(name: &str) -> Option<ItemStatus> {
        // Every name is ASCII: no Unicode case tables for this.
        let key = name.trim();
        ITEM_STATUSES
            .iter()
            .find(|(_, en, id)| key.eq_ignore_ascii_case(en) || key.eq_ignore_ascii_case(id))
            .map(|(s, _, _)| *s)
    }
    /// The English name, as files write it.
    pub fn code(self) -> &'static str {
        ITEM_STATUSES
            .iter()
            .find(|s| s.0 == self)
            .map_or("", |s| s.1)
    }
    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        let (_, en, id) = ITEM_STATUSES
            .iter()
            .find(|s| s.0 == self)
            .copied()
            .unwrap_or(ITEM_STATUSES[0]);
        match lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }
    /// Counts for the self-assessed value.
    pub fn claimed(self) -> bool {
        matches!(self, ItemStatus::Uploaded | ItemStatus::Accepted)
    }
    /// Counts for the verified value.
    pub fn verified(self) -> bool {
        self == ItemStatus::Accepted
    }
}

/// The most items one indicator may hold in the work.
pub const MAX_ITEMS: usize = 200;
/// The longest note of an item (characters).
pub const MAX_ITEM_NOTE: usize = 1_000;
/// The longest name of a unit (OPD), in characters.
pub const MAX_UNIT: usize = 80;
/// The longest location or link of an item's document, in characters.
pub const MAX_LOCATION: usize = 500;
/// The longest narrative (*penjelasan*) of an indicator, in characters.
pub const MAX_NARRATIVE: usize = 5_000;

/// One evidence item in the work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Item {
    /// One of the framework's item levels.
    pub level: u32,
    pub code: String,
    /// The user's own text; `None`: the catalogue's text for `code`.
    pub text: Option<String>,
    pub status: ItemStatus,
    /// Remarks, and the reason when rejected.
    pub note: String,
    /// The unit (OPD) that provides it; empty: the indicator's unit.
    pub owner: String,
    /// When it is due: `YYYY-MM-DD`, or empty.
    pub due: String,
    /// Where the document is (a path, a link); the file itself stays there.
    pub location: String,
}

/// One indicator's items in the work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// The value on screen follows the items (else it is entered by hand).
    pub follow: bool,
    /// Ordered by level; within a level in the user's order.
    pub items: Vec<Item>,
    /// The unit (OPD) responsible for the indicator.
    pub unit: String,
    /// The narrative the assessment form asks for (*penjelasan*).
    pub narrative: String,
}

/// The two values items give, in scale units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemValues {
    pub self_assessed: u32,
    pub verified: u32,
}

impl Evidence {
    /// Indicator `i`'s catalogue, every item missing.
    pub fn catalogue(fw: &Framework, i: usize) -> Evidence {
        let first = *fw.item_levels().start();
        Evidence {
            follow: false,
            unit: String::new(),
            narrative: String::new(),
            items: fw.indicators[i]
                .items
                .iter()
                .enumerate()
                .flat_map(|(k, list)| {
                    list.iter().map(move |c| Item {
                        level: first + k as u32,
                        code: c.code.clone(),
                        ..Item::default()
                    })
                })
                .collect(),
        }
    }

    /// The statuses of each item level, lowest first.
    pub fn by_level(&self, fw: &Framework) -> Vec<Vec<ItemStatus>> {
        let levels = fw.item_levels();
        let mut out: Vec<Vec<ItemStatus>> = levels.clone().map(|_| Vec::new()).collect();
        for item in &self.items {
            if let Some(list) = out.get_mut(item.level.wrapping_sub(*levels.start()) as usize) {
                list.push(item.status);
            }
        }
        out
    }

    /// Both values of these items.
    pub fn values(&self, fw: &Framework) -> ItemValues {
        let levels = self.by_level(fw);
        ItemValues {
            self_assessed: value(fw, &levels, ItemStatus::claimed),
            verified: value(fw, &levels, ItemStatus::verified),
        }
    }

    /// A code for a new item on `level`, not used by any item of the indicator.
    pub fn free_code(&self, fw: &Framework, i: usize, level: u32) -> String {
        let ind = &fw.indicators[i];
        let prefix = format!("I{}-L{level}-", ind.label());
        (1..)
            .map(|n| format!("{prefix}{n:02}"))
            .find(|c| !self.items.iter().any(|it| &it.code == c))
            .unwrap_or_default()
    }
}

/// The text of an item to show: the user's own, else the catalogue's for its code.
pub fn item_text(fw: &Framework, i: usize, item: &Item, lang: Lang) -> String {
    if let Some(t) = &item.text {
        return t.clone();
    }
    fw.indicators[i]
        .items
        .iter()
        .flatten()
        .find(|c| c.code == item.code)
        .map_or_else(String::new, |c| c.text.get(lang).to_string())
}

/// The value the statuses of each level (lowest first) give, counting the items `done`
/// accepts. A level with no items is never complete.
pub fn value(fw: &Framework, levels: &[Vec<ItemStatus>], done: fn(ItemStatus) -> bool) -> u32 {
    let min = fw.scale.min_value();
    let counts: Vec<(u32, u32)> = levels
        .iter()
        .map(|items| {
            let n = items.iter().filter(|s| done(**s)).count();
            (n as u32, items.len() as u32)
        })
        .collect();
    let steps = if fw.floor_has_items() {
        match counts.split_first() {
            Some(((n, total), rest)) if *total > 0 && n == total => rest,
            _ => return min,
        }
    } else {
        &counts[..]
    };
    fw.evidence_value(steps).unwrap_or(min)
}

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
    let mut seen = std::collections::HashSet::new();
    for (k, item) in ev.items.iter_mut().enumerate() {
        let fault = |f| Err((k + 1, f));
        if !levels.contains(&item.level) {
            return fault(ItemFault::Level);
        }
        let code = item.code.trim();
        if code.is_empty() || code.chars().count() > MAX_CODE || !seen.insert(code.to_string()) {
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
    ev.items.sort_by_key(|it| it.level);
    if ev.by_level(fw).iter().any(Vec::is_empty) {
        return Err((0, ItemFault::EmptyLevel));
    }
    Ok(())
}

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

/// One line of text, trimmed and cut to `max` characters.
fn clean(s: &str, max: usize) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max)
        .collect()
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

/// The units (OPD) named anywhere in the work's evidence, sorted, each once: what a unit field
/// offers to pick from.
pub fn units(evidence: &[Option<Evidence>]) -> Vec<String> {
    let mut out: Vec<String> = evidence
        .iter()
        .flatten()
        .flat_map(|ev| std::iter::once(&ev.unit).chain(ev.items.iter().map(|it| &it.owner)))
        .filter(|u| !u.is_empty())
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    out
}
