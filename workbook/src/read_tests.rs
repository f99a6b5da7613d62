//! The workbook read back: as exported for every framework and language, after editing by
//! another tool, and with faults that must name their sheet and cell.

use std::rc::Rc;

use rust_xlsxwriter::{Formula, Workbook};

use spbe_calculator::document::{DocError, Work};
use spbe_calculator::engine::model::RawModel;
use spbe_calculator::engine::plan::{EffortCurve, Target};
use spbe_calculator::engine::{Framework, Lang};
use spbe_calculator::i18n::doc_error;
use spbe_calculator::state::{Action, State};

use proptest::prelude::*;

use crate::read::{model_of, read};
use crate::write::write;

fn model(id: &str) -> Framework {
    let path = format!("{}/../assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
    let raw: RawModel = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    Framework::from_raw(raw).unwrap()
}

fn work(fw: &Rc<Framework>, actions: Vec<Action>) -> Work {
    let mut s = State::new(fw.clone(), Lang::Id);
    for a in actions {
        if let Some(n) = s.apply(a) {
            s = n;
        }
    }
    s.work()
}

fn rich(fw: &Rc<Framework>) -> Work {
    let top = *fw.tops.last().unwrap();
    work(
        fw,
        vec![
            Action::StartFromPreset(1),
            Action::RenameScenario(0, "Realistis; \"hemat\"".into()),
            Action::NewScenario,
            Action::RenameScenario(1, "=Ambisius".into()),
            Action::SetLevel {
                indicator: 3,
                value: top,
            },
            Action::SetTarget(Some(Target::Index(310))),
            Action::SetPace(Some(2)),
            Action::SetCurve(EffortCurve::Rising),
            Action::SetEffort {
                indicator: 2,
                effort: 7,
            },
            Action::ToggleLock(5),
            Action::ToggleUnverified(1),
            Action::SetNote {
                indicator: 0,
                text: "Perbup 12/2024\nbaris dua".into(),
            },
            Action::SetInstitution("Pemerintah Kab. Contoh".into()),
            Action::SetRoadmapTarget(1, Some(Target::Band(2))),
            Action::SetPeer(Some("kab-paser".into())),
            Action::SetPastYear {
                year: 2022,
                index: Some(281),
            },
        ],
    )
}

#[test]
fn every_framework_round_trips_in_both_languages() {
    for id in ["spbe-2020", "pemdi-2026", "spbe-2018"] {
        let fw = Rc::new(model(id));
        let mut w = rich(&fw);
        if id == "pemdi-2026" {
            w.sources[4] = Some(6875);
            w.choice = vec![1];
        }
        for lang in [Lang::Id, Lang::En] {
            let fw = fw.with_choice(&w.choice).unwrap();
            let bytes = write(&w, &fw, lang, "2026-11-28").unwrap();
            assert_eq!(model_of(&bytes).unwrap(), id);
            assert_eq!(read(&bytes, &fw).unwrap(), w, "{id} {lang:?}");
        }
    }
}

/// A workbook written by another tool, as a planner's edit in Excel leaves it: the same
/// sheets, values typed over, a formula with its cached result, an extra sheet, rows moved
/// down by nothing.
#[test]
fn a_workbook_edited_by_another_tool_reads_with_the_edits() {
    let fw = Rc::new(model("spbe-2020"));
    let w = rich(&fw);
    // Start from our own export, then rebuild it cell by cell in a new workbook.
    let ours = write(&w, &fw, Lang::En, "2026-11-28").unwrap();
    let mut src: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(ours)).unwrap();
    use calamine::Reader;
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("Notes from the Bappeda")
        .unwrap();
    for name in ["Summary", "Indicators", "Settings"] {
        let range = src.worksheet_range(name).unwrap();
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    calamine::Data::Float(f) => {
                        sheet.write_number(r, c, *f).unwrap();
                    }
                    calamine::Data::String(s) => {
                        sheet.write_string(r, c, s).unwrap();
                    }
                    _ => {}
                }
            }
        }
        if name == "Indicators" {
            // Indicator 2, baseline (column F): typed over with 4; indicator 3: a formula
            // whose cached result is 5; the scenario of indicator 1 becomes 2.
            sheet.write_number(2, 5, 4).unwrap();
            sheet
                .write_formula(3, 5, Formula::new("=2+3").set_result("5"))
                .unwrap();
            sheet.write_number(1, 6, 2).unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    let got = read(&bytes, &fw).unwrap();
    let mut want = w.clone();
    want.baseline[1] = 4;
    want.baseline[2] = 5;
    want.scenarios[0].levels[0] = 2;
    assert_eq!(got, want);
}

