//! `spbe.valueFromItems(framework, levels)`: an indicator's value from the status of its
//! evidence items (butir), level by level — the self-assessed value (items uploaded or
//! accepted) and the verified one (accepted only) — by the engine's evidence rule
//! ([`Framework::evidence_value`], the same the evidence helper on screen uses): a level counts
//! only when every lower level is complete; on a scale with decimals (Pemdi) a share of the
//! next level's items adds that share of the step to its top (reference §2.3), on a scale of
//! whole levels it adds nothing.

use crate::engine::Framework;

use super::{ApiError, Known, find_model};

/// The status of one evidence item, by its English or Indonesian name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemStatus {
    Missing,
    Preparing,
    Uploaded,
    Accepted,
    Rejected,
}

/// Every status's names, English first.
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
}

/// The two values, in scale units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiItemsValue {
    pub self_assessed: u32,
    pub verified: u32,
    pub unit: u32,
}

fn argument(problem: String) -> ApiError {
    ApiError::BadArgument {
        argument: "levels".into(),
        problem,
    }
}

/// Whether the scale's floor is a level of its own (SPBE 2020: level 1 is the value 1), whose
/// items are asked for too: they gate every level above, and add nothing. (A scale from 0 has
/// no items for level 0.)
fn floor_has_items(fw: &Framework) -> bool {
    fw.tops.first() == Some(&fw.scale.min_value()) && fw.scale.min >= 1
}

/// The value `counts` of each level give: `done` counts the items that count as done.
fn value(fw: &Framework, levels: &[Vec<ItemStatus>], done: fn(ItemStatus) -> bool) -> u32 {
    let min = fw.scale.min_value();
    let counts: Vec<(u32, u32)> = levels
        .iter()
        .map(|items| {
            let n = items.iter().filter(|s| done(**s)).count();
            (n as u32, items.len() as u32)
        })
        .collect();
    let steps = if floor_has_items(fw) {
        match counts.split_first() {
            Some(((n, total), rest)) if *total > 0 && n == total => rest,
            _ => return min,
        }
    } else {
        &counts[..]
    };
    fw.evidence_value(steps).unwrap_or(min)
}

/// `spbe.valueFromItems`: `levels` holds one list per level (level 1 first) of item statuses.
pub fn value_from_items(
    known: &Known,
    model_id: &str,
    levels: &[Vec<String>],
) -> Result<ApiItemsValue, ApiError> {
    let fw = find_model(known, model_id)?;
    let most = fw.stops.len() - 1 + usize::from(floor_has_items(fw));
    if levels.len() > most {
        return Err(argument(format!(
            "has {} levels; {} has {most} (level 1 first)",
            levels.len(),
            fw.id
        )));
    }
    let statuses = levels
        .iter()
        .enumerate()
        .map(|(k, items)| {
            items
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    ItemStatus::named(name).ok_or_else(|| {
                        let names: Vec<&str> = ITEM_STATUSES.iter().map(|s| s.1).collect();
                        argument(format!(
                            "[{k}][{i}] = \"{}\" is not a status (use {}, or belum ada, \
                             disiapkan, diunggah, diterima, ditolak)",
                            super::shown(name),
                            names.join(", ")
                        ))
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ApiItemsValue {
        self_assessed: value(fw, &statuses, |s| {
            matches!(s, ItemStatus::Uploaded | ItemStatus::Accepted)
        }),
        verified: value(fw, &statuses, |s| s == ItemStatus::Accepted),
        unit: fw.scale.unit(),
    })
}
