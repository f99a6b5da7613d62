//! Frameworks are data: a model file (JSON under `assets/models/`) is read into [`RawModel`]
//! and turned into a validated [`Framework`] by [`Framework::from_raw`] (in `validate.rs`).
//! Nothing about a particular framework is hard-coded: SPBE 2018, SPBE 2020 and Pemdi 2026
//! differ only in their files — the depth of the tree, the scale and its decimals, where each
//! level is complete, the predicate bands and their edge rule, how the index is rounded, the
//! named variants where the sources leave a rule open, and the conversions of indicators whose
//! value comes from another agency's index.

use std::ops::Range;
use std::sync::Arc;

use super::text::Text;

pub use super::items::CatalogueItem;

pub use super::raw::*;

/// The model-file format version this engine reads (2: variable depth, decimal scales with
/// level tops, band edge rules, variants, external conversions).
pub const FORMAT_VERSION: u32 = 2;

// ---------------------------------------------------------------------------------------------
// The validated framework

/// The level scale: values are integers in units of `10^-decimals` (SPBE 2020: decimals 0,
/// values 1..=5; Pemdi: decimals 4, 1,1667 is stored as 11 667).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub min: u32,
    pub max: u32,
    pub decimals: u8,
}

impl Scale {
    /// `10^decimals`: the stored value of one whole unit.
    pub fn unit(&self) -> u32 {
        10u32.pow(u32::from(self.decimals))
    }
    pub fn min_value(&self) -> u32 {
        self.min * self.unit()
    }
    pub fn max_value(&self) -> u32 {
        self.max * self.unit()
    }
    /// Number of whole levels (and of ladder names and criteria per indicator).
    pub fn level_count(&self) -> usize {
        (self.max - self.min + 1) as usize
    }
    pub fn contains(&self, value: u32) -> bool {
        (self.min_value()..=self.max_value()).contains(&value)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder {
    pub id: String,
    pub name: Text,
    pub levels: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Band {
    pub id: String,
    /// Lower edge in hundredths of the index.
    pub from: u32,
    pub name: Text,
    pub level: Option<Text>,
    pub color: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VariantOption {
    pub id: String,
    pub name: Text,
    pub explain: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub id: String,
    pub name: Text,
    pub options: Vec<VariantOption>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preset {
    pub id: String,
    pub name: Text,
    pub levels: Vec<u32>,
    /// Set for a case study (with its story and, for published data, its source).
    pub kind: Option<super::raw::CaseKind>,
    pub story: Option<Text>,
    pub source: Option<String>,
}

/// An upper group (domain); empty in a framework with one grouping level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Domain {
    pub id: String,
    pub name: Text,
    pub weight: u32,
    /// Positions of its aspects in [`Framework::aspects`].
    pub aspects: Range<usize>,
    /// Positions of its indicators in [`Framework::indicators`].
    pub indicators: Range<usize>,
}

/// A lowest group (aspect): the one that holds indicators.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aspect {
    pub id: String,
    pub name: Text,
    pub weight: u32,
    /// Its domain, when the framework has domains.
    pub domain: Option<usize>,
    pub indicators: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct External {
    pub name: Text,
    pub by: String,
    pub decimals: u8,
    /// `(source, value)` in units of `10^-decimals` and scale units.
    pub points: Vec<(u32, u32)>,
    pub confidence: Confidence,
    pub note: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    pub id: String,
    /// Position (1-based, in order).
    pub no: u32,
    pub label: Option<String>,
    pub name: Text,
    pub weight: u32,
    pub ladder: usize,
    /// One criterion per whole level, lowest first.
    pub criteria: Vec<Text>,
    pub aspect: usize,
    pub domain: Option<usize>,
    pub external: Option<External>,
    /// The evidence items of each level of [`Framework::item_levels`], lowest first.
    pub items: Vec<Vec<CatalogueItem>>,
}

impl Indicator {
    /// The number people use ("12", "35a").
    pub fn label(&self) -> String {
        self.label.clone().unwrap_or_else(|| self.no.to_string())
    }
}

/// Where a framework came from: shipped with the app, or opened by the user from a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    #[default]
    Bundled,
    User,
}

/// A validated scoring model with one choice per variant applied: a flat, ordered view of the
/// tree (domains →) aspects → indicators.
#[derive(Clone, Debug, PartialEq)]
pub struct Framework {
    pub id: String,
    pub name: Text,
    pub index_name: Text,
    pub version: String,
    pub legal_basis: String,
    pub years: Years,
    pub status: Status,
    pub note: Text,
    /// Where the evidence items come from (official or reconstructed).
    pub items_status: Status,
    pub origin: Origin,
    pub scale: Scale,
    /// Per whole level `min..=max`: the value (scale units) at which it is complete.
    pub tops: Vec<u32>,
    /// Every value a planning step can reach, and the floor: `min` and the tops, ascending.
    pub stops: Vec<u32>,
    pub ladders: Vec<Ladder>,
    pub bands: Vec<Band>,
    pub band_edge: BandEdge,
    pub index_rounding: Rounding,
    pub variants: Vec<Variant>,
    /// The option chosen for each variant (positions in `variants[k].options`).
    pub choice: Vec<usize>,
    pub presets: Vec<Preset>,
    /// Names of the grouping levels, top first (one or two).
    pub hierarchy: Vec<Text>,
    pub domains: Vec<Domain>,
    pub aspects: Vec<Aspect>,
    pub indicators: Vec<Indicator>,
    /// Sum of all indicator weights.
    pub total_weight: u32,
    /// The file it was read from, to apply another variant choice or to save it with the work.
    pub raw: Arc<RawModel>,
}

impl Framework {
    /// Values all at the bottom of the scale.
    pub fn floor_levels(&self) -> Vec<u32> {
        vec![self.scale.min_value(); self.indicators.len()]
    }

    /// The whole level (0-based position in a ladder) a value falls in: the first level whose
    /// top it does not exceed (Pemdi: 1,26 and 1,50 are level 1, 1,51 is level 2).
    pub fn level_slot(&self, value: u32) -> usize {
        self.tops
            .iter()
            .position(|t| value <= *t)
            .unwrap_or(self.tops.len().saturating_sub(1))
    }

    /// The name of the level a value falls in, on the indicator's ladder.
    pub fn level_name(&self, indicator: usize, value: u32) -> Option<&Text> {
        let ind = self.indicators.get(indicator)?;
        self.ladders
            .get(ind.ladder)?
            .levels
            .get(self.level_slot(value))
    }

    /// The criterion of the level a value falls in.
    pub fn criterion(&self, indicator: usize, value: u32) -> Option<&Text> {
        self.indicators
            .get(indicator)?
            .criteria
            .get(self.level_slot(value))
    }

    /// The first stop above `value`: where completing the next level takes it.
    pub fn next_stop(&self, value: u32) -> Option<u32> {
        self.stops.iter().copied().find(|s| *s > value)
    }

    /// The highest stop below `value` (the floor when there is none): one level lower.
    pub fn stop_below(&self, value: u32) -> u32 {
        self.stops
            .iter()
            .copied()
            .rev()
            .find(|s| *s < value)
            .unwrap_or(self.scale.min_value())
    }

    /// Position of a stop in [`Framework::stops`] (0 = the floor): how many levels it is up.
    pub fn stop_index(&self, value: u32) -> Option<usize> {
        self.stops.iter().position(|s| *s == value)
    }

    /// Most steps one indicator can take (from the floor to the top).
    pub fn max_steps(&self) -> u32 {
        self.stops.len().saturating_sub(1) as u32
    }

    /// The upper groups' and lowest groups' names for people ("Domain", "Aspek").
    pub fn kind_name(&self, upper: bool) -> Option<&Text> {
        match (upper, self.hierarchy.len()) {
            (true, 2) => self.hierarchy.first(),
            (true, _) => None,
            (false, _) => self.hierarchy.last(),
        }
    }

    /// The top grouping level: `(id, name, indicators)` of each domain, or of each aspect when
    /// the framework has no domains.
    pub fn top_groups(&self) -> Vec<(&str, &Text, Range<usize>)> {
        if self.domains.is_empty() {
            self.aspects
                .iter()
                .map(|a| (a.id.as_str(), &a.name, a.indicators.clone()))
                .collect()
        } else {
            self.domains
                .iter()
                .map(|d| (d.id.as_str(), &d.name, d.indicators.clone()))
                .collect()
        }
    }

    /// The ids of the chosen variant options, `(variant, option)`.
    pub fn choice_ids(&self) -> Vec<(String, String)> {
        self.variants
            .iter()
            .zip(&self.choice)
            .filter_map(|(v, c)| Some((v.id.clone(), v.options.get(*c)?.id.clone())))
            .collect()
    }

    /// The choice that names `option` for variant `variant` (ids), if both exist.
    pub fn option_named(&self, variant: &str, option: &str) -> Option<(usize, usize)> {
        let v = self.variants.iter().position(|v| v.id == variant)?;
        let o = self.variants[v]
            .options
            .iter()
            .position(|o| o.id == option)?;
        Some((v, o))
    }

    /// Whether the choice differs from the defaults (first option of each variant).
    pub fn default_choice(&self) -> Vec<usize> {
        vec![0; self.variants.len()]
    }
}

// A framework's file holds decimal numbers only as exact decimals (never NaN), so equality is
// an equivalence.
impl Eq for Framework {}
