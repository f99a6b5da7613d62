//! `spbe.valueFromItems(framework, levels)`: an indicator's value from the status of its
//! evidence items (butir), level by level — the self-assessed value (items uploaded or
//! accepted) and the verified one (accepted only) — by the engine's evidence rule
//! ([`Framework::evidence_value`], the same the evidence helper on screen uses): a level counts
//! only when every lower level is complete; on a scale with decimals (Pemdi) a share of the
//! next level's items adds that share of the step to its top (reference §2.3), on a scale of
//! whole levels it adds nothing.

use crate::core::evidence::value;
pub use crate::core::evidence::{ITEM_STATUSES, ItemStatus};

use super::{ApiError, Known, find_model, said};
use crate::engine::Text;

/// The two values, in scale units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiItemsValue {
    pub self_assessed: u32,
    pub verified: u32,
    pub unit: u32,
}

fn argument(problem: Text) -> ApiError {
    ApiError::BadArgument {
        argument: "levels".into(),
        problem,
    }
}

/// `spbe.valueFromItems`: `levels` holds one list per level (level 1 first) of item statuses.
pub fn value_from_items(
    known: &Known,
    model_id: &str,
    levels: &[Vec<String>],
) -> Result<ApiItemsValue, ApiError> {
    let fw = find_model(known, model_id)?;
    let most = fw.stops.len() - 1 + usize::from(fw.floor_has_items());
    if levels.len() > most {
        let (n, id) = (levels.len(), &fw.id);
        return Err(argument(said(
            format!("berisi {n} tingkat; {id} punya {most} (tingkat 1 dulu)"),
            format!("has {n} levels; {id} has {most} (level 1 first)"),
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
                        let (name, names) = (super::shown(name), names.join(", "));
                        let indonesian = "belum ada, disiapkan, diunggah, diterima, ditolak";
                        argument(said(
                            format!(
                                "[{k}][{i}] = \"{name}\" bukan status (pakai {indonesian}, \
                                 atau {names})"
                            ),
                            format!(
                                "[{k}][{i}] = \"{name}\" is not a status (use {names}, or \
                                 {indonesian})"
                            ),
                        ))
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ApiItemsValue {
        self_assessed: value(fw, &statuses, ItemStatus::claimed),
        verified: value(fw, &statuses, ItemStatus::verified),
        unit: fw.scale.unit(),
    })
}
