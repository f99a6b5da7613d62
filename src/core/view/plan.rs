//! View models of planning: the goal-seek panel, the cheapest gains and the evidence range.

use crate::engine::order;
use crate::engine::{Exact, Framework, Lang, format};
use crate::evidence::Item;
use crate::i18n;
use crate::state::State;

use super::{exact_text, index_and_band};

/// One action of the plan, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanLine {
    pub indicator: usize,
    pub no: u32,
    pub label: String,
    pub name: String,
    pub from: String,
    pub to: String,
    /// "+0,0300".
    pub gain: String,
    pub effort: u64,
    /// The name and criterion of the level reached.
    pub level_name: String,
    pub criterion: String,
    /// The evidence items the step still needs (not yet accepted, on the levels it
    /// completes), where the user keeps the indicator's items.
    pub tasks: Vec<TaskLine>,
}

/// An evidence item a plan step needs, as a task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskLine {
    pub code: String,
    pub text: String,
    /// Its status's name ("disiapkan").
    pub status: String,
    /// The unit that provides it (the item's, else the indicator's; empty: none named).
    pub owner: String,
    /// "31 Mar 2027", or empty.
    pub due: String,
    /// Not ready by the evidence deadline (due after it, or without a due date), when one is
    /// set: the reason in words ("setelah batas 31 Mar 2027").
    pub late: Option<String>,
}

/// The items not yet accepted on the levels a step from `from` to `to` completes, where the
/// user keeps indicator `i`'s items (none otherwise: the criterion says it).
pub fn tasks(state: &State, i: usize, from: u32, to: u32) -> Vec<TaskLine> {
    let fw = &state.fw;
    let Some(ev) = state.evidence.get(i).and_then(Option::as_ref) else {
        return Vec::new();
    };
    ev.items
        .iter()
        .filter(|it| needed(fw, it, from, to))
        .map(|it| TaskLine {
            code: it.code.clone(),
            text: crate::evidence::item_text(fw, i, it, state.lang),
            status: it.status.name(state.lang).to_string(),
            owner: ev.owner_of(it).to_string(),
            due: super::date_text(&it.due, state.lang),
            late: late(state, it),
        })
        .collect()
}

/// Whether a step from `from` to `to` needs `item`: not yet accepted, on a level the step
/// enters — every level it completes, and the level a value between two tops reaches a share
/// of.
pub fn needed(fw: &Framework, item: &Item, from: u32, to: u32) -> bool {
    let k = (item.level - fw.scale.min) as usize;
    let top = fw.tops[k];
    let bottom = k
        .checked_sub(1)
        .map_or(fw.scale.min_value(), |b| fw.tops[b]);
    top > from && bottom < to && !item.status.verified()
}

