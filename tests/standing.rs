//! The standing screen's view models: ranks of the baseline, the scenario and the roadmap
//! years, the chosen institution's published values, the domains beside the peers, and the
//! history across frameworks.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::{pemdi2026, published, spbe2020};
use spbe_calculator::engine::{Exact, Lang};
use spbe_calculator::models::{CATALOG_JSON, Catalog};
use spbe_calculator::results::Kind;
use spbe_calculator::state::{Action, State};
use spbe_calculator::view;

fn catalog() -> Catalog {
    Catalog(serde_json::from_str(CATALOG_JSON).unwrap())
}

#[test]
fn the_scenario_ranks_among_the_published_results_as_counted() {
    let data = published();
    let s = State::new(Rc::new(spbe2020()), Lang::Id)
        .apply(Action::StartFromPreset(1))
        .unwrap()
        .apply(Action::SetPeer(Some("kab-paser".into())))
        .unwrap();
    let v = view::standing(
        &s,
        &data,
        2024,
        Some(Kind::Kabupaten),
        Some("kalimantan timur"),
        &[(2026, Exact::from_cents(350))],
    );
    assert!(v.applies);
    assert_eq!(v.province.as_deref(), Some("Kalimantan Timur"));
    assert_eq!(v.lines.len(), 3);
    // Kemenko 2021 levels: 2,95 (exact 2,9475, shown 2,95).
    let line = &v.lines[0];
    assert_eq!(line.index, "2,95");
    let higher = |scope: &dyn Fn(&spbe_calculator::results::Published) -> bool| {
        data.rows
            .iter()
            .filter(|r| r.year == 2024 && scope(r) && r.index > 295)
            .count()
    };
    let national = line.national.as_ref().unwrap();
    assert_eq!(national.rank.rank, 1 + higher(&|_| true));
    assert_eq!(national.rank.of, 615);
    assert!(national.text.starts_with(&format!(
        "peringkat {} dari 615 \u{b7} persentil ",
        national.rank.rank
    )));
    let kab = line.kind.as_ref().unwrap();
    assert_eq!(kab.rank.rank, 1 + higher(&|r| r.kind == Kind::Kabupaten));
    let kaltim = line.province.as_ref().unwrap();
    assert_eq!(
        kaltim.rank.rank,
        1 + higher(
            &|r| r.kind == Kind::Kabupaten && r.province.as_deref() == Some("Kalimantan Timur")
        )
    );
    assert_eq!(v.lines[2].label, "2026 (peta jalan)");
    assert_eq!(v.lines[2].index, "3,50");
    // The chosen institution and its published years.
    let peer = v.peer.unwrap();
    assert_eq!(
        (peer.name.as_str(), peer.kind_name.as_str()),
        ("Pemerintah Kab. Paser", "Kabupaten")
    );
    assert_eq!(
        peer.years
            .iter()
            .map(|y| y.index.as_str())
            .collect::<Vec<_>>(),
        ["2,90", "3,27"]
    );
    // Domains: Paser's 2024 values beside the scenario and the averages of kabupaten.
    assert_eq!(v.domains.len(), 4);
    assert_eq!(v.domains[0].peer.as_deref(), Some("3,90"));
    assert_eq!(v.domains[0].scenario, "3,00");
    assert!(v.domains[0].kind_average.is_some() && v.domains[0].province_average.is_some());
    let chart = v.distribution.unwrap();
    assert_eq!(chart.markers.len(), 3);
    let kabupaten = data
        .rows
        .iter()
        .filter(|r| r.year == 2024 && r.kind == Kind::Kabupaten)
        .count();
    assert!(
        chart.alt.starts_with(&format!(
            "Sebaran hasil 2024 \u{b7} Kabupaten: {kabupaten} hasil"
        )),
        "{}",
        chart.alt
    );
    assert!(
        chart
            .alt
            .contains("Pemerintah Kab. Paser (resmi 2024) 3,27"),
        "{}",
        chart.alt
    );
}

#[test]
fn other_frameworks_are_not_ranked_but_keep_their_history() {
    let data = published();
    let s = State::new(Rc::new(pemdi2026()), Lang::En)
        .apply(Action::SetPeer(Some("kab-aceh-tengah".into())))
        .unwrap()
        .apply(Action::SetPastYear {
            year: 2019,
            index: Some(181),
        })
        .unwrap()
        .apply(Action::SetPastYear {
            year: 2025,
            index: Some(259),
        })
        .unwrap();
    let v = view::standing(&s, &data, 2024, None, None, &[]);
    assert!(!v.applies);
    assert!(v.lines.is_empty() && v.domains.is_empty());
    let h = view::history(
        &s,
        &catalog(),
        Some(&data),
        &[
            (2026, Exact::from_cents(150)),
            (2027, Exact::from_cents(250)),
        ],
    );
    let years: Vec<(u16, &str, &str)> = h
        .rows
        .iter()
        .map(|r| (r.year, r.framework.as_str(), r.source.as_str()))
        .collect();
    assert_eq!(
        years,
        [
            (2019, "SPBE Index 2018", "entered"),
            (2023, "SPBE Index 2020", "official (published)"),
            (2024, "SPBE Index 2020", "official (published)"),
            (2025, "SPBE Index 2020", "entered"),
            (2026, "Pemdi Index 2026", "roadmap projection"),
            (2027, "Pemdi Index 2026", "roadmap projection"),
        ]
    );
    // One line per framework with two or more points; never joined across frameworks.
    assert_eq!(h.chart.lines.len(), 2);
    assert_eq!(h.chart.spans.len(), 3);
    assert!(h.chart.alt.contains("2019 1.81"));
}

