//! The evidence deadline: which items can be ready by it, the plan's tasks flagged when they
//! cannot, the plan limited to what can be ready (the roadmap's later years not), and the
//! deadline kept in JSON and CSV files and refused when it is not a date.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::items::{apply, on_level};
use common::pemdi2026;
use spbe_calculator::document::{DocError, Document};
use spbe_calculator::engine::plan::{PlanOutcome, Target};
use spbe_calculator::engine::{Framework, Lang};
use spbe_calculator::evidence::{Deadline, ItemEdit, ItemStatus, ready_by};
use spbe_calculator::state::{Action, State};
use spbe_calculator::view::tasks;

/// Pemdi's indicator 1: level 1 accepted; on level 2 one item uploaded, one due before the
/// deadline, one after it, the rest without a date. Deadline 2027-03-01.
fn planned(limit: bool) -> (State, usize) {
    let fw = Rc::new(pemdi2026());
    let mut s = State::new(fw.clone(), Lang::Id);
    for k in on_level(&s, 0, 1) {
        s = apply(
            &s,
            0,
            ItemEdit::Status {
                index: k,
                status: ItemStatus::Accepted,
            },
        );
    }
    let two = on_level(&s, 0, 2);
    assert!(
        two.len() >= 4,
        "the catalogue lists at least four level-2 items for I1"
    );
    s = apply(
        &s,
        0,
        ItemEdit::Status {
            index: two[0],
            status: ItemStatus::Uploaded,
        },
    );
    s = apply(
        &s,
        0,
        ItemEdit::Due {
            index: two[1],
            date: "2027-01-15".into(),
        },
    );
    s = apply(
        &s,
        0,
        ItemEdit::Due {
            index: two[2],
            date: "2027-06-30".into(),
        },
    );
    let s = s
        .apply(Action::SetDeadline(Deadline {
            date: "2027-03-01".into(),
            limit,
        }))
        .unwrap();
    (s, two.len())
}

#[test]
fn an_item_is_ready_when_claimed_or_due_by_the_date() {
    let (s, _) = planned(false);
    let ev = s.evidence[0].as_ref().unwrap();
    let ready: Vec<bool> = ev
        .items
        .iter()
        .map(|it| ready_by(it, "2027-03-01"))
        .collect();
    let accepted_or_dated = ev
        .items
        .iter()
        .filter(|it| it.status.claimed() || (!it.due.is_empty() && it.due.as_str() <= "2027-03-01"))
        .count();
    assert_eq!(ready.iter().filter(|r| **r).count(), accepted_or_dated);
    // The date itself counts; a day later does not.
    let mut it = ev
        .items
        .iter()
        .find(|it| it.due == "2027-01-15")
        .unwrap()
        .clone();
    assert!(ready_by(&it, "2027-01-15") && !ready_by(&it, "2027-01-14"));
    it.due = String::new();
    assert!(
        !ready_by(&it, "2099-12-31"),
        "without a due date nothing is promised"
    );
}

#[test]
fn the_plan_is_limited_to_what_can_be_ready() {
    let (s, m) = planned(true);
    // Level 1 complete (1,50), two of level 2's m items ready: 1,50 + 2/m of the step to 2,50.
    let expected = 15_000 + (2 * 10_000 * 2 + m as u32) / (2 * m as u32);
    assert_eq!(
        s.evidence[0]
            .as_ref()
            .unwrap()
            .value_ready_by(&s.fw, "2027-03-01"),
        expected
    );
    let caps = s.plan_request().max_levels;
    assert_eq!(caps[0], expected);
    // An indicator whose items are untouched has no dates: it stays where it is.
    assert_eq!(caps[1], s.levels[1]);
    // The user's own cap still holds where it is lower.
    let lower = s
        .apply(Action::SetMaxLevel {
            indicator: 0,
            value: 12_500,
        })
        .unwrap();
    assert_eq!(lower.plan_request().max_levels[0], 12_500);
    // The roadmap's later years are not capped by this deadline.
    assert_eq!(s.roadmap_request().max_levels, s.max_levels);
    // Any plan stays under the caps: the least step above today's index is within reach.
    let s = s
        .apply(Action::SetTarget(Some(Target::Index(101))))
        .unwrap();
    match s.plan().unwrap() {
        PlanOutcome::Planned { levels, .. } => {
            assert!(
                levels.iter().zip(&caps).all(|(v, c)| v <= c),
                "{levels:?} {caps:?}"
            );
            assert!(levels[0] > s.levels[0]);
        }
        other => panic!("a plan within the deadline: {other:?}"),
    }
    // Nothing above the caps can reach a high target: the plan says it cannot.
    let s = s
        .apply(Action::SetTarget(Some(Target::Index(300))))
        .unwrap();
    assert!(!matches!(s.plan().unwrap(), PlanOutcome::Planned { .. }));
    // Without the limit the caps are the user's.
    let (free, _) = planned(false);
    assert_eq!(free.plan_request().max_levels, free.max_levels);
}

