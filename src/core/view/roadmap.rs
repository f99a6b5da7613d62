//! The view model of the yearly roadmap: each year's target, status, result and actions, the
//! verdict and the chart — or, while it is computed in slices, the years' targets and the
//! progress.

use crate::engine::dp::Progress;
use crate::engine::plan::{PlanError, Target, YearPlan, YearStatus};
use crate::engine::{Exact, format};
use crate::i18n::{self, strings};
use crate::state::State;
use crate::work::RoadmapYear;

use super::index_and_band;
use super::plan::{PlanStatus, percent_done, target_text};

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
    /// The evidence items the year's steps still need (where the work keeps the indicators'
    /// items), as the plan's tasks; the evidence deadline is the coming stage's, not flagged
    /// here.
    pub tasks: Vec<super::TaskLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Roadmap {
    pub lines: Vec<RoadmapLine>,
    /// "Semua target tahunan dapat dicapai." or the years that cannot be met.
    pub verdict: String,
    pub chart: crate::charts::RoadmapChart,
    /// `Planned` once every year is planned; else working (with `progress`, 0–100),
    /// cancelled or refused, and `verdict` says so.
    pub status: PlanStatus,
    pub progress: Option<u8>,
}

/// A year's target as shown: "Sangat Baik (≥ 3,50)", "3,10" or "Tanpa target".
fn year_target(state: &State, year: &RoadmapYear) -> String {
    year.target.as_ref().map_or_else(
        || strings(state.lang).no_target.to_string(),
        |tg| target_text(state, tg),
    )
}

/// The roadmap, computed at once.
pub fn roadmap(state: &State) -> Roadmap {
    let targets: Vec<Option<Target>> = state.roadmap.iter().map(|y| y.target.clone()).collect();
    roadmap_for(
        state,
        crate::engine::plan::roadmap(
            &state.fw,
            &state.baseline,
            &state.roadmap_request(),
            &targets,
        ),
    )
}

/// The roadmap while it is computed in slices (the years' targets, no results yet).
pub fn roadmap_working(state: &State, progress: Progress) -> Roadmap {
    let t = i18n::planning_texts(state.lang);
    let share = percent_done(progress);
    pending(
        state,
        PlanStatus::Working,
        t.roadmap_working.to_string(),
        Some(share),
    )
}

/// The roadmap after the user cancelled its computation.
pub fn roadmap_cancelled(state: &State) -> Roadmap {
    let t = i18n::planning_texts(state.lang);
    pending(
        state,
        PlanStatus::Cancelled,
        t.roadmap_cancelled.to_string(),
        None,
    )
}

/// The years with their targets and no result: still computing, cancelled or refused.
fn pending(state: &State, status: PlanStatus, verdict: String, progress: Option<u8>) -> Roadmap {
    let (fw, lang, st) = (&state.fw, state.lang, crate::i18n::screen_texts(state.lang));
    let p = i18n::planning_texts(lang);
    let lines = state
        .roadmap
        .iter()
        .map(|y| RoadmapLine {
            year: y.year,
            target: year_target(state, y),
            status: p.year_pending.to_string(),
            met: true,
            result: String::new(),
            effort: 0,
            actions: Vec::new(),
            tasks: Vec::new(),
        })
        .collect();
    Roadmap {
        lines,
        verdict,
        chart: crate::charts::roadmap_chart(
            fw,
            (st.start_label, &state.base_score.index),
            &[],
            lang,
        ),
        status,
        progress,
    }
}

/// The roadmap for the yearly plans (computed at once or in slices), or why there are none.
pub fn roadmap_for(state: &State, years: Result<Vec<YearPlan>, PlanError>) -> Roadmap {
    let (fw, lang, t) = (&state.fw, state.lang, strings(state.lang));
    let st = crate::i18n::screen_texts(lang);
    let years = match years {
        Ok(years) => years,
        Err(PlanError::TooLarge) => {
            return pending(state, PlanStatus::Refused, i18n::plan_too_large(lang), None);
        }
        // The state always asks with lists of the framework's length and values on its scale.
        Err(e) => return pending(state, PlanStatus::Refused, e.to_string(), None),
    };
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
            target: year_target(state, y),
            status: match p.status {
                YearStatus::NoTarget => st.status_no_target,
                YearStatus::Met => st.status_met,
                YearStatus::Planned => st.status_planned,
                YearStatus::Unreachable => st.status_unreachable,
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
            tasks: p
                .steps
                .iter()
                .flat_map(|s| super::tasks(state, s.indicator, s.from, s.to))
                .map(|task| super::TaskLine { late: None, ..task })
                .collect(),
        })
        .collect();
    let unmet: Vec<String> = lines
        .iter()
        .filter(|l| !l.met)
        .map(|l| l.year.to_string())
        .collect();
    let verdict = if unmet.is_empty() {
        st.roadmap_all_met.to_string()
    } else {
        format!("{} {}.", st.roadmap_unmet, unmet.join(", "))
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
        (st.start_label, &state.base_score.index),
        &chart_years,
        lang,
    );
    Roadmap {
        lines,
        verdict,
        chart,
        status: PlanStatus::Planned,
        progress: None,
    }
}
