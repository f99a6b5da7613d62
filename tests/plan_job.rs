//! Goal seek in slices ([`PlanJob`]) gives exactly the plan computed at once, however the work
//! is cut — on the small choices of the brute-force test, on four-decimal Pemdi vectors (the
//! effort table) and on large uneven efforts that leave only the gain table.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::choices::{cumulative, xorshift};
use common::pemdi2026;
use proptest::prelude::*;
use spbe_calculator::engine::dp::{Choices, Solved, Solver, solve};
use spbe_calculator::engine::plan::{PlanJob, PlanPoll, PlanRequest, Target, plan};
use spbe_calculator::engine::{Basis, Framework};

fn key(s: Solved) -> Option<Option<(u64, Vec<u32>)>> {
    match s {
        Solved::Plan(e, ks) => Some(Some((e, ks))),
        Solved::None => Some(None),
        Solved::TooLarge => None,
    }
}

/// Runs `job` in slices of `budget` cells; the outcome and how many slices it took, checking
/// that progress never goes back and never passes its total.
fn sliced(fw: &Framework, levels: &[u32], req: &PlanRequest, budget: u64) -> (String, usize) {
    let mut job = PlanJob::new(fw, levels, req);
    let mut last = 0;
    for slices in 1.. {
        match job.run(fw, budget) {
            PlanPoll::Done(out) => return (format!("{out:?}"), slices),
            PlanPoll::Working(p) => {
                assert!(p.done >= last && p.done <= p.total, "{p:?} after {last}");
                last = p.done;
            }
        }
    }
    unreachable!()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Random cumulative gains and costs, any gap, slices of 1 to 40 cells.
    #[test]
    fn a_sliced_solver_finds_what_solve_finds(
        rows in prop::collection::vec(
            prop::collection::vec((1u64..=5_000, 1u64..=100), 0..=4), 1..=6),
        share in 0u64..=1_100,
        budget in 1u64..=40,
    ) {
        let (gains, costs) = cumulative(rows);
        let reachable: u64 = gains.iter().map(|g| g.last().unwrap()).sum();
        let gap = (reachable * share / 1_000).max(1);
        let c = Choices { gains: &gains, costs: &costs };
        let whole = key(solve(&c, gap));
        let mut s = Solver::new(&c, gap);
        let got = loop {
            if let Some(done) = s.run(&c, budget) {
                break key(done);
            }
        };
        prop_assert_eq!(got, whole);
    }
}

/// Four-decimal Pemdi vectors, every predicate: with efforts of 1–1,000 per step (the effort
/// table) and of 10,000–100,000 (efforts counted in money: too wide for the effort table, so
/// the gain table alone), slices give the plan `plan` gives, and the wide case needs several.
#[test]
fn sliced_plans_equal_whole_plans_on_pemdi() {
    let fw = pemdi2026();
    let n = fw.indicators.len();
    let mut next = xorshift(0x51ce);
    let mut most = 0;
    for (low, span) in [(1, 1_000), (10_000, 90_001), (1, 1_000), (10_000, 90_001)] {
        let levels: Vec<u32> = (0..n).map(|_| 10_000 + (next() % 40_001) as u32).collect();
        let efforts: Vec<u32> = (0..n).map(|_| low + (next() % span) as u32).collect();
        for b in 0..fw.bands.len() {
            let mut req = PlanRequest::new(&fw, Target::Band(b), Basis::Exact);
            req.efforts.clone_from(&efforts);
            let whole = format!("{:?}", plan(&fw, &levels, &req));
            let (got, slices) = sliced(&fw, &levels, &req, 2_000_000);
            assert_eq!(got, whole, "{levels:?} {efforts:?} band {b}");
            most = most.max(slices);
        }
    }
    assert!(most > 10, "the gain table took only {most} slices");
}

/// The yearly roadmap in slices gives the years the roadmap at once gives — with a year
/// without a target, an unreachable year and the gain table (efforts counted in money).
#[test]
fn a_sliced_roadmap_equals_the_whole_roadmap() {
    use spbe_calculator::engine::plan::{Poll, RoadmapJob, roadmap};
    let fw = pemdi2026();
    let n = fw.indicators.len();
    let mut next = xorshift(0x7ea7);
    for (low, span) in [(1, 100), (10_000, 90_001)] {
        let levels: Vec<u32> = (0..n).map(|_| 10_000 + (next() % 25_001) as u32).collect();
        let mut req = PlanRequest::new(&fw, Target::Band(0), Basis::Exact);
        req.efforts = (0..n).map(|_| low + (next() % span) as u32).collect();
        req.pace = Some(2);
        let targets = [
            Some(Target::Index(300)),
            None,
            Some(Target::Band(fw.bands.len() - 1)),
            Some(Target::Index(500)),
        ];
        let whole = format!("{:?}", roadmap(&fw, &levels, &req, &targets));
        let mut job = RoadmapJob::new(&levels, &req, &targets);
        let (mut slices, mut last) = (0, 0);
        let got = loop {
            slices += 1;
            match job.run(&fw, 500_000) {
                Poll::Done(out) => break format!("{out:?}"),
                Poll::Working(p) => {
                    assert!(p.done >= last && p.done < p.total, "{p:?} after {last}");
                    last = p.done;
                }
            }
        };
        assert_eq!(got, whole);
        assert!(
            whole.contains("Unreachable") && whole.contains("NoTarget"),
            "{whole}"
        );
        if low > 1 {
            assert!(slices > 2, "the gain table in {slices} slices");
        }
    }
}
