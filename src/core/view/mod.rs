//! View models: everything the screen shows, computed from [`State`] in plain Rust. The Yew
//! components only lay these out, so the numbers, signs and texts on screen are tested
//! natively (`tests/view_models.rs`).

mod compare;
mod crosswalk;
mod evidence;
mod plan;
mod roadmap;
mod standing;
mod units;

pub use compare::{CompareCell, CompareRow, Comparison, comparison};
pub use crosswalk::{CrosswalkRow, crosswalk_rows};
pub use evidence::{
    GapRow, ItemRow, ItemsPanel, ItemsSummary, LevelItems, date_text, items_panel, items_summary,
    status_choices,
};
pub use plan::{
    MarginalLine, PlanLine, PlanStatus, Planner, TaskLine, marginal, planner, planner_cancelled,
    planner_for, planner_working, tasks, uncertainty,
};
pub use roadmap::{Roadmap, RoadmapLine, roadmap, roadmap_cancelled, roadmap_for, roadmap_working};
pub use standing::{
    DomainLine, History, HistoryRow, PeerView, PeerYear, RankCell, RankLine, Standing, history,
    roadmap_indices, roadmap_indices_for, standing,
};
pub use units::{DueLine, MonthLine, UnitIndicator, UnitItem, UnitPage, UnitsView, units_view};

use crate::engine::{Exact, Framework, Lang, format};
use crate::i18n::{self, strings};
use crate::state::State;

/// One segment of the band bar, in thousandths of the bar's width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BandSegment {
    pub name: String,
    pub color: String,
    pub start: u32,
    pub width: u32,
    /// The lower edge as shown ("2,60").
    pub from: String,
    pub current: bool,
}

/// A domain or aspect line of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartLine {
    pub id: String,
    pub name: String,
    pub weight: String,
    pub value: String,
    /// Change of the shown value from the baseline ("+0,30"), when there is one.
    pub delta: Option<String>,
    pub delta_sign: i8,
}

/// A domain and its aspects; in a framework without domains (Pemdi) one group of all aspects
/// with no domain line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainLines {
    pub domain: Option<PartLine>,
    pub aspects: Vec<PartLine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// What the index is called ("Indeks Pemdi").
    pub index_name: String,
    /// The official figure, "2,95".
    pub index: String,
    /// The exact value with every digit, "2,9475".
    pub exact: String,
    pub predicate: String,
    pub predicate_color: String,
    /// Change of the shown index from the baseline; `Some` whenever a level differs.
    pub index_delta: Option<String>,
    pub index_delta_sign: i8,
    /// The baseline's index and predicate, when a level differs.
    pub baseline: Option<String>,
    /// "+0,12 menuju Sangat Baik", or the top-band message.
    pub next: String,
    /// Said when the index sits exactly on a band edge (where the edge rule decides).
    pub edge: Option<String>,
    /// The planning target ("Sangat Baik (≥ 3,50)") and where the scenario stands against it:
    /// met, or the exact distance still to go.
    pub target: String,
    pub target_met: bool,
    pub target_gap: Option<String>,
    /// The predicate's second name (Pemdi: "Merintis"), when the framework has one.
    pub band_level: Option<String>,
    pub marker: u32,
    pub bands: Vec<BandSegment>,
    pub domains: Vec<DomainLines>,
    /// "3 indikator berubah dari baseline." or the no-change message.
    pub changes: String,
}

/// One indicator row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorLine {
    /// Position (1-based): the stable id of the row.
    pub no: u32,
    /// The number people use ("12", "35a").
    pub label: String,
    pub name: String,
    /// "1,30 %".
    pub weight: String,
    /// What the next step of this indicator adds to the index, "+0,013".
    pub per_level: String,
    pub level: String,
    pub level_name: String,
    pub criterion: String,
    /// The next level's value, name and criterion, when there is one.
    pub next: Option<(String, String, String)>,
    /// The next step only completes the level the value is in (Pemdi 1,26 → 1,50): its
    /// criterion is this level's.
    pub next_completes: bool,
    /// "+2 (baseline 1)" when the level differs from the baseline.
    pub delta: Option<String>,
    pub delta_sign: i8,
    /// The choices of the level control (every stop): value, label, level name.
    pub choices: Vec<(u32, String, String)>,
    /// Whether values between the choices can be typed (a scale with decimals).
    pub precise: bool,
}

