//! Frameworks are data: a model file (JSON under `assets/models/`) is read into [`RawModel`]
//! and turned into a validated [`Framework`] by [`Framework::from_raw`]. Nothing about a
//! particular framework is hard-coded here: SPBE 2020, SPBE 2018 and Pemdi 2026 differ only in
//! their files (weights, scale, decimals, ladders, predicate bands).

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

use serde::Deserialize;

use super::text::Text;

/// The model-file format version this engine reads.
pub const FORMAT_VERSION: u32 = 1;

// ---------------------------------------------------------------------------------------------
// The file as written

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawModel {
    pub format: u32,
    pub id: String,
    pub name: Text,
    pub version: String,
    pub legal_basis: String,
    pub status: Status,
    pub note: Text,
    pub scale: Scale,
    pub ladders: Vec<RawLadder>,
    pub bands: Vec<Band>,
    #[serde(default)]
    pub presets: Vec<Preset>,
    pub domains: Vec<RawDomain>,
}

/// Whether the model is read from the regulation itself or reconstructed from secondary
/// sources; the UI labels reconstructed models as such.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    Official,
    Reconstructed,
}

/// The level scale. Levels run over the whole numbers `min..=max`; a value is stored as an
/// integer in units of `10^-decimals` (SPBE 2020: decimals 0, values 1..=5; a model whose
/// values carry two decimals stores 3,25 as 325).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: u32,
    pub max: u32,
    pub decimals: u8,
}

impl Scale {
    /// `10^decimals`: the stored value of one whole level.
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
    /// Index into a ladder (0-based) of the whole level a value falls in.
    pub fn level_slot(&self, value: u32) -> usize {
        let v = value.clamp(self.min_value(), self.max_value());
        ((v / self.unit()) - self.min) as usize
    }
    pub fn contains(&self, value: u32) -> bool {
        (self.min_value()..=self.max_value()).contains(&value)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLadder {
    pub id: String,
    pub name: Text,
    pub levels: Vec<Text>,
}

/// A predicate band: from `from` (in hundredths of the index, inclusive) up to the next band.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub from: u32,
    pub name: Text,
    pub color: String,
}

/// A named set of levels the user can start from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub name: Text,
    pub levels: Vec<u32>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDomain {
    pub id: String,
    pub name: Text,
    pub weight: u32,
    pub aspects: Vec<RawAspect>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAspect {
    pub id: String,
    pub name: Text,
    pub weight: u32,
    pub indicators: Vec<RawIndicator>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub id: String,
    pub no: u32,
    pub name: Text,
    pub weight: u32,
    pub ladder: String,
    pub criteria: Vec<Text>,
}

// ---------------------------------------------------------------------------------------------
// The validated framework

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder {
    pub id: String,
    pub name: Text,
    pub levels: Vec<Text>,
}

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aspect {
    pub id: String,
    pub name: Text,
    pub weight: u32,
    pub domain: usize,
    pub indicators: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    pub id: String,
    /// The official number (1-based, in order).
    pub no: u32,
    pub name: Text,
    pub weight: u32,
    pub ladder: usize,
    /// One criterion per whole level, lowest first.
    pub criteria: Vec<Text>,
    pub aspect: usize,
    pub domain: usize,
}

/// A validated scoring model: a flat, ordered view of the tree domain -> aspect -> indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framework {
    pub id: String,
    pub name: Text,
    pub version: String,
    pub legal_basis: String,
    pub status: Status,
    pub note: Text,
    pub scale: Scale,
    pub ladders: Vec<Ladder>,
    pub bands: Vec<Band>,
    pub presets: Vec<Preset>,
    pub domains: Vec<Domain>,
    pub aspects: Vec<Aspect>,
    pub indicators: Vec<Indicator>,
    /// Sum of all indicator weights (SPBE 2020: 10 000 basis points).
    pub total_weight: u32,
}

/// What is wrong with a model file. Each variant names the offending item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// The file is not well-formed JSON or does not have the expected fields.
    Syntax(String),
    UnsupportedFormat(u32),
    EmptyId {
        within: String,
    },
    DuplicateId(String),
    NoChildren(String),
    ZeroWeight(String),
    /// `item`'s declared weight differs from the sum of its children's weights.
    WeightMismatch {
        item: String,
        declared: u32,
        children: u32,
    },
    BadScale,
    LadderLength {
        ladder: String,
        expected: usize,
        got: usize,
    },
    UnknownLadder {
        indicator: String,
        ladder: String,
    },
    CriteriaLength {
        indicator: String,
        expected: usize,
        got: usize,
    },
    IndicatorNumber {
        indicator: String,
        expected: u32,
        got: u32,
    },
    NoBands,
    /// The bands must start at the bottom of the scale.
    BandsDoNotCoverScale {
        first_from: u32,
        scale_min: u32,
    },
    BandsNotAscending(String),
    BandAboveScale(String),
    BadColor(String),
    PresetLength {
        preset: String,
        expected: usize,
        got: usize,
    },
    PresetValue {
        preset: String,
        position: usize,
        value: u32,
    },
    Overflow,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ModelError::*;
        match self {
            Syntax(m) => write!(f, "the file is not a valid model: {m}"),
            UnsupportedFormat(v) => write!(
                f,
                "unsupported model format {v} (expected {FORMAT_VERSION})"
            ),
            EmptyId { within } => write!(f, "an item in {within} has an empty id"),
            DuplicateId(id) => write!(f, "the id \"{id}\" is used twice"),
            NoChildren(id) => write!(f, "\"{id}\" has no children"),
            ZeroWeight(id) => write!(f, "\"{id}\" has weight 0"),
            WeightMismatch {
                item,
                declared,
                children,
            } => write!(
                f,
                "\"{item}\" declares weight {declared} but its parts sum to {children}"
            ),
            BadScale => write!(
                f,
                "the level scale is invalid (need min < max <= 100, decimals <= 4)"
            ),
            LadderLength {
                ladder,
                expected,
                got,
            } => {
                write!(
                    f,
                    "ladder \"{ladder}\" names {got} levels, the scale has {expected}"
                )
            }
            UnknownLadder { indicator, ladder } => {
                write!(
                    f,
                    "indicator \"{indicator}\" uses the unknown ladder \"{ladder}\""
                )
            }
            CriteriaLength {
                indicator,
                expected,
                got,
            } => write!(
                f,
                "indicator \"{indicator}\" has {got} level criteria, the scale has {expected} levels"
            ),
            IndicatorNumber {
                indicator,
                expected,
                got,
            } => {
                write!(
                    f,
                    "indicator \"{indicator}\" is numbered {got}, expected {expected}"
                )
            }
            NoBands => write!(f, "the model has no predicate bands"),
            BandsDoNotCoverScale {
                first_from,
                scale_min,
            } => write!(
                f,
                "the first predicate band starts at {first_from}/100, above the scale minimum {scale_min}"
            ),
            BandsNotAscending(id) => write!(
                f,
                "predicate band \"{id}\" does not start above the previous one"
            ),
            BandAboveScale(id) => write!(
                f,
                "predicate band \"{id}\" starts above the top of the scale"
            ),
            BadColor(id) => write!(
                f,
                "predicate band \"{id}\" has a colour that is not #rrggbb"
            ),
            PresetLength {
                preset,
                expected,
                got,
            } => {
                write!(
                    f,
                    "preset \"{preset}\" has {got} levels, expected {expected}"
                )
            }
            PresetValue {
                preset,
                position,
                value,
            } => {
                write!(
                    f,
                    "preset \"{preset}\" has the value {value} at position {position}, outside the scale"
                )
            }
            Overflow => write!(f, "the weights are too large to score exactly"),
        }
    }
}

