//! A model file as written (format 2): serde both ways, so that a framework of the user's own
//! can travel inside the work it belongs to. `Framework::from_raw` turns it into a validated
//! [`super::model::Framework`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::Text;

/// A decimal number as written in a model file (`1.5`, `68.75`). It is read exactly through
/// its shortest decimal form, never used as a float.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Num(pub f64);

/// Read as a number; anything else is refused as "expected a number" (the words a user sees,
/// not the name of a Rust type).
impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Num, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Num;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_f64<E>(self, v: f64) -> Result<Num, E> {
                Ok(Num(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Num, E> {
                Ok(Num(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Num, E> {
                Ok(Num(v as f64))
            }
        }
        d.deserialize_f64(Visitor)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawModel {
    pub format: u32,
    pub id: String,
    pub name: Text,
    /// What the index is called on screen ("Indeks SPBE", "Indeks Pemdi").
    pub index_name: Text,
    pub version: String,
    pub legal_basis: String,
    pub years: Years,
    pub status: Status,
    pub note: Text,
    pub scale: RawScale,
    pub ladders: Vec<RawLadder>,
    pub bands: Vec<RawBand>,
    #[serde(default)]
    pub band_edge: BandEdge,
    #[serde(default)]
    pub index_rounding: Rounding,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<RawVariant>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presets: Vec<RawPreset>,
    /// Where the indicators' evidence items come from (by default the model's own status).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items_status: Option<Status>,
    /// Names of the grouping levels, top first: `[Domain, Aspek]` or `[Aspek]`.
    pub hierarchy: Vec<Text>,
    pub groups: Vec<RawGroup>,
}

/// The evaluation years a framework was (or is) used for; `to` is open while in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Years {
    pub from: u16,
    #[serde(default)]
    pub to: Option<u16>,
}

/// Whether the model is read from the regulation itself or reconstructed from secondary
/// sources; the UI labels reconstructed models as such.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    Official,
    Reconstructed,
}

/// Which band an index exactly on a band's lower edge belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BandEdge {
    /// "2,50 – < 3,50": the edge belongs to the band above (2,50 is Baik).
    #[default]
    LowerInclusive,
    /// "1,51 – 2,50": the edge belongs to the band below (2,50 is Cukup).
    UpperInclusive,
}

/// How the index is brought to two decimals for display (aspects and domains always half up).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rounding {
    #[default]
    HalfUp,
    /// Cut after the second decimal (2,8167 → 2,81).
    Truncate,
}

/// The scale of indicator values: from `min` to `max` with up to `decimals` decimals.
/// `levelTops` (one per whole level `min..=max`) is the value at which each level is complete;
/// by default the level itself (SPBE: level 3 is the value 3). Pemdi: 1,50 / 2,50 / 3,50 /
/// 4,00 / 5,00.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawScale {
    pub min: u32,
    pub max: u32,
    pub decimals: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level_tops: Option<Vec<Num>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLadder {
    pub id: String,
    pub name: Text,
    pub levels: Vec<Text>,
}

/// A predicate band: from `from` (inclusive or not, by the edge rule) up to the next band.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    pub id: String,
    pub from: Num,
    pub name: Text,
    /// A second name of the band (Pemdi: Merintis … Unggul).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Text>,
    pub color: String,
}

/// A rule the sources leave open, with the choices the user can make.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVariant {
    pub id: String,
    pub name: Text,
    /// The first option is the default.
    pub options: Vec<RawOption>,
}

/// One choice of a variant: what it changes (edge rule, index rounding, weights by item id).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawOption {
    pub id: String,
    pub name: Text,
    pub explain: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band_edge: Option<BandEdge>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_rounding: Option<Rounding>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub weights: BTreeMap<String, u32>,
}

/// A named set of values the user can start from (values as written: `1.26`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPreset {
    pub id: String,
    pub name: Text,
    pub levels: Vec<Num>,
    /// A case study for workshops: what kind of data it is, its story and its source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CaseKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What a case study's levels are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CaseKind {
    /// An institution's official result, level by level.
    Official,
    /// Levels consistent with published values (domain or aspect indices), not the
    /// institution's actual levels.
    Reconstructed,
    /// A case invented for teaching.
    Teaching,
}

/// A group (domain, aspect): either more groups or indicators, by its depth in the hierarchy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: String,
    pub name: Text,
    pub weight: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<RawGroup>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<RawIndicator>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub id: String,
    /// Position, 1-based, in order.
    pub no: u32,
    /// How the indicator is numbered for people when that is not its position ("35a").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub name: Text,
    pub weight: u32,
    pub ladder: String,
    pub criteria: Vec<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<RawExternal>,
    /// The evidence items its levels ask for (a level without any asks for its criterion).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<RawItem>,
}

/// One evidence item (*butir*) of a level: its code as the evaluation names it and what it
/// asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub level: u32,
    pub code: String,
    pub text: Text,
}

/// How sure the sources are of a conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Reproduced on official examples.
    Medium,
    /// Read in a single secondary source.
    Low,
    /// Our own assumption.
    Assumption,
}

/// An indicator whose value comes from another agency's index: the source's name and range,
/// and a piecewise-linear map from source values to indicator values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExternal {
    pub name: Text,
    /// The agency that publishes it.
    pub by: String,
    pub decimals: u8,
    /// `[source, value]` pairs, source strictly ascending; the first and last give the range.
    pub points: Vec<[Num; 2]>,
    pub confidence: Confidence,
    pub note: Text,
}
