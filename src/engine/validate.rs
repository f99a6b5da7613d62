//! Validation of a model file: [`Framework::from_raw`] checks everything a scorer relies on
//! and names the offending item in a [`ModelError`]; [`Framework::with_choice`] applies another
//! choice of the file's variants (checked too).

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::Arc;

use super::decimal::{num_text, read_decimal};
use super::model::*;

/// Names a variant cannot take: they are link keys or JavaScript API options already.
pub const RESERVED: &[&str] = &[
    "model",
    "levels",
    "base",
    "basis",
    "lang",
    "view",
    "embed",
    "predicateBasis",
    "target",
    "efforts",
    "curve",
    "locked",
    "maxLevels",
    "pace",
];

/// Most combinations of variant options a file may declare (each is validated).
pub const MAX_COMBINATIONS: usize = 64;

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
    /// The level tops are not one per level, ascending, within the scale, ending at the top.
    BadTops,
    /// The hierarchy names one or two grouping levels (`got` is how many it names).
    BadHierarchy {
        got: usize,
    },
    /// A group at the lowest level must hold indicators, a group above it groups.
    WrongDepth {
        item: String,
        expected: &'static str,
    },
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
    /// A label that is empty, longer than 8 characters or used twice.
    BadLabel(String),
    NoBands,
    /// A band's lower edge is not a number with at most two decimals.
    BandValue(String),
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
    /// A preset value outside the scale or with too many decimals (as written).
    PresetValue {
        preset: String,
        position: usize,
        value: String,
    },
    /// A conversion that is not a range of at least two points, ascending, within the scale.
    BadExternal(String),
    /// A variant with fewer than two options, or with an id the app already uses.
    BadVariant(String),
    /// A variant option changes the weight of an item that does not exist.
    UnknownItem {
        option: String,
        item: String,
    },
    TooManyVariants,
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
            BadTops => write!(
                f,
                "the level tops must give one value per level, ascending, within the scale, the last at its top"
            ),
            BadHierarchy { got } => write!(
                f,
                "the hierarchy names {got} grouping levels; one or two are allowed"
            ),
            WrongDepth { item, expected } => write!(f, "\"{item}\" must hold {expected}"),
            LadderLength {
                ladder,
                expected,
                got,
            } => write!(
                f,
                "ladder \"{ladder}\" names {got} levels, the scale has {expected}"
            ),
            UnknownLadder { indicator, ladder } => write!(
                f,
                "indicator \"{indicator}\" uses the unknown ladder \"{ladder}\""
            ),
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
            } => write!(
                f,
                "indicator \"{indicator}\" is numbered {got}, expected {expected}"
            ),
            BadLabel(id) => write!(
                f,
                "indicator \"{id}\" has a label that is empty, too long or used twice"
            ),
            NoBands => write!(f, "the model has no predicate bands"),
            BandValue(id) => write!(
                f,
                "predicate band \"{id}\" does not start at a number with at most two decimals"
            ),
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
            } => write!(
                f,
                "preset \"{preset}\" has {got} levels, expected {expected}"
            ),
            PresetValue {
                preset,
                position,
                value,
            } => write!(
                f,
                "preset \"{preset}\" has the value {value} at position {position}, outside the scale or too precise"
            ),
            BadExternal(id) => write!(
                f,
                "the conversion of indicator \"{id}\" needs two or more points, sources ascending, values within the scale"
            ),
            BadVariant(id) => write!(
                f,
                "variant \"{id}\" needs two or more options and an id the app does not use"
            ),
            UnknownItem { option, item } => write!(
                f,
                "variant option \"{option}\" changes the weight of \"{item}\", which does not exist"
            ),
            TooManyVariants => write!(
                f,
                "the variants allow more than {MAX_COMBINATIONS} combinations"
            ),
            Overflow => write!(f, "the weights are too large to score exactly"),
        }
    }
}

impl std::error::Error for ModelError {}

fn is_hex_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// A number of a model file in units of `10^-decimals`, within `min..=max`.
fn number(n: Num, decimals: u8, min: u32, max: u32) -> Option<u32> {
    read_decimal(&num_text(n.0), decimals, min, max).ok()
}

/// Ids must be non-empty and unique across the file.
struct Ids(HashSet<String>);

impl Ids {
    fn claim(&mut self, id: &str, within: &str) -> Result<(), ModelError> {
        if id.trim().is_empty() {
            return Err(ModelError::EmptyId {
                within: within.to_string(),
            });
        }
        if !self.0.insert(id.to_string()) {
            return Err(ModelError::DuplicateId(id.to_string()));
        }
        Ok(())
    }
}

/// What the chosen variant options change.
#[derive(Default)]
struct Overrides {
    band_edge: Option<BandEdge>,
    index_rounding: Option<Rounding>,
    weights: BTreeMap<String, u32>,
    used: HashSet<String>,
}

impl Overrides {
    fn weight(&mut self, id: &str, declared: u32) -> u32 {
        match self.weights.get(id) {
            Some(w) => {
                self.used.insert(id.to_string());
                *w
            }
            None => declared,
        }
    }
}