impl std::error::Error for ModelError {}

fn is_hex_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

impl Framework {
    /// Validate a model file and build the framework. Checks: the format version, non-empty
    /// and unique ids, positive weights, every parent's weight equal to the sum of its
    /// children's, indicators numbered 1..n in order, every indicator on a known ladder with
    /// one criterion per level, ladders naming every level, bands ascending from the bottom of
    /// the scale and within it, presets complete and within the scale.
    pub fn from_raw(raw: RawModel) -> Result<Framework, ModelError> {
        if raw.format != FORMAT_VERSION {
            return Err(ModelError::UnsupportedFormat(raw.format));
        }
        let scale = raw.scale;
        if scale.min >= scale.max || scale.max > 100 || scale.decimals > 4 {
            return Err(ModelError::BadScale);
        }
        let levels = scale.level_count();
        let mut ids: HashSet<String> = HashSet::new();
        let mut claim = |id: &str, within: &str| -> Result<(), ModelError> {
            if id.trim().is_empty() {
                return Err(ModelError::EmptyId {
                    within: within.to_string(),
                });
            }
            if !ids.insert(id.to_string()) {
                return Err(ModelError::DuplicateId(id.to_string()));
            }
            Ok(())
        };
        claim(&raw.id, "the model")?;

        let mut ladders = Vec::with_capacity(raw.ladders.len());
        for l in raw.ladders {
            claim(&l.id, "ladders")?;
            if l.levels.len() != levels {
                return Err(ModelError::LadderLength {
                    ladder: l.id,
                    expected: levels,
                    got: l.levels.len(),
                });
            }
            ladders.push(Ladder {
                id: l.id,
                name: l.name,
                levels: l.levels,
            });
        }

        if raw.bands.is_empty() {
            return Err(ModelError::NoBands);
        }
        let scale_min_cents = scale.min * 100;
        let scale_max_cents = scale.max * 100;
        if raw.bands[0].from > scale_min_cents {
            return Err(ModelError::BandsDoNotCoverScale {
                first_from: raw.bands[0].from,
                scale_min: scale.min,
            });
        }
        for (i, b) in raw.bands.iter().enumerate() {
            claim(&b.id, "bands")?;
            if i > 0 && b.from <= raw.bands[i - 1].from {
                return Err(ModelError::BandsNotAscending(b.id.clone()));
            }
            if b.from > scale_max_cents {
                return Err(ModelError::BandAboveScale(b.id.clone()));
            }
            if !is_hex_color(&b.color) {
                return Err(ModelError::BadColor(b.id.clone()));
            }
        }

        let mut domains = Vec::new();
        let mut aspects = Vec::new();
        let mut indicators: Vec<Indicator> = Vec::new();
        let mut total: u64 = 0;
        for d in raw.domains {
            claim(&d.id, "domains")?;
            if d.aspects.is_empty() {
                return Err(ModelError::NoChildren(d.id));
            }
            let d_index = domains.len();
            let a_start = aspects.len();
            let i_start_domain = indicators.len();
            let mut d_sum: u64 = 0;
            for a in d.aspects {
                claim(&a.id, &d.id)?;
                if a.indicators.is_empty() {
                    return Err(ModelError::NoChildren(a.id));
                }
                let a_index = aspects.len();
                let i_start = indicators.len();
                let mut a_sum: u64 = 0;
                for ind in a.indicators {
                    claim(&ind.id, &a.id)?;
                    let expected = indicators.len() as u32 + 1;
                    if ind.no != expected {
                        return Err(ModelError::IndicatorNumber {
                            indicator: ind.id,
                            expected,
                            got: ind.no,
                        });
                    }
                    if ind.weight == 0 {
                        return Err(ModelError::ZeroWeight(ind.id));
                    }
                    let ladder =
                        ladders
                            .iter()
                            .position(|l| l.id == ind.ladder)
                            .ok_or_else(|| ModelError::UnknownLadder {
                                indicator: ind.id.clone(),
                                ladder: ind.ladder.clone(),
                            })?;
                    if ind.criteria.len() != levels {
                        return Err(ModelError::CriteriaLength {
                            indicator: ind.id,
                            expected: levels,
                            got: ind.criteria.len(),
                        });
                    }
                    a_sum += u64::from(ind.weight);
                    indicators.push(Indicator {
                        id: ind.id,
                        no: ind.no,
                        name: ind.name,
                        weight: ind.weight,
                        ladder,
                        criteria: ind.criteria,
                        aspect: a_index,
                        domain: d_index,
                    });
                }
                if a_sum != u64::from(a.weight) {
                    return Err(ModelError::WeightMismatch {
                        item: a.id,
                        declared: a.weight,
                        children: a_sum.min(u64::from(u32::MAX)) as u32,
                    });
                }
                d_sum += a_sum;
                aspects.push(Aspect {
                    id: a.id,
                    name: a.name,
                    weight: a.weight,
                    domain: d_index,
                    indicators: i_start..indicators.len(),
                });
            }
            if d_sum != u64::from(d.weight) {
                return Err(ModelError::WeightMismatch {
                    item: d.id,
                    declared: d.weight,
                    children: d_sum.min(u64::from(u32::MAX)) as u32,
                });
            }
            total += d_sum;
            domains.push(Domain {
                id: d.id,
                name: d.name,
                weight: d.weight,
                aspects: a_start..aspects.len(),
                indicators: i_start_domain..indicators.len(),
            });
        }
        if domains.is_empty() {
            return Err(ModelError::NoChildren(raw.id));
        }
        // Largest numerator: total weight times the largest stored value; keep it far inside
        // u64 so that every product in `Exact` fits in u128 comfortably.
        let total_weight = u32::try_from(total).map_err(|_| ModelError::Overflow)?;
        if total.saturating_mul(u64::from(scale.max_value())) > (1u64 << 48) {
            return Err(ModelError::Overflow);
        }

        let n = indicators.len();
        for p in &raw.presets {
            claim(&p.id, "presets")?;
            if p.levels.len() != n {
                return Err(ModelError::PresetLength {
                    preset: p.id.clone(),
                    expected: n,
                    got: p.levels.len(),
                });
            }
            if let Some((i, &v)) = p
                .levels
                .iter()
                .enumerate()
                .find(|(_, v)| !scale.contains(**v))
            {
                return Err(ModelError::PresetValue {
                    preset: p.id.clone(),
                    position: i + 1,
                    value: v,
                });
            }
        }

        Ok(Framework {
            id: raw.id,
            name: raw.name,
            version: raw.version,
            legal_basis: raw.legal_basis,
            status: raw.status,
            note: raw.note,
            scale,
            ladders,
            bands: raw.bands,
            presets: raw.presets,
            domains,
            aspects,
            indicators,
            total_weight,
        })
    }

    /// Levels all at the bottom of the scale.
    pub fn floor_levels(&self) -> Vec<u32> {
        vec![self.scale.min_value(); self.indicators.len()]
    }

    /// The name of the level a value falls in, on the indicator's ladder.
    pub fn level_name(&self, indicator: usize, value: u32) -> Option<&Text> {
        let ind = self.indicators.get(indicator)?;
        self.ladders
            .get(ind.ladder)?
            .levels
            .get(self.scale.level_slot(value))
    }

    /// The criterion of the level a value falls in.
    pub fn criterion(&self, indicator: usize, value: u32) -> Option<&Text> {
        self.indicators
            .get(indicator)?
            .criteria
            .get(self.scale.level_slot(value))
    }
}
