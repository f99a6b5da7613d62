//! Evidence items: the catalogue in every framework file, the values items give (Aceh Tengah's
//! official values from the reconstructed Pemdi catalogue), edits through the reducer, the
//! value that follows its items, JSON documents (schema 3, and schema 2 without items), the
//! checks on a framework's items and on a file's, and the summary's two indices.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::{model, model_json, pemdi2026, raw_from_json, spbe2018, spbe2020};
use spbe_calculator::document::{DocError, Document, check_work};
use spbe_calculator::engine::items::ItemProblem;
use spbe_calculator::engine::{Framework, Lang, ModelError};
use spbe_calculator::evidence::{Evidence, ItemEdit, ItemFault, ItemStatus};
use spbe_calculator::i18n::{doc_error, model_error};
use spbe_calculator::state::{Action, State};
use spbe_calculator::view::{items_panel, items_summary};

fn state(fw: Framework) -> State {
    State::new(Rc::new(fw), Lang::Id)
}

/// An edit as the panel makes it: computed and checked by `evidence::edit`, then applied.
fn edit(s: &State, indicator: usize, edit: ItemEdit) -> Option<State> {
    let current = s.evidence.get(indicator).and_then(Option::as_ref);
    let items = spbe_calculator::evidence::edit(&s.fw, indicator, current, edit)?;
    s.apply(Action::SetItems { indicator, items })
}

/// The state after every edit, each of which must change something.
fn edits(mut s: State, list: Vec<(usize, ItemEdit)>) -> State {
    for (i, e) in list {
        s = edit(&s, i, e.clone()).unwrap_or_else(|| panic!("{e:?} on {i} changed nothing"));
    }
    s
}

#[test]
fn every_framework_lists_items_for_each_level() {
    for fw in [pemdi2026(), spbe2020(), spbe2018()] {
        assert_eq!(fw.item_levels(), 1..=5, "{}", fw.id);
        for (i, ind) in fw.indicators.iter().enumerate() {
            assert_eq!(ind.items.len(), 5, "{} {}", fw.id, ind.id);
            let mut codes: Vec<&str> = ind
                .items
                .iter()
                .flatten()
                .map(|c| c.code.as_str())
                .collect();
            assert!(ind.items.iter().all(|l| !l.is_empty()));
            let n = codes.len();
            codes.sort();
            codes.dedup();
            assert_eq!(codes.len(), n, "{} {}: codes unique", fw.id, ind.id);
            for (k, list) in ind.items.iter().enumerate() {
                let level = k as u32 + 1;
                for c in list.iter().filter(|c| c.from_criterion) {
                    assert_eq!(c.text, ind.criteria[(level - fw.scale.min) as usize]);
                    assert_eq!(c.code, format!("I{}-L{level}-01", ind.label()));
                }
            }
            // The catalogue untouched gives the floor.
            let v = Evidence::catalogue(&fw, i).values(&fw);
            assert_eq!(
                (v.self_assessed, v.verified),
                (fw.scale.min_value(), fw.scale.min_value())
            );
        }
    }
    // SPBE 2020 and 2018 start from one item per level criterion; Pemdi lists its own.
    assert!(
        spbe2020()
            .indicators
            .iter()
            .flatten_items_all_from_criterion()
    );
    assert!(
        spbe2018()
            .indicators
            .iter()
            .flatten_items_all_from_criterion()
    );
    let pemdi = pemdi2026();
    let listed = pemdi
        .indicators
        .iter()
        .flat_map(|i| i.items.iter().flatten())
        .filter(|c| !c.from_criterion)
        .count();
    assert!(listed >= 40, "{listed} reconstructed items");
    assert_eq!(
        pemdi.items_status,
        spbe_calculator::engine::model::Status::Reconstructed
    );
}

trait AllFromCriterion {
    fn flatten_items_all_from_criterion(self) -> bool;
}
impl<'a, I: Iterator<Item = &'a spbe_calculator::engine::model::Indicator>> AllFromCriterion for I {
    fn flatten_items_all_from_criterion(mut self) -> bool {
        self.all(|i| i.items.iter().flatten().all(|c| c.from_criterion))
    }
}

