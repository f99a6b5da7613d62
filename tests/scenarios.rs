//! Named scenarios, the comparison, the charts' numbers and the roadmap view, natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::spbe2020;
use spbe_calculator::charts;
use spbe_calculator::engine::Lang;
use spbe_calculator::engine::plan::Target;
use spbe_calculator::state::{Action, MAX_SCENARIOS, State};
use spbe_calculator::view;

fn kemenko() -> State {
    State::new(Rc::new(spbe2020()), Lang::Id)
        .apply(Action::StartFromPreset(1))
        .unwrap()
}

#[test]
fn scenarios_are_created_renamed_duplicated_deleted_and_selected() {
    let s = kemenko();
    assert_eq!(s.scenarios.len(), 1);
    assert_eq!(s.scenarios[0].name, "Skenario 1");
    assert_eq!(s.scenarios[0].levels, s.levels);
    // Edit scenario 1, then a new scenario starts from the current levels.
    let s = s
        .apply(Action::SetLevel {
            indicator: 0,
            value: 5,
        })
        .unwrap();
    let s = s
        .apply(Action::RenameScenario(0, "  Realistis  ".into()))
        .unwrap();
    let s = s.apply(Action::NewScenario).unwrap();
    assert_eq!((s.active, s.scenarios[1].name.as_str()), (1, "Skenario 2"));
    assert_eq!(s.scenarios[1].levels, s.scenarios[0].levels);
    let s = s
        .apply(Action::RenameScenario(1, "Ambisius".into()))
        .unwrap();
    let s = s
        .apply(Action::SetLevel {
            indicator: 46,
            value: 5,
        })
        .unwrap();
    assert_eq!(s.scenarios[1].levels[46], 5);
    assert_eq!(
        s.scenarios[0].levels[46], 3,
        "the other scenario is untouched"
    );
    // Selecting brings its levels back for editing.
    let s = s.apply(Action::SelectScenario(0)).unwrap();
    assert_eq!((s.active, s.levels[46], s.levels[0]), (0, 3, 5));
    // Duplicate names itself as a copy; names are trimmed and never empty.
    let s = s.apply(Action::DuplicateScenario(1)).unwrap();
    assert_eq!(s.scenarios[2].name, "Ambisius (salinan)");
    assert_eq!(s.levels, s.scenarios[1].levels);
    assert!(s.apply(Action::RenameScenario(2, "   ".into())).is_none());
    // Delete keeps a valid active scenario and never removes the last one.
    let s = s.apply(Action::DeleteScenario(2)).unwrap();
    assert_eq!(s.active, 1);
    assert_eq!(s.levels, s.scenarios[1].levels);
    let s = s.apply(Action::DeleteScenario(0)).unwrap();
    assert_eq!(
        (s.scenarios.len(), s.active, s.scenarios[0].name.as_str()),
        (1, 0, "Ambisius")
    );
    assert!(s.apply(Action::DeleteScenario(0)).is_none());
    // At most MAX_SCENARIOS.
    let mut s = s;
    while let Some(n) = s.apply(Action::NewScenario) {
        s = n;
    }
    assert_eq!(s.scenarios.len(), MAX_SCENARIOS);
}

#[test]
fn the_comparison_marks_what_differs() {
    let s = kemenko()
        .apply(Action::SetLevel {
            indicator: 46,
            value: 5,
        })
        .unwrap()
        .apply(Action::NewScenario)
        .unwrap()
        .apply(Action::SetLevel {
            indicator: 12,
            value: 4,
        })
        .unwrap();
    let c = view::comparison(&s);
    assert_eq!(c.columns, ["Baseline", "Skenario 1", "Skenario 2"]);
    assert_eq!(c.active_column, 2);
    let index = &c.rows[0];
    assert_eq!(index.cells[0].text, "2,95");
    assert!(index.cells[1].changed && index.cells[2].changed);
    // Indicators 13 and 47 differ somewhere; nothing else is listed.
    let inds: Vec<&str> = c
        .rows
        .iter()
        .filter(|r| r.kind == "indicator")
        .map(|r| r.label.as_str())
        .collect();
    assert_eq!(inds.len(), 2);
    assert!(inds[0].starts_with("13. ") && inds[1].starts_with("47. "));
    assert_eq!(c.differing, 2);
    let r13 = c.rows.iter().find(|r| r.label.starts_with("13. ")).unwrap();
    assert_eq!(
        r13.cells
            .iter()
            .map(|c| (c.text.as_str(), c.changed))
            .collect::<Vec<_>>(),
        [("5", false), ("5", false), ("4", true)]
    );
    // 4 domains and 8 aspects in between.
    assert_eq!(c.rows.iter().filter(|r| r.kind == "domain").count(), 4);
    assert_eq!(c.rows.iter().filter(|r| r.kind == "aspect").count(), 8);
}

