//! The XLSX form of the work: a real workbook with a summary sheet (index, predicate, domains
//! and aspects of the baseline and every scenario), an indicator sheet (the CSV's columns) and
//! a settings sheet (the CSV's key lines), written by rust_xlsxwriter. The indicator and
//! settings sheets are what [`crate::read`] reads back; the summary is computed, never read.

use rust_xlsxwriter::{DocProperties, Format, Workbook, XlsxError};

use spbe_calculator::document::Work;
use spbe_calculator::engine::{Exact, Framework, Lang};

/// The sheets the reader looks for, in Indonesian and English.
pub const INDICATORS: [&str; 2] = ["Indikator", "Indicators"];
pub const SETTINGS: [&str; 2] = ["Pengaturan", "Settings"];
/// The evidence items' sheet (only when the work has any).
pub const EVIDENCE: [&str; 2] = ["Bukti", "Evidence"];

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
            .set_title(fw.index_name.get(lang))
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
            if id { "Kerangka" } else { "Framework" },
            format!(
                "{} ({} {}, {}){}",
                fw.name.get(lang),
                fw.id,
                fw.version,
                fw.legal_basis,
                if fw.origin == spbe_calculator::engine::Origin::User {
                    if id {
                        " · dari pengguna"
                    } else {
                        " · user-supplied"
                    }
                } else {
                    ""
                }
            ),
        ),
        (
            if id { "Pilihan aturan" } else { "Rule choices" },
            fw.variants
                .iter()
                .zip(&w.choice)
                .filter_map(|(v, c)| {
                    Some(format!(
                        "{}: {}",
                        v.name.get(lang),
                        v.options.get(*c)?.name.get(lang)
                    ))
                })
                .collect::<Vec<_>>()
                .join("; "),
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
    sheet.write_string_with_format(r, 0, fw.index_name.get(lang), &bold)?;
    for (c, s) in scores.iter().enumerate() {
        // As the framework shows it (SPBE 2018 cuts after two decimals).
        let shown = fw.index_cents(&s.index) as f64 / 100.0;
        sheet.write_number_with_format(r, c as u16 + 1, shown, &two_bold)?;
    }
    r += 1;
    sheet.write_string_with_format(r, 0, if id { "Predikat" } else { "Predicate" }, &bold)?;
    for (c, s) in scores.iter().enumerate() {
        let band = &fw.bands[fw.band_of(&s.index, w.basis)];
        sheet.write_string(r, c as u16 + 1, band.name.get(lang))?;
    }
    let upper = fw.kind_name(true).map(|k| k.get(lang));
    let lower = fw.kind_name(false).map_or("", |k| k.get(lang));
    // Domains with their aspects, or the aspects alone (Pemdi).
    let groups: Vec<(Option<usize>, std::ops::Range<usize>)> = if fw.domains.is_empty() {
        vec![(None, 0..fw.aspects.len())]
    } else {
        (0..fw.domains.len())
            .map(|d| (Some(d), fw.domains[d].aspects.clone()))
            .collect()
    };
    for (d, aspects) in groups {
        if let (Some(d), Some(upper)) = (d, upper) {
            r += 1;
            let dom = &fw.domains[d];
            sheet.write_string_with_format(
                r,
                0,
                format!("{upper} {}", dom.name.get(lang)),
                &bold,
            )?;
            for (c, s) in scores.iter().enumerate() {
                sheet.write_number_with_format(r, c as u16 + 1, cents(&s.domains[d]), &two_bold)?;
            }
        }
        for a in aspects {
            r += 1;
            let indent = if d.is_some() { "  " } else { "" };
            sheet.write_string(
                r,
                0,
                format!("{indent}{lower} {}", fw.aspects[a].name.get(lang)),
            )?;
            for (c, s) in scores.iter().enumerate() {
                sheet.write_number_with_format(r, c as u16 + 1, cents(&s.aspects[a]), &two)?;
            }
        }
    }

    // Sheet 2: one row per indicator.
    let sheet = book.add_worksheet();
    sheet.set_name(INDICATORS[usize::from(!id)])?;
    let mut header: Vec<String> = vec![
        "No".into(),
        (if id { "Indikator" } else { "Indicator" }).into(),
    ];
    header.extend(fw.hierarchy.iter().map(|k| k.get(lang).to_string()));
    header.push((if id { "Bobot" } else { "Weight" }).into());
    let first_level = header.len() as u16;
    header.extend(sets.iter().map(|(n, _)| n.to_string()));
    header.extend(
        if id {
            [
                "Upaya",
                "Dikunci",
                "Tingkat maks",
                "Belum ada bukti",
                "Sumber eksternal",
                "Catatan",
            ]
        } else {
            [
                "Effort",
                "Locked",
                "Max level",
                "Not yet evidenced",
                "External index",
                "Note",
            ]
        }
        .map(String::from),
    );
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    sheet.set_column_width(1, 48)?;
    for c in 2..first_level - 1 {
        sheet.set_column_width(c, 28)?;
    }
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
        match &ind.label {
            Some(label) => sheet.write_string(r, 0, label)?,
            None => sheet.write_number(r, 0, ind.no)?,
        };
        sheet.write_string(r, 1, ind.name.get(lang))?;
        let mut c = 2u16;
        if let Some(d) = ind.domain {
            sheet.write_string(r, c, fw.domains[d].name.get(lang))?;
            c += 1;
        }
        sheet.write_string(r, c, fw.aspects[ind.aspect].name.get(lang))?;
        sheet.write_number_with_format(
            r,
            c + 1,
            f64::from(ind.weight) / f64::from(fw.total_weight),
            &pct,
        )?;
        let mut c = first_level;
        for (_, levels) in &sets {
            sheet.write_number(r, c, level(fw, levels[i]))?;
            c += 1;
        }
        sheet.write_number(r, c, w.efforts[i])?;
        sheet.write_string(r, c + 1, yes(w.locked[i]))?;
        sheet.write_number(r, c + 2, level(fw, w.max_levels[i]))?;
        sheet.write_string(r, c + 3, yes(w.unverified[i]))?;
        if let (Some(v), Some(e)) = (w.sources[i], &ind.external) {
            sheet.write_number(
                r,
                c + 4,
                f64::from(v) / f64::from(10u32.pow(u32::from(e.decimals))),
            )?;
        }
        sheet.write_string_with_format(r, c + 5, &w.notes[i], &wrap)?;
    }

    // Sheet 3: the settings, as the CSV's key lines (what the reader needs to restore the
    // work exactly: framework, rule choices, planning inputs, roadmap, institution).
    let sheet = book.add_worksheet();
    sheet.set_name(SETTINGS[usize::from(!id)])?;
    sheet.set_column_width(0, 22)?;
    for (r, row) in spbe_calculator::csv_file::key_rows(w, fw)
        .iter()
        .enumerate()
    {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell)?;
        }
    }

    // Sheet 4: the evidence items, as the CSV's evidence tables (in the workbook's language).
    let rows = spbe_calculator::csv_file::evidence_rows(w, fw, lang);
    if !rows.is_empty() {
        let sheet = book.add_worksheet();
        sheet.set_name(EVIDENCE[usize::from(!id)])?;
        for (c, width) in [12.0, 10.0, 14.0, 48.0, 12.0, 30.0, 22.0, 12.0, 30.0]
            .iter()
            .enumerate()
        {
            sheet.set_column_width(c as u16, *width)?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    sheet.write_string_with_format(r as u32, c as u16, cell, &wrap)?;
                }
            }
        }
    }
    book.save_to_buffer()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::io::Read;
    use std::rc::Rc;

    use spbe_calculator::state::{Action, State};

    use super::*;

    fn spbe2020() -> Framework {
        super::other_frameworks::model("spbe-2020")
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod other_frameworks {
    use std::io::Read;
    use std::rc::Rc;

    use spbe_calculator::engine::model::RawModel;
    use spbe_calculator::state::{Action, State};

    use super::*;

    /// A bundled framework, read from its file.
    pub(super) fn model(id: &str) -> Framework {
        let path = format!("{}/../assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
        let raw: RawModel = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        Framework::from_raw(raw).unwrap()
    }

    fn sheets(bytes: Vec<u8>) -> (String, String, String) {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            zip.by_name(name)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        };
        (
            read("xl/sharedStrings.xml"),
            read("xl/worksheets/sheet1.xml"),
            read("xl/worksheets/sheet2.xml"),
        )
    }

    #[test]
    fn pemdi_has_aspects_only_decimals_and_the_external_index() {
        let fw = Rc::new(model("pemdi-2026"));
        let mut s = State::new(fw.clone(), Lang::En);
        for a in [
            Action::StartFromPreset(1),
            Action::SetSource {
                indicator: 4,
                value: Some(6875),
            },
            Action::SetVariant {
                variant: 0,
                option: 1,
            },
        ] {
            s = s.apply(a).unwrap();
        }
        let fw = s.fw.clone();
        let (strings, summary, indicators) =
            sheets(write(&s.work(), &fw, Lang::En, "2026-11-28").unwrap());
        assert!(strings.contains("Pemdi Index"));
        assert!(
            strings.contains("Upper edge included"),
            "the chosen edge rule is named"
        );
        assert!(!strings.contains(">Domain<"), "no domain column for Pemdi");
        assert!(strings.contains("External index"));
        // Baseline 1,2413 → 1,24; the scenario with SDI 68,75 (indicator 5 = 3,75): +0,1375.
        assert!(summary.contains("<v>1.24</v>"));
        assert!(summary.contains("<v>1.38</v>"), "{summary}");
        assert!(
            indicators.contains("<v>1.1667</v>"),
            "unrounded values in the sheet"
        );
        assert!(indicators.contains("<v>68.75</v>"));
        assert_eq!(indicators.matches("<row ").count(), 21);
    }

    #[test]
    fn spbe_2018_shows_labels_and_the_cut_index() {
        let fw = Rc::new(model("spbe-2018"));
        let mut s = State::new(fw.clone(), Lang::Id);
        s = s.apply(Action::StartFromPreset(3)).unwrap();
        let (strings, summary, indicators) =
            sheets(write(&s.work(), &fw, Lang::Id, "2026-11-28").unwrap());
        assert!(strings.contains("35b"));
        // Kemenko 2018: exact 2,8167 is shown cut, 2,81.
        assert!(summary.contains("<v>2.81</v>"), "{summary}");
        assert_eq!(indicators.matches("<row ").count(), 38);
    }
}
