//! The app state's transitions, natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::spbe2020;
use spbe_calculator::engine::{Basis, Lang};
use spbe_calculator::state::{Action, Notice, State};

fn fresh() -> State {
    State::new(Rc::new(spbe2020()), Lang::Id)
}

#[test]
fn starts_at_the_floor_with_no_changes() {
    let s = fresh();
    assert_eq!(s.levels, vec![1; 47]);
    assert_eq!(s.score.index.cents(), 100);
    assert!(!s.has_changes());
    assert_eq!(
        s.fragment(),
        format!("model=spbe-2020&levels={}&lang=id", "1".repeat(47))
    );
}

#[test]
fn level_changes_rescore_and_track_the_baseline() {
    let s = fresh();
    let s = s
        .apply(Action::SetLevel {
            indicator: 12,
            value: 3,
        })
        .unwrap();
    // Indicator 13 weighs 2,50 %: +2 levels = +0,05 on the index, +0,50 on aspect 2.
    assert_eq!(s.score.index.cents(), 105);
    assert_eq!(s.score.aspects[1].cents(), 150);
    assert_eq!(s.base_score.index.cents(), 100);
    assert!(s.has_changes());
    // Same value again, out-of-range values and unknown indicators change nothing.
    assert!(
        s.apply(Action::SetLevel {
            indicator: 12,
            value: 3
        })
        .is_none()
    );
    assert!(
        s.apply(Action::SetLevel {
            indicator: 12,
            value: 6
        })
        .is_none()
    );
    assert!(
        s.apply(Action::SetLevel {
            indicator: 47,
            value: 2
        })
        .is_none()
    );
    let b = s.apply(Action::SetBaselineToCurrent).unwrap();
    assert!(!b.has_changes());
    assert_eq!(b.base_score.index.cents(), 105);
    let c = b
        .apply(Action::SetLevel {
            indicator: 0,
            value: 5,
        })
        .unwrap();
    let r = c.apply(Action::ResetToBaseline).unwrap();
    assert_eq!(r.levels, b.levels);
}

#[test]
fn presets_basis_and_language() {
    let s = fresh().apply(Action::StartFromPreset(1)).unwrap();
    assert_eq!(s.score.index.cents(), 295);
    assert!(!s.has_changes());
    assert!(s.apply(Action::StartFromPreset(9)).is_none());
    let s = s.apply(Action::SetBasis(Basis::Rounded)).unwrap();
    assert!(s.fragment().contains("basis=rounded"));
    let s = s.apply(Action::SetLang(Lang::En)).unwrap();
    assert!(s.fragment().ends_with("lang=en"));
}

#[test]
fn a_link_restores_levels_and_baseline_and_a_bad_link_keeps_the_work() {
    let s = fresh()
        .apply(Action::SetLevel {
            indicator: 3,
            value: 4,
        })
        .unwrap();
    let link = format!(
        "#levels={}&base={}&basis=rounded&lang=en",
        "3".repeat(47),
        "2".repeat(47)
    );
    let t = s.apply(Action::OpenFragment(link)).unwrap();
    assert_eq!(t.levels, vec![3; 47]);
    assert_eq!(t.baseline, vec![2; 47]);
    assert_eq!((t.basis, t.lang), (Basis::Rounded, Lang::En));
    assert_eq!(t.score.index.cents(), 300);
    assert_eq!(t.base_score.index.cents(), 200);

    let bad = t.apply(Action::OpenFragment("#levels=12".into())).unwrap();
    assert_eq!(bad.levels, t.levels);
    assert_eq!(bad.baseline, t.baseline);
    assert!(matches!(bad.notice, Some(Notice::BadLink(_))));
    let ok = bad.apply(Action::DismissNotice).unwrap();
    assert_eq!(ok.notice, None);
    // A link with only a baseline opens it with no changes.
    let only_base = fresh()
        .apply(Action::OpenFragment(format!("base={}", "4".repeat(47))))
        .unwrap();
    assert_eq!(only_base.levels, vec![4; 47]);
    assert!(!only_base.has_changes());
}
