//! The view model of scenarios side by side.

use crate::engine::format;
use crate::i18n::strings;
use crate::state::State;

/// One cell of the comparison: the text and whether it differs from the baseline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareCell {
    pub text: String,
    pub changed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow {
    /// "index", "predicate", "domain", "aspect" or "indicator".
    pub kind: &'static str,
    pub label: String,
    pub cells: Vec<CompareCell>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// "Baseline", then the scenario names.
    pub columns: Vec<String>,
    /// Column of the scenario being edited (1-based among columns; 0 is the baseline).
    pub active_column: usize,
    pub rows: Vec<CompareRow>,
    /// How many indicator rows (those that differ somewhere).
    pub differing: usize,
}

/// Every scenario beside the baseline: index, predicate, domains, aspects, differing indicators.
pub fn comparison(state: &State) -> Comparison {
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    let mut sets: Vec<&[u32]> = vec![&state.baseline];
    sets.extend(state.scenarios.iter().map(|s| s.levels.as_slice()));
    let scores: Vec<_> = sets.iter().filter_map(|l| fw.score(l).ok()).collect();
    if scores.len() != sets.len() {
        return Comparison {
            columns: Vec::new(),
            active_column: 0,
            rows: Vec::new(),
            differing: 0,
        };
    }
    let mut columns = vec![t.baseline.to_string()];
    columns.extend(state.scenarios.iter().map(|s| s.name.clone()));
    let row = |kind, label: String, texts: Vec<String>| {
        let base = texts.first().cloned().unwrap_or_default();
        CompareRow {
            kind,
            label,
            cells: texts
                .into_iter()
                .enumerate()
                .map(|(k, text)| CompareCell {
                    changed: k > 0 && text != base,
                    text,
                })
                .collect(),
        }
    };
    let mut rows = vec![
        row(
            "index",
            t.index.to_string(),
            scores
                .iter()
                .map(|s| super::index_text(fw, &s.index, lang))
                .collect(),
        ),
        row(
            "predicate",
            t.predicate.to_string(),
            scores
                .iter()
                .map(|s| {
                    fw.bands[fw.band_of(&s.index, state.basis)]
                        .name
                        .get(lang)
                        .to_string()
                })
                .collect(),
        ),
    ];
    for (d, dom) in fw.domains.iter().enumerate() {
        rows.push(row(
            "domain",
            dom.name.get(lang).to_string(),
            scores
                .iter()
                .map(|s| format::cents(s.domains[d].cents(), lang))
                .collect(),
        ));
        for a in dom.aspects.clone() {
            rows.push(row(
                "aspect",
                fw.aspects[a].name.get(lang).to_string(),
                scores
                    .iter()
                    .map(|s| format::cents(s.aspects[a].cents(), lang))
                    .collect(),
            ));
        }
    }
    let mut differing = 0;
    for (i, ind) in fw.indicators.iter().enumerate() {
        if sets.iter().any(|l| l[i] != state.baseline[i]) {
            differing += 1;
            rows.push(row(
                "indicator",
                format!("{}. {}", ind.label(), ind.name.get(lang)),
                sets.iter()
                    .map(|l| format::value(l[i], fw.scale.decimals, lang))
                    .collect(),
            ));
        }
    }
    Comparison {
        columns,
        active_column: state.active + 1,
        rows,
        differing,
    }
}
