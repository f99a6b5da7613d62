//! The yearly roadmap: each year's least-effort plan starts from the previous year's values.

use super::exact::Exact;
use super::model::Framework;
use super::plan::{
    PlanError, PlanOutcome, PlanRequest, PlanStep, Relax, Target, index_of, options, plan,
    steps_between,
};

/// What became of one roadmap year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearStatus {
    /// No target set: the values carry over.
    NoTarget,
    /// The target was already met by the previous year's values.
    Met,
    Planned,
    /// Out of reach this year: the year goes as far as the constraints allow.
    Unreachable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearPlan {
    pub status: YearStatus,
    pub steps: Vec<PlanStep>,
    pub effort: u64,
    /// Values and exact index at the end of the year.
    pub levels: Vec<u32>,
    pub index: Exact,
}

/// Plan year after year: each year's least-effort plan starts from the previous year's values,
/// under the same constraints (the pace limit applies per year).
pub fn roadmap(
    fw: &Framework,
    start: &[u32],
    template: &PlanRequest,
    targets: &[Option<Target>],
) -> Result<Vec<YearPlan>, PlanError> {
    let mut levels = start.to_vec();
    let mut out = Vec::with_capacity(targets.len());
    for target in targets {
        let unchanged = |status, levels: &Vec<u32>| YearPlan {
            status,
            steps: Vec::new(),
            effort: 0,
            index: index_of(fw, levels),
            levels: levels.clone(),
        };
        let Some(target) = target else {
            out.push(unchanged(YearStatus::NoTarget, &levels));
            continue;
        };
        let req = PlanRequest {
            target: target.clone(),
            // Caps below a value reached earlier cannot lower it.
            max_levels: template
                .max_levels
                .iter()
                .zip(&levels)
                .map(|(m, l)| (*m).max(*l))
                .collect(),
            ..template.clone()
        };
        let year = match plan(fw, &levels, &req)? {
            PlanOutcome::Met => unchanged(YearStatus::Met, &levels),
            PlanOutcome::Planned {
                steps,
                effort,
                levels: after,
                index,
            } => YearPlan {
                status: YearStatus::Planned,
                steps,
                effort,
                levels: after,
                index,
            },
            PlanOutcome::Unreachable {
                best, best_levels, ..
            } => {
                let o = options(fw, &levels, &req, Relax::default());
                let ks: Vec<u32> = o.values.iter().map(|v| v.len() as u32 - 1).collect();
                let steps = steps_between(fw, &o, &levels, &ks);
                YearPlan {
                    status: YearStatus::Unreachable,
                    effort: steps.iter().map(|s| s.effort).sum(),
                    steps,
                    levels: best_levels,
                    index: best,
                }
            }
        };
        levels.clone_from(&year.levels);
        out.push(year);
    }
    Ok(out)
}