/// Reference §2.3: with the items accepted in the 2026 document stage, the band-top rule gives
/// six of the nine fractional official values for Aceh Tengah; the catalogue's counts of items
/// per level are those of the stage's codes.
#[test]
fn the_pemdi_catalogue_reproduces_aceh_tengah() {
    let fw = pemdi2026();
    let official = &fw
        .presets
        .iter()
        .find(|p| p.id == "aceh-tengah-2026")
        .unwrap()
        .levels;
    // (indicator no, accepted per level)
    let accepted: [(usize, &[usize]); 6] = [
        (1, &[1, 2]),
        (2, &[2]),
        (11, &[1]),
        (12, &[1]),
        (13, &[1]),
        (17, &[2, 2]),
    ];
    for (no, counts) in accepted {
        let i = no - 1;
        let mut ev = Evidence::catalogue(&fw, i);
        for (k, &n) in counts.iter().enumerate() {
            let level = k as u32 + 1;
            for item in ev.items.iter_mut().filter(|it| it.level == level).take(n) {
                item.status = ItemStatus::Accepted;
            }
        }
        let v = ev.values(&fw);
        assert_eq!(v.verified, official[i], "indicator {no}");
        assert_eq!(v.self_assessed, official[i], "indicator {no}");
    }
}

#[test]
fn statuses_drive_both_values_with_level_gating() {
    let fw = pemdi2026();
    let mut ev = Evidence::catalogue(&fw, 0);
    // I1: level 1 has one item, level 2 four.
    ev.items[0].status = ItemStatus::Accepted;
    ev.items[1].status = ItemStatus::Uploaded;
    ev.items[2].status = ItemStatus::Accepted;
    let v = ev.values(&fw);
    assert_eq!((v.self_assessed, v.verified), (20_000, 17_500));
    // Level 1 rejected: nothing above counts.
    ev.items[0].status = ItemStatus::Rejected;
    let v = ev.values(&fw);
    assert_eq!((v.self_assessed, v.verified), (10_000, 10_000));
    // SPBE 2020 (whole levels): level 1 gates; a level counts only when complete.
    let fw = spbe2020();
    let mut ev = Evidence::catalogue(&fw, 0);
    for it in ev.items.iter_mut().take(3) {
        it.status = ItemStatus::Accepted;
    }
    ev.items[3].status = ItemStatus::Uploaded;
    let v = ev.values(&fw);
    assert_eq!((v.self_assessed, v.verified), (4, 3));
    // SPBE 2018 (0–5): level 1 is the first step above 0.
    let fw = spbe2018();
    let mut ev = Evidence::catalogue(&fw, 0);
    ev.items[0].status = ItemStatus::Accepted;
    assert_eq!(ev.values(&fw).verified, 1);
}

