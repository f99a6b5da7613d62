//! The evidence work by unit: pages per providing unit (an item without its own unit belongs
//! to its indicator's), the index that depends on each unit against the plan, and the
//! timeline of due dates by month with the evidence deadline.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::items::{apply, on_level};
use common::pemdi2026;
use spbe_calculator::engine::Lang;
use spbe_calculator::engine::plan::{PlanOutcome, Target};
use spbe_calculator::evidence::{Deadline, Evidence, ItemEdit, ItemStatus};
use spbe_calculator::state::{Action, State};
use spbe_calculator::view::units_view;

/// I1 (Bappeda): level 1 accepted; on level 2 the first item Diskominfo's, due 10 Feb 2027,
/// the second uploaded, the third due 5 Apr 2027. I3 (BKPSDM): untouched statuses. I2:
/// touched, no unit.
fn work() -> (State, usize) {
    let mut s = State::new(Rc::new(pemdi2026()), Lang::Id);
    s = apply(&s, 0, ItemEdit::Unit("Bappeda".into()));
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
    s = apply(
        &s,
        0,
        ItemEdit::Owner {
            index: two[0],
            unit: "Diskominfo".into(),
        },
    );
    s = apply(
        &s,
        0,
        ItemEdit::Due {
            index: two[0],
            date: "2027-02-10".into(),
        },
    );
    s = apply(
        &s,
        0,
        ItemEdit::Status {
            index: two[1],
            status: ItemStatus::Uploaded,
        },
    );
    s = apply(
        &s,
        0,
        ItemEdit::Due {
            index: two[2],
            date: "2027-04-05".into(),
        },
    );
    s = apply(&s, 2, ItemEdit::Unit("BKPSDM".into()));
    s = apply(&s, 1, ItemEdit::Narrative("Belum ada unit".into()));
    (s, two.len())
}

#[test]
fn pages_by_unit_with_items_and_indicators() {
    let (s, _) = work();
    let v = units_view(&s, None);
    let names: Vec<&str> = v.pages.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["BKPSDM", "Bappeda", "Diskominfo", "Belum ditentukan"]
    );
    let bappeda = &v.pages[1];
    assert_eq!(bappeda.indicators.len(), 1);
    // Entered by hand, not following its items.
    assert_eq!(bappeda.indicators[0].values, "1,00");
    let l1 = on_level(&s, 0, 1).len();
    // Every I1 item but Diskominfo's; level 1 accepted.
    assert_eq!(
        bappeda.items.len(),
        Evidence::catalogue(&s.fw, 0).items.len() - 1
    );
    assert!(
        bappeda
            .items
            .iter()
            .all(|it| it.indicator == s.fw.indicators[0].label())
    );
    assert_eq!(
        bappeda.accepted,
        format!("{l1} dari {} butir diterima", bappeda.items.len())
    );
    let disk = &v.pages[2];
    assert!(
        disk.indicators.is_empty(),
        "provides an item, answers for no indicator"
    );
    assert_eq!(disk.items.len(), 1);
    assert_eq!(disk.items[0].due, "10 Feb 2027");
    assert!(!v.pages[3].named);
    assert_eq!(
        v.pages[3].items.len(),
        Evidence::catalogue(&s.fw, 1).items.len()
    );
    // Without a plan nothing is needed, and today's values (I1 at 1,00 by hand, which its
    // accepted level 1 more than backs) depend on no unit.
    assert!(!v.planned);
    assert!(
        v.pages
            .iter()
            .all(|p| p.share.is_none() && p.items.iter().all(|it| !it.needed))
    );
    assert_eq!(bappeda.depends, "0,0000");
    let en = units_view(&s.apply(Action::SetLang(Lang::En)).unwrap(), None);
    assert_eq!(en.pages[3].name, "Not assigned");
    assert!(en.pages[1].accepted.ends_with(" items accepted"));
    // One item in all: the English singular.
    let one = en.pages.iter().find(|p| p.items.len() == 1).unwrap();
    assert!(
        one.accepted.ends_with(" of 1 item accepted"),
        "{}",
        one.accepted
    );
}

/// I1's value with level 1 and m-1 of level 2's m items: 1,50 + (m-1)/m of the step to 2,50.
fn reached_by(m: usize) -> u32 {
    15_000 + ((m as u32 - 1) * 20_000 + m as u32) / (2 * m as u32)
}

