//! One file per unit (OPD), merged back — no server. The coordinator gives each unit a file
//! holding only its share of the work: the items it provides (an item without its own unit is
//! its indicator's unit's) and the narratives of the indicators it is responsible for. Each
//! field a unit may change — an item's status, note and document location, a narrative — is
//! written twice: as exported (`base`) and as the unit leaves it (`value`). The unit changes
//! the values in the calculator's restricted mode and sends the file back; the coordinator
//! merges any number of returned files: every value that differs from its base is a proposed
//! change, shown beside the work's current value; where the work changed too since the export,
//! or two files propose different values, it is a conflict, chosen one by one. Nothing changes
//! until the review is applied. Items, levels, texts, due dates and owners are the
//! coordinator's: a file that holds an item outside the unit's share, or that moved one to
//! another level, is refused, as is a file of another institution or framework.
use serde::{Deserialize, Serialize};

use crate::engine::{Framework, Lang};

use super::{
    Evidence, ItemStatus, MAX_ITEM_NOTE, MAX_ITEMS, MAX_LOCATION, MAX_NARRATIVE, MAX_UNIT,
    item_text,
};

mod edit;
pub mod link;
mod review;

pub use edit::{ShareEdit, changed, edit};
pub use review::{Change, Field, Proposal, Slot, apply, defaults, review};

/// What a unit file says it is.
pub const KIND: &str = "unit-share";
/// The version of the unit file's format.
pub const SCHEMA: u32 = 1;

/// A unit's file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShareDoc {
    pub app: String,
    pub kind: String,
    pub schema: u32,
    /// The framework's id and version.
    pub model: String,
    #[serde(default)]
    pub model_version: String,
    /// The institution whose work it comes from.
    #[serde(default)]
    pub institution: String,
    pub unit: String,
    /// When it was made (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exported: String,
    #[serde(default)]
    pub indicators: Vec<ShareIndicator>,
}

/// One indicator of a unit's share.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShareIndicator {
    /// The indicator's number.
    pub indicator: u32,
    /// Its name as exported, for the unit to read.
    #[serde(default)]
    pub name: String,
    /// Its narrative, when the unit is responsible for the indicator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub narrative: Option<Pair>,
    #[serde(default)]
    pub items: Vec<ShareItem>,
}

/// A field as exported and as the unit leaves it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub base: String,
    pub value: String,
}

impl Pair {
    fn of(s: &str) -> Pair {
        Pair {
            base: s.to_string(),
            value: s.to_string(),
        }
    }
}

/// One item of a unit's share. `text` and `due` are shown to the unit, not merged back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShareItem {
    pub code: String,
    pub level: u32,
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// By its English or Indonesian name.
    pub status: Pair,
    #[serde(default)]
    pub note: Pair,
    #[serde(default)]
    pub location: Pair,
}

/// Why a unit file is refused. Indicators by number, as people count them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Not a unit file of this calculator.
    NotAShare,
    NewerSchema {
        found: u32,
    },
    WrongModel {
        found: String,
        expected: String,
    },
    OtherInstitution {
        found: String,
        expected: String,
    },
    UnknownIndicator {
        indicator: u32,
    },
    BadStatus {
        indicator: u32,
        code: String,
        text: String,
    },
    TooLong {
        indicator: u32,
        field: &'static str,
        max: usize,
    },
    TooMany {
        indicator: u32,
        max: usize,
    },
    /// An item (or a narrative: `code` empty) that is not the unit's in the work, is not there
    /// at all, or sits on another level.
    OutsideShare {
        unit: String,
        indicator: u32,
        code: String,
    },
}

/// The unit's share of `evidence`, as the file the coordinator hands out.
pub fn split(
    fw: &Framework,
    evidence: &[Option<Evidence>],
    institution: &str,
    unit: &str,
    lang: Lang,
    today: &str,
) -> ShareDoc {
    let indicators = evidence
        .iter()
        .enumerate()
        .filter_map(|(i, ev)| {
            let ev = ev.as_ref()?;
            let ind = &fw.indicators[i];
            let items: Vec<ShareItem> = ev
                .items
                .iter()
                .filter(|it| ev.owner_of(it) == unit)
                .map(|it| ShareItem {
                    code: it.code.clone(),
                    level: it.level,
                    text: item_text(fw, i, it, lang),
                    due: it.due.clone(),
                    status: Pair::of(it.status.code()),
                    note: Pair::of(&it.note),
                    location: Pair::of(&it.location),
                })
                .collect();
            let narrative = (ev.unit == unit).then(|| Pair::of(&ev.narrative));
            (narrative.is_some() || !items.is_empty()).then(|| ShareIndicator {
                indicator: ind.no,
                name: link::name_of(fw, i, lang),
                narrative,
                items,
            })
        })
        .collect();
    ShareDoc {
        app: crate::document::APP.into(),
        kind: KIND.into(),
        schema: SCHEMA,
        model: fw.id.clone(),
        model_version: fw.version.clone(),
        institution: institution.to_string(),
        unit: unit.to_string(),
        exported: today.to_string(),
        indicators,
    }
}

/// A file name from a unit's name: letters and digits, the rest as dashes.
pub fn file_name(unit: &str, date: &str) -> String {
    let slug: String = unit
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("berkas-unit-{slug}-{date}.json")
}

/// The indicator (0-based) with number `no`.
fn indicator_of(fw: &Framework, no: u32) -> Option<usize> {
    fw.indicators.iter().position(|ind| ind.no == no)
}

/// Check a unit file on its own: ours, this framework, known indicators, statuses, lengths.
pub fn check(doc: &ShareDoc, fw: &Framework) -> Result<(), ShareError> {
    if doc.app != crate::document::APP || doc.kind != KIND {
        return Err(ShareError::NotAShare);
    }
    if doc.schema > SCHEMA {
        return Err(ShareError::NewerSchema { found: doc.schema });
    }
    if doc.model != fw.id {
        return Err(ShareError::WrongModel {
            found: doc.model.chars().take(40).collect(),
            expected: fw.id.clone(),
        });
    }
    let long = |indicator: u32, field: &'static str, s: &Pair, max: usize| {
        if s.base.chars().count() > max || s.value.chars().count() > max {
            Err(ShareError::TooLong {
                indicator,
                field,
                max,
            })
        } else {
            Ok(())
        }
    };
    if doc.unit.trim().is_empty() || doc.unit.chars().count() > MAX_UNIT {
        return Err(ShareError::NotAShare);
    }
    for ind in &doc.indicators {
        let no = ind.indicator;
        if indicator_of(fw, no).is_none() {
            return Err(ShareError::UnknownIndicator { indicator: no });
        }
        if ind.items.len() > MAX_ITEMS {
            return Err(ShareError::TooMany {
                indicator: no,
                max: MAX_ITEMS,
            });
        }
        if let Some(n) = &ind.narrative {
            long(no, "narrative", n, MAX_NARRATIVE)?;
        }
        for it in &ind.items {
            for s in [&it.status.base, &it.status.value] {
                if ItemStatus::named(s).is_none() {
                    return Err(ShareError::BadStatus {
                        indicator: no,
                        code: it.code.chars().take(40).collect(),
                        text: s.chars().take(40).collect(),
                    });
                }
            }
            long(no, "note", &it.note, MAX_ITEM_NOTE)?;
            long(no, "location", &it.location, MAX_LOCATION)?;
        }
    }
    Ok(())
}

/// A status's English code (checked names only reach here).
fn canonical(name: &str) -> String {
    ItemStatus::named(name).map_or_else(|| name.to_string(), |s| s.code().to_string())
}