#[test]
fn the_reducer_edits_items_and_the_value_follows() {
    let s = state(pemdi2026());
    let s = edits(
        s,
        vec![
            (
                0,
                ItemEdit::Status {
                    index: 0,
                    status: ItemStatus::Accepted,
                },
            ),
            (
                0,
                ItemEdit::Status {
                    index: 1,
                    status: ItemStatus::Uploaded,
                },
            ),
            (
                0,
                ItemEdit::Note {
                    index: 1,
                    text: "Menunggu tanda tangan".into(),
                },
            ),
        ],
    );
    // Not following yet: the value is still entered by hand.
    assert_eq!(s.levels[0], 10_000);
    let s = edits(s, vec![(0, ItemEdit::Follow(true))]);
    assert_eq!(s.levels[0], 17_500);
    assert_eq!(s.scenarios[s.active].levels[0], 17_500);
    // A level change by hand is refused while the value follows the items.
    assert!(
        s.apply(Action::SetLevel {
            indicator: 0,
            value: 40_000
        })
        .is_none()
    );
    // The planner still plans it (its steps list the items still needed); applying a plan
    // leaves its value to its items.
    assert!(!s.plan_request().locked[0]);
    let mut plan = s.levels.clone();
    plan[0] = 40_000;
    plan[1] = 25_000;
    let applied = s.apply(Action::ApplyPlan(plan)).unwrap();
    assert_eq!((applied.levels[0], applied.levels[1]), (17_500, 25_000));
    // Accepting more raises it; a reset goes back to the catalogue and to the hand value.
    let s = edits(
        s,
        vec![(
            0,
            ItemEdit::Status {
                index: 2,
                status: ItemStatus::Accepted,
            },
        )],
    );
    assert_eq!(s.levels[0], 20_000);
    // Adding an item to level 2 changes the share (2 of 5 claimed).
    let s = edits(
        s,
        vec![(
            0,
            ItemEdit::Add {
                level: 2,
                text: "Notulen rapat".into(),
            },
        )],
    );
    let ev = s.evidence[0].as_ref().unwrap();
    assert_eq!(
        ev.items.len(),
        9,
        "8 in the catalogue (1, 4, 1, 1, 1) and one added"
    );
    assert_eq!(ev.items[5].code, "I1-L2-05");
    assert_eq!(s.levels[0], 19_000);
    // Moving within a level works; across levels or off the end does not.
    let s = edits(s, vec![(0, ItemEdit::Move { index: 5, up: true })]);
    assert_eq!(s.evidence[0].as_ref().unwrap().items[4].code, "I1-L2-05");
    assert!(edit(&s, 0, ItemEdit::Move { index: 1, up: true }).is_none());
    assert!(
        edit(
            &s,
            0,
            ItemEdit::Move {
                index: 5,
                up: false
            }
        )
        .is_none()
    );
    // A level's last item cannot be removed; another can.
    assert!(edit(&s, 0, ItemEdit::Remove { index: 0 }).is_none());
    let s = edits(s, vec![(0, ItemEdit::Remove { index: 4 })]);
    assert_eq!(s.levels[0], 20_000);
    // An empty own text is refused; the catalogue's text comes back with None.
    assert!(
        edit(
            &s,
            0,
            ItemEdit::Text {
                index: 1,
                text: Some("  ".into())
            }
        )
        .is_none()
    );
    let s = edits(
        s,
        vec![(
            0,
            ItemEdit::Text {
                index: 1,
                text: Some("RPJMD 2025–2029".into()),
            },
        )],
    );
    let panel = items_panel(&s, 0);
    assert_eq!(panel.levels[1].items[0].text, "RPJMD 2025–2029");
    assert!(panel.levels[1].items[0].own_text);
    let s = edits(s, vec![(0, ItemEdit::Reset)]);
    assert_eq!(s.evidence[0], None);
    assert!(
        s.apply(Action::SetLevel {
            indicator: 0,
            value: 40_000
        })
        .is_some()
    );
    // Out of range: nothing.
    assert!(edit(&s, 99, ItemEdit::Follow(true)).is_none());
    assert!(
        edit(
            &s,
            0,
            ItemEdit::Status {
                index: 99,
                status: ItemStatus::Accepted
            }
        )
        .is_none()
    );
    assert!(
        edit(
            &s,
            0,
            ItemEdit::Add {
                level: 9,
                text: "x".into()
            }
        )
        .is_none()
    );
}

#[test]
fn the_panel_shows_levels_gating_and_provenance() {
    let s = state(pemdi2026());
    let s = edits(
        s,
        vec![(
            0,
            ItemEdit::Status {
                index: 1,
                status: ItemStatus::Accepted,
            },
        )],
    );
    let p = items_panel(&s, 0);
    assert_eq!(p.levels.len(), 5);
    assert_eq!(p.levels[0].done, "0 diterima dari 1");
    assert!(!p.levels[0].gated);
    assert!(p.levels[1].gated, "level 1 is not complete");
    assert_eq!(p.levels[1].top, "2,50");
    assert!(p.provenance.contains("rekonstruksi"));
    assert!(p.levels[2].items[0].from_criterion);
    assert_eq!(p.self_assessed, "1,00");
}

