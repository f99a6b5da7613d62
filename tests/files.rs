//! Files out and in: JSON and CSV round trips give back the identical work; every bad file
//! gets a typed error naming the field or row; no decoder panics on any bytes (property tests
//! over arbitrary and mutated inputs: the bounded fuzz harness of `make test`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::spbe2020;
use proptest::prelude::*;
use spbe_calculator::csv_file;
use spbe_calculator::document::{DocError, Document, Work, text_of};
use spbe_calculator::engine::plan::{EffortCurve, Target};
use spbe_calculator::engine::{Basis, Framework, Lang};
use spbe_calculator::state::{Action, State};

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
    assert_eq!(json_read(&text, &fw).unwrap(), w);
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
        bad(&json.replace("\"schema\": 2", "\"schema\": 7")),
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
            assert_eq!((line, column.as_str()), (14, "Baseline"));
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
    fn no_decoder_panics_on_mutated_files(cut in 0usize..6000, pos in 0usize..6000, byte in any::<u8>(), csv in any::<bool>()) {
        let fw = spbe2020();
        let w = rich_work();
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