#[test]
fn domain_contributions_add_up_to_the_change_exactly() {
    let fw = spbe2020();
    let base = fw.presets[1].levels.clone();
    let mut levels = base.clone();
    levels[0] = 5; // +2 × 1,30 % in Kebijakan Internal
    levels[12] = 4; // −1 × 2,50 % in Tata Kelola (13 was 5)
    levels[46] = 5; // +2 × 3 % in Layanan
    let parts = charts::domain_contributions(&fw, &levels, &base);
    assert_eq!(
        parts.iter().map(|p| p.num).collect::<Vec<_>>(),
        [260, -250, 0, 600]
    );
    let total: i64 = parts.iter().map(|p| p.num).sum();
    let change = fw.score(&levels).unwrap().index.numer() as i64 * 10_000
        / fw.score(&levels).unwrap().index.denom() as i64
        - 29_475;
    assert_eq!(total, change);
    assert_eq!(parts[1].text(Lang::Id), "\u{2212}0,025");
    assert_eq!(parts[2].text(Lang::En), "\u{b1}0.00");
    let w = charts::waterfall(&fw, &levels, &base, ("Baseline", "Skenario"), Lang::Id).unwrap();
    assert_eq!(w.bars.len(), 6);
    assert_eq!(
        (w.bars[0].value.as_str(), w.bars[5].value.as_str()),
        ("2,95", "3,01")
    );
    assert_eq!(w.bars[2].kind, "down");
    assert!(w.summary.contains("Tata Kelola SPBE: \u{2212}0,025"));
    // The radar has one axis per aspect and one polygon per series.
    let s = fw.score(&levels).unwrap();
    let b = fw.score(&base).unwrap();
    let r = charts::radar(
        &fw,
        &[("Baseline", &b.aspects), ("Skenario", &s.aspects)],
        Lang::Id,
    );
    assert_eq!(r.axes.len(), 8);
    assert_eq!(r.series.len(), 2);
    assert_eq!(r.series[0].split(' ').count(), 8);
    assert!(
        r.summary
            .starts_with("A1 Kebijakan Internal Tata Kelola SPBE: Baseline 3,00, Skenario 3,20"),
        "{}",
        r.summary
    );
}

#[test]
fn roadmap_view_reports_unmet_years() {
    let s = State::new(Rc::new(spbe2020()), Lang::Id)
        .apply(Action::SetPace(Some(1)))
        .unwrap()
        .apply(Action::SetRoadmapTarget(0, Some(Target::Band(1))))
        .unwrap()
        .apply(Action::SetRoadmapTarget(1, Some(Target::Band(4))))
        .unwrap()
        .apply(Action::SetRoadmapTarget(2, Some(Target::Index(350))))
        .unwrap();
    let r = view::roadmap(&s);
    assert_eq!(r.lines.len(), 5);
    assert_eq!(r.lines[0].year, 2026);
    assert_eq!(r.lines[0].status, "direncanakan");
    assert_eq!(r.lines[1].status, "tidak tercapai");
    assert!(!r.lines[1].met);
    assert_eq!(r.lines[3].status, "tanpa target");
    assert!(
        r.verdict
            .starts_with("Tahun dengan target yang tidak dapat dicapai: 2027"),
        "{}",
        r.verdict
    );
    assert_eq!(r.chart.points.len(), 6);
    assert_eq!(r.chart.targets.len(), 3);
    assert_eq!(r.chart.bands.len(), 5);
    // Years follow the first year; one can add and remove years.
    let s = s.apply(Action::SetRoadmapStart(2027)).unwrap();
    assert_eq!(
        s.roadmap.iter().map(|y| y.year).collect::<Vec<_>>(),
        [2027, 2028, 2029, 2030, 2031]
    );
    let s = s.apply(Action::AddRoadmapYear).unwrap();
    assert_eq!(s.roadmap.last().unwrap().year, 2032);
    let s = s
        .apply(Action::RemoveRoadmapYear)
        .unwrap()
        .apply(Action::RemoveRoadmapYear)
        .unwrap();
    assert_eq!(s.roadmap.len(), 4);
}

#[test]
fn chart_coordinates_have_one_decimal_without_float_formatting() {
    use spbe_calculator::charts::px;
    for (v, text) in [
        (12.34, "12.3"),
        (12.35, "12.4"),
        (0.04, "0.0"),
        (-0.04, "0.0"),
        (-0.05, "-0.1"),
        (-7.26, "-7.3"),
        (300.0, "300.0"),
    ] {
        assert_eq!(px(v), text, "{v}");
        assert_eq!(
            px(v),
            format!("{:.1}", (v * 10.0_f64).round() / 10.0).replace("-0.0", "0.0")
        );
    }
}