/// Why `item` is not ready by the evidence deadline, in words ("tenggat sesudah batas 1 Mar
/// 2027"); `None` when it is, or when no deadline is set.
pub fn late(state: &State, item: &Item) -> Option<String> {
    let date = state.deadline.date()?;
    if crate::evidence::ready_by(item, date) {
        return None;
    }
    let t = crate::i18n::item_texts(state.lang);
    let reason = if crate::evidence::is_date(&item.due) {
        t.after_deadline
    } else {
        t.undated
    };
    Some(format!("{reason} {}", super::date_text(date, state.lang)))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanStatus {
    Met,
    Planned,
    Unreachable,
    /// Still being computed (in slices; see [`Planner::progress`]).
    Working,
    /// Cancelled by the user before it was found.
    Cancelled,
    /// Not computable: the exact table would be too large.
    Refused,
}

impl PlanStatus {
    /// A stable name (the result's style class).
    pub fn code(&self) -> &'static str {
        match self {
            PlanStatus::Met => "met",
            PlanStatus::Planned => "planned",
            PlanStatus::Unreachable => "unreachable",
            PlanStatus::Working => "working",
            PlanStatus::Cancelled => "cancelled",
            PlanStatus::Refused => "refused",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planner {
    /// "Sangat Baik (≥ 3,50)" or "3,00".
    pub target: String,
    pub status: PlanStatus,
    /// The status in one sentence.
    pub message: String,
    /// "20 langkah, upaya 20".
    pub size: Option<String>,
    /// "3,50 · Sangat Baik" after the plan, or the best reachable index.
    pub projected: Option<String>,
    pub lines: Vec<PlanLine>,
    /// While [`PlanStatus::Working`]: the share done, 0–100.
    pub progress: Option<u8>,
    /// The values after the plan (what "apply" sets), when there is a plan.
    pub levels: Option<Vec<u32>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarginalLine {
    pub indicator: usize,
    pub no: u32,
    pub label: String,
    pub name: String,
    pub level: String,
    pub gain: String,
    pub per_effort: String,
    pub steps_to_band: String,
}

pub(super) fn target_text(state: &State, target: &crate::engine::plan::Target) -> String {
    use crate::engine::plan::Target;
    let lang = state.lang;
    match target {
        Target::Index(c) => format::cents(*c, lang),
        Target::Band(b) => state.fw.bands.get(*b).map_or_else(String::new, |band| {
            format!(
                "{} (\u{2265} {})",
                band.name.get(lang),
                format::cents(u64::from(band.from), lang)
            )
        }),
    }
}

/// The goal-seek panel, computed at once: the target, the outcome and the plan's actions, most
/// valuable first.
pub fn planner(state: &State) -> Planner {
    planner_for(state, state.plan())
}

/// The goal-seek panel with no outcome yet: its status and one sentence.
fn pending(state: &State, status: PlanStatus, message: String, progress: Option<u8>) -> Planner {
    Planner {
        target: target_text(state, &state.effective_target()),
        status,
        message,
        size: None,
        projected: None,
        lines: Vec::new(),
        progress,
        levels: None,
    }
}

/// The share of work done, in percent: 99 at most until the work is done.
pub(super) fn percent_done(progress: crate::engine::dp::Progress) -> u8 {
    (u128::from(progress.done) * 100 / u128::from(progress.total.max(1))).min(99) as u8
}

/// The goal-seek panel while its plan is computed in slices: `done` of `total` cells.
pub fn planner_working(state: &State, progress: crate::engine::dp::Progress) -> Planner {
    let t = i18n::planning_texts(state.lang);
    let share = percent_done(progress);
    pending(
        state,
        PlanStatus::Working,
        t.working.to_string(),
        Some(share),
    )
}

/// The goal-seek panel after the user cancelled its computation.
pub fn planner_cancelled(state: &State) -> Planner {
    let t = i18n::planning_texts(state.lang);
    pending(state, PlanStatus::Cancelled, t.cancelled.to_string(), None)
}

/// The goal-seek panel for an outcome (computed at once or in slices).
pub fn planner_for(
    state: &State,
    outcome: Result<crate::engine::plan::PlanOutcome, crate::engine::plan::PlanError>,
) -> Planner {
    use crate::engine::plan::{Binding, PlanError, PlanOutcome};
    let (fw, lang, st) = (&state.fw, state.lang, crate::i18n::screen_texts(state.lang));
    let target = target_text(state, &state.effective_target());
    match outcome {
        Ok(PlanOutcome::Met) => pending(state, PlanStatus::Met, st.plan_met.to_string(), None),
        Err(PlanError::TooLarge) => {
            pending(state, PlanStatus::Refused, i18n::plan_too_large(lang), None)
        }
        // The state always asks with lists of the framework's length and values on its scale.
        Err(e) => pending(state, PlanStatus::Refused, e.to_string(), None),
        Ok(PlanOutcome::Planned {
            mut steps,
            effort,
            index,
            levels,
        }) => {
            // Most index per unit of effort first, then by indicator number.
            order::sort_by(&mut steps, |a, b| {
                crate::engine::plan::more_per_effort((&a.gain, a.effort), (&b.gain, b.effort))
                    .then(a.indicator.cmp(&b.indicator))
            });
            let n_steps: u32 = steps.iter().map(|s| s.steps).sum();
            let label = |v: u32| format::value(v, fw.scale.decimals, lang);
            let lines = steps
                .iter()
                .map(|s| {
                    let ind = &fw.indicators[s.indicator];
                    PlanLine {
                        indicator: s.indicator,
                        no: ind.no,
                        label: ind.label(),
                        name: ind.name.get(lang).to_string(),
                        from: label(s.from),
                        to: label(s.to),
                        gain: format!("+{}", exact_text(&s.gain, lang)),
                        effort: s.effort,
                        level_name: fw
                            .level_name(s.indicator, s.to)
                            .map(|x| x.get(lang).to_string())
                            .unwrap_or_default(),
                        criterion: fw
                            .criterion(s.indicator, s.to)
                            .map(|x| x.get(lang).to_string())
                            .unwrap_or_default(),
                        tasks: tasks(state, s.indicator, s.from, s.to),
                    }
                })
                .collect();
            Planner {
                target,
                status: PlanStatus::Planned,
                message: i18n::plan_size(n_steps, effort, lang),
                size: Some(i18n::plan_size(n_steps, effort, lang)),
                projected: Some(index_and_band(fw, state.basis, &index, lang)),
                lines,
                progress: None,
                levels: Some(levels),
            }
        }
        Ok(PlanOutcome::Unreachable { best, binding, .. }) => {
            let reasons: Vec<&str> = binding
                .iter()
                .map(|b| match b {
                    Binding::Locks => st.binding_locks,
                    Binding::MaxLevels => st.binding_caps,
                    Binding::Pace => st.binding_pace,
                    Binding::Combination => st.binding_combination,
                    Binding::Scale => st.binding_scale,
                })
                .collect();
            let alternatives = match lang {
                Lang::Id => reasons.join(" atau "),
                Lang::En => reasons.join(" or "),
            };
            Planner {
                target,
                status: PlanStatus::Unreachable,
                message: format!(
                    "{} {}: {}. {} {}.",
                    st.plan_unreachable,
                    st.best_reachable,
                    index_and_band(fw, state.basis, &best, lang),
                    st.binding_intro,
                    alternatives
                ),
                size: None,
                projected: Some(index_and_band(fw, state.basis, &best, lang)),
                lines: Vec::new(),
                progress: None,
                levels: None,
            }
        }
    }
}

/// The marginal-gain ranking (every indicator that can still rise).
pub fn marginal(state: &State) -> Vec<MarginalLine> {
    let (fw, lang, st) = (&state.fw, state.lang, crate::i18n::screen_texts(state.lang));
    crate::engine::plan::marginal_gains(fw, &state.levels, &state.plan_request())
        .into_iter()
        .map(|m| {
            let ind = &fw.indicators[m.indicator];
            let per_effort = Exact::new(m.gain.numer(), m.gain.denom() * m.effort.max(1));
            MarginalLine {
                indicator: m.indicator,
                no: ind.no,
                label: ind.label(),
                name: ind.name.get(lang).to_string(),
                level: format!(
                    "{} \u{2192} {}",
                    format::value(state.levels[m.indicator], fw.scale.decimals, lang),
                    format::value(m.to, fw.scale.decimals, lang)
                ),
                gain: format!("+{}", exact_text(&m.gain, lang)),
                per_effort: exact_text(&per_effort, lang),
                steps_to_band: m
                    .steps_to_next_band
                    .map_or_else(|| st.alone_not_enough.to_string(), |k| k.to_string()),
            }
        })
        .collect()
}

/// The index range if every indicator marked "not yet backed by evidence" is verified one
/// whole level lower: `Some("2,80 (Baik) – 2,95 (Baik)")` when any is marked.
pub fn uncertainty(state: &State) -> Option<String> {
    let fw = &state.fw;
    if !state.unverified.iter().any(|u| *u) {
        return None;
    }
    let low: Vec<u32> = state
        .levels
        .iter()
        .zip(&state.unverified)
        .map(|(v, u)| if *u { fw.stop_below(*v) } else { *v })
        .collect();
    let low_score = fw.score(&low).ok()?;
    let band = |v: &Exact| {
        fw.bands[fw.band_of(v, state.basis)]
            .name
            .get(state.lang)
            .to_string()
    };
    Some(format!(
        "{} ({}) \u{2013} {} ({})",
        super::index_text(fw, &low_score.index, state.lang),
        band(&low_score.index),
        super::index_text(fw, &state.score.index, state.lang),
        band(&state.score.index)
    ))
}