/// Builds the flat lists from the tree.
struct Tree<'a> {
    ids: &'a mut Ids,
    over: &'a mut Overrides,
    ladders: &'a [Ladder],
    scale: Scale,
    levels: usize,
    domains: Vec<Domain>,
    aspects: Vec<Aspect>,
    indicators: Vec<Indicator>,
}

impl Tree<'_> {
    /// An aspect (a group holding indicators) and its indicators; returns its weight.
    fn aspect(
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
    fn domain(&mut self, d: &RawGroup) -> Result<u64, ModelError> {
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

fn scale_and_tops(raw: &RawScale) -> Result<(Scale, Vec<u32>, Vec<u32>), ModelError> {
    if raw.min >= raw.max || raw.max > 100 || raw.decimals > 4 {
        return Err(ModelError::BadScale);
    }
    let scale = Scale {
        min: raw.min,
        max: raw.max,
        decimals: raw.decimals,
    };
    let tops: Vec<u32> = match &raw.level_tops {
        None => (scale.min..=scale.max).map(|l| l * scale.unit()).collect(),
        Some(t) => t
            .iter()
            .map(|n| number(*n, scale.decimals, scale.min_value(), scale.max_value()))
            .collect::<Option<_>>()
            .ok_or(ModelError::BadTops)?,
    };
    if tops.len() != scale.level_count()
        || tops.windows(2).any(|w| w[0] >= w[1])
        || tops.last() != Some(&scale.max_value())
    {
        return Err(ModelError::BadTops);
    }
    let mut stops = vec![scale.min_value()];
    stops.extend(tops.iter().copied().filter(|t| *t > scale.min_value()));
    Ok((scale, tops, stops))
}

fn variants(
    raw: &RawModel,
    choice: &[usize],
    ids: &mut Ids,
) -> Result<(Vec<Variant>, Overrides), ModelError> {
    let mut over = Overrides::default();
    let mut out = Vec::with_capacity(raw.variants.len());
    for (k, v) in raw.variants.iter().enumerate() {
        ids.claim(&v.id, "variants")?;
        if v.options.len() < 2 || RESERVED.contains(&v.id.as_str()) {
            return Err(ModelError::BadVariant(v.id.clone()));
        }
        let mut option_ids = HashSet::new();
        for o in &v.options {
            if o.id.trim().is_empty() || !option_ids.insert(o.id.as_str()) {
                return Err(ModelError::BadVariant(v.id.clone()));
            }
        }
        let chosen = v
            .options
            .get(choice.get(k).copied().unwrap_or(0))
            .ok_or_else(|| ModelError::BadVariant(v.id.clone()))?;
        over.band_edge = chosen.band_edge.or(over.band_edge);
        over.index_rounding = chosen.index_rounding.or(over.index_rounding);
        over.weights
            .extend(chosen.weights.iter().map(|(k, w)| (k.clone(), *w)));
        out.push(Variant {
            id: v.id.clone(),
            name: v.name.clone(),
            options: v
                .options
                .iter()
                .map(|o| VariantOption {
                    id: o.id.clone(),
                    name: o.name.clone(),
                    explain: o.explain.clone(),
                })
                .collect(),
        });
    }
    Ok((out, over))
}

fn build(raw: Arc<RawModel>, choice: &[usize], origin: Origin) -> Result<Framework, ModelError> {
    if raw.format != FORMAT_VERSION {
        return Err(ModelError::UnsupportedFormat(raw.format));
    }
    let (scale, tops, stops) = scale_and_tops(&raw.scale)?;
    let levels = scale.level_count();
    let mut ids = Ids(HashSet::new());
    ids.claim(&raw.id, "the model")?;

    let mut ladders = Vec::with_capacity(raw.ladders.len());
    for l in &raw.ladders {
        ids.claim(&l.id, "ladders")?;
        if l.levels.len() != levels {
            return Err(ModelError::LadderLength {
                ladder: l.id.clone(),
                expected: levels,
                got: l.levels.len(),
            });
        }
        ladders.push(Ladder {
            id: l.id.clone(),
            name: l.name.clone(),
            levels: l.levels.clone(),
        });
    }

    if raw.bands.is_empty() {
        return Err(ModelError::NoBands);
    }
    let mut bands: Vec<Band> = Vec::with_capacity(raw.bands.len());
    for b in &raw.bands {
        ids.claim(&b.id, "bands")?;
        let from =
            number(b.from, 2, 0, u32::MAX).ok_or_else(|| ModelError::BandValue(b.id.clone()))?;
        if bands.is_empty() && from > scale.min * 100 {
            return Err(ModelError::BandsDoNotCoverScale {
                first_from: from,
                scale_min: scale.min,
            });
        }
        if bands.last().is_some_and(|p| from <= p.from) {
            return Err(ModelError::BandsNotAscending(b.id.clone()));
        }
        if from > scale.max * 100 {
            return Err(ModelError::BandAboveScale(b.id.clone()));
        }
        if !is_hex_color(&b.color) {
            return Err(ModelError::BadColor(b.id.clone()));
        }
        bands.push(Band {
            id: b.id.clone(),
            from,
            name: b.name.clone(),
            level: b.level.clone(),
            color: b.color.clone(),
        });
    }

    let (variants, mut over) = variants(&raw, choice, &mut ids)?;

    let depth = raw.hierarchy.len();
    if !(1..=2).contains(&depth) {
        return Err(ModelError::BadHierarchy { got: depth });
    }
    if raw.groups.is_empty() {
        return Err(ModelError::NoChildren(raw.id.clone()));
    }
    let mut tree = Tree {
        ids: &mut ids,
        over: &mut over,
        ladders: &ladders,
        scale,
        levels,
        domains: Vec::new(),
        aspects: Vec::new(),
        indicators: Vec::new(),
    };
    let mut total: u64 = 0;
    for g in &raw.groups {
        total += if depth == 2 {
            tree.domain(g)?
        } else {
            tree.aspect(g, None, "groups")?
        };
    }
    let Tree {
        domains,
        aspects,
        indicators,
        ..
    } = tree;
    if let Some(item) = over.weights.keys().find(|k| !over.used.contains(*k)) {
        return Err(ModelError::UnknownItem {
            option: raw
                .variants
                .iter()
                .zip(choice)
                .filter_map(|(v, c)| v.options.get(*c))
                .find(|o| o.weights.contains_key(item))
                .map(|o| o.id.clone())
                .unwrap_or_default(),
            item: item.clone(),
        });
    }
    let mut labels = HashSet::new();
    for ind in &indicators {
        if !labels.insert(ind.label()) {
            return Err(ModelError::BadLabel(ind.id.clone()));
        }
    }
    // Largest numerator: total weight times the largest stored value; keep it far inside
    // u64 so that every product in `Exact` fits in u128 comfortably.
    let total_weight = u32::try_from(total).map_err(|_| ModelError::Overflow)?;
    if total.saturating_mul(u64::from(scale.max_value())) > (1u64 << 48) {
        return Err(ModelError::Overflow);
    }

    let n = indicators.len();
    let mut presets = Vec::with_capacity(raw.presets.len());
    for p in &raw.presets {
        ids.claim(&p.id, "presets")?;
        if p.levels.len() != n {
            return Err(ModelError::PresetLength {
                preset: p.id.clone(),
                expected: n,
                got: p.levels.len(),
            });
        }
        let mut levels = Vec::with_capacity(n);
        for (i, v) in p.levels.iter().enumerate() {
            levels.push(
                number(*v, scale.decimals, scale.min_value(), scale.max_value()).ok_or_else(
                    || ModelError::PresetValue {
                        preset: p.id.clone(),
                        position: i + 1,
                        value: num_text(v.0),
                    },
                )?,
            );
        }
        presets.push(Preset {
            id: p.id.clone(),
            name: p.name.clone(),
            levels,
        });
    }

    Ok(Framework {
        id: raw.id.clone(),
        name: raw.name.clone(),
        index_name: raw.index_name.clone(),
        version: raw.version.clone(),
        legal_basis: raw.legal_basis.clone(),
        years: raw.years,
        status: raw.status,
        note: raw.note.clone(),
        origin,
        scale,
        tops,
        stops,
        ladders,
        bands,
        band_edge: over.band_edge.unwrap_or(raw.band_edge),
        index_rounding: over.index_rounding.unwrap_or(raw.index_rounding),
        variants,
        choice: (0..raw.variants.len())
            .map(|k| choice.get(k).copied().unwrap_or(0))
            .collect(),
        presets,
        hierarchy: raw.hierarchy.clone(),
        domains,
        aspects,
        indicators,
        total_weight,
        raw,
    })
}

impl Framework {
    /// Validate a bundled model file and build the framework with the default choice of each
    /// variant. Every combination of variant options is validated too, so switching a variant
    /// later cannot fail.
    pub fn from_raw(raw: RawModel) -> Result<Framework, ModelError> {
        Framework::from_raw_as(raw, Origin::Bundled)
    }

    /// [`Framework::from_raw`] for a file of the given origin.
    pub fn from_raw_as(raw: RawModel, origin: Origin) -> Result<Framework, ModelError> {
        let raw = Arc::new(raw);
        let sizes: Vec<usize> = raw
            .variants
            .iter()
            .map(|v| v.options.len().max(1))
            .collect();
        let combinations = sizes
            .iter()
            .try_fold(1usize, |acc, s| acc.checked_mul(*s))
            .filter(|c| *c <= MAX_COMBINATIONS)
            .ok_or(ModelError::TooManyVariants)?;
        let framework = build(raw.clone(), &[], origin)?;
        for mut k in 1..combinations {
            let choice: Vec<usize> = sizes
                .iter()
                .map(|s| {
                    let c = k % s;
                    k /= s;
                    c
                })
                .collect();
            build(raw.clone(), &choice, origin)?;
        }
        Ok(framework)
    }

    /// The same framework with another choice of variant options (one per variant).
    pub fn with_choice(&self, choice: &[usize]) -> Result<Framework, ModelError> {
        build(self.raw.clone(), choice, self.origin)
    }
}