/// The rank says what it counts when the value is below every published result (not "616 of
/// 615"), above every one, or among them; in both languages.
#[test]
fn the_rank_wording_says_below_all_above_all_or_among() {
    let data = published();
    let ranked = |levels: u32, lang: Lang| {
        let fw = Rc::new(spbe2020());
        let (n, unit) = (fw.indicators.len(), fw.scale.unit());
        // (`apply` answers `None` when nothing changes.)
        let apply = |s: State, a: Action| s.apply(a).unwrap_or(s);
        let s = apply(
            State::new(fw, lang),
            Action::HostLevels(vec![levels * unit; n]),
        );
        let s = apply(s, Action::SetBaselineToCurrent);
        let v = view::standing(&s, &data, 2024, None, None, &[]);
        v.lines[0].national.clone().unwrap()
    };
    let (lowest, highest) = data
        .rows
        .iter()
        .filter(|r| r.year == 2024)
        .fold((u32::MAX, 0), |(lo, hi), r| {
            (lo.min(r.index), hi.max(r.index))
        });
    assert!(lowest > 100 && highest < 500, "{lowest} {highest}");
    let below = ranked(1, Lang::Id);
    assert_eq!(below.rank.rank, 616);
    assert_eq!(below.text, "di bawah semua 615 \u{b7} persentil 0");
    assert_eq!(
        ranked(1, Lang::En).text,
        "below all 615 \u{b7} percentile 0"
    );
    let above = ranked(5, Lang::Id);
    assert_eq!(above.text, "di atas semua 615 \u{b7} persentil 100");
    assert_eq!(
        ranked(5, Lang::En).text,
        "above all 615 \u{b7} percentile 100"
    );
    let among = ranked(3, Lang::En);
    assert!(
        among.text.starts_with(&format!(
            "rank {} of 615 \u{b7} percentile ",
            among.rank.rank
        )),
        "{}",
        among.text
    );
}

/// Ties count as among: the same index as the highest one is rank 1, not "above all".
#[test]
fn a_tie_with_the_highest_is_rank_one() {
    use spbe_calculator::results::{Place, rank_among};
    let r = rank_among(400, [400, 300, 200].into_iter()).unwrap();
    assert_eq!((r.rank, r.same, r.place()), (1, 1, Place::Among));
    assert_eq!(
        rank_among(401, [400].into_iter()).unwrap().place(),
        Place::AboveAll
    );
    let below = rank_among(100, [400, 300].into_iter()).unwrap();
    assert_eq!((below.rank, below.place()), (3, Place::BelowAll));
}

/// A marker near the chart's left or right edge is written from its line inwards, so that its
/// text ("Baseline 1,00") is not cut by the edge.
#[test]
fn marker_texts_stay_inside_the_chart() {
    use spbe_calculator::charts::distribution;
    let markers = [
        ("Baseline".to_string(), 100),
        ("Skenario 1".to_string(), 300),
        ("Kab. Paser".to_string(), 500),
    ];
    let c = distribution(&[150, 250, 350], &markers, "t", Lang::Id);
    let anchors: Vec<&str> = c.markers.iter().map(|m| m.anchor).collect();
    assert_eq!(anchors, ["start", "middle", "end"]);
    for m in &c.markers {
        let x: f64 = m.text_x.parse().unwrap();
        let width = 7.2 * (m.label.chars().count() + 1 + m.value.chars().count()) as f64;
        let (from, to) = match m.anchor {
            "start" => (x, x + width),
            "end" => (x - width, x),
            _ => (x - width / 2.0, x + width / 2.0),
        };
        assert!(
            from >= 0.0 && to <= c.width,
            "{} {}: {from}..{to}",
            m.label,
            m.value
        );
    }
}

/// The source line under the peers' table is in the screen's language.
#[test]
fn the_source_of_the_results_is_in_both_languages() {
    let data = published();
    assert!(
        data.source.id.contains("dialihkan dari PDF"),
        "{}",
        data.source.id
    );
    assert!(
        data.source.en.contains("converted from the published PDFs"),
        "{}",
        data.source.en
    );
}