#[test]
fn the_summary_shows_both_indices_and_the_difference() {
    let s = state(pemdi2026());
    assert_eq!(items_summary(&s), None);
    let s = edits(
        s,
        vec![
            (
                0,
                ItemEdit::Status {
                    index: 0,
                    status: ItemStatus::Accepted,
                },
            ),
            (0, ItemEdit::Follow(true)),
            (
                1,
                ItemEdit::Status {
                    index: 0,
                    status: ItemStatus::Uploaded,
                },
            ),
            (
                1,
                ItemEdit::Status {
                    index: 1,
                    status: ItemStatus::Uploaded,
                },
            ),
            (1, ItemEdit::Follow(true)),
        ],
    );
    // I1 1,50 verified; I2 1,50 self-assessed, 1,00 verified (weights 5 of 100 each).
    let sum = items_summary(&s).unwrap();
    assert_eq!(sum.following, 2);
    assert_eq!(sum.self_assessed, "1,05 (Kurang)");
    assert_eq!(sum.verified, "1,03 (Kurang)");
    assert_eq!(sum.difference, "0,02");
    assert_eq!(sum.gaps.len(), 1);
    assert_eq!(sum.gaps[0].label, "2");
    assert_eq!(sum.gaps[0].values, "1,50 \u{2192} 1,00");
}

#[test]
fn documents_carry_items_and_older_ones_read_without() {
    let fw = pemdi2026();
    let s = edits(
        state(fw.clone()),
        vec![
            (
                2,
                ItemEdit::Status {
                    index: 0,
                    status: ItemStatus::Accepted,
                },
            ),
            (
                2,
                ItemEdit::Status {
                    index: 1,
                    status: ItemStatus::Rejected,
                },
            ),
            (
                2,
                ItemEdit::Note {
                    index: 1,
                    text: "Belum ditandatangani".into(),
                },
            ),
            (
                2,
                ItemEdit::Add {
                    level: 1,
                    text: "Rekap pelatihan".into(),
                },
            ),
            (2, ItemEdit::Follow(true)),
        ],
    );
    let w = s.work();
    let json = serde_json::to_string(&Document::from_work(&w, &fw, None)).unwrap();
    assert!(json.contains("\"schema\":3"));
    assert!(json.contains("\"status\":\"rejected\""));
    // Catalogue texts are not written; the user's own are.
    assert!(!json.contains("Peta kompetensi"));
    assert!(json.contains("Rekap pelatihan"));
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back.into_work(&fw).unwrap(), w);
    // Indonesian status names read too.
    let id = json.replace("\"status\":\"rejected\"", "\"status\":\"Ditolak\"");
    let back: Document = serde_json::from_str(&id).unwrap();
    assert_eq!(back.into_work(&fw).unwrap(), w);
    // A schema-2 document has no items.
    let mut old = Document::from_work(&state(fw.clone()).work(), &fw, None);
    old.schema = 2;
    let w2 = old.into_work(&fw).unwrap();
    assert!(w2.evidence.iter().all(Option::is_none));
    // Faults name the indicator and the item, in both languages.
    let bad = |from: &str, to: &str| {
        let doc: Document = serde_json::from_str(&json.replacen(from, to, 1)).unwrap();
        doc.into_work(&fw).unwrap_err()
    };
    let e = bad("\"status\":\"rejected\"", "\"status\":\"hilang\"");
    assert!(
        matches!(&e, DocError::BadValue { field, .. } if field == "evidence[1].items[2].status")
    );
    let e = bad("\"code\":\"I3-L1-01\"", "\"code\":\"I3-L1-02\"");
    assert_eq!(
        e,
        DocError::Item {
            indicator: 3,
            position: 2,
            fault: ItemFault::Code
        }
    );
    let e = bad("\"code\":\"I3-L1-01\"", "\"code\":\"X-99\"");
    assert_eq!(
        e,
        DocError::Item {
            indicator: 3,
            position: 1,
            fault: ItemFault::Text
        }
    );
    let e = bad("\"level\":1", "\"level\":6");
    assert_eq!(
        e,
        DocError::Item {
            indicator: 3,
            position: 1,
            fault: ItemFault::Level
        }
    );
    let (id, en) = (doc_error(&e, Lang::Id), doc_error(&e, Lang::En));
    assert!(
        id.contains("indikator 3") && id.contains("Butir bukti ke-1"),
        "{id}"
    );
    assert!(en.contains("indicator 3") && en.contains("item 1"), "{en}");
    // Following items in a file sets the scenario's value from them, whatever it says.
    let mut w3 = w.clone();
    w3.scenarios[w3.active].levels[2] = 50_000;
    let w3 = check_work(&fw, w3).unwrap();
    assert_eq!(w3.scenarios[w3.active].levels[2], s.levels[2]);
}

