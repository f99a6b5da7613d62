//! The crosswalk SPBE 2020 → Pemdi 2026: the file fits both frameworks, and the suggestions
//! follow the stated rule.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{pemdi2026, spbe2020};
use spbe_calculator::crosswalk::{Basis, Crosswalk, Fit};

fn crosswalk() -> Crosswalk {
    let path = format!(
        "{}/assets/data/crosswalk-spbe-2020-pemdi-2026.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_file_fits_both_frameworks_and_says_it_is_ours() {
    let (cw, from, to) = (crosswalk(), spbe2020(), pemdi2026());
    cw.check(&from, &to).unwrap();
    assert_eq!(cw.status, "ours");
    assert!(cw.note.id.contains("bukan konversi resmi"));
    // A file for other frameworks, or one that misses an indicator, is refused.
    assert!(cw.check(&to, &from).is_err());
    let mut short = cw.clone();
    short.links.pop();
    assert!(
        short
            .check(&from, &to)
            .unwrap_err()
            .contains("indicator 20")
    );
    let mut wrong = cw.clone();
    wrong.links[0].primary.push(99);
    assert!(
        wrong
            .check(&from, &to)
            .unwrap_err()
            .contains("no indicator 99")
    );
}

#[test]
fn suggestions_follow_the_lowest_primary_level() {
    let (cw, from, to) = (crosswalk(), spbe2020(), pemdi2026());
    // Kemenko Perekonomian 2021.
    let levels = from.presets[1].levels.clone();
    let s = cw.suggest(&from, &levels, &to);
    assert_eq!(s.len(), 20);
    // Pemdi 1 ← SPBE 11, 12, 13 (levels 2, 2, 5): lowest 2 → level 1 completed, 1,50.
    assert_eq!(levels[10..13], [2, 2, 5]);
    assert_eq!(s[0].primary, [10, 11, 12]);
    assert_eq!(
        (s[0].value, s[0].basis),
        (15_000, Basis::Predecessors { level: 2 })
    );
    // Pemdi 3 ← SPBE 25 (level 1): the floor.
    assert_eq!(levels[24], 1);
    assert_eq!(s[2].value, 10_000);
    // Pemdi 9 ← SPBE 29–31 (all 1): the floor, good fit.
    assert_eq!((s[8].value, s[8].fit), (10_000, Fit::Good));
    // Pemdi 5 and 6 take their values from other agencies' indices; Pemdi 8 (personal data
    // protection) has no primary predecessor.
    assert_eq!((s[4].value, s[4].basis), (10_000, Basis::External));
    assert_eq!((s[5].value, s[5].basis), (10_000, Basis::External));
    assert_eq!((s[7].value, s[7].basis), (10_000, Basis::Nothing));
    assert_eq!(s[7].secondary, [7, 21]);
    // All at 5: every primary-fed, non-external indicator suggests 4,00 (level 4 complete).
    let top = cw.suggest(&from, &[5; 47], &to);
    for x in &top {
        match x.basis {
            Basis::Predecessors { level } => assert_eq!((level, x.value), (5, 40_000)),
            _ => assert_eq!(x.value, 10_000),
        }
    }
    // Every suggestion is a stop of Pemdi.
    assert!(s.iter().chain(&top).all(|x| to.stops.contains(&x.value)));
}
