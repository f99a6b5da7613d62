//! The catalogue of evidence items as a workbook, both ways. Saved: one sheet ("Katalog" or
//! "Catalogue") with the catalogue file's four columns, the level as a number, so that a
//! coordinator who lives in Excel edits it there. Read back: the sheet of that name, or else
//! the workbook's first sheet (an institution's own list, typed in Excel), checked exactly as
//! a catalogue CSV file; a fault names the sheet and the cell.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use spbe_calculator::csv_file::cells;
use spbe_calculator::document::DocError;
use spbe_calculator::engine::Framework;
use spbe_calculator::evidence::catalogue::{self, CatalogueRow};

use crate::read::{Book, column};

/// The catalogue's sheet, in Indonesian and English.
pub const CATALOGUE: [&str; 2] = ["Katalog", "Catalogue"];

/// The workbook of a catalogue file's text (as `catalogue::write` writes it, in the language
/// of its header); the sheet is named in that language.
pub fn write_catalogue(csv: &str) -> Result<Vec<u8>, XlsxError> {
    let rows = cells(csv).map_err(|e| XlsxError::ParameterError(format!("{e:?}")))?;
    let english = rows
        .first()
        .and_then(|(_, head)| head.first())
        .is_some_and(|h| h.trim() == "indicator");
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let sheet = book.add_worksheet();
    sheet.set_name(CATALOGUE[usize::from(english)])?;
    for (c, width) in [12.0, 8.0, 14.0, 90.0].into_iter().enumerate() {
        sheet.set_column_width(c as u16, width)?;
    }
    for (r, (_, row)) in rows.iter().enumerate() {
        let r = r as u32;
        for (c, value) in row.iter().enumerate().take(4) {
            let c = c as u16;
            if r == 0 {
                sheet.write_string_with_format(r, c, value, &bold)?;
            } else if let (1, Ok(level)) = (c, value.trim().parse::<u32>()) {
                sheet.write_number(r, c, f64::from(level))?;
            } else if c == 3 {
                sheet.write_string_with_format(r, c, value, &wrap)?;
            } else {
                sheet.write_string(r, c, value)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

/// The catalogue a workbook holds for `fw` (its "Katalog"/"Catalogue" sheet, else its first),
/// checked as a catalogue file; a fault names the sheet and the cell.
pub fn read_catalogue(bytes: &[u8], fw: &Framework) -> Result<Vec<CatalogueRow>, DocError> {
    let mut book = Book::open(bytes)?;
    let sheet = book
        .named(CATALOGUE)
        .or_else(|| book.names.first().cloned())
        .ok_or(DocError::EmptyFile)?;
    let rows = book.sheet_rows(&sheet, 0)?;
    catalogue::from_rows(&rows, fw, &sheet).map_err(|e| match e {
        DocError::Cell {
            line,
            column: name,
            inner,
        } => DocError::InSheet {
            sheet: sheet.clone(),
            cell: format!("{}{line}", column(catalogue::column(&name))),
            inner,
        },
        DocError::BadRow { line, expected } => DocError::InSheet {
            sheet: sheet.clone(),
            cell: format!("A{line}"),
            inner: Box::new(DocError::BadRow { line, expected }),
        },
        other => DocError::InSheet {
            sheet: sheet.clone(),
            cell: String::new(),
            inner: Box::new(other),
        },
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use rust_xlsxwriter::Workbook;

    use spbe_calculator::engine::model::RawModel;
    use spbe_calculator::engine::{Framework, Lang};
    use spbe_calculator::evidence::catalogue;
    use spbe_calculator::i18n::doc_error;

    use super::*;

    fn model(id: &str) -> Framework {
        let path = format!("{}/../assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
        let raw: RawModel = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        Framework::from_raw(raw).unwrap()
    }

    /// A workbook typed by hand: `rows` on a first sheet named `name`, after another sheet
    /// when `behind` (so the catalogue is found by its name, not its place).
    fn typed(name: &str, behind: bool, rows: &[[&str; 4]]) -> Vec<u8> {
        let mut book = Workbook::new();
        if behind {
            book.add_worksheet()
                .set_name("Catatan")
                .unwrap()
                .write_string(0, 0, "lihat lembar berikut")
                .unwrap();
        }
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                match v.parse::<f64>() {
                    Ok(n) if c <= 1 => sheet.write_number(r as u32, c as u16, n).unwrap(),
                    _ => sheet.write_string(r as u32, c as u16, *v).unwrap(),
                };
            }
        }
        book.save_to_buffer().unwrap()
    }

    #[test]
    fn every_framework_s_catalogue_goes_through_a_workbook_and_back_unchanged() {
        for id in ["pemdi-2026", "spbe-2020", "spbe-2018"] {
            let fw = model(id);
            let none = vec![None; fw.indicators.len()];
            for lang in [Lang::Id, Lang::En] {
                let csv = catalogue::write(&fw, &none, lang);
                let want = catalogue::read(&csv, &fw).unwrap();
                let bytes = write_catalogue(&csv).unwrap();
                let got = read_catalogue(&bytes, &fw).unwrap();
                assert!(!want.is_empty());
                assert_eq!(got.len(), want.len(), "{id} {lang:?}");
                for (g, w) in got.iter().zip(&want) {
                    assert_eq!(
                        (g.indicator, g.level, &g.code, &g.text),
                        (w.indicator, w.level, &w.code, &w.text),
                        "{id} {lang:?}"
                    );
                }
                // What reaches the app is read by its CSV reader to the same rows.
                let again = catalogue::read(&catalogue::rows_csv(&got, &fw), &fw).unwrap();
                assert_eq!(again.len(), got.len());
                assert!(again.iter().zip(&got).all(|(a, g)| (
                    a.indicator,
                    a.level,
                    &a.code,
                    &a.text
                ) == (
                    g.indicator,
                    g.level,
                    &g.code,
                    &g.text
                )));
            }
        }
    }

    #[test]
    fn an_institution_s_own_sheet_is_read_by_its_name_or_as_the_first_sheet() {
        let fw = model("pemdi-2026");
        let rows = [
            ["Indikator", "Level", "Kode", "Teks"],
            ["1", "1", "I1-L1-01", "Dokumen kebijakan tata kelola"],
            ["1", "2", "I1-L2-01", "Reviu tahunan"],
            ["1", "2", "I1-L2-02", "Berita acara"],
        ];
        for bytes in [
            typed("Katalog", true, &rows),
            typed("Daftar OPD", false, &rows),
        ] {
            let got = read_catalogue(&bytes, &fw).unwrap();
            assert_eq!(got.len(), 3);
            assert_eq!(
                (got[2].indicator, got[2].level, got[2].code.as_str()),
                (0, 2, "I1-L2-02")
            );
            assert_eq!(got[0].text, "Dokumen kebijakan tata kelola");
            let (ev, loaded) =
                catalogue::apply(&fw, &vec![None; fw.indicators.len()], &got).unwrap();
            assert_eq!((loaded.items, loaded.indicators), (3, 1));
            assert_eq!(
                ev[0]
                    .as_ref()
                    .unwrap()
                    .items
                    .iter()
                    .filter(|i| i.level == 2)
                    .count(),
                2
            );
        }
    }

    #[test]
    fn faults_name_the_sheet_and_the_cell_in_the_user_s_language() {
        let fw = model("pemdi-2026");
        let bad_level = typed(
            "Katalog",
            true,
            &[
                ["indikator", "level", "kode", "teks"],
                ["1", "1", "a", "x"],
                ["2", "9", "b", "y"],
            ],
        );
        let e = read_catalogue(&bad_level, &fw).unwrap_err();
        assert!(
            matches!(&e, DocError::InSheet { sheet, cell, .. } if sheet == "Katalog" && cell == "B3"),
            "{e:?}"
        );
        assert!(
            doc_error(&e, Lang::Id).contains("B3"),
            "{}",
            doc_error(&e, Lang::Id)
        );
        let bad_indicator = typed(
            "Katalog",
            false,
            &[
                ["indikator", "level", "kode", "teks"],
                ["99", "1", "a", "x"],
            ],
        );
        let e = read_catalogue(&bad_indicator, &fw).unwrap_err();
        assert!(
            matches!(&e, DocError::InSheet { cell, .. } if cell == "A2"),
            "{e:?}"
        );
        assert!(
            doc_error(&e, Lang::En).contains("99"),
            "{}",
            doc_error(&e, Lang::En)
        );
        let no_header = typed("Lembar1", false, &[["1", "1", "a", "x"]]);
        let e = read_catalogue(&no_header, &fw).unwrap_err();
        assert!(
            matches!(&e, DocError::InSheet { cell, .. } if cell == "A1"),
            "{e:?}"
        );
        let empty = typed("Lembar1", false, &[]);
        assert!(read_catalogue(&empty, &fw).is_err());
        assert!(matches!(
            read_catalogue(b"not a zip", &fw),
            Err(DocError::NotAWorkbook(_))
        ));
    }
}
