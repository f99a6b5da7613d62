//! Reviewing the files units sent back against the work, and applying the chosen changes (see
//! the parent module).

use crate::engine::order;
use std::collections::BTreeMap;

use crate::engine::Framework;
use crate::evidence::{Evidence, ItemStatus};

use super::{Pair, ShareDoc, ShareError, canonical, check, indicator_of};

/// A field a unit may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Status,
    Note,
    Location,
    Narrative,
}

/// Where a change goes: an indicator (0-based), an item's code (empty for the narrative), a
/// field.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    pub indicator: usize,
    pub code: String,
    pub field: Field,
}

/// A value proposed by one or more units' files.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Proposal {
    pub value: String,
    pub units: Vec<String>,
}

/// One field the returned files change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub slot: Slot,
    /// The work's value now (statuses by their English code).
    pub current: String,
    /// What the files propose, in a stable order.
    pub proposals: Vec<Proposal>,
    /// The work changed this field since a file was made, or the files disagree: the user
    /// chooses.
    pub conflict: bool,
}

/// Per slot while reviewing: the current value, whether the work moved from a file's base, the
/// proposed values with the units that propose each.
type Pending = (String, bool, BTreeMap<String, Vec<String>>);

/// Every change the returned `docs` propose to `evidence`, in the order of the work; or the
/// first file refused (its position) and why. Independent of the files' order.
pub fn review(
    fw: &Framework,
    evidence: &[Option<Evidence>],
    institution: &str,
    docs: &[ShareDoc],
) -> Result<Vec<Change>, (usize, ShareError)> {
    let mut slots: BTreeMap<Slot, Pending> = BTreeMap::new();
    for (k, doc) in docs.iter().enumerate() {
        let refuse = |e: ShareError| (k, e);
        check(doc, fw).map_err(refuse)?;
        if !same_name(&doc.institution, institution) {
            return Err(refuse(ShareError::OtherInstitution {
                found: doc.institution.chars().take(80).collect(),
                expected: institution.to_string(),
            }));
        }
        let unit = doc.unit.as_str();
        for ind in &doc.indicators {
            let i = indicator_of(fw, ind.indicator).unwrap_or(0);
            let outside = |code: &str| {
                refuse(ShareError::OutsideShare {
                    unit: unit.to_string(),
                    indicator: ind.indicator,
                    code: code.chars().take(40).collect(),
                })
            };
            let Some(ev) = evidence.get(i).and_then(Option::as_ref) else {
                return Err(outside(ind.items.first().map_or("", |it| it.code.as_str())));
            };
            let mut propose = |code: &str, field: Field, current: &str, pair: &Pair| {
                let slot = Slot {
                    indicator: i,
                    code: code.to_string(),
                    field,
                };
                let entry = slots
                    .entry(slot)
                    .or_insert_with(|| (current.to_string(), false, BTreeMap::new()));
                if pair.value != pair.base {
                    entry.1 |= pair.base != current;
                    entry
                        .2
                        .entry(pair.value.clone())
                        .or_default()
                        .push(unit.to_string());
                }
            };
            if let Some(n) = &ind.narrative {
                if ev.unit != unit {
                    return Err(outside(""));
                }
                propose("", Field::Narrative, &ev.narrative, n);
            }
            for it in &ind.items {
                let Some(mine) = ev
                    .items
                    .iter()
                    .find(|m| m.code == it.code && ev.owner_of(m) == unit && m.level == it.level)
                else {
                    return Err(outside(&it.code));
                };
                let status = |p: &Pair| Pair {
                    base: canonical(&p.base),
                    value: canonical(&p.value),
                };
                propose(
                    &it.code,
                    Field::Status,
                    mine.status.code(),
                    &status(&it.status),
                );
                propose(&it.code, Field::Note, &mine.note, &it.note);
                propose(&it.code, Field::Location, &mine.location, &it.location);
            }
        }
    }
    Ok(slots
        .into_iter()
        .filter_map(|(slot, (current, moved, proposals))| {
            let mut proposals: Vec<Proposal> = proposals
                .into_iter()
                .filter(|(value, _)| *value != current)
                .map(|(value, mut units)| {
                    order::sort(&mut units);
                    units.dedup();
                    Proposal { value, units }
                })
                .collect();
            order::sort(&mut proposals);
            let conflict = moved || proposals.len() > 1;
            (!proposals.is_empty()).then_some(Change {
                conflict,
                slot,
                current,
                proposals,
            })
        })
        .collect())
}

/// Two institution names are the same, ignoring case and spaces around and between words.
fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(|w| w.to_ascii_lowercase())
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// The choices of a review before the user makes any: each change that is not a conflict
/// takes its one proposal; a conflict keeps the work's value until chosen.
pub fn defaults(changes: &[Change]) -> Vec<Option<usize>> {
    changes.iter().map(|c| (!c.conflict).then_some(0)).collect()
}

/// `evidence` with the chosen proposals applied (`chosen[k]`: the proposal taken for
/// `changes[k]`, `None`: the work's value stays).
pub fn apply(
    evidence: &[Option<Evidence>],
    changes: &[Change],
    chosen: &[Option<usize>],
) -> Vec<Option<Evidence>> {
    let mut out = evidence.to_vec();
    for (c, pick) in changes.iter().zip(chosen) {
        let Some(value) = pick
            .and_then(|k| c.proposals.get(k))
            .map(|p| p.value.clone())
        else {
            continue;
        };
        let Some(ev) = out.get_mut(c.slot.indicator).and_then(Option::as_mut) else {
            continue;
        };
        if c.slot.field == Field::Narrative {
            ev.narrative = value;
            continue;
        }
        let Some(it) = ev.items.iter_mut().find(|it| it.code == c.slot.code) else {
            continue;
        };
        match c.slot.field {
            Field::Status => it.status = ItemStatus::named(&value).unwrap_or(it.status),
            Field::Note => it.note = value,
            Field::Location => it.location = value,
            Field::Narrative => {}
        }
    }
    out
}