#[test]
fn a_framework_s_items_are_checked() {
    let json = model_json("pemdi-2026");
    let bad = |from: &str, to: &str| {
        assert!(json.contains(from), "{from}");
        let raw = raw_from_json(&json.replacen(from, to, 1)).unwrap();
        Framework::from_raw(raw).unwrap_err()
    };
    let item = |code: &str, problem| ModelError::BadItem {
        indicator: "I1".into(),
        code: code.into(),
        problem,
    };
    assert_eq!(
        bad(
            "\"level\": 2,\n       \"code\": \"I1-L2-01\"",
            "\"level\": 6,\n       \"code\": \"I1-L2-01\""
        ),
        item(
            "I1-L2-01",
            ItemProblem::Level {
                level: 6,
                first: 1,
                last: 5
            }
        )
    );
    assert_eq!(
        bad("\"code\": \"I1-L2-02\"", "\"code\": \"I1-L2-01\""),
        item("I1-L2-01", ItemProblem::DuplicateCode)
    );
    assert_eq!(
        bad("\"code\": \"I1-L2-02\"", "\"code\": \" \""),
        item(" ", ItemProblem::Code)
    );
    let mut raw = raw_from_json(&json).unwrap();
    let ind = &mut raw.groups[0].indicators[0];
    ind.items[0].text.en = String::new();
    assert_eq!(
        Framework::from_raw(raw.clone()).unwrap_err(),
        item("I1-L1-01", ItemProblem::Text)
    );
    let ind = &mut raw.groups[0].indicators[0];
    ind.items[0].text.en = "x".into();
    let template = ind.items[0].clone();
    for n in 0..40 {
        let mut it = template.clone();
        it.code = format!("extra-{n}");
        ind.items.push(it);
    }
    assert_eq!(
        Framework::from_raw(raw).unwrap_err(),
        item("extra-39", ItemProblem::TooMany { level: 1 })
    );
    let e = item("I1-L2-01", ItemProblem::DuplicateCode);
    assert!(model_error(&e, Lang::Id).contains("butir bukti"));
    assert!(model_error(&e, Lang::En).contains("evidence item"));
}

#[test]
fn an_item_code_generated_for_a_criterion_never_collides() {
    // A file whose own item takes the code a criterion's item would get.
    let json = model_json("spbe-2020");
    let mut raw = raw_from_json(&json).unwrap();
    let ind = &mut raw.groups[0].groups[0].indicators[0];
    ind.items.push(spbe_calculator::engine::model::RawItem {
        level: 2,
        code: "I1-L1-01".into(),
        text: ind.criteria[1].clone(),
    });
    let fw = Framework::from_raw(raw).unwrap();
    let codes: Vec<&str> = fw.indicators[0]
        .items
        .iter()
        .flatten()
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(codes[0], "I1-L1-02");
    assert_eq!(codes[1], "I1-L1-01");
    let _ = model("spbe-2020");
}

