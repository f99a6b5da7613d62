//! The view model of "start a Pemdi plan from this": one row per indicator of the successor
//! framework, with what feeds it, the suggestion and why.

use crate::crosswalk::{Basis, Crosswalk, Fit};
use crate::engine::{Framework, format};
use crate::i18n::standing_texts;
use crate::state::State;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrosswalkRow {
    /// Position in the successor framework.
    pub indicator: usize,
    /// "5 Tata Kelola Data".
    pub name: String,
    /// "23 Tata Kelola Data: 3".
    pub primary: Vec<String>,
    pub secondary: Vec<String>,
    pub fit: String,
    /// The suggested value (scale units) and its text.
    pub value: u32,
    pub suggested: String,
    /// Why: the lowest level, an external index, or nothing.
    pub why: String,
    pub note: Option<String>,
}

/// The rows for the work in `state` (of `cw.from`) towards `to`.
pub fn crosswalk_rows(state: &State, cw: &Crosswalk, to: &Framework) -> Vec<CrosswalkRow> {
    let (from, lang) = (&state.fw, state.lang);
    let s = standing_texts(lang);
    let named = |i: usize| {
        let ind = &from.indicators[i];
        format!(
            "{} {}: {}",
            ind.label(),
            ind.name.get(lang),
            format::value(state.levels[i], from.scale.decimals, lang)
        )
    };
    cw.suggest(from, &state.levels, to)
        .into_iter()
        .map(|x| {
            let ind = &to.indicators[x.indicator];
            CrosswalkRow {
                indicator: x.indicator,
                name: format!("{} {}", ind.label(), ind.name.get(lang)),
                primary: x.primary.iter().map(|i| named(*i)).collect(),
                secondary: x.secondary.iter().map(|i| named(*i)).collect(),
                fit: s.fit[match x.fit {
                    Fit::Good => 0,
                    Fit::Partial => 1,
                    Fit::Weak => 2,
                    Fit::Minimal => 3,
                    Fit::None => 4,
                }]
                .to_string(),
                value: x.value,
                suggested: format::value(x.value, to.scale.decimals, lang),
                why: match x.basis {
                    Basis::Predecessors { level } => format!("{} {level}", s.pemdi_lowest),
                    Basis::External => s.pemdi_external.to_string(),
                    Basis::Nothing => s.pemdi_nothing.to_string(),
                },
                note: x.note.map(|n| n.get(lang).to_string()),
            }
        })
        .collect()
}
