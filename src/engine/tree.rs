//! Reading the tree of a model file (domains →) aspects → indicators into flat lists, with the
//! checks that belong to each item: unique ids, numbering, weights equal to their children's
//! sums (after the chosen variant options), ladders, criteria and conversions.

use std::collections::BTreeMap;

use super::decimal::{num_text, read_decimal};
use super::model::*;
use super::model_error::ModelError;
use super::names::Names;

/// A number of a model file in units of `10^-decimals`, within `min..=max`.
pub(super) fn number(n: Num, decimals: u8, min: u32, max: u32) -> Option<u32> {
    read_decimal(&num_text(n.0), decimals, min, max).ok()
}

/// Ids must be non-empty and unique across the file.
pub(super) struct Ids(pub(super) Names);

impl Ids {
    pub(super) fn claim(&mut self, id: &str, within: &str) -> Result<(), ModelError> {
        if id.trim().is_empty() {
            return Err(ModelError::EmptyId {
                within: within.to_string(),
            });
        }
        if !self.0.insert(id) {
            return Err(ModelError::DuplicateId(id.to_string()));
        }
        Ok(())
    }
}

/// What the chosen variant options change.
#[derive(Default)]
pub(super) struct Overrides {
    pub(super) band_edge: Option<BandEdge>,
    pub(super) index_rounding: Option<Rounding>,
    pub(super) weights: BTreeMap<String, u32>,
    pub(super) used: Names,
}

impl Overrides {
    pub(super) fn weight(&mut self, id: &str, declared: u32) -> u32 {
        match self.weights.get(id) {
            Some(w) => {
                self.used.insert(id);
                *w
            }
            None => declared,
        }
    }
}

/// Builds the flat lists from the tree.
pub(super) struct Tree<'a> {
    pub(super) ids: &'a mut Ids,
    pub(super) over: &'a mut Overrides,
    pub(super) ladders: &'a [Ladder],
    pub(super) scale: Scale,
    pub(super) levels: usize,
    /// The levels with evidence items (see [`super::items`]).
    pub(super) item_levels: std::ops::RangeInclusive<u32>,
    pub(super) domains: Vec<Domain>,
    pub(super) aspects: Vec<Aspect>,
    pub(super) indicators: Vec<Indicator>,
}

impl Tree<'_> {
    /// An aspect (a group holding indicators) and its indicators; returns its weight.
    pub(super) fn aspect(
        &mut self,
        a: &RawGroup,
        domain: Option<usize>,
        within: &str,
    ) -> Result<u64, ModelError> {
        self.ids.claim(&a.id, within)?;
        if !a.groups.is_empty() {
            return Err(ModelError::WrongDepth {
                item: a.id.clone(),
                expected: "indicators",
            });
        }
        if a.indicators.is_empty() {
            return Err(ModelError::NoChildren(a.id.clone()));
        }
        let a_index = self.aspects.len();
        let start = self.indicators.len();
        let mut sum: u64 = 0;
        for ind in &a.indicators {
            self.ids.claim(&ind.id, &a.id)?;
            let expected = self.indicators.len() as u32 + 1;
            if ind.no != expected {
                return Err(ModelError::IndicatorNumber {
                    indicator: ind.id.clone(),
                    expected,
                    got: ind.no,
                });
            }
            if let Some(l) = &ind.label {
                if l.trim().is_empty() || l.chars().count() > 8 {
                    return Err(ModelError::BadLabel(ind.id.clone()));
                }
            }
            let weight = self.over.weight(&ind.id, ind.weight);
            if weight == 0 {
                return Err(ModelError::ZeroWeight(ind.id.clone()));
            }
            let ladder = self
                .ladders
                .iter()
                .position(|l| l.id == ind.ladder)
                .ok_or_else(|| ModelError::UnknownLadder {
                    indicator: ind.id.clone(),
                    ladder: ind.ladder.clone(),
                })?;
            if ind.criteria.len() != self.levels {
                return Err(ModelError::CriteriaLength {
                    indicator: ind.id.clone(),
                    expected: self.levels,
                    got: ind.criteria.len(),
                });
            }
            let items = super::items::catalogue(ind, &self.item_levels, self.scale).map_err(
                |(code, problem)| ModelError::BadItem {
                    indicator: ind.id.clone(),
                    code,
                    problem,
                },
            )?;
            let external = ind
                .external
                .as_ref()
                .map(|e| external(e, &ind.id, self.scale))
                .transpose()?;
            sum += u64::from(weight);
            self.indicators.push(Indicator {
                id: ind.id.clone(),
                no: ind.no,
                label: ind.label.clone(),
                name: ind.name.clone(),
                weight,
                ladder,
                criteria: ind.criteria.clone(),
                aspect: a_index,
                domain,
                external,
                items,
            });
        }
        let weight = declared(self.over.weight(&a.id, a.weight), sum, &a.id)?;
        self.aspects.push(Aspect {
            id: a.id.clone(),
            name: a.name.clone(),
            weight,
            domain,
            indicators: start..self.indicators.len(),
        });
        Ok(sum)
    }

    /// A domain (a group holding aspects); returns its weight.
    pub(super) fn domain(&mut self, d: &RawGroup) -> Result<u64, ModelError> {
        self.ids.claim(&d.id, "groups")?;
        if !d.indicators.is_empty() {
            return Err(ModelError::WrongDepth {
                item: d.id.clone(),
                expected: "groups",
            });
        }
        if d.groups.is_empty() {
            return Err(ModelError::NoChildren(d.id.clone()));
        }
        let d_index = self.domains.len();
        let (a_start, i_start) = (self.aspects.len(), self.indicators.len());
        let mut sum = 0;
        for a in &d.groups {
            sum += self.aspect(a, Some(d_index), &d.id)?;
        }
        let weight = declared(self.over.weight(&d.id, d.weight), sum, &d.id)?;
        self.domains.push(Domain {
            id: d.id.clone(),
            name: d.name.clone(),
            weight,
            aspects: a_start..self.aspects.len(),
            indicators: i_start..self.indicators.len(),
        });
        Ok(sum)
    }
}

/// A group's declared weight, which must be the sum of its children's.
fn declared(weight: u32, sum: u64, item: &str) -> Result<u32, ModelError> {
    if sum != u64::from(weight) {
        return Err(ModelError::WeightMismatch {
            item: item.to_string(),
            declared: weight,
            children: sum.min(u64::from(u32::MAX)) as u32,
        });
    }
    Ok(weight)
}

fn external(e: &RawExternal, id: &str, scale: Scale) -> Result<External, ModelError> {
    let bad = || ModelError::BadExternal(id.to_string());
    if e.decimals > 4 || e.points.len() < 2 {
        return Err(bad());
    }
    let mut points = Vec::with_capacity(e.points.len());
    for [s, v] in &e.points {
        let s = number(*s, e.decimals, 0, u32::MAX).ok_or_else(bad)?;
        let v = number(*v, scale.decimals, scale.min_value(), scale.max_value()).ok_or_else(bad)?;
        if points
            .last()
            .is_some_and(|(ps, pv): &(u32, u32)| *ps >= s || *pv > v)
        {
            return Err(bad());
        }
        points.push((s, v));
    }
    Ok(External {
        name: e.name.clone(),
        by: e.by.clone(),
        decimals: e.decimals,
        points,
        confidence: e.confidence,
        note: e.note.clone(),
    })
}
