//! Moving a plan from one framework to its successor (SPBE 2020 → Pemdi 2026): which
//! indicators of the old framework feed each indicator of the new one, and a suggested
//! starting value the user confirms or changes one by one. The mapping is data
//! (`assets/data/crosswalk-<from>-<to>.json`), labelled as our reasoning, never an official
//! conversion.
//!
//! The suggestion rule: the lowest level among the primary predecessors, taken as the
//! previous level completed in the new framework (its stop below that level number: SPBE
//! level 3 → Pemdi 2,50). An indicator whose value now comes from an external index, or
//! without a predecessor, starts at the floor and says why.

use serde::Deserialize;

use crate::engine::{Framework, Text};

/// Where crosswalk files are served, by framework pair.
pub fn crosswalk_path(from: &str, to: &str) -> String {
    format!("data/crosswalk-{from}-{to}.json")
}

/// How well an old indicator's evidence covers the new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fit {
    Good,
    Partial,
    Weak,
    Minimal,
    None,
}

/// One indicator of the new framework and the old ones that feed it (by their numbers).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub to: u32,
    pub primary: Vec<u32>,
    pub secondary: Vec<u32>,
    pub fit: Fit,
    #[serde(default)]
    pub note: Option<Text>,
}

/// The crosswalk file as written.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    pub format: u32,
    pub from: String,
    pub to: String,
    /// `ours`: our reasoning (the only kind there is today).
    pub status: String,
    pub note: Text,
    pub links: Vec<Link>,
}

/// Why a suggested value is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The lowest level of the primary predecessors (that level number).
    Predecessors { level: u32 },
    /// The value now comes from another agency's index: enter it there.
    External,
    /// No predecessor: starts at the floor.
    Nothing,
}

/// One indicator of the new framework, with what feeds it and the suggested value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Position in the new framework.
    pub indicator: usize,
    /// Positions in the old framework.
    pub primary: Vec<usize>,
    pub secondary: Vec<usize>,
    pub fit: Fit,
    pub note: Option<Text>,
    /// In the new framework's scale units.
    pub value: u32,
    pub basis: Basis,
}

/// The position of the indicator numbered `no`.
fn position(fw: &Framework, no: u32) -> Option<usize> {
    fw.indicators.iter().position(|i| i.no == no)
}

impl Crosswalk {
    /// Check the file against the two frameworks: every number exists, every indicator of the
    /// new framework appears once.
    pub fn check(&self, from: &Framework, to: &Framework) -> Result<(), String> {
        if self.format != 1 || self.from != from.id || self.to != to.id {
            return Err(format!(
                "a crosswalk {} → {} (format {}), not {} → {}",
                self.from, self.to, self.format, from.id, to.id
            ));
        }
        for l in &self.links {
            position(to, l.to).ok_or(format!("{} has no indicator {}", to.id, l.to))?;
            for n in l.primary.iter().chain(&l.secondary) {
                position(from, *n).ok_or(format!("{} has no indicator {n}", from.id))?;
            }
        }
        for i in &to.indicators {
            let times = self.links.iter().filter(|l| l.to == i.no).count();
            if times != 1 {
                return Err(format!(
                    "indicator {} of {} is linked {times} times",
                    i.no, to.id
                ));
            }
        }
        Ok(())
    }

    /// A suggestion for every indicator of `to`, in its order, from `levels` of `from`. The
    /// file must have passed [`Crosswalk::check`].
    pub fn suggest(&self, from: &Framework, levels: &[u32], to: &Framework) -> Vec<Suggestion> {
        let floor = to.scale.min_value();
        to.indicators
            .iter()
            .enumerate()
            .filter_map(|(k, ind)| {
                let link = self.links.iter().find(|l| l.to == ind.no)?;
                let positions =
                    |nos: &[u32]| nos.iter().filter_map(|n| position(from, *n)).collect();
                let primary: Vec<usize> = positions(&link.primary);
                let secondary = positions(&link.secondary);
                let lowest = primary
                    .iter()
                    .filter_map(|p| levels.get(*p))
                    .map(|v| from.scale.min + from.level_slot(*v) as u32)
                    .min();
                let (value, basis) = match (ind.external.is_some(), lowest) {
                    (true, _) => (floor, Basis::External),
                    (false, None) => (floor, Basis::Nothing),
                    (false, Some(level)) => {
                        let at = level.saturating_sub(to.scale.min) as usize;
                        let stop = to.stops.get(at.min(to.stops.len() - 1)).copied();
                        (stop.unwrap_or(floor), Basis::Predecessors { level })
                    }
                };
                Some(Suggestion {
                    indicator: k,
                    primary,
                    secondary,
                    fit: link.fit,
                    note: link.note.clone(),
                    value,
                    basis,
                })
            })
            .collect()
    }
}
