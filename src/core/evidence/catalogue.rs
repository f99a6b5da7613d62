//! A catalogue of evidence items as a file of its own (CSV: `indikator;level;kode;teks`, or the
//! same in English), so that an institution that has the official list loads it once and
//! shares it: loading replaces, for every indicator and level the file lists, that level's
//! items by the file's (in its order, with its texts), keeping the status, note, unit, date
//! and location of an item whose code stays; indicators and levels it does not list keep
//! theirs. Saving writes every indicator's items as they are now.

use crate::csv_file::{Row, cells, line, unknown_value as cell};
use crate::engine::{Framework, Lang};
use crate::work::DocError;

use super::{Evidence, Item, MAX_ITEMS, check, item_text};

/// The header, Indonesian then English.
const HEADER: [[&str; 4]; 2] = [
    ["indikator", "level", "kode", "teks"],
    ["indicator", "level", "code", "text"],
];

/// One item of a catalogue file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueRow {
    /// The line it came from.
    pub line: usize,
    /// The indicator's position (0-based).
    pub indicator: usize,
    pub level: u32,
    pub code: String,
    pub text: String,
}

/// What loading a catalogue changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub items: usize,
    pub indicators: usize,
}

/// Every indicator's items as a catalogue file (CSV with BOM, `;`, CRLF), texts in `lang`.
pub fn write(fw: &Framework, evidence: &[Option<Evidence>], lang: Lang) -> String {
    let header = HEADER[usize::from(lang == Lang::En)];
    let mut out = String::from('\u{feff}');
    out += &line(&header.map(String::from));
    for (i, ind) in fw.indicators.iter().enumerate() {
        let ev = evidence
            .get(i)
            .and_then(Option::as_ref)
            .cloned()
            .unwrap_or_else(|| Evidence::catalogue(fw, i));
        for it in &ev.items {
            out += &line(&[
                ind.label(),
                it.level.to_string(),
                it.code.clone(),
                item_text(fw, i, it, lang),
            ]);
        }
    }
    out
}

/// Read a catalogue file for `fw`: its header, then one item per row.
pub fn read(text: &str, fw: &Framework) -> Result<Vec<CatalogueRow>, DocError> {
    from_rows(&cells(text)?, fw, "CSV")
}

/// A catalogue's rows as a CSV file or a sheet holds them (numbered as there, `kind` naming
/// the file in a fault): the header (Indonesian or English), then one item per row.
pub fn from_rows(rows: &[Row], fw: &Framework, kind: &str) -> Result<Vec<CatalogueRow>, DocError> {
    let Some(((hl, head), body)) = rows.split_first() else {
        return Err(DocError::EmptyFile);
    };
    let names: Vec<String> = head.iter().map(|c| c.trim().to_lowercase()).collect();
    if !HEADER
        .iter()
        .any(|h| names.len() >= 4 && names[..4] == h.map(String::from))
    {
        return Err(DocError::BadRow {
            line: *hl,
            expected: HEADER[0].join(";"),
        });
    }
    body_rows(body, fw, kind)
}

/// The column (0-based) of a catalogue's field by its name in a fault.
pub fn column(name: &str) -> usize {
    HEADER[0].iter().position(|h| *h == name).unwrap_or(0)
}

/// Checked rows as a catalogue file (as [`write()`] writes one, the Indonesian header): how a
/// catalogue read elsewhere (a workbook, in the XLSX module) reaches the app.
pub fn rows_csv(rows: &[CatalogueRow], fw: &Framework) -> String {
    let mut out = line(&HEADER[0].map(String::from));
    for r in rows {
        out += &line(&[
            fw.indicators[r.indicator].label(),
            r.level.to_string(),
            r.code.clone(),
            r.text.clone(),
        ]);
    }
    out
}

/// A catalogue given as a JSON list of `{ indicator, level, code, text }` (or `indikator`,
/// `kode`, `teks`), its fields read by the caller as text in that order, checked as a CSV
/// file's rows: faults name the item's position in the list as its line.
pub fn from_json(items: &[[String; 4]], fw: &Framework) -> Result<Vec<CatalogueRow>, DocError> {
    if items.is_empty() {
        return Err(DocError::EmptyFile);
    }
    let rows: Vec<Row> = items
        .iter()
        .enumerate()
        .map(|(k, it)| (k + 1, it.to_vec()))
        .collect();
    body_rows(&rows, fw, "JSON")
}

/// The keys of a JSON catalogue item, in the order [`from_json`] takes its fields, each in
/// English and Indonesian.
pub const JSON_KEYS: [[&str; 2]; 4] = [
    ["indicator", "indikator"],
    ["level", "level"],
    ["code", "kode"],
    ["text", "teks"],
];

/// The items of a catalogue's rows (indicator label, level, code, text).
fn body_rows(body: &[Row], fw: &Framework, kind: &str) -> Result<Vec<CatalogueRow>, DocError> {
    if body.len() > MAX_ITEMS * fw.indicators.len() {
        return Err(DocError::TooMany {
            field: kind.into(),
            max: MAX_ITEMS * fw.indicators.len(),
            got: body.len(),
        });
    }
    let get = |r: &[String], k: usize| r.get(k).map(|s| s.trim().to_string()).unwrap_or_default();
    body.iter()
        .map(|(l, r)| {
            let label = get(r, 0);
            let indicator = fw
                .indicators
                .iter()
                .position(|ind| ind.label() == label)
                .ok_or_else(|| cell(*l, HEADER[0][0], &label))?;
            let level_text = get(r, 1);
            let level = level_text
                .parse::<u32>()
                .ok()
                .filter(|v| fw.item_levels().contains(v))
                .ok_or_else(|| cell(*l, HEADER[0][1], &level_text))?;
            Ok(CatalogueRow {
                line: *l,
                indicator,
                level,
                code: get(r, 2),
                text: r.get(3).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

/// The work's evidence after loading `rows` (checked; nothing changes on error).
pub fn apply(
    fw: &Framework,
    evidence: &[Option<Evidence>],
    rows: &[CatalogueRow],
) -> Result<(Vec<Option<Evidence>>, Loaded), DocError> {
    let mut out = evidence.to_vec();
    let mut indicators = 0;
    for (i, slot) in out.iter_mut().enumerate() {
        let listed: Vec<&CatalogueRow> = rows.iter().filter(|r| r.indicator == i).collect();
        if listed.is_empty() {
            continue;
        }
        indicators += 1;
        let before = slot.clone().unwrap_or_else(|| Evidence::catalogue(fw, i));
        let levels: Vec<u32> = listed.iter().map(|r| r.level).collect();
        let kept = |level: u32| !levels.contains(&level);
        let mut items: Vec<Item> = Vec::new();
        for level in fw.item_levels() {
            if kept(level) {
                items.extend(before.items.iter().filter(|it| it.level == level).cloned());
                continue;
            }
            for r in listed.iter().filter(|r| r.level == level) {
                let old = before.items.iter().find(|it| it.code == r.code.trim());
                items.push(Item {
                    level,
                    code: r.code.clone(),
                    text: Some(r.text.clone()),
                    ..old.cloned().unwrap_or_default()
                });
            }
        }
        let mut ev = Evidence { items, ..before };
        check(fw, i, &mut ev).map_err(|(position, fault)| DocError::Item {
            indicator: fw.indicators[i].no,
            position,
            fault,
        })?;
        *slot = Some(ev);
    }
    Ok((
        out,
        Loaded {
            items: rows.len(),
            indicators,
        },
    ))
}
