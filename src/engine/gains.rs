//! The cheapest gains: every indicator ranked by what its next step adds to the index per unit
//! of effort, compared exactly.

use super::exact::Exact;
use super::model::Framework;
use super::order;
use super::plan::{PlanRequest, Relax, Target, denominator, options, required_sum, weighted_sum};

/// Orders by index gain per unit of effort, most first, compared exactly
/// (`a.gain / a.effort` against `b.gain / b.effort` by cross-multiplication; effort 0 counts 1).
pub fn more_per_effort(a: (&Exact, u64), b: (&Exact, u64)) -> std::cmp::Ordering {
    let per = |x: (&Exact, u64), y: (&Exact, u64)| {
        u128::from(x.0.numer()) * u128::from(y.0.denom()) * u128::from(y.1.max(1))
    };
    per(b, a).cmp(&per(a, b))
}

/// One line of the marginal-gain ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marginal {
    pub indicator: usize,
    /// The value the next step reaches.
    pub to: u32,
    /// Exact change of the index from this indicator's next step.
    pub gain: Exact,
    /// Effort of that step.
    pub effort: u64,
    /// Steps of this indicator alone that would reach the next predicate band, if it can.
    pub steps_to_next_band: Option<u32>,
}

/// Every indicator that can still rise, ranked by gain per effort (then gain, then number).
pub fn marginal_gains(fw: &Framework, levels: &[u32], req: &PlanRequest) -> Vec<Marginal> {
    if fw.check_levels(levels).is_err()
        || req.efforts.len() != levels.len()
        || req.locked.len() != levels.len()
        || req.max_levels.len() != levels.len()
    {
        return Vec::new();
    }
    let o = options(fw, levels, req, Relax::default());
    let denom = denominator(fw);
    let current: u128 = weighted_sum(fw, levels);
    let index = Exact::new(current as u64, denom);
    let next_need = fw
        .next_band(&index, req.basis)
        .and_then(|nb| required_sum(fw, &Target::Band(nb.band), req.basis).ok());
    let mut out: Vec<Marginal> = (0..levels.len())
        .filter(|&i| o.gains[i].len() > 1)
        .map(|i| {
            let steps_to_next_band = next_need.and_then(|need| {
                let missing = need.saturating_sub(current);
                o.gains[i]
                    .iter()
                    .position(|g| u128::from(*g) >= missing)
                    .map(|k| k as u32)
            });
            Marginal {
                indicator: i,
                to: o.values[i][1],
                gain: Exact::new(o.gains[i][1], denom),
                effort: o.costs[i][1],
                steps_to_next_band,
            }
        })
        .collect();
    // gain/effort descending, compared exactly by cross-multiplication.
    order::sort_by(&mut out, |a, b| {
        more_per_effort((&a.gain, a.effort), (&b.gain, b.effort))
            .then(b.gain.cmp(&a.gain))
            .then(a.indicator.cmp(&b.indicator))
    });
    out
}
