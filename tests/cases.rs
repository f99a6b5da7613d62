//! Case studies for workshops: at least five per framework, each with a story in both
//! languages and a label; every index a story states is the index its levels give, and the
//! reconstructed Kalimantan Selatan 2023 reproduces the published domain values.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{pemdi2026, spbe2018, spbe2020};
use spbe_calculator::engine::format::cents;
use spbe_calculator::engine::raw::CaseKind;
use spbe_calculator::engine::{Basis, Lang};

#[test]
fn every_framework_has_five_labelled_cases_whose_stories_state_their_own_index() {
    for fw in [spbe2020(), pemdi2026(), spbe2018()] {
        let cases: Vec<_> = fw.presets.iter().filter(|p| p.kind.is_some()).collect();
        assert!(cases.len() >= 5, "{}: {} cases", fw.id, cases.len());
        for c in cases {
            let story = c.story.as_ref().expect("a case has a story");
            let (id, en) = (story.get(Lang::Id), story.get(Lang::En));
            assert!(
                id.len() > 60 && en.len() > 60,
                "{}: a story in both languages",
                c.id
            );
            assert_ne!(id, en, "{}", c.id);
            if c.kind != Some(CaseKind::Teaching) {
                assert!(
                    c.source.as_ref().is_some_and(|s| s.len() > 10),
                    "{}: a source",
                    c.id
                );
            }
            if c.kind == Some(CaseKind::Reconstructed) {
                assert!(
                    en.contains("not the institution's actual levels"),
                    "{}",
                    c.id
                );
                assert!(
                    id.contains("bukan tingkat instansi yang sebenarnya"),
                    "{}",
                    c.id
                );
            }
            let s = fw.score(&c.levels).unwrap();
            let index = fw.index_cents(&s.index);
            let band = fw.bands[fw.band_of(&s.index, Basis::Exact)].name.clone();
            // A story that states an index states this one, with this predicate.
            if id.contains("Indeks ") || id.contains("indeks ") {
                let shown = format!("{} ({})", cents(index, Lang::Id), band.get(Lang::Id));
                assert!(id.contains(&shown), "{}: {shown} in {id}", c.id);
                let shown = format!("{} ({})", cents(index, Lang::En), band.get(Lang::En));
                assert!(en.contains(&shown), "{}: {shown} in {en}", c.id);
            }
        }
    }
}

#[test]
fn kalimantan_selatan_2023_reproduces_the_published_domain_values() {
    let fw = spbe2020();
    let c = fw.presets.iter().find(|p| p.id == "kalsel-2023").unwrap();
    let s = fw.score(&c.levels).unwrap();
    let domains: Vec<u64> = s.domains.iter().map(|d| d.cents()).collect();
    // As published for 2023 (../shared/spbe/spbe_results_2023_2024.csv).
    assert_eq!(domains, [260, 160, 100, 393]);
    assert_eq!(fw.index_cents(&s.index), 269);
    assert_eq!(fw.bands[fw.band_of(&s.index, Basis::Exact)].id, "baik");
}
