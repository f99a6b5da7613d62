//! What the screen shows, natively: the summary and indicator rows computed from the state.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::spbe2020;
use spbe_calculator::engine::{Basis, Lang};
use spbe_calculator::state::{Action, State};
use spbe_calculator::view;

fn kemenko(lang: Lang) -> State {
    let s = State::new(Rc::new(spbe2020()), lang);
    s.apply(Action::StartFromPreset(1)).unwrap()
}

#[test]
fn summary_of_the_kemenko_report() {
    let v = view::summary(&kemenko(Lang::Id));
    assert_eq!(v.index, "2,95");
    assert_eq!(v.predicate, "Baik");
    assert_eq!(v.predicate_color, "#7d6608");
    assert!(v.exact.starts_with("2,9"), "{}", v.exact);
    assert_eq!(v.index_delta, None, "no baseline change, no delta");
    assert_eq!(v.baseline, None);
    assert_eq!(v.changes, "Belum ada perubahan dari baseline.");
    // Exact index 2,9475: Sangat Baik starts at 3,50, so the exact basis needs +0,5525 …
    assert_eq!(v.exact, "2,9475");
    assert_eq!(v.next, "+0,5525 menuju Sangat Baik");
    // … and the rounded basis measures from the shown 2,95.
    let r = kemenko(Lang::Id)
        .apply(Action::SetBasis(Basis::Rounded))
        .unwrap();
    assert_eq!(view::summary(&r).next, "+0,55 menuju Sangat Baik");
    assert_eq!(v.domains.len(), 4);
    assert_eq!(v.domains.iter().map(|d| d.aspects.len()).sum::<usize>(), 8);
    assert_eq!(v.domains[3].domain.as_ref().unwrap().weight, "45,50 %");
    // The band bar spans 1..5: Cukup starts at (1,8 - 1) / 4 = 200 permille, Memuaskan ends at 1000.
    let starts: Vec<u32> = v.bands.iter().map(|b| b.start).collect();
    assert_eq!(starts, vec![0, 200, 400, 625, 800]);
    assert_eq!(v.bands.iter().map(|b| b.width).sum::<u32>(), 1000);
    assert!(v.bands[2].current && v.bands.iter().filter(|b| b.current).count() == 1);
    assert_eq!(v.marker, (295 - 100) * 1000 / 400);
}

#[test]
fn deltas_are_differences_of_shown_values() {
    let s = kemenko(Lang::En);
    let base_index = s.score.index.cents();
    let s = s
        .apply(Action::SetLevel {
            indicator: 46,
            value: 5,
        })
        .unwrap();
    let v = view::summary(&s);
    let d = s.score.index.cents() as i64 - base_index as i64;
    assert!(d > 0);
    assert_eq!(v.index_delta, Some(format!("+0.{d:02}")));
    assert_eq!(v.index_delta_sign, 1);
    assert_eq!(v.baseline, Some("baseline 2.95 (Good)".to_string()));
    assert_eq!(v.changes, "1 indicator changed from the baseline.");
    // Only Layanan (the last domain) and its last aspect changed.
    assert!(
        v.domains[..3]
            .iter()
            .all(|d| d.domain.as_ref().unwrap().delta.is_none())
    );
    assert!(v.domains[3].domain.as_ref().unwrap().delta.is_some());
    assert!(v.domains[3].aspects.last().unwrap().delta.is_some());
    assert!(v.domains[3].aspects[0].delta.is_none());
    // Going down shows a true minus sign.
    let down = s
        .apply(Action::SetBaselineToCurrent)
        .unwrap()
        .apply(Action::SetLevel {
            indicator: 0,
            value: 1,
        })
        .unwrap();
    let v = view::summary(&down);
    assert!(v.index_delta.unwrap().starts_with('\u{2212}'));
}

#[test]
fn top_band_and_basis() {
    let s = State::new(Rc::new(spbe2020()), Lang::Id);
    let mut s = s;
    for i in 0..47 {
        if let Some(n) = s.apply(Action::SetLevel {
            indicator: i,
            value: 5,
        }) {
            s = n;
        }
    }
    let v = view::summary(&s);
    assert_eq!(
        (v.index.as_str(), v.predicate.as_str()),
        ("5,00", "Memuaskan")
    );
    assert_eq!(v.next, "Predikat tertinggi sudah tercapai.");
    assert_eq!(v.marker, 1000);
    assert_eq!(v.index_delta, Some("+4,00".to_string()));
    let r = s.apply(Action::SetBasis(Basis::Rounded)).unwrap();
    assert_eq!(view::summary(&r).predicate, "Memuaskan");
}