#[test]
fn owners_dates_locations_and_the_narrative() {
    use spbe_calculator::evidence::{MAX_NARRATIVE, is_date, units};
    use spbe_calculator::view::date_text;
    for ok in ["2027-03-31", "2028-02-29", "2000-01-01"] {
        assert!(is_date(ok), "{ok}");
    }
    for bad in [
        "2027-02-29",
        "2027-13-01",
        "2027-04-31",
        "27-03-31",
        "2027/03/31",
        "2027-3-31",
        "abcd-ef-gh",
        "2100-01-01",
        "",
    ] {
        assert!(!is_date(bad), "{bad}");
    }
    assert_eq!(date_text("2027-03-01", Lang::Id), "1 Mar 2027");
    assert_eq!(date_text("2027-08-17", Lang::En), "17 Aug 2027");
    let s = edits(
        state(pemdi2026()),
        vec![
            (3, ItemEdit::Unit("  Bag.   Organisasi ".into())),
            (
                3,
                ItemEdit::Owner {
                    index: 1,
                    unit: "BKPSDM".into(),
                },
            ),
            (
                3,
                ItemEdit::Due {
                    index: 1,
                    date: "2027-03-31".into(),
                },
            ),
            (
                3,
                ItemEdit::Location {
                    index: 1,
                    text: "https://drive.example/sk-timkor.pdf".into(),
                },
            ),
            (
                3,
                ItemEdit::Narrative("Tim Koordinasi dibentuk dengan SK Bupati.".into()),
            ),
        ],
    );
    assert!(
        edit(
            &s,
            3,
            ItemEdit::Due {
                index: 1,
                date: "31-03-2027".into()
            }
        )
        .is_none()
    );
    assert!(
        edit(&s, 3, ItemEdit::Narrative("x".repeat(MAX_NARRATIVE + 1))).map(|s| s.evidence[3]
            .as_ref()
            .unwrap()
            .narrative
            .chars()
            .count())
            == Some(MAX_NARRATIVE)
    );
    let p = items_panel(&s, 3);
    assert_eq!(p.unit, "Bag. Organisasi");
    assert_eq!(p.levels[0].items[0].owner, "Bag. Organisasi");
    assert!(p.levels[0].items[0].owner_inherited);
    assert_eq!(p.levels[0].items[1].owner, "BKPSDM");
    assert_eq!(p.levels[0].items[1].due_shown, "31 Mar 2027");
    assert_eq!(p.narrative_count, "41 / 5.000 karakter");
    assert_eq!(
        units(&s.evidence),
        vec!["BKPSDM".to_string(), "Bag. Organisasi".to_string()]
    );
    // In the JSON document and back.
    let fw = s.fw.clone();
    let w = s.work();
    let json = serde_json::to_string(&Document::from_work(&w, &fw, None)).unwrap();
    assert!(json.contains("\"owner\":\"BKPSDM\"") && json.contains("\"due\":\"2027-03-31\""));
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back.into_work(&fw).unwrap(), w);
    let bad: Document = serde_json::from_str(&json.replace("2027-03-31", "2027-02-30")).unwrap();
    assert_eq!(
        bad.into_work(&fw).unwrap_err(),
        DocError::Item {
            indicator: 4,
            position: 2,
            fault: ItemFault::Date
        }
    );
}

#[test]
fn csv_files_carry_the_evidence_tables() {
    use spbe_calculator::csv_file;
    let fw = pemdi2026();
    let s = edits(
        state(fw.clone()),
        vec![
            (
                0,
                ItemEdit::Status {
                    index: 0,
                    status: ItemStatus::Accepted,
                },
            ),
            (0, ItemEdit::Follow(true)),
            (0, ItemEdit::Unit("Bappeda".into())),
            (0, ItemEdit::Narrative("Renja; \"RAN\"\nbaris kedua".into())),
            (
                0,
                ItemEdit::Due {
                    index: 1,
                    date: "2027-01-15".into(),
                },
            ),
        ],
    );
    let w = s.work();
    let csv = csv_file::write(&w, &fw);
    assert!(csv.contains(
        "\r\nBukti indikator;Mengikuti butir;Unit penanggung jawab;Penjelasan\r\n1;ya;Bappeda;"
    ));
    assert!(csv.contains("\r\n1;1;I1-L1-01;;diterima;;;;\r\n"), "{csv}");
    assert!(csv.contains("\r\n1;2;I1-L2-01;;belum ada;;;2027-01-15;\r\n"));
    assert_eq!(csv_file::read(&csv, &fw).unwrap(), w);
    // A file without the tables (as before) reads with no items.
    let plain = csv_file::write(&state(fw.clone()).work(), &fw);
    assert!(!plain.contains("Bukti indikator"));
    // Faults name the line and the column.
    let bad = csv.replace("1;1;I1-L1-01;;diterima", "1;1;I1-L1-01;;selesai");
    let line = bad.lines().position(|l| l.contains("selesai")).unwrap() + 1;
    assert!(
        matches!(csv_file::read(&bad, &fw).unwrap_err(), DocError::Cell { line: l, column, .. } if l == line && column == "Status")
    );
    let bad = csv.replace("\r\n1;1;I1-L1-01", "\r\n99;1;I1-L1-01");
    assert!(
        matches!(csv_file::read(&bad, &fw).unwrap_err(), DocError::Cell { column, .. } if column == "Butir bukti")
    );
    let bad = csv.replace("1;1;I1-L1-01", "1;x;I1-L1-01");
    assert!(
        matches!(csv_file::read(&bad, &fw).unwrap_err(), DocError::Cell { column, .. } if column == "Level")
    );
    // An indicator's last item of a level removed in the spreadsheet: the level has none.
    let bad = csv.replace("\r\n1;1;I1-L1-01;;diterima;;;;", "");
    assert_eq!(
        csv_file::read(&bad, &fw).unwrap_err(),
        DocError::Item {
            indicator: 1,
            position: 0,
            fault: ItemFault::EmptyLevel
        }
    );
}