fn sign(d: i64) -> i8 {
    d.signum() as i8
}

fn cents_delta(now: &Exact, base: &Exact) -> i64 {
    now.cents() as i64 - base.cents() as i64
}

/// The index as the framework shows it ("2,81" for 2,8167 when it cuts).
pub fn index_text(fw: &Framework, v: &Exact, lang: Lang) -> String {
    format::cents(fw.index_cents(v), lang)
}

/// "3,10 · Baik" with the band under `basis`.
pub fn index_and_band(
    fw: &Framework,
    basis: crate::engine::Basis,
    v: &Exact,
    lang: Lang,
) -> String {
    format!(
        "{} \u{b7} {}",
        index_text(fw, v, lang),
        fw.bands[fw.band_of(v, basis)].name.get(lang)
    )
}

pub use crate::engine::format::exact as exact_text;

fn permille(cents: u64, fw: &Framework) -> u32 {
    let lo = u64::from(fw.scale.min) * 100;
    let span = (u64::from(fw.scale.max) * 100).saturating_sub(lo).max(1);
    (cents.clamp(lo, lo + span).saturating_sub(lo) * 1000 / span) as u32
}

pub fn summary(state: &State) -> Summary {
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    let changed = state.has_changes();
    let s = &state.score;
    let band_ix = fw.band_of(&s.index, state.basis);
    let band = &fw.bands[band_ix];
    let next = match fw.next_band(&s.index, state.basis) {
        Some(nb) => i18n::to_next_band(
            // The exact distance from the value that decides the predicate: under the exact
            // basis 2,9475 needs +0,5525 (not the +0,55 the rounded figures suggest).
            &format!("+{}", exact_text(&nb.gap, lang)),
            nb.beyond,
            fw.bands[nb.band].name.get(lang),
            lang,
        ),
        None => t.top_band.to_string(),
    };
    let edge = fw.on_edge(&s.index, state.basis).map(|b| {
        use crate::engine::model::BandEdge;
        let now = fw.bands[band_ix].name.get(lang);
        // The other reading of the edge, when the framework leaves the rule open.
        let flipped = match fw.band_edge {
            BandEdge::LowerInclusive => BandEdge::UpperInclusive,
            BandEdge::UpperInclusive => BandEdge::LowerInclusive,
        };
        let other = fw
            .edge_rule_open()
            .then(|| {
                fw.bands[fw.band_under(&s.index, state.basis, flipped)]
                    .name
                    .get(lang)
            })
            .filter(|o| *o != now);
        i18n::on_edge(
            &format::cents(u64::from(fw.bands[b].from), lang),
            now,
            other,
            lang,
        )
    });
    let top = u64::from(fw.scale.max) * 100;
    let bands = fw
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let end = fw.bands.get(i + 1).map_or(top, |n| u64::from(n.from));
            let start = permille(u64::from(b.from), fw);
            BandSegment {
                name: b.name.get(lang).to_string(),
                color: b.color.clone(),
                start,
                width: permille(end, fw).saturating_sub(start),
                from: format::cents(u64::from(b.from), lang),
                current: i == band_ix,
            }
        })
        .collect();
    let line = |id: &str, name: &str, weight: u32, now: &Exact, base: &Exact| {
        let d = cents_delta(now, base);
        PartLine {
            id: id.to_string(),
            name: name.to_string(),
            weight: format::percent_bp(weight, fw.total_weight, lang),
            value: format::cents(now.cents(), lang),
            delta: (changed && d != 0).then(|| format::signed_cents(d, lang)),
            delta_sign: sign(d),
        }
    };
    let aspect_line = |ai: usize| {
        let a = &fw.aspects[ai];
        line(
            &a.id,
            a.name.get(lang),
            a.weight,
            &s.aspects[ai],
            &state.base_score.aspects[ai],
        )
    };
    let domains = if fw.domains.is_empty() {
        vec![DomainLines {
            domain: None,
            aspects: (0..fw.aspects.len()).map(aspect_line).collect(),
        }]
    } else {
        fw.domains
            .iter()
            .enumerate()
            .map(|(di, d)| DomainLines {
                domain: Some(line(
                    &d.id,
                    d.name.get(lang),
                    d.weight,
                    &s.domains[di],
                    &state.base_score.domains[di],
                )),
                aspects: d.aspects.clone().map(aspect_line).collect(),
            })
            .collect()
    };
    let d = fw.index_cents(&s.index) as i64 - fw.index_cents(&state.base_score.index) as i64;
    let base_band = &fw.bands[fw.band_of(&state.base_score.index, state.basis)];
    let n_changed = state
        .levels
        .iter()
        .zip(&state.baseline)
        .filter(|(a, b)| a != b)
        .count();
    // The target: met, or how far (exact, on the deciding value).
    let goal = state.effective_target();
    let need = crate::engine::plan::required_sum(fw, &goal, state.basis).unwrap_or(0);
    let have = crate::engine::plan::weighted_sum(fw, &state.levels);
    let target_gap = (have < need).then(|| {
        let gap = Exact::new(
            u64::try_from(need - have).unwrap_or(u64::MAX),
            crate::engine::plan::denominator(fw),
        );
        format!("{} +{}", t.target_short, exact_text(&gap, lang))
    });
    Summary {
        target: plan::target_text(state, &goal),
        target_met: target_gap.is_none(),
        target_gap,
        index_name: fw.index_name.get(lang).to_string(),
        index: index_text(fw, &s.index, lang),
        exact: exact_text(&s.index, lang),
        predicate: band.name.get(lang).to_string(),
        predicate_color: band.color.clone(),
        index_delta: changed.then(|| format::signed_cents(d, lang)),
        index_delta_sign: sign(d),
        baseline: changed.then(|| {
            format!(
                "{} {} ({})",
                t.baseline_was,
                index_text(fw, &state.base_score.index, lang),
                base_band.name.get(lang)
            )
        }),
        next,
        edge,
        band_level: band.level.as_ref().map(|l| l.get(lang).to_string()),
        marker: permille(fw.index_cents(&s.index), fw),
        bands,
        domains,
        changes: if changed {
            i18n::changed_count(n_changed, lang)
        } else {
            t.no_changes.to_string()
        },
    }
}