#[test]
fn indicator_rows() {
    let fw = spbe2020();
    let row = view::indicator(&fw, 0, 3, 1, Lang::Id);
    assert_eq!(row.no, 1);
    assert_eq!(row.weight, "1,30 %");
    assert_eq!(row.per_level, "+0,013");
    assert_eq!(row.level, "3");
    assert_eq!(row.level_name, "Terdefinisi");
    assert_eq!(row.delta, Some("+2 (baseline 1)".to_string()));
    let (n, name, crit) = row.next.clone().unwrap();
    assert_eq!((n.as_str(), name.as_str()), ("4", "Terpadu dan Terukur"));
    assert_eq!(crit, fw.indicators[0].criteria[3].id);
    assert_eq!(row.choices.len(), 5);
    assert_eq!(row.choices[0], (1, "1".to_string(), "Rintisan".to_string()));
    // Service indicators use the service ladder; the top level has no next.
    let last = view::indicator(&fw, 46, 5, 5, Lang::En);
    assert_eq!(last.next, None);
    assert_eq!(last.delta, None);
    assert_eq!(
        last.choices[0].2,
        fw.ladders[fw.indicators[46].ladder].levels[0].en
    );
    let down = view::indicator(&fw, 46, 2, 5, Lang::En);
    assert_eq!(down.delta, Some("\u{2212}3 (baseline 5)".to_string()));
}

#[test]
fn planner_panel_plans_applies_and_reports() {
    use spbe_calculator::engine::plan::{PlanOutcome, Target};
    use spbe_calculator::view::PlanStatus;
    let s = kemenko(Lang::Id);
    // Default target: the band above the baseline (Sangat Baik from 2,95).
    let p = view::planner(&s);
    assert_eq!(p.target, "Sangat Baik (\u{2265} 3,50)");
    assert_eq!(p.status, PlanStatus::Planned);
    assert_eq!(p.size.as_deref(), Some("20 langkah, upaya 20"));
    assert_eq!(p.projected.as_deref(), Some("3,50 \u{b7} Sangat Baik"));
    // Most valuable first: the 3 % service indicators of aspect A8.
    assert!(p.lines[0].gain.starts_with("+0,03"), "{:?}", p.lines[0]);
    assert!(!p.lines[0].criterion.is_empty());
    // Applying the plan meets the target; the baseline is kept for the deltas.
    let planned = |s: &State| match s.plan() {
        Ok(PlanOutcome::Planned { levels, .. }) => Some(levels),
        _ => None,
    };
    let applied = s.apply(Action::ApplyPlan(planned(&s).unwrap())).unwrap();
    assert_eq!(view::summary(&applied).predicate, "Sangat Baik");
    assert_eq!(view::planner(&applied).status, PlanStatus::Met);
    assert_eq!(
        view::planner(&applied).message,
        "Target sudah tercapai dengan tingkat saat ini."
    );
    assert_eq!(applied.baseline, s.baseline);
    // An unreachable target says why.
    let capped = s
        .apply(Action::SetTarget(Some(Target::Band(4))))
        .unwrap()
        .apply(Action::SetPace(Some(1)))
        .unwrap();
    let p = view::planner(&capped);
    assert_eq!(p.status, PlanStatus::Unreachable);
    assert!(
        p.message.contains("batas kenaikan per indikator"),
        "{}",
        p.message
    );
    assert_eq!(planned(&capped), None, "nothing to apply");
    assert_eq!(p.levels, None);
    // The panel carries the plan's values for "apply".
    assert_eq!(view::planner(&s).levels, planned(&s));
    // Levels the framework cannot take change nothing.
    assert!(s.apply(Action::ApplyPlan(vec![6; 47])).is_none());
    assert!(s.apply(Action::ApplyPlan(vec![3; 46])).is_none());
}