#[test]
fn faults_name_the_sheet_and_the_cell() {
    let fw = Rc::new(model("spbe-2020"));
    let w = rich(&fw);
    let bytes = write(&w, &fw, Lang::Id, "2026-11-28").unwrap();
    // Rebuild with one bad cell: indicator 3's baseline (F4) is 9.
    let edit = |f: &dyn Fn(&mut rust_xlsxwriter::Worksheet, &str)| {
        let mut src: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
        use calamine::Reader;
        let mut book = Workbook::new();
        for name in ["Ringkasan", "Indikator", "Pengaturan"] {
            let range = src.worksheet_range(name).unwrap();
            let sheet = book.add_worksheet();
            sheet.set_name(name).unwrap();
            for (r, row) in range.rows().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    match cell {
                        calamine::Data::Float(x) => {
                            sheet.write_number(r as u32, c as u16, *x).unwrap();
                        }
                        calamine::Data::String(s) => {
                            sheet.write_string(r as u32, c as u16, s).unwrap();
                        }
                        _ => {}
                    }
                }
            }
            f(sheet, name);
        }
        book.save_to_buffer().unwrap()
    };
    let said = |e: &DocError| doc_error(e, Lang::Id);
    let bad = edit(&|s, name| {
        if name == "Indikator" {
            s.write_number(3, 5, 9).unwrap();
        }
    });
    let e = read(&bad, &fw).unwrap_err();
    assert!(
        matches!(&e, DocError::InSheet { sheet, cell, .. } if sheet == "Indikator" && cell == "F4"),
        "{e:?}"
    );
    assert!(
        said(&e).starts_with("lembar \u{201c}Indikator\u{201d}, sel F4: "),
        "{}",
        said(&e)
    );
    let bad = edit(&|s, name| {
        if name == "Pengaturan" {
            s.write_string(7, 1, "Hebat").unwrap();
        }
    });
    let e = read(&bad, &fw).unwrap_err();
    assert!(
        matches!(&e, DocError::InSheet { sheet, cell, .. } if sheet == "Pengaturan" && cell == "B8"),
        "{e:?}"
    );
    let bad = edit(&|s, name| {
        if name == "Indikator" {
            s.set_name("Lembar1").unwrap();
        }
    });
    assert!(matches!(
        read(&bad, &fw),
        Err(DocError::MissingSheet { .. })
    ));
    assert!(
        said(&read(&bad, &fw).unwrap_err())
            .contains("\u{201c}Indikator\u{201d} / \u{201c}Indicators\u{201d}")
    );
    assert!(matches!(
        read(b"PK\x03\x04 not really", &fw),
        Err(DocError::NotAWorkbook(_))
    ));
    assert!(matches!(
        read(&[0u8; 40], &fw),
        Err(DocError::NotAWorkbook(_))
    ));
    // A workbook of another framework is read against its own: the model row says which.
    let pemdi = Rc::new(model("pemdi-2026"));
    let other = write(&work(&pemdi, vec![]), &pemdi, Lang::Id, "2026-11-28").unwrap();
    assert_eq!(model_of(&other).unwrap(), "pemdi-2026");
    assert!(matches!(
        read(&other, &fw),
        Err(DocError::InSheet { .. } | DocError::WrongModel { .. })
    ));
}

// The random valid work of the main crate's round-trip properties.
#[path = "../../tests/common/random_work.rs"]
#[allow(dead_code)]
mod random_work;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// For any valid work of any framework, in either language, the workbook written and read
    /// back gives the identical work.
    #[test]
    fn any_work_survives_the_workbook(
        bytes in prop::collection::vec(any::<u8>(), 0..3000),
        pick in 0usize..3,
        english in any::<bool>(),
    ) {
        let fw = model(["spbe-2020", "pemdi-2026", "spbe-2018"][pick]);
        let w = random_work::random_work(&fw, &bytes);
        let w = spbe_calculator::document::check_work(&fw, w).expect("random work is valid");
        let fw = fw.with_choice(&w.choice).unwrap();
        let lang = if english { Lang::En } else { Lang::Id };
        let book = write(&w, &fw, lang, "2026-11-28").unwrap();
        prop_assert_eq!(read(&book, &fw).unwrap(), w);
    }
}

