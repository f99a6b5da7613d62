//! The evidence items in the CSV form (and the workbook's evidence sheet): after the indicator
//! table, two optional tables — one row per indicator whose items the user touched (whether
//! its value follows them, its responsible unit, its narrative), then one row per item (level,
//! code, own text, status, note, providing unit, due date, location). A file without them
//! reads with none. Headers and statuses are written in one language and read in either.

use crate::engine::{Framework, Lang};
use crate::evidence::{Evidence, Item, ItemStatus};
use crate::work::{DocError, Work};

use super::read::{flag, unknown_value as fault};
use super::text::{Row, get};

/// The indicator table's header, Indonesian then English.
const INDICATORS: [[&str; 4]; 2] = [
    [
        "Bukti indikator",
        "Mengikuti butir",
        "Unit penanggung jawab",
        "Penjelasan",
    ],
    [
        "Indicator evidence",
        "Follows items",
        "Responsible unit",
        "Narrative",
    ],
];
/// The item table's header.
const ITEMS: [[&str; 9]; 2] = [
    [
        "Butir bukti",
        "Level",
        "Kode",
        "Teks sendiri",
        "Status",
        "Catatan",
        "Unit penyedia",
        "Tenggat",
        "Lokasi",
    ],
    [
        "Evidence items",
        "Level",
        "Code",
        "Own text",
        "Status",
        "Note",
        "Providing unit",
        "Due",
        "Location",
    ],
];

/// Whether a row begins one of the evidence tables (where the indicator table ends).
pub(super) fn starts_section(row: &[String]) -> bool {
    let first = get(row, 0);
    [INDICATORS[0][0], INDICATORS[1][0], ITEMS[0][0], ITEMS[1][0]]
        .iter()
        .any(|h| first.eq_ignore_ascii_case(h))
}

/// The evidence tables as rows of cells (none when no indicator's items were touched).
pub fn rows(w: &Work, fw: &Framework, lang: Lang) -> Vec<Vec<String>> {
    let l = usize::from(lang == Lang::En);
    let touched: Vec<(usize, &Evidence)> = w
        .evidence
        .iter()
        .enumerate()
        .filter_map(|(i, ev)| Some((i, ev.as_ref()?)))
        .collect();
    if touched.is_empty() {
        return Vec::new();
    }
    let yes = |b: bool| match (b, lang) {
        (true, Lang::Id) => "ya",
        (false, Lang::Id) => "tidak",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    };
    let mut out = vec![INDICATORS[l].iter().map(|s| s.to_string()).collect()];
    for (i, ev) in &touched {
        out.push(vec![
            fw.indicators[*i].label(),
            yes(ev.follow).into(),
            ev.unit.clone(),
            ev.narrative.clone(),
        ]);
    }
    out.push(ITEMS[l].iter().map(|s| s.to_string()).collect());
    for (i, ev) in &touched {
        for it in &ev.items {
            out.push(vec![
                fw.indicators[*i].label(),
                it.level.to_string(),
                it.code.clone(),
                it.text.clone().unwrap_or_default(),
                it.status.name(lang).into(),
                it.note.clone(),
                it.owner.clone(),
                it.due.clone(),
                it.location.clone(),
            ]);
        }
    }
    out
}

/// A cell as written (not trimmed: texts keep their spaces and line breaks).
fn raw(r: &[String], k: usize) -> String {
    r.get(k).cloned().unwrap_or_default()
}

/// Read the evidence tables (the rows after the indicator table) into one entry per
/// indicator; the items' own checks follow in `check_work`.
pub(super) fn read(rows: &[&Row], fw: &Framework) -> Result<Vec<Option<Evidence>>, DocError> {
    let mut out: Vec<Option<Evidence>> = vec![None; fw.indicators.len()];
    let indicator = |line: usize, column: &str, label: &str| {
        fw.indicators
            .iter()
            .position(|ind| ind.label() == label)
            .ok_or_else(|| fault(line, column, label))
    };
    // Which table the rows belong to: 0 the indicators', 1 the items'.
    let mut table = None;
    for (line, r) in rows {
        let first = get(r, 0);
        if INDICATORS.iter().any(|h| first.eq_ignore_ascii_case(h[0])) {
            table = Some(0);
            continue;
        }
        if ITEMS.iter().any(|h| first.eq_ignore_ascii_case(h[0])) {
            table = Some(1);
            continue;
        }
        let (head, l) = (INDICATORS[0], *line);
        match table {
            None => return Err(fault(l, "No", &first)),
            Some(0) => {
                let i = indicator(l, head[0], &first)?;
                let follow = flag(l, head[1], &get(r, 1))?;
                let ev = out[i].get_or_insert_with(Evidence::default);
                ev.follow = follow;
                ev.unit = get(r, 2);
                ev.narrative = raw(r, 3);
            }
            Some(_) => {
                let head = ITEMS[0];
                let i = indicator(l, head[0], &first)?;
                let level_text = get(r, 1);
                let level = level_text
                    .parse::<u32>()
                    .map_err(|_| fault(l, head[1], &level_text))?;
                let status_text = get(r, 4);
                let status = if status_text.is_empty() {
                    ItemStatus::Missing
                } else {
                    ItemStatus::named(&status_text)
                        .ok_or_else(|| fault(l, head[4], &status_text))?
                };
                let text = raw(r, 3);
                out[i]
                    .get_or_insert_with(Evidence::default)
                    .items
                    .push(Item {
                        level,
                        code: get(r, 2),
                        text: (!text.trim().is_empty()).then_some(text),
                        status,
                        note: raw(r, 5),
                        owner: get(r, 6),
                        due: get(r, 7),
                        location: raw(r, 8),
                    });
            }
        }
    }
    Ok(out)
}

/// The column (0-based) an evidence table's fault names (by its Indonesian header), for the
/// workbook reader's cell references.
pub fn column(name: &str) -> Option<usize> {
    INDICATORS[0]
        .iter()
        .position(|h| *h == name)
        .or_else(|| ITEMS[0].iter().position(|h| *h == name))
}
