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
#[path = "write_tests.rs"]
mod write_tests;
