//! View models of scenarios side by side and of the yearly roadmap.

use crate::engine::{Exact, format};
use crate::i18n::strings;
use crate::state::State;

use super::index_and_band;
use super::plan::target_text;

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

/// One year of the roadmap, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoadmapLine {
    pub year: u16,
    pub target: String,
    pub status: String,
    pub met: bool,
    /// "3,10 · Baik".
    pub result: String,
    pub effort: u64,
    /// "Indikator 13: 2 → 3; …", most valuable first.
    pub actions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Roadmap {
    pub lines: Vec<RoadmapLine>,
    /// "Semua target tahunan dapat dicapai." or the years that cannot be met.
    pub verdict: String,
    pub chart: crate::charts::RoadmapChart,
}

pub fn roadmap(state: &State) -> Roadmap {
    use crate::engine::plan::{Target, YearStatus};
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    let targets: Vec<Option<Target>> = state.roadmap.iter().map(|y| y.target.clone()).collect();
    let years = crate::engine::plan::roadmap(fw, &state.baseline, &state.plan_request(), &targets)
        .unwrap_or_default();
    let target_cents = |tg: &Option<Target>| match tg {
        Some(Target::Index(c)) => Some(*c),
        Some(Target::Band(b)) => fw.bands.get(*b).map(|b| u64::from(b.from)),
        None => None,
    };
    let label = |v: u32| format::value(v, fw.scale.decimals, lang);
    let lines: Vec<RoadmapLine> = state
        .roadmap
        .iter()
        .zip(&years)
        .map(|(y, p)| RoadmapLine {
            year: y.year,
            target: y
                .target
                .as_ref()
                .map_or_else(|| t.no_target.to_string(), |tg| target_text(state, tg)),
            status: match p.status {
                YearStatus::NoTarget => t.status_no_target,
                YearStatus::Met => t.status_met,
                YearStatus::Planned => t.status_planned,
                YearStatus::Unreachable => t.status_unreachable,
            }
            .to_string(),
            met: p.status != YearStatus::Unreachable,
            result: index_and_band(fw, state.basis, &p.index, lang),
            effort: p.effort,
            actions: p
                .steps
                .iter()
                .map(|s| {
                    format!(
                        "{} {}: {} \u{2192} {}",
                        t.indicator,
                        fw.indicators[s.indicator].label(),
                        label(s.from),
                        label(s.to)
                    )
                })
                .collect(),
        })
        .collect();
    let unmet: Vec<String> = lines
        .iter()
        .filter(|l| !l.met)
        .map(|l| l.year.to_string())
        .collect();
    let verdict = if unmet.is_empty() {
        t.roadmap_all_met.to_string()
    } else {
        format!("{} {}.", t.roadmap_unmet, unmet.join(", "))
    };
    let chart_years: Vec<(String, Exact, Option<u64>, bool)> = state
        .roadmap
        .iter()
        .zip(&years)
        .map(|(y, p)| {
            (
                y.year.to_string(),
                p.index,
                target_cents(&y.target),
                p.status != YearStatus::Unreachable,
            )
        })
        .collect();
    let chart = crate::charts::roadmap_chart(
        fw,
        (t.start_label, &state.base_score.index),
        &chart_years,
        lang,
    );
    Roadmap {
        lines,
        verdict,
        chart,
    }
}
