//! The XLSX form of the work: a real workbook with a summary sheet (index, predicate, domains
//! and aspects of the baseline and every scenario) and an indicator sheet (the CSV's columns),
//! written by rust_xlsxwriter. Export only: the crate cannot read workbooks, so XLSX files are
//! not imported (JSON and CSV are).

use rust_xlsxwriter::{DocProperties, Format, Workbook, XlsxError};

use spbe_calculator::document::Work;
use spbe_calculator::engine::{Exact, Framework, Lang};

fn cents(v: &Exact) -> f64 {
    // Export of a value already rounded half up to hundredths.
    v.cents() as f64 / 100.0
}

fn level(fw: &Framework, v: u32) -> f64 {
    f64::from(v) / f64::from(fw.scale.unit())
}

/// The workbook's bytes. `lang` names the sheets and headings; the data are the same.
pub fn write(w: &Work, fw: &Framework, lang: Lang, date: &str) -> Result<Vec<u8>, XlsxError> {
    let id = lang == Lang::Id;
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(if id { "Indeks SPBE" } else { "SPBE Index" })
            .set_company(&w.institution)
            .set_comment(spbe_calculator::document::APP),
    );
    let bold = Format::new().set_bold();
    let two = Format::new().set_num_format("0.00");
    let two_bold = Format::new().set_num_format("0.00").set_bold();
    let pct = Format::new().set_num_format("0.00%");
    let wrap = Format::new().set_text_wrap();

    let mut sets: Vec<(&str, &[u32])> = vec![("Baseline", &w.baseline)];
    sets.extend(
        w.scenarios
            .iter()
            .map(|s| (s.name.as_str(), s.levels.as_slice())),
    );
    let scores: Vec<_> = sets.iter().filter_map(|(_, l)| fw.score(l).ok()).collect();

    // Sheet 1: the summary.
    let sheet = book.add_worksheet();
    sheet.set_name(if id { "Ringkasan" } else { "Summary" })?;
    sheet.set_column_width(0, 46)?;
    let meta = [
        (
            if id { "Instansi" } else { "Institution" },
            w.institution.clone(),
        ),
        (if id { "Tanggal" } else { "Date" }, date.to_string()),
        (
            "Model",
            format!("{} {} ({})", fw.id, fw.version, fw.legal_basis),
        ),
        (
            if id {
                "Dasar predikat"
            } else {
                "Predicate basis"
            },
            w.basis.code().to_string(),
        ),
    ];
    for (r, (k, v)) in meta.iter().enumerate() {
        sheet.write_string_with_format(r as u32, 0, *k, &bold)?;
        sheet.write_string(r as u32, 1, v)?;
    }
    let top = meta.len() as u32 + 1;
    for (c, (name, _)) in sets.iter().enumerate() {
        sheet.set_column_width(c as u16 + 1, 16)?;
        sheet.write_string_with_format(top, c as u16 + 1, *name, &bold)?;
    }
    let mut r = top + 1;
    sheet.write_string_with_format(r, 0, if id { "Indeks SPBE" } else { "SPBE Index" }, &bold)?;
    for (c, s) in scores.iter().enumerate() {
        sheet.write_number_with_format(r, c as u16 + 1, cents(&s.index), &two_bold)?;
    }
    r += 1;
    sheet.write_string_with_format(r, 0, if id { "Predikat" } else { "Predicate" }, &bold)?;
    for (c, s) in scores.iter().enumerate() {
        let band = &fw.bands[fw.band_of(&s.index, w.basis)];
        sheet.write_string(r, c as u16 + 1, band.name.get(lang))?;
    }
    for (d, dom) in fw.domains.iter().enumerate() {
        r += 1;
        sheet.write_string_with_format(r, 0, format!("Domain {}", dom.name.get(lang)), &bold)?;
        for (c, s) in scores.iter().enumerate() {
            sheet.write_number_with_format(r, c as u16 + 1, cents(&s.domains[d]), &two_bold)?;
        }
        for a in dom.aspects.clone() {
            r += 1;
            sheet.write_string(
                r,
                0,
                format!(
                    "  {} {}",
                    if id { "Aspek" } else { "Aspect" },
                    fw.aspects[a].name.get(lang)
                ),
            )?;
            for (c, s) in scores.iter().enumerate() {
                sheet.write_number_with_format(r, c as u16 + 1, cents(&s.aspects[a]), &two)?;
            }
        }
    }

    // Sheet 2: one row per indicator.
    let sheet = book.add_worksheet();
    sheet.set_name(if id { "Indikator" } else { "Indicators" })?;
    let mut header: Vec<String> = if id {
        vec!["No", "Indikator", "Domain", "Aspek", "Bobot"]
    } else {
        vec!["No", "Indicator", "Domain", "Aspect", "Weight"]
    }
    .into_iter()
    .map(String::from)
    .collect();
    header.extend(sets.iter().map(|(n, _)| n.to_string()));
    header.extend(
        if id {
            [
                "Upaya",
                "Dikunci",
                "Tingkat maks",
                "Belum ada bukti",
                "Catatan",
            ]
        } else {
            ["Effort", "Locked", "Max level", "Not yet evidenced", "Note"]
        }
        .map(String::from),
    );
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    sheet.set_column_width(1, 48)?;
    sheet.set_column_width(2, 24)?;
    sheet.set_column_width(3, 30)?;
    let note_col = header.len() as u16 - 1;
    sheet.set_column_width(note_col, 48)?;
    let yes = |b: bool| match (b, id) {
        (true, true) => "ya",
        (false, true) => "tidak",
        (true, false) => "yes",
        (false, false) => "no",
    };
    for (i, ind) in fw.indicators.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_number(r, 0, ind.no)?;
        sheet.write_string(r, 1, ind.name.get(lang))?;
        sheet.write_string(r, 2, fw.domains[ind.domain].name.get(lang))?;
        sheet.write_string(r, 3, fw.aspects[ind.aspect].name.get(lang))?;
        sheet.write_number_with_format(
            r,
            4,
            f64::from(ind.weight) / f64::from(fw.total_weight),
            &pct,
        )?;
        let mut c = 5u16;
        for (_, levels) in &sets {
            sheet.write_number(r, c, level(fw, levels[i]))?;
            c += 1;
        }
        sheet.write_number(r, c, w.efforts[i])?;
        sheet.write_string(r, c + 1, yes(w.locked[i]))?;
        sheet.write_number(r, c + 2, level(fw, w.max_levels[i]))?;
        sheet.write_string(r, c + 3, yes(w.unverified[i]))?;
        sheet.write_string_with_format(r, c + 4, &w.notes[i], &wrap)?;
    }
    book.save_to_buffer()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::io::Read;
    use std::rc::Rc;

    use spbe_calculator::engine::model::RawModel;
    use spbe_calculator::state::{Action, State};

    use super::*;

    fn spbe2020() -> Framework {
        let raw: RawModel = serde_json::from_str(spbe_calculator::models::BUNDLED[0].1).unwrap();
        Framework::from_raw(raw).unwrap()
    }

    #[test]
    fn a_real_workbook_with_summary_and_indicator_sheets() {
        let fw = Rc::new(spbe2020());
        let mut s = State::new(fw.clone(), Lang::Id);
        for a in [
            Action::StartFromPreset(1),
            Action::RenameScenario(0, "Realistis; \"hemat\"".into()),
            Action::NewScenario,
            Action::RenameScenario(1, "=Ambisius".into()),
            Action::SetLevel {
                indicator: 46,
                value: 5,
            },
            Action::SetNote {
                indicator: 0,
                text: "Perbup 12/2024".into(),
            },
            Action::SetInstitution("Pemerintah Kab. Contoh".into()),
        ] {
            s = s.apply(a).unwrap();
        }
        let bytes = write(&s.work(), &fw, Lang::Id, "2026-11-23").unwrap();
        assert_eq!(&bytes[..2], b"PK", "a zip container");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            zip.by_name(name)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        };
        let book = read("xl/workbook.xml");
        assert!(book.contains("name=\"Ringkasan\"") && book.contains("name=\"Indikator\""));
        let strings = read("xl/sharedStrings.xml");
        for text in [
            "Pemerintah Kab. Contoh",
            "Realistis; \"hemat\"",
            "=Ambisius",
            "Perbup 12/2024",
            "Baik",
        ] {
            assert!(strings.contains(text), "{text} in the shared strings");
        }
        // The summary holds the baseline index 2,95 as a number; the indicator sheet 47 rows.
        assert!(read("xl/worksheets/sheet1.xml").contains("<v>2.95</v>"));
        let indicators = read("xl/worksheets/sheet2.xml");
        assert_eq!(indicators.matches("<row ").count(), 48);
        assert!(
            indicators.contains("<v>0.013</v>"),
            "weight 1,30 % as a fraction shown as percent"
        );
    }
}