/// The row of indicator `i` (0-based) at `value`, compared with `base`.
pub fn indicator(fw: &Framework, i: usize, value: u32, base: u32, lang: Lang) -> IndicatorLine {
    let ind = &fw.indicators[i];
    let decimals = fw.scale.decimals;
    let text =
        |t: Option<&crate::engine::Text>| t.map(|t| t.get(lang).to_string()).unwrap_or_default();
    let label = |v: u32| format::value(v, decimals, lang);
    let step = fw.next_stop(value);
    // What the next step adds to the index: exact, shown with every digit (for a whole-level
    // scale, one level: weight / total).
    let per_level = Exact::new(
        u64::from(ind.weight) * u64::from(step.map_or(0, |s| s - value)),
        u64::from(fw.total_weight) * u64::from(fw.scale.unit()),
    );
    let next = step.map(|s| {
        (
            label(s),
            text(fw.level_name(i, s)),
            text(fw.criterion(i, s)),
        )
    });
    let d = i64::from(value) - i64::from(base);
    let delta = (d != 0).then(|| {
        format!(
            "{} ({} {})",
            format::signed_value(d, decimals, lang),
            strings(lang).baseline_was,
            label(base)
        )
    });
    IndicatorLine {
        no: ind.no,
        label: ind.label(),
        name: ind.name.get(lang).to_string(),
        weight: format::percent_bp(ind.weight, fw.total_weight, lang),
        per_level: step
            .map(|_| format!("+{}", exact_text(&per_level, lang)))
            .unwrap_or_default(),
        level: label(value),
        level_name: text(fw.level_name(i, value)),
        criterion: text(fw.criterion(i, value)),
        next_completes: step.is_some_and(|s| fw.level_slot(s) == fw.level_slot(value)),
        next,
        delta,
        delta_sign: sign(d),
        choices: fw
            .stops
            .iter()
            .map(|&v| (v, label(v), text(fw.level_name(i, v))))
            .collect(),
        precise: decimals > 0,
    }
}