#[test]
fn tasks_are_flagged_when_not_ready_by_the_deadline() {
    for (lang, after, undated) in [
        (
            Lang::Id,
            "tenggat sesudah batas 1 Mar 2027",
            "tanpa tenggat; batas 1 Mar 2027",
        ),
        (
            Lang::En,
            "due after the deadline 1 Mar 2027",
            "no due date; deadline 1 Mar 2027",
        ),
    ] {
        let (s, m) = planned(false);
        let s = s.apply(Action::SetLang(lang)).unwrap_or(s);
        let t = tasks(&s, 0, 15_000, 25_000);
        assert_eq!(t.len(), m, "every level-2 item, none accepted");
        let late = |due: &str| t.iter().find(|t| t.due == due).unwrap().late.clone();
        assert_eq!(late("15 Jan 2027"), None);
        assert_eq!(late("30 Jun 2027"), Some(after.to_string()), "{lang:?}");
        // The uploaded item is ready although it has no date; the other undated ones are not.
        assert_eq!(t[0].late, None);
        let undated_late: Vec<_> = t[1..]
            .iter()
            .filter(|t| t.due.is_empty())
            .map(|t| t.late.clone())
            .collect();
        assert_eq!(undated_late, vec![Some(undated.to_string()); m - 3]);
        // A step ending inside level 2 lists its items too (a share of them is needed).
        assert_eq!(tasks(&s, 0, 15_000, 17_500).len(), m);
        // Without a deadline nothing is flagged.
        let none = s.apply(Action::SetDeadline(Deadline::default())).unwrap();
        assert!(
            tasks(&none, 0, 15_000, 25_000)
                .iter()
                .all(|t| t.late.is_none())
        );
    }
}

#[test]
fn the_deadline_travels_in_files_and_a_bad_one_is_refused() {
    use spbe_calculator::csv_file;
    let (s, _) = planned(true);
    let fw: &Framework = &s.fw;
    let w = s.work();
    assert_eq!(
        w.deadline,
        Deadline {
            date: "2027-03-01".into(),
            limit: true
        }
    );
    let json = serde_json::to_string(&Document::from_work(&w, fw, None)).unwrap();
    assert!(
        json.contains("\"evidenceDeadline\":\"2027-03-01\",\"limitToDeadline\":true"),
        "{json}"
    );
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back.into_work(fw).unwrap(), w);
    let csv = csv_file::write(&w, fw);
    assert!(csv.contains("\r\ntenggat_bukti;2027-03-01;ya\r\n"));
    assert_eq!(csv_file::read(&csv, fw).unwrap(), w);
    // A work without one writes nothing of it.
    let plain = State::new(s.fw.clone(), Lang::Id).work();
    assert!(!csv_file::write(&plain, fw).contains("tenggat_bukti"));
    assert!(
        !serde_json::to_string(&Document::from_work(&plain, fw, None))
            .unwrap()
            .contains("Deadline")
    );
    // Not a calendar date: refused, naming the field; the reducer changes nothing.
    let bad: Document = serde_json::from_str(&json.replace("2027-03-01", "2027-02-30")).unwrap();
    assert_eq!(
        bad.into_work(fw).unwrap_err(),
        DocError::BadValue {
            field: "planning.evidenceDeadline".into(),
            text: "2027-02-30".into()
        }
    );
    assert!(csv_file::read(&csv.replace(";2027-03-01;", ";1 Maret;"), fw).is_err());
    assert!(matches!(
        csv_file::read(&csv.replace("2027-03-01;ya", "2027-03-01;mungkin"), fw).unwrap_err(),
        DocError::Cell { column, .. } if column == "tenggat_bukti"
    ));
    assert!(
        s.apply(Action::SetDeadline(Deadline {
            date: "2027-13-01".into(),
            limit: true
        }))
        .is_none()
    );
}

#[test]
fn roadmap_years_list_their_tasks_without_the_deadline_s_flags() {
    let (s, m) = planned(true);
    let s = s
        .apply(Action::SetRoadmapTarget(0, Some(Target::Index(300))))
        .unwrap();
    let r = spbe_calculator::view::roadmap(&s);
    let first = &r.lines[0];
    assert!(
        first.met,
        "the roadmap is not capped by this deadline: {}",
        first.status
    );
    assert!(
        first.actions.iter().any(|a| a.starts_with("Indikator 1:")),
        "{:?}",
        first.actions
    );
    let codes: Vec<&str> = first.tasks.iter().map(|t| t.code.as_str()).collect();
    // I1 rises past level 2 in the year: every level-2 item not accepted is listed once.
    assert_eq!(
        codes.iter().filter(|c| c.starts_with("I1-L2-")).count(),
        m,
        "{codes:?}"
    );
    assert!(first.tasks.iter().all(|t| t.late.is_none()));
    // Indicators whose items are not kept list none.
    assert!(first.tasks.iter().all(|t| t.code.starts_with("I1-")));
}