#[test]
fn plan_steps_list_the_items_they_still_need() {
    use spbe_calculator::view::{planner, tasks};
    let s = edits(
        state(pemdi2026()),
        vec![
            (
                0,
                ItemEdit::Status {
                    index: 0,
                    status: ItemStatus::Accepted,
                },
            ),
            (
                0,
                ItemEdit::Status {
                    index: 1,
                    status: ItemStatus::Accepted,
                },
            ),
            (
                0,
                ItemEdit::Status {
                    index: 2,
                    status: ItemStatus::Uploaded,
                },
            ),
            (0, ItemEdit::Unit("Bappeda".into())),
            (
                0,
                ItemEdit::Owner {
                    index: 3,
                    unit: "Diskominfo".into(),
                },
            ),
            (
                0,
                ItemEdit::Due {
                    index: 3,
                    date: "2027-03-31".into(),
                },
            ),
        ],
    );
    // From 1,50 to 2,50: level 2's items not yet accepted, with their owners and dates.
    let t = tasks(&s, 0, 15_000, 25_000);
    let codes: Vec<&str> = t.iter().map(|t| t.code.as_str()).collect();
    assert_eq!(codes, ["I1-L2-02", "I1-L2-03", "I1-L2-04"]);
    assert_eq!(t[0].status, "diunggah");
    assert_eq!(t[0].owner, "Bappeda");
    assert_eq!(
        (t[1].owner.as_str(), t[1].due.as_str()),
        ("Diskominfo", "31 Mar 2027")
    );
    // From 1,00 to 3,50 also level 3's (its criterion) but not level 1's, accepted.
    assert_eq!(tasks(&s, 0, 10_000, 35_000).len(), 4);
    // An indicator whose items are not kept: the criterion says it.
    assert!(tasks(&s, 1, 10_000, 25_000).is_empty());
    // In the plan: the step of indicator 1 carries them.
    let s = s
        .apply(Action::SetTarget(Some(
            spbe_calculator::engine::plan::Target::Index(300),
        )))
        .unwrap();
    let p = planner(&s);
    let line = p
        .lines
        .iter()
        .find(|l| l.indicator == 0)
        .expect("indicator 1 rises");
    assert!(!line.tasks.is_empty());
    assert!(line.tasks.iter().all(|t| t.code.starts_with("I1-")));
}

