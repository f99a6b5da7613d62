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
use crate::engine::order;
use crate::engine::text::Lang;

pub mod catalogue;
mod check;
mod edit;
pub mod share;

pub use check::{ItemFault, check, is_date};
pub use edit::{ItemEdit, edit, rename_unit};

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
    let counts: Vec<(u32, u32)> = levels
        .iter()
        .map(|items| {
            let n = items.iter().filter(|s| done(**s)).count();
            (n as u32, items.len() as u32)
        })
        .collect();
    value_of_counts(fw, &counts)
}

/// The value from (done, total) items per item level, lowest first, with level gating.
fn value_of_counts(fw: &Framework, counts: &[(u32, u32)]) -> u32 {
    let min = fw.scale.min_value();
    let steps = if fw.floor_has_items() {
        match counts.split_first() {
            Some(((n, total), rest)) if *total > 0 && n == total => rest,
            _ => return min,
        }
    } else {
        counts
    };
    fw.evidence_value(steps).unwrap_or(min)
}

/// The date by which the evidence must be ready (for example the start of the document
/// stage), and whether a plan keeps to what can be ready by then.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deadline {
    /// `YYYY-MM-DD`, or empty: none set.
    pub date: String,
    /// Plans raise an indicator only as far as its items can be ready by `date`.
    pub limit: bool,
}

impl Deadline {
    /// The date, when one is set.
    pub fn date(&self) -> Option<&str> {
        is_date(&self.date).then_some(self.date.as_str())
    }
    /// The date when plans keep to it.
    pub fn limiting(&self) -> Option<&str> {
        self.date().filter(|_| self.limit)
    }
}

/// Whether an item can count by `date`: already uploaded or accepted, or due on or before it
/// (an item without a due date cannot be promised).
pub fn ready_by(item: &Item, date: &str) -> bool {
    item.status.claimed() || (is_date(&item.due) && item.due.as_str() <= date)
}

impl Evidence {
    /// The self-assessed value once every item due by `date` is in (see [`ready_by`]).
    pub fn value_ready_by(&self, fw: &Framework, date: &str) -> u32 {
        self.value_where(fw, |item| ready_by(item, date))
    }

    /// The value when exactly the items `done` accepts count.
    pub fn value_where(&self, fw: &Framework, done: impl Fn(&Item) -> bool) -> u32 {
        let levels = fw.item_levels();
        let mut counts: Vec<(u32, u32)> = levels.clone().map(|_| (0, 0)).collect();
        for item in &self.items {
            if let Some(c) = counts.get_mut(item.level.wrapping_sub(*levels.start()) as usize) {
                c.1 += 1;
                c.0 += u32::from(done(item));
            }
        }
        value_of_counts(fw, &counts)
    }

    /// The unit that provides `item`: its own, else the indicator's (empty: none named).
    pub fn owner_of<'a>(&'a self, item: &'a Item) -> &'a str {
        if item.owner.is_empty() {
            &self.unit
        } else {
            &item.owner
        }
    }
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
    order::sort(&mut out);
    out.dedup();
    out
}
