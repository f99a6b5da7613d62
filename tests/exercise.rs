//! Workshop exercises natively: the link that carries one, the comparison with the best plan,
//! the planner hidden until reveal, and case studies started again.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::{pemdi2026, spbe2020};
use spbe_calculator::engine::fragment::{self, FragmentError};
use spbe_calculator::engine::plan::{self, PlanOutcome, PlanRequest, Target};
use spbe_calculator::engine::{Basis, Lang, View};
use spbe_calculator::exercise::{compare, link};
use spbe_calculator::state::{Action, State};

fn case(id: &str) -> State {
    let fw = Rc::new(spbe2020());
    let i = fw.presets.iter().position(|p| p.id == id).unwrap();
    State::new(fw, Lang::Id).apply(Action::OpenCase(i)).unwrap()
}

#[test]
fn an_exercise_travels_in_its_link_and_hides_the_planner_until_reveal() {
    let trainer = case("latihan-baik-audit");
    let text = link(&trainer, Target::Band(3), Some(2));
    assert!(
        text.ends_with("&exercise=1&target=sangat-baik&pace=2"),
        "{text}"
    );
    let fw = trainer.fw.clone();
    let p = State::new(fw.clone(), Lang::Id)
        .apply(Action::open_fragment(text))
        .unwrap();
    let e = p.mode.exercise.clone().unwrap();
    assert_eq!(e.start, trainer.levels);
    assert_eq!((e.target.clone(), e.pace), (Target::Band(3), Some(2)));
    assert_eq!((p.target.clone(), p.pace), (Some(Target::Band(3)), Some(2)));
    assert!(!p.views().contains(&View::Rencana));
    assert!(p.apply(Action::SetView(View::Rencana)).is_none());
    // The link the app writes keeps the exercise (a reload keeps it).
    assert!(
        p.fragment()
            .contains("&exercise=1&target=sangat-baik&pace=2")
    );
    let shown = p.apply(Action::Reveal).unwrap();
    assert!(shown.views().contains(&View::Rencana));
    // An index as target, and bad values named.
    let u = fragment::parse("exercise=1&target=3,25", &fw).unwrap();
    assert_eq!(u.target, Some(Target::Index(325)));
    assert!(matches!(
        fragment::parse("target=hebat", &fw).unwrap_err(),
        FragmentError::BadVariant { variant, .. } if variant == "target"
    ));
    assert!(fragment::parse("target=5.01", &fw).is_err());
    assert!(fragment::parse("target=3.505", &fw).is_err());
    assert!(fragment::parse("pace=0", &fw).is_err());
    assert!(fragment::parse("pace=5", &fw).is_err());
    assert_eq!(fragment::parse("pace=4", &fw).unwrap().pace, Some(4));
}

#[test]
fn a_participants_attempt_is_compared_with_the_least_effort_plan() {
    let trainer = case("latihan-baik-audit");
    let p = State::new(trainer.fw.clone(), Lang::Id)
        .apply(Action::open_fragment(link(
            &trainer,
            Target::Band(3),
            Some(2),
        )))
        .unwrap();
    let e = p.mode.exercise.clone().unwrap();
    let mut req = PlanRequest::new(&p.fw, Target::Band(3), Basis::Exact);
    req.pace = Some(2);
    let PlanOutcome::Planned { effort, levels, .. } = plan::plan(&p.fw, &e.start, &req).unwrap()
    else {
        panic!("plannable")
    };
    // Untouched: no effort, not reached, every best step differs.
    let c = compare(&p, &e);
    assert_eq!(
        (c.my_effort, c.reached, c.best_effort),
        (0, false, Some(effort))
    );
    assert!(c.shared.is_empty());
    assert_eq!(
        c.differ.len(),
        levels.iter().zip(&e.start).filter(|(a, b)| a != b).count()
    );
    // The best plan itself: same effort, reached, every step shared.
    let mut best = p.clone();
    for (i, &v) in levels.iter().enumerate() {
        best = best
            .apply(Action::SetLevel {
                indicator: i,
                value: v,
            })
            .unwrap_or(best);
    }
    let c = compare(&best, &e);
    assert_eq!(
        (c.my_effort, c.reached, c.within_rules),
        (effort, true, true)
    );
    assert!(c.differ.is_empty());
    // Everything at the top: reached, more effort, outside the pace of 2.
    let mut top = p.clone();
    for i in 0..47 {
        top = top
            .apply(Action::SetLevel {
                indicator: i,
                value: 5,
            })
            .unwrap_or(top);
    }
    let c = compare(&top, &e);
    assert!(c.reached && !c.within_rules && c.my_effort > effort);
    // Start again: back to the exercise's start.
    assert_eq!(top.apply(Action::RestartCase).unwrap().levels, e.start);
}

#[test]
fn a_fractional_exercise_counts_the_step_that_completes_a_level() {
    let fw = Rc::new(pemdi2026());
    let i = fw
        .presets
        .iter()
        .position(|p| p.id == "latihan-hampir-memuaskan")
        .unwrap();
    let s = State::new(fw.clone(), Lang::En)
        .apply(Action::OpenCase(i))
        .unwrap();
    let p = State::new(fw, Lang::En)
        .apply(Action::open_fragment(link(&s, Target::Band(4), Some(1))))
        .unwrap();
    let e = p.mode.exercise.clone().unwrap();
    // 3.9 → 4 is one step (it completes the level).
    let moved = p
        .apply(Action::SetLevel {
            indicator: 0,
            value: 40000,
        })
        .unwrap();
    let c = compare(&moved, &e);
    assert_eq!(c.my_effort, 1);
    assert!(c.within_rules);
    assert!(c.best_effort.is_some_and(|b| b >= 1));
}
