//! Files out and in: JSON and CSV round trips give back the identical work; every bad file
//! gets a typed error naming the field or row; no decoder panics on any bytes (property tests
//! over arbitrary and mutated inputs: the bounded fuzz harness of `make test`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::spbe2020;
use proptest::prelude::*;
use spbe_calculator::csv_file;
use spbe_calculator::document::{DocError, Document, Header, Work, text_of};
use spbe_calculator::engine::plan::{EffortCurve, Target};
use spbe_calculator::engine::{Basis, Framework, Lang};
use spbe_calculator::state::{Action, State};

#[test]
fn a_newer_or_foreign_document_is_named_as_such_even_when_it_does_not_parse() {
    let fault = |text: &str| {
        let e = serde_json::from_str::<Document>(text)
            .unwrap_err()
            .to_string();
        Header::fault(serde_json::from_str(text).ok(), e)
    };
    // A newer version adds fields and drops others: the schema is named, not the field.
    let newer = r#"{"app":"spbe-calculator","schema":4,"model":"spbe-2020","aims":[]}"#;
    assert_eq!(fault(newer), DocError::NewerSchema { found: 4 });
    let other = r#"{"app":"excel-export","rows":[]}"#;
    assert!(matches!(fault(other), DocError::NotOurs { app } if app == "excel-export"));
    // Our schema with a missing field, or no header at all, is a syntax fault as before.
    let ours = r#"{"app":"spbe-calculator","schema":2,"model":"spbe-2020"}"#;
    assert!(matches!(fault(ours), DocError::Syntax(m) if m.contains("modelVersion")));
    assert!(matches!(fault("[1,2]"), DocError::Syntax(_)));
    assert!(matches!(fault(r#"{"app": 7}"#), DocError::Syntax(_)));
}

fn json_read(text: &str, fw: &Framework) -> Result<Work, DocError> {
    let doc: Document = serde_json::from_str(text).map_err(|e| DocError::Syntax(e.to_string()))?;
    doc.into_work(fw)
}

fn json_write(w: &Work, fw: &Framework) -> String {
    serde_json::to_string_pretty(&Document::from_work(w, fw, Some("2026-11-23".into()))).unwrap()
}

/// Rich work: two scenarios with awkward names, every planning input, notes with separators,
/// quotes, line breaks and formula-like starts, a roadmap.
fn rich_work() -> Work {
    let fw = Rc::new(spbe2020());
    let mut s = State::new(fw, Lang::Id);
    let actions = vec![
        Action::StartFromPreset(1),
        Action::SetLevel {
            indicator: 20,
            value: 4,
        },
        Action::RenameScenario(0, "Realistis; \"hemat\"".into()),
        Action::NewScenario,
        Action::RenameScenario(1, "=Ambisius".into()),
        Action::SetLevel {
            indicator: 46,
            value: 5,
        },
        Action::SetTarget(Some(Target::Index(310))),
        Action::SetPace(Some(2)),
        Action::SetCurve(EffortCurve::Rising),
        Action::SetEffort {
            indicator: 3,
            effort: 7,
        },
        Action::ToggleLock(5),
        Action::SetMaxLevel {
            indicator: 9,
            value: 4,
        },
        Action::ToggleUnverified(41),
        Action::SetNote {
            indicator: 0,
            text: "Perbup 12/2024; unit: Diskominfo\nbukti \"lengkap\"".into(),
        },
        Action::SetNote {
            indicator: 46,
            text: "-cek ulang @Bappeda, 3,5 %".into(),
        },
        Action::SetInstitution("Pemerintah Kab. Contoh".into()),
        Action::SetBasis(Basis::Rounded),
        Action::SetRoadmapTarget(0, Some(Target::Band(3))),
        Action::SetRoadmapTarget(2, Some(Target::Index(425))),
        Action::SetPeer(Some("kab-paser".into())),
        Action::SetPastYear {
            year: 2019,
            index: Some(215),
        },
        Action::SetPastYear {
            year: 2022,
            index: Some(307),
        },
        Action::SelectScenario(0),
    ];
    for a in actions {
        if let Some(n) = s.apply(a) {
            s = n;
        }
    }
    s.work()
}

#[test]
fn json_round_trip_is_identical() {
    let fw = spbe2020();
    let w = rich_work();
    let text = json_write(&w, &fw);
    assert!(text.contains("\"app\": \"spbe-calculator\""));
    assert!(text.contains("\"model\": \"spbe-2020\""));
    assert!(text.contains("\"ourInstitution\": \"kab-paser\""));
    assert!(
        text.contains("\"year\": 2019,\n      \"index\": 2.15"),
        "{text}"
    );
    assert_eq!(json_read(&text, &fw).unwrap(), w);
    // A file without them (written before they existed) reads as before.
    let plain = Work {
        peer: None,
        history: Vec::new(),
        ..w.clone()
    };
    let text = json_write(&plain, &fw);
    assert!(!text.contains("ourInstitution") && !text.contains("history"));
    assert_eq!(json_read(&text, &fw).unwrap(), plain);
    // A past result out of range or with three decimals is refused, naming it.
    let bad = json_write(&w, &fw).replace("\"index\": 2.15", "\"index\": 2.155");
    assert!(matches!(
        json_read(&bad, &fw),
        Err(DocError::TooPrecise { ref field, position: 1, .. }) if field == "history"
    ));
}

#[test]
fn csv_round_trip_is_identical_and_spreadsheet_friendly() {
    let fw = spbe2020();
    let w = rich_work();
    let text = csv_file::write(&w, &fw);
    assert!(
        text.starts_with('\u{feff}'),
        "BOM so spreadsheets read UTF-8"
    );
    assert!(text.contains("\r\n"));
    // Weights with a decimal comma, separators inside text quoted, formulas defused.
    assert!(text.contains(";1,30;"), "weight column");
    assert!(text.contains("\"Realistis; \"\"hemat\"\"\""));
    assert!(text.contains(";'=Ambisius;"));
    assert!(text.contains("'-cek ulang @Bappeda, 3,5 %"));
    assert!(text.contains("\r\ninstansi_resmi;kab-paser\r\nriwayat;2019=2,15;2022=3,07\r\n"));
    assert_eq!(csv_file::read(&text, &fw).unwrap(), w);
    // A truncated file is refused, whatever the separator.
    let commas = text
        .trim_start_matches('\u{feff}')
        .lines()
        .take(12)
        .map(|l| l.replace(';', ","))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        csv_file::read(&commas, &fw).is_err(),
        "partial file is refused"
    );
}

#[test]
fn bad_files_name_what_is_wrong() {
    let fw = spbe2020();
    let w = rich_work();
    let json = json_write(&w, &fw);
    let bad = |text: &str| json_read(text, &fw).unwrap_err();
    assert!(matches!(bad("{\"app\": 1"), DocError::Syntax(_)));
    assert!(matches!(bad("[]"), DocError::Syntax(_)));
    assert_eq!(
        bad(&json.replace("\"model\": \"spbe-2020\"", "\"model\": \"spbe-2018\"")),
        DocError::WrongModel {
            found: "spbe-2018".into(),
            expected: "spbe-2020".into()
        }
    );
    assert_eq!(
        bad(&json.replace("\"schema\": 3", "\"schema\": 7")),
        DocError::NewerSchema { found: 7 }
    );
    assert!(matches!(
        bad(&json.replace("\"app\": \"spbe-calculator\"", "\"app\": \"x\"")),
        DocError::NotOurs { .. }
    ));
    // A level out of range, named by field and indicator.
    let mut doc: Document = serde_json::from_str(&json).unwrap();
    doc.baseline[12] = spbe_calculator::engine::model::Num(6.0);
    assert_eq!(
        doc.clone().into_work(&fw).unwrap_err(),
        DocError::OutOfRange {
            field: "baseline".into(),
            position: 13,
            text: "6".into(),
            min: 1,
            max: 5
        }
    );
    doc.baseline.pop();
    assert_eq!(
        doc.into_work(&fw).unwrap_err(),
        DocError::WrongLength {
            field: "baseline".into(),
            expected: 47,
            got: 46
        }
    );
    // Size and encoding are checked before parsing.
    assert!(matches!(
        text_of(&vec![b' '; 1_000_001]),
        Err(DocError::TooLarge { .. })
    ));
    assert_eq!(text_of(&[0xff, 0xfe, 0x00]), Err(DocError::Encoding));
    assert_eq!(text_of("\u{feff}{}".as_bytes()), Ok("{}"));
    // CSV: the cell at fault, by line and column.
    let csv = csv_file::write(&w, &fw);
    let broken = csv.replace(";ya;", ";mungkin;");
    match csv_file::read(&broken, &fw).unwrap_err() {
        DocError::Cell { column, inner, .. } => {
            assert_eq!(column, "Dikunci");
            assert!(matches!(*inner, DocError::BadValue { .. }));
        }
        other => panic!("{other:?}"),
    }
    let lines: Vec<&str> = csv.split("\r\n").collect();
    let short = lines[..lines.len() - 5].join("\r\n");
    assert_eq!(
        csv_file::read(&short, &fw).unwrap_err(),
        DocError::WrongLength {
            field: "CSV".into(),
            expected: 47,
            got: 43
        }
    );
    let level = csv.replacen(
        ";Kebijakan Internal SPBE;Kebijakan Internal Tata Kelola SPBE;1,30;3;",
        ";Kebijakan Internal SPBE;Kebijakan Internal Tata Kelola SPBE;1,30;9;",
        1,
    );
    match csv_file::read(&level, &fw).unwrap_err() {
        DocError::Cell {
            line,
            column,
            inner,
        } => {
            // Line 16: the key lines, the published institution and past results, the header.
            assert_eq!((line, column.as_str()), (16, "Baseline"));
            assert!(matches!(*inner, DocError::OutOfRange { position: 1, .. }));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        csv_file::read("", &fw),
        Err(DocError::Empty { .. })
    ));
    assert!(matches!(
        csv_file::read("a;b\n\"open", &fw),
        Err(DocError::BadRow { .. })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_decoder_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let fw = spbe2020();
        if let Ok(text) = text_of(&bytes) {
            let _ = json_read(text, &fw);
            let _ = csv_file::read(text, &fw);
            let _ = spbe_calculator::engine::fragment::parse(text, &fw);
        }
    }

    #[test]
    fn no_decoder_panics_on_mutated_files(cut in 0usize..6000, pos in 0usize..6000, byte in any::<u8>(), csv in any::<bool>(), pemdi in any::<bool>()) {
        let (fw, w) = if pemdi { rich_work_for(common::pemdi2026()) } else { (spbe2020(), rich_work()) };
        let text = if csv { csv_file::write(&w, &fw) } else { json_write(&w, &fw) };
        let mut bytes = text.into_bytes();
        if !bytes.is_empty() {
            let p = pos % bytes.len();
            bytes[p] = byte;
            bytes.truncate(cut.max(1).min(bytes.len()));
        }
        if let Ok(text) = text_of(&bytes) {
            let _ = json_read(text, &fw);
            let _ = csv_file::read(text, &fw);
        }
    }
}

/// Rich work for any framework: every planning input, a second scenario, a variant choice,
/// an external index where the framework has one, values with decimals where it allows them.
fn rich_work_for(fw: Framework) -> (Framework, Work) {
    let fw = Rc::new(fw);
    let mut s = State::new(fw.clone(), Lang::Id);
    let top = fw.scale.max_value();
    let mid = fw.stops[fw.stops.len() / 2];
    let mut actions = vec![
        Action::SetLevel {
            indicator: 1,
            value: mid,
        },
        Action::RenameScenario(0, "Realistis".into()),
        Action::NewScenario,
        Action::SetLevel {
            indicator: 2,
            value: top,
        },
        Action::SetTarget(Some(Target::Band(2))),
        Action::SetPace(Some(2)),
        Action::SetEffort {
            indicator: 0,
            effort: 3,
        },
        Action::ToggleLock(3),
        Action::SetMaxLevel {
            indicator: 4,
            value: mid,
        },
        Action::ToggleUnverified(1),
        Action::SetNote {
            indicator: 2,
            text: "bukti; \"x\"".into(),
        },
        Action::SetRoadmapTarget(1, Some(Target::Index(250))),
    ];
    if fw.scale.decimals > 0 {
        actions.push(Action::SetLevel {
            indicator: 12,
            value: fw.scale.min_value() + fw.scale.unit() / 6,
        });
    }
    if let Some(i) = fw.indicators.iter().position(|i| i.external.is_some()) {
        actions.push(Action::SetSource {
            indicator: i,
            value: Some(6_875),
        });
    }
    if !fw.variants.is_empty() {
        actions.push(Action::SetVariant {
            variant: 0,
            option: 1,
        });
    }
    for a in actions {
        if let Some(n) = s.apply(a) {
            s = n;
        }
    }
    ((*s.fw).clone(), s.work())
}

#[test]
fn every_framework_round_trips_through_json_and_csv() {
    for fw in [common::pemdi2026(), common::spbe2018(), spbe2020()] {
        let (fw, w) = rich_work_for(fw);
        let json = json_write(&w, &fw);
        assert_eq!(json_read(&json, &fw).unwrap(), w, "{} JSON", fw.id);
        let csv = csv_file::write(&w, &fw);
        assert_eq!(csv_file::read(&csv, &fw).unwrap(), w, "{} CSV", fw.id);
        assert_eq!(csv_file::model_of(&csv).as_deref(), Some(fw.id.as_str()));
        // A file of one framework is never read as another: the error names both.
        for other in [common::pemdi2026(), common::spbe2018(), spbe2020()] {
            if other.id != fw.id {
                assert_eq!(
                    json_read(&json, &other).unwrap_err(),
                    DocError::WrongModel {
                        found: fw.id.clone(),
                        expected: other.id.clone()
                    }
                );
                assert!(matches!(
                    csv_file::read(&csv, &other),
                    Err(DocError::WrongModel { .. })
                ));
            }
        }
    }
    // Pemdi's file carries the decimal value and the external index as written.
    let (fw, w) = rich_work_for(common::pemdi2026());
    let json = json_write(&w, &fw);
    assert!(json.contains("1.1666"), "{json}");
    assert!(json.contains("\"sources\""));
    assert!(json.contains("\"bandEdge\": \"upper-inclusive\""));
    let csv = csv_file::write(&w, &fw);
    assert!(
        csv.contains("No;Indikator;Aspek;Bobot (%)"),
        "no domain column for Pemdi"
    );
    assert!(csv.contains(";68,75;"), "the SDI in Indonesian format");
    assert!(csv.contains("varian;bandEdge=upper-inclusive"));
}

#[test]
fn schema_1_files_of_the_previous_version_still_load() {
    let fw = spbe2020();
    let w = rich_work();
    // A JSON document as the previous version wrote it: schema 1, no variants or sources.
    let json = json_write(&w, &fw).replace("\"schema\": 3", "\"schema\": 1");
    assert!(!json.contains("\"variants\"") && !json.contains("\"sources\""));
    assert_eq!(json_read(&json, &fw).unwrap(), w);
    // A CSV file as the previous version wrote it: no `varian` line, no external column.
    // (Plain notes and names here, so that cells can be cut at separators.)
    let mut w = w;
    w.notes = w
        .notes
        .iter()
        .map(|n| n.replace([';', '\n', '"'], " "))
        .collect();
    for sc in &mut w.scenarios {
        sc.name = sc.name.replace([';', '"', '='], "");
    }
    let csv = csv_file::write(&w, &fw);
    let old: Vec<String> = csv
        .split("\r\n")
        .filter(|l| !l.starts_with("varian"))
        .map(|l| {
            let mut cells: Vec<&str> = l.split(';').collect();
            if cells.len() > 10 {
                // Drop the external column (second to last; these test rows have no quoted
                // separators in the last two columns but the note).
                let n = cells.len();
                if cells[0] == "No" || cells[0].chars().all(|c| c.is_ascii_digit()) {
                    cells.remove(n - 2);
                }
            }
            cells.join(";")
        })
        .collect();
    let old = old
        .join("\r\n")
        .replacen("spbe-calculator;3", "spbe-calculator;1", 1);
    assert!(!old.contains("Sumber eksternal"));
    assert_eq!(csv_file::read(&old, &fw).unwrap(), w);
}

#[test]
fn a_users_framework_travels_inside_its_work() {
    use spbe_calculator::document::carried_framework;
    use spbe_calculator::engine::model::Origin;
    let mut raw = common::raw_from_json(&common::model_json("pemdi-2026")).unwrap();
    raw.id = "opd-2026".into();
    let fw = Framework::from_raw_as(raw, Origin::User).unwrap();
    let (fw, w) = rich_work_for(fw);
    let json = json_write(&w, &fw);
    let doc: Document = serde_json::from_str(&json).unwrap();
    assert!(doc.framework.is_some(), "the framework is inside the file");
    let carried = carried_framework(&doc, |id| id == "pemdi-2026")
        .unwrap()
        .unwrap();
    assert_eq!(carried.origin, Origin::User);
    let carried = carried.with_choice(&w.choice).unwrap();
    assert_eq!(doc.into_work(&carried).unwrap(), w);
    // Under a bundled id it is refused: it can never replace a bundled framework.
    let bundled = json.replace("\"opd-2026\"", "\"pemdi-2026\"");
    let doc: Document = serde_json::from_str(&bundled).unwrap();
    assert_eq!(
        carried_framework(&doc, |id| id == "pemdi-2026").unwrap_err(),
        DocError::ReservedFramework {
            id: "pemdi-2026".into()
        }
    );
    // A broken framework inside the file is named, not loaded.
    let broken = json.replacen("\"weight\": 10", "\"weight\": 11", 1);
    let doc: Document = serde_json::from_str(&broken).unwrap();
    assert!(matches!(
        carried_framework(&doc, |_| false),
        Err(DocError::BadFramework(_))
    ));
}

/// A file is told by its content, with the checks every file gets (the app's file picker and
/// the command-line tool both go through this).
#[test]
fn a_files_kind_comes_from_its_content() {
    use spbe_calculator::document::{FileKind, file_kind, is_framework};
    assert_eq!(file_kind(b"PK\x03\x04rest"), Ok(FileKind::Workbook));
    assert_eq!(
        file_kind(b"\xef\xbb\xbfmodel;spbe-2020\r\n"),
        Ok(FileKind::Csv("model;spbe-2020\r\n"))
    );
    assert_eq!(
        file_kind(b"  {\"app\":1}"),
        Ok(FileKind::Json("  {\"app\":1}"))
    );
    assert_eq!(file_kind(b" \r\n\t"), Err(DocError::EmptyFile));
    assert_eq!(file_kind(b"\xff\xfe{"), Err(DocError::Encoding));
    let big = vec![b'x'; spbe_calculator::document::MAX_FILE_BYTES + 1];
    assert!(matches!(file_kind(&big), Err(DocError::TooLarge { .. })));
    let mut zip = b"PK\x03\x04".to_vec();
    zip.resize(spbe_calculator::document::MAX_FILE_BYTES + 1, 0);
    assert!(matches!(file_kind(&zip), Err(DocError::TooLarge { .. })));
    let keys = |ks: &'static [&'static str]| move |k: &str| ks.contains(&k);
    assert!(is_framework(keys(&["format", "groups", "id"])));
    assert!(!is_framework(keys(&["format", "groups", "app"])));
    assert!(!is_framework(keys(&["app", "model"])));
}
