//! Validation of a model file: [`Framework::from_raw`] checks everything a scorer relies on
//! and names the offending item in a [`ModelError`]; [`Framework::with_choice`] applies another
//! choice of the file's variants (checked too).

use std::sync::Arc;

use super::decimal::num_text;
use super::model::*;

pub use super::model_error::ModelError;

use super::names::Names;
use super::tree::{Ids, Overrides, Tree, number};

/// Names a variant cannot take: they are link keys or JavaScript API options already.
pub const RESERVED: &[&str] = &[
    "model",
    "levels",
    "base",
    "basis",
    "lang",
    "view",
    "embed",
    "show",
    "readonly",
    "allow",
    "preset",
    "present",
    "exercise",
    "predicateBasis",
    "target",
    "efforts",
    "curve",
    "locked",
    "maxLevels",
    "pace",
];

pub use super::limits::MAX_COMBINATIONS;

fn is_hex_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
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
        let mut option_ids = Names::default();
        for o in &v.options {
            if o.id.trim().is_empty() || !option_ids.insert(&o.id) {
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
    let mut ids = Ids(Names::default());
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
        item_levels: super::items::levels_with_items(scale, &tops),
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
    if let Some(item) = over.weights.keys().find(|k| !over.used.contains(k)) {
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
    let mut labels = Names::default();
    for ind in &indicators {
        if !labels.insert(&ind.label()) {
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
            kind: p.kind,
            story: p.story.clone(),
            source: p.source.clone(),
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
        items_status: raw.items_status.unwrap_or(raw.status),
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