#[test]
fn a_catalogue_file_is_saved_loaded_and_checked() {
    use spbe_calculator::evidence::catalogue;
    let fw = spbe2020();
    let s = edits(
        state(fw.clone()),
        vec![
            (
                0,
                ItemEdit::Status {
                    index: 0,
                    status: ItemStatus::Accepted,
                },
            ),
            (
                0,
                ItemEdit::Owner {
                    index: 0,
                    unit: "Bappeda".into(),
                },
            ),
        ],
    );
    let saved = catalogue::write(&fw, &s.evidence, Lang::Id);
    assert!(saved.starts_with("\u{feff}indikator;level;kode;teks\r\n1;1;I1-L1-01;"));
    assert_eq!(saved.lines().count(), 1 + 5 * fw.indicators.len());
    // Loading what was saved changes no status; the texts become the file's own.
    let rows = catalogue::read(&saved, &fw).unwrap();
    let (ev, loaded) = catalogue::apply(&fw, &s.evidence, &rows).unwrap();
    assert_eq!(
        (loaded.items, loaded.indicators),
        (5 * fw.indicators.len(), fw.indicators.len())
    );
    assert_eq!(
        ev[0].as_ref().unwrap().items[0].status,
        ItemStatus::Accepted
    );
    assert_eq!(ev[0].as_ref().unwrap().items[0].owner, "Bappeda");
    // An official list for indicator 1, level 1 (two items, one keeping its code), in English
    // headers with commas: level 1 replaced, levels 2–5 kept, others untouched.
    let official = "indicator,level,code,text\n1,1,I1-L1-01,Kebijakan internal arsitektur (draf)\n1,1,I1-L1-02,Notulen pembahasan\n";
    let rows = catalogue::read(official, &fw).unwrap();
    let (ev, loaded) = catalogue::apply(&fw, &s.evidence, &rows).unwrap();
    assert_eq!((loaded.items, loaded.indicators), (2, 1));
    let i1 = ev[0].as_ref().unwrap();
    assert_eq!(i1.items.len(), 6);
    assert_eq!(
        i1.items[0].status,
        ItemStatus::Accepted,
        "same code keeps its status"
    );
    assert_eq!(i1.items[1].text.as_deref(), Some("Notulen pembahasan"));
    assert_eq!(i1.items[1].status, ItemStatus::Missing);
    assert!(ev[1..].iter().all(Option::is_none));
    // One more item on level 1: verified falls from 1 complete level to 1 of 2.
    let s2 = s.apply(Action::SetEvidence(ev)).unwrap();
    assert_eq!(s2.evidence[0].as_ref().unwrap().values(&fw).verified, 1);
    // Faults: line and column, or the item.
    let bad = |text: &str| {
        catalogue::read(text, &fw).and_then(|r| catalogue::apply(&fw, &s.evidence, &r).map(|_| ()))
    };
    assert!(matches!(
        bad("no;idea\n1;2"),
        Err(DocError::BadRow { line: 1, .. })
    ));
    assert!(
        matches!(bad("indikator;level;kode;teks\n99;1;X;teks"), Err(DocError::Cell { line: 2, column, .. }) if column == "indikator")
    );
    assert!(
        matches!(bad("indikator;level;kode;teks\n1;7;X;teks"), Err(DocError::Cell { line: 2, column, .. }) if column == "level")
    );
    assert_eq!(
        bad("indikator;level;kode;teks\n1;1;A;satu\n1;1;A;dua"),
        Err(DocError::Item {
            indicator: 1,
            position: 2,
            fault: ItemFault::Code
        })
    );
    assert_eq!(
        bad("indikator;level;kode;teks\n1;1;A;"),
        Err(DocError::Item {
            indicator: 1,
            position: 1,
            fault: ItemFault::Text
        })
    );
    assert_eq!(bad(""), Err(DocError::EmptyFile));
}

#[test]
fn a_catalogue_also_loads_from_a_json_list() {
    use spbe_calculator::evidence::catalogue;
    let fw = pemdi2026();
    let item = |i: &str, l: &str, c: &str, t: &str| [i, l, c, t].map(String::from);
    let items = [
        item("2", "1", "I2-L1-01", "Renstra memuat manajemen layanan"),
        item("2", "1", "I2-L1-02", "SOP manajemen risiko"),
    ];
    let rows = catalogue::from_json(&items, &fw).unwrap();
    let (evidence, loaded) =
        catalogue::apply(&fw, &vec![None; fw.indicators.len()], &rows).unwrap();
    assert_eq!((loaded.items, loaded.indicators), (2, 1));
    let two = evidence[1].as_ref().unwrap();
    let level1: Vec<&str> = two
        .items
        .iter()
        .filter(|it| it.level == 1)
        .map(|it| it.code.as_str())
        .collect();
    assert_eq!(level1, ["I2-L1-01", "I2-L1-02"]);
    // Faults name the item's position and the field, as a CSV file's line and column.
    let bad = [item("2", "1", "a", "b"), item("99", "1", "c", "d")];
    assert!(
        matches!(catalogue::from_json(&bad, &fw).unwrap_err(), DocError::Cell { line: 2, ref column, .. } if column == "indikator")
    );
    let bad = [item("2", "9", "a", "b")];
    assert!(
        matches!(catalogue::from_json(&bad, &fw).unwrap_err(), DocError::Cell { line: 1, ref column, .. } if column == "level")
    );
    assert_eq!(
        catalogue::from_json(&[], &fw).unwrap_err(),
        DocError::EmptyFile
    );
}