#[test]
fn the_index_that_depends_on_a_unit() {
    let (s, m) = work();
    // A plan to 3,00: where it raises I1, Diskominfo's and Bappeda's open items matter.
    let s = s
        .apply(Action::SetTarget(Some(Target::Index(300))))
        .unwrap();
    let Ok(PlanOutcome::Planned { levels, .. }) = s.plan() else {
        panic!("a plan to 3,00");
    };
    let v = units_view(&s, Some(&levels));
    assert!(v.planned);
    assert!(
        levels[0] > reached_by(m),
        "the plan raises I1 past what Diskominfo's item allows: {}",
        levels[0]
    );
    let fw = &s.fw;
    let index = |l: &[u32]| fw.score(l).unwrap().index;
    for page in &v.pages {
        assert!(
            page.share.as_deref().is_some_and(|s| s.ends_with(" %")),
            "{page:?}"
        );
    }
    // Diskominfo: I1 without its one item: level 1 complete, m-1 of level 2's m items (the
    // uploaded one counts) — never above the plan's value.
    let mut without = levels.clone();
    let reached = reached_by(m);
    without[0] = without[0].min(reached);
    let expected = index(&levels).checked_sub(&index(&without)).unwrap();
    let text = |x: &spbe_calculator::engine::Exact| {
        let n = u128::from(x.numer()) * 10_000;
        let d = u128::from(x.denom());
        let v = (2 * n + d) / (2 * d);
        format!("{},{:04}", v / 10_000, v % 10_000)
    };
    assert_eq!(v.pages[2].depends, text(&expected));
    // Bappeda: I1 with only the uploaded and Diskominfo's items of level 2 — 2 of m.
    let mut without = levels.clone();
    without[0] = without[0].min(15_000 + (2 * 20_000 + m as u32) / (2 * m as u32));
    let expected = index(&levels).checked_sub(&index(&without)).unwrap();
    assert_eq!(v.pages[1].depends, text(&expected));
    // Items a plan step needs are marked.
    if levels[0] > s.levels[0] {
        assert!(v.pages[1].items.iter().any(|it| it.needed));
        assert!(
            v.pages[1]
                .items
                .iter()
                .filter(|it| it.accepted)
                .all(|it| !it.needed)
        );
    }
}

#[test]
fn the_timeline_by_month_with_the_deadline() {
    let (s, _) = work();
    let s = s
        .apply(Action::SetDeadline(Deadline {
            date: "2027-03-01".into(),
            limit: false,
        }))
        .unwrap();
    let v = units_view(&s, None);
    let months: Vec<(&str, bool)> = v
        .timeline
        .iter()
        .map(|m| (m.label.as_str(), m.after_deadline))
        .collect();
    assert_eq!(months, [("Feb 2027", false), ("Apr 2027", true)]);
    assert_eq!(v.timeline[0].items[0].code, "I1-L2-01");
    assert_eq!(v.timeline[0].items[0].unit, "Diskominfo");
    assert!(!v.timeline[0].items[0].late && v.timeline[1].items[0].late);
    // Every item not accepted without a date is counted.
    let open: usize = s
        .evidence
        .iter()
        .flatten()
        .flat_map(|ev| &ev.items)
        .filter(|it| !it.status.verified() && it.due.is_empty())
        .count();
    assert_eq!(v.undated, open);
    // The item due after the deadline is flagged on its unit's page.
    assert!(
        v.pages[1]
            .items
            .iter()
            .any(|it| it.due == "5 Apr 2027" && it.late.is_some())
    );
    let en = units_view(&s.apply(Action::SetLang(Lang::En)).unwrap(), None);
    assert_eq!(en.timeline[1].label, "Apr 2027");
}

#[test]
fn a_unit_is_renamed_everywhere_and_two_names_fold_into_one() {
    use spbe_calculator::evidence::{rename_unit, units};
    let (s, _) = work();
    assert_eq!(units(&s.evidence), ["BKPSDM", "Bappeda", "Diskominfo"]);
    let renamed = rename_unit(&s.evidence, "Bappeda", "  Bappeda   Litbang ").unwrap();
    assert_eq!(units(&renamed), ["BKPSDM", "Bappeda Litbang", "Diskominfo"]);
    let one = renamed[0].as_ref().unwrap();
    assert_eq!(one.unit, "Bappeda Litbang");
    // Items that inherit the indicator's unit follow it; Diskominfo's item keeps its own.
    assert!(one.items.iter().filter(|it| it.owner.is_empty()).count() > 0);
    assert!(one.items.iter().any(|it| it.owner == "Diskominfo"));
    // Folding: Diskominfo renamed to BKPSDM leaves two units.
    let folded = rename_unit(&renamed, "Diskominfo", "BKPSDM").unwrap();
    assert_eq!(units(&folded), ["BKPSDM", "Bappeda Litbang"]);
    // Nothing to do: no change.
    assert!(rename_unit(&s.evidence, "Bappeda", "Bappeda").is_none());
    assert!(rename_unit(&s.evidence, "Bappeda", "   ").is_none());
    assert!(rename_unit(&s.evidence, "Inspektorat", "X").is_none());
    // Long names are cut at the limit.
    let long = rename_unit(&s.evidence, "Bappeda", &"B".repeat(200)).unwrap();
    assert_eq!(
        long[0].as_ref().unwrap().unit.chars().count(),
        spbe_calculator::evidence::MAX_UNIT
    );
}