/// A plan computed in slices: its progress (never 100 % before it is found), a cancelled one,
/// and a refused one — which never reads as "the target is met".
#[test]
fn planner_panel_while_working_cancelled_and_refused() {
    use spbe_calculator::engine::dp::Progress;
    use spbe_calculator::engine::plan::PlanError;
    use spbe_calculator::view::PlanStatus;
    let s = kemenko(Lang::Id);
    let w = view::planner_working(&s, Progress { done: 1, total: 3 });
    assert_eq!(
        (w.status.clone(), w.progress),
        (PlanStatus::Working, Some(33))
    );
    assert_eq!(w.target, view::planner(&s).target);
    assert!(w.message.starts_with("Menghitung rencana"), "{}", w.message);
    let almost = view::planner_working(
        &s,
        Progress {
            done: 999,
            total: 1000,
        },
    );
    assert_eq!(almost.progress, Some(99));
    let none = view::planner_working(&s, Progress { done: 0, total: 0 });
    assert_eq!(none.progress, Some(0));
    let c = view::planner_cancelled(&kemenko(Lang::En));
    assert_eq!(c.status, PlanStatus::Cancelled);
    assert!(c.message.contains("cancelled"), "{}", c.message);
    assert!(c.lines.is_empty() && c.levels.is_none() && c.progress.is_none());
    let r = view::planner_for(&s, Err(PlanError::TooLarge));
    assert_eq!(r.status, PlanStatus::Refused);
    assert!(r.message.contains("48 juta sel"), "{}", r.message);
    assert_ne!(
        r.message,
        view::planner(
            &kemenko(Lang::Id)
                .apply(Action::ApplyPlan(vec![5; 47]))
                .unwrap()
        )
        .message
    );
}

/// The roadmap while computed in slices keeps every year's target (the pickers stay), shows no
/// result yet, and a refused roadmap says why instead of showing no years.
#[test]
fn roadmap_while_working_cancelled_and_refused() {
    use spbe_calculator::engine::dp::Progress;
    use spbe_calculator::engine::plan::PlanError;
    use spbe_calculator::view::PlanStatus;
    let s = kemenko(Lang::Id);
    let done = view::roadmap(&s);
    assert_eq!(done.status, PlanStatus::Planned);
    let w = view::roadmap_working(&s, Progress { done: 1, total: 2 });
    assert_eq!(
        (w.status.clone(), w.progress),
        (PlanStatus::Working, Some(50))
    );
    assert_eq!(w.lines.len(), s.roadmap.len());
    for (a, b) in w.lines.iter().zip(&done.lines) {
        assert_eq!((a.year, &a.target), (b.year, &b.target));
        assert_eq!(
            (a.result.as_str(), a.effort, a.status.as_str()),
            ("", 0, "Belum dihitung")
        );
    }
    assert!(
        w.verdict.starts_with("Menghitung rencana tiap tahun"),
        "{}",
        w.verdict
    );
    let c = view::roadmap_cancelled(&s);
    assert_eq!(
        (c.status, c.lines.len()),
        (PlanStatus::Cancelled, s.roadmap.len())
    );
    let r = view::roadmap_for(&s, Err(PlanError::TooLarge));
    assert_eq!(r.status, PlanStatus::Refused);
    assert_eq!(r.lines.len(), s.roadmap.len());
    assert!(r.verdict.contains("terlalu halus"), "{}", r.verdict);
}

#[test]
fn marginal_ranking_and_uncertainty() {
    let s = kemenko(Lang::En);
    let m = view::marginal(&s);
    assert_eq!(m[0].no, 42);
    assert_eq!(m[0].gain, "+0.03");
    assert_eq!(m[0].steps_to_band, "not enough alone");
    assert_eq!(view::uncertainty(&s), None);
    // Marking indicator 42 (level 4, 3 %) as unverified: 2.9175 .. 2.9475.
    let u = s.apply(Action::ToggleUnverified(41)).unwrap();
    assert_eq!(
        view::uncertainty(&u).as_deref(),
        Some("2.92 (Good) \u{2013} 2.95 (Good)")
    );
    // Locking and effort change the ranking.
    let locked = s.apply(Action::ToggleLock(41)).unwrap();
    assert!(view::marginal(&locked).iter().all(|l| l.no != 42));
    let costly = s
        .apply(Action::SetEffort {
            indicator: 41,
            effort: 4,
        })
        .unwrap();
    assert_ne!(view::marginal(&costly)[0].no, 42);
}
