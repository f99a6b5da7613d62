//! The evidence items (*butir*) each level of an indicator asks for, as a framework file lists
//! them (`items` of an indicator: level, code, text), checked and grouped by level. A level
//! the file lists no items for asks for one: its level criterion (SPBE 2020 and 2018 start
//! that way). Which levels have items follows from the scale: every level whose top is above
//! the floor, and the floor's own level when it is a level people reach with evidence (SPBE
//! 2020's level 1, which gates the levels above) — see [`Framework::floor_has_items`].

use std::ops::RangeInclusive;

use super::model::{Framework, Scale};
use super::names::Names;
use super::raw::RawIndicator;
use super::text::Text;

/// The most items one level of one indicator may list.
pub const MAX_ITEMS_PER_LEVEL: usize = 40;
/// The longest item code, in characters.
pub const MAX_CODE: usize = 24;
/// The longest item text, in characters (each language).
pub const MAX_ITEM_TEXT: usize = 600;

/// One evidence item of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueItem {
    /// As the evaluation names it (`I1-L2-03`); unique within the indicator.
    pub code: String,
    pub text: Text,
    /// Not listed by the file: the level's criterion stands for its one item.
    pub from_criterion: bool,
}

/// What is wrong with an indicator's items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemProblem {
    /// A level outside the levels that have items (`first..=last`).
    Level {
        level: u32,
        first: u32,
        last: u32,
    },
    /// A code that is empty or longer than [`MAX_CODE`].
    Code,
    DuplicateCode,
    /// A text that is empty (in either language) or longer than [`MAX_ITEM_TEXT`].
    Text,
    /// More than [`MAX_ITEMS_PER_LEVEL`] items on one level.
    TooMany {
        level: u32,
    },
}

/// The levels with items for a scale with these tops (see [`Framework::item_levels`]).
pub(super) fn levels_with_items(scale: Scale, tops: &[u32]) -> RangeInclusive<u32> {
    let above_floor = tops.iter().filter(|t| **t > scale.min_value()).count() as u32;
    let floor = u32::from(floor_has_items(scale, tops));
    (scale.max + 1 - above_floor - floor)..=scale.max
}

fn floor_has_items(scale: Scale, tops: &[u32]) -> bool {
    tops.first() == Some(&scale.min_value()) && scale.min >= 1
}

/// The catalogue of one indicator: one list per level of `levels`, lowest first, each
/// non-empty. `Err((code, problem))` names the first item at fault.
pub(super) fn catalogue(
    ind: &RawIndicator,
    levels: &RangeInclusive<u32>,
    scale: Scale,
) -> Result<Vec<Vec<CatalogueItem>>, (String, ItemProblem)> {
    let (first, last) = (*levels.start(), *levels.end());
    let mut out: Vec<Vec<CatalogueItem>> = levels.clone().map(|_| Vec::new()).collect();
    let mut codes = Names::default();
    for item in &ind.items {
        let fault = |p| Err((item.code.clone(), p));
        if !levels.contains(&item.level) {
            return fault(ItemProblem::Level {
                level: item.level,
                first,
                last,
            });
        }
        let code = item.code.trim();
        if code.is_empty() || code.chars().count() > MAX_CODE {
            return fault(ItemProblem::Code);
        }
        if !codes.insert(code) {
            return fault(ItemProblem::DuplicateCode);
        }
        let bad_text = |s: &str| s.trim().is_empty() || s.chars().count() > MAX_ITEM_TEXT;
        if bad_text(&item.text.id) || bad_text(&item.text.en) {
            return fault(ItemProblem::Text);
        }
        let list = &mut out[(item.level - first) as usize];
        if list.len() == MAX_ITEMS_PER_LEVEL {
            return fault(ItemProblem::TooMany { level: item.level });
        }
        list.push(CatalogueItem {
            code: code.to_string(),
            text: item.text.clone(),
            from_criterion: false,
        });
    }
    let prefix = format!("I{}", ind.label.as_deref().unwrap_or(&ind.no.to_string()));
    for (k, list) in out.iter_mut().enumerate() {
        if !list.is_empty() {
            continue;
        }
        let level = first + k as u32;
        let mut code = format!("{prefix}-L{level}-01");
        // A listed item may already use the generated code: count on until one is free.
        let mut n = 1;
        while codes.contains(&code) {
            n += 1;
            code = format!("{prefix}-L{level}-{n:02}");
        }
        codes.insert(&code);
        list.push(CatalogueItem {
            code,
            text: ind.criteria[(level - scale.min) as usize].clone(),
            from_criterion: true,
        });
    }
    Ok(out)
}

impl Framework {
    /// Whether the scale's floor is a level of its own whose items are asked for (SPBE 2020:
    /// level 1 is the value 1): its items gate every level above and add nothing. A scale from
    /// 0, or one whose first level top lies above the floor (Pemdi: level 1 completes at
    /// 1,50), has none.
    pub fn floor_has_items(&self) -> bool {
        floor_has_items(self.scale, &self.tops)
    }

    /// The whole levels whose evidence items are listed (level 1 to 5 in every bundled
    /// framework). `indicators[i].items[k]` are the items of level `item_levels().start() + k`.
    pub fn item_levels(&self) -> RangeInclusive<u32> {
        levels_with_items(self.scale, &self.tops)
    }
}