/// The fuzz corpus of workbooks (fuzz/corpus/xlsx), replayed as the fuzz target checks it:
/// whatever reads writes back to a workbook that reads to the identical work.
#[test]
fn the_fuzz_corpus_of_workbooks_replays() {
    let dir = format!("{}/../fuzz/corpus/xlsx", env!("CARGO_MANIFEST_DIR"));
    let fws: Vec<Framework> = ["pemdi-2026", "spbe-2020", "spbe-2018"].map(model).into();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let _ = model_of(&bytes);
        for fw in &fws {
            if let Ok(work) = read(&bytes, fw) {
                let fw = fw.with_choice(&work.choice).unwrap();
                let again = write(&work, &fw, Lang::En, "2026-11-28").unwrap();
                assert_eq!(read(&again, &fw).unwrap(), work);
            }
        }
        n += 1;
    }
    assert!(n >= 6, "{n} workbooks");
}

/// A cell far away (the last cell a sheet can have) must not make the reader build a table of
/// every cell in between (17 billion: the browser's module would stop); the sheet is refused
/// with its limit named, before any table is built.
#[test]
fn a_sheet_reaching_its_last_cell_is_refused_not_allocated() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Pengaturan").unwrap();
    sheet.write_string(0, 0, "Kalkulator Indeks SPBE").unwrap();
    sheet.write_string(1, 0, "model").unwrap();
    sheet.write_string(1, 1, "spbe-2020").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let e = model_of(&bytes).unwrap_err();
    let said = doc_error(&e, Lang::Id);
    assert!(said.contains("paling banyak"), "{said}");
    assert!(said.contains("Pengaturan"), "{said}");
    let fw = model("spbe-2020");
    assert!(read(&bytes, &fw).is_err());
}

/// A zip of `parts` (name, contents), deflated.
fn zip_of(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, contents) in parts {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(contents).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A "zip bomb" — a small file whose shared strings unpack to more than the limit — and a zip
/// of more parts than allowed are refused before calamine opens them, with the limit named in
/// both languages; our own workbook, with every part, stays well within both.
#[test]
fn a_workbook_that_unpacks_too_far_is_refused_before_it_is_opened() {
    use spbe_calculator::engine::limits::{MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES};
    let fw = Rc::new(model("pemdi-2026"));
    let ours = write(&rich(&fw), &fw, Lang::Id, "2026-12-03").unwrap();
    let mut bomb_parts: Vec<(String, Vec<u8>)> = {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&ours)).unwrap();
        let mut unpacked = 0;
        let parts = (0..zip.len())
            .map(|i| {
                let mut part = zip.by_index(i).unwrap();
                let mut contents = Vec::new();
                std::io::Read::read_to_end(&mut part, &mut contents).unwrap();
                unpacked += contents.len();
                (part.name().to_string(), contents)
            })
            .collect();
        assert!(
            (unpacked as u64) < MAX_UNPACKED_BYTES / 20,
            "ours: {unpacked} bytes"
        );
        parts
    };
    // Shared strings of 17 MB of one letter: a few kilobytes packed.
    let big = b"<sst>"
        .iter()
        .copied()
        .chain(std::iter::repeat_n(b'a', MAX_UNPACKED_BYTES as usize + 1))
        .collect();
    bomb_parts.push(("xl/sharedStrings2.xml".to_string(), big));
    let bomb = zip_of(&bomb_parts);
    assert!(bomb.len() < 100_000, "{} bytes", bomb.len());
    for e in [model_of(&bomb).unwrap_err(), read(&bomb, &fw).unwrap_err()] {
        assert!(matches!(e, DocError::Limit(_)), "{e:?}");
        assert!(
            doc_error(&e, Lang::Id).contains(
                "isi buku kerja terlalu besar bila dibuka: paling banyak 16 MB dalam 1000 bagian"
            ),
            "{}",
            doc_error(&e, Lang::Id)
        );
        assert!(doc_error(&e, Lang::En).contains("too large once unpacked: at most 16 MB"));
    }
    let many: Vec<(String, Vec<u8>)> = (0..=MAX_ZIP_ENTRIES)
        .map(|i| (format!("x/{i}.xml"), Vec::new()))
        .collect();
    let e = model_of(&zip_of(&many)).unwrap_err();
    assert!(matches!(e, DocError::Limit(_)), "{e:?}");
    // Within the limits the same workbook reads as before.
    assert!(read(&ours, &fw).is_ok());
}
