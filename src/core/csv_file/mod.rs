//! The CSV form of the work: one row per indicator, for spreadsheet programs set to Indonesian
//! (semicolon separator, decimal comma, UTF-8 with a byte-order mark, CRLF lines). A few
//! `key;value` lines above the table carry the rest of the work, so a CSV round trip gives back
//! exactly what was exported. Files of schema 1 (SPBE 2020, before there were other
//! frameworks) read as before.

use crate::document::{APP, SCHEMA};
use crate::engine::decimal::point_text;
use crate::engine::plan::Target;
use crate::engine::{Framework, Lang, format};
use crate::work::{Work, curve_code};

mod evidence;
mod read;
mod text;

pub use evidence::{column as evidence_column, rows as evidence_rows};
pub use read::{model_of, read, read_rows, unknown_value};
pub use text::{Row, cells, line};

use text::FIRST;

/// Fixed columns after the level columns (schema 1 has no `Sumber eksternal`).
const TAIL: [&str; 6] = [
    "Upaya",
    "Dikunci",
    "Tingkat maks",
    "Belum ada bukti",
    "Sumber eksternal",
    "Catatan",
];
const SOURCE: usize = 4;
/// Optional key lines after [`KEYS`]: the published institution and past results.
const PEER: &str = "instansi_resmi";
const HISTORY: &str = "riwayat";
/// Optional: the evidence deadline and whether plans keep to it (`tenggat_bukti;2027-03-31;ya`).
const DEADLINE: &str = "tenggat_bukti";
/// The key lines above the table, in order (`varian` only from schema 2).
const KEYS: [&str; 10] = [
    "model",
    "varian",
    "instansi",
    "dasar_predikat",
    "bahasa",
    "target",
    "batas_kenaikan",
    "kurva_upaya",
    "skenario_aktif",
    "peta_jalan",
];

fn target_text(fw: &Framework, t: &Option<Target>) -> String {
    match t {
        None => String::new(),
        Some(Target::Index(c)) => format::cents(*c, Lang::Id),
        Some(Target::Band(b)) => fw.bands.get(*b).map(|b| b.id.clone()).unwrap_or_default(),
    }
}

fn yes(b: bool) -> String {
    if b { "ya".into() } else { "tidak".into() }
}

/// The fixed columns before the level columns: number, name, the groups, the weight.
fn head(fw: &Framework) -> Vec<String> {
    let mut h = vec!["No".to_string(), "Indikator".to_string()];
    h.extend(fw.hierarchy.iter().map(|t| t.id.clone()));
    h.push("Bobot (%)".into());
    h
}

/// The lines above the table as cells: the file's first line, then the key lines (the same
/// in the CSV and in the XLSX workbook's settings sheet).
pub fn key_rows(w: &Work, fw: &Framework) -> Vec<Vec<String>> {
    let mut rows = vec![
        vec![FIRST.into(), APP.into(), SCHEMA.to_string()],
        vec!["model".into(), fw.id.clone(), fw.version.clone()],
    ];
    let mut variants = vec!["varian".to_string()];
    variants.extend(
        fw.variants
            .iter()
            .zip(&w.choice)
            .filter_map(|(v, c)| Some(format!("{}={}", v.id, v.options.get(*c)?.id))),
    );
    rows.push(variants);
    rows.push(vec!["instansi".into(), w.institution.clone()]);
    rows.push(vec!["dasar_predikat".into(), w.basis.code().into()]);
    rows.push(vec!["bahasa".into(), w.lang.code().into()]);
    rows.push(vec!["target".into(), target_text(fw, &w.target)]);
    rows.push(vec![
        "batas_kenaikan".into(),
        w.pace.map(|p| p.to_string()).unwrap_or_default(),
    ]);
    rows.push(vec!["kurva_upaya".into(), curve_code(w.curve).into()]);
    rows.push(vec!["skenario_aktif".into(), (w.active + 1).to_string()]);
    let mut road = vec!["peta_jalan".to_string()];
    road.extend(
        w.roadmap
            .iter()
            .map(|y| format!("{}={}", y.year, target_text(fw, &y.target))),
    );
    rows.push(road);
    // The institution's published identity and past results, only when there are any (so a
    // file without them is as before).
    if let Some(peer) = &w.peer {
        rows.push(vec![PEER.into(), peer.clone()]);
    }
    if !w.history.is_empty() {
        let mut past = vec![HISTORY.to_string()];
        past.extend(
            w.history
                .iter()
                .map(|p| format!("{}={}", p.year, format::cents(u64::from(p.index), Lang::Id))),
        );
        rows.push(past);
    }
    if !w.deadline.date.is_empty() || w.deadline.limit {
        let limit = if w.deadline.limit { "ya" } else { "tidak" };
        rows.push(vec![DEADLINE.into(), w.deadline.date.clone(), limit.into()]);
    }
    rows
}

/// The table's header as the reader expects it, for scenarios named `scenarios`.
pub fn table_header(fw: &Framework, scenarios: impl Iterator<Item = String>) -> Vec<String> {
    let mut header = head(fw);
    header.push("Baseline".into());
    header.extend(scenarios);
    header.extend(TAIL.iter().map(|s| s.to_string()));
    header
}

/// The work as CSV text (with BOM).
pub fn write(w: &Work, fw: &Framework) -> String {
    let lv = |v: u32| format::level_value(v, fw.scale.decimals, Lang::Id);
    let mut out = String::from('\u{feff}');
    for row in key_rows(w, fw) {
        out += &line(&row);
    }
    out += "\r\n";
    out += &line(&table_header(
        fw,
        w.scenarios.iter().map(|s| s.name.clone()),
    ));
    for (i, ind) in fw.indicators.iter().enumerate() {
        let mut row = vec![ind.label(), ind.name.id.clone()];
        if let Some(d) = ind.domain {
            row.push(fw.domains[d].name.id.clone());
        }
        row.push(fw.aspects[ind.aspect].name.id.clone());
        row.push(
            format::percent_bp(ind.weight, fw.total_weight, Lang::Id)
                .trim_end_matches(" %")
                .to_string(),
        );
        row.push(lv(w.baseline[i]));
        row.extend(w.scenarios.iter().map(|s| lv(s.levels[i])));
        row.push(w.efforts[i].to_string());
        row.push(yes(w.locked[i]));
        row.push(lv(w.max_levels[i]));
        row.push(yes(w.unverified[i]));
        row.push(match (w.sources[i], &ind.external) {
            (Some(v), Some(e)) => point_text(v, e.decimals).replace('.', ","),
            _ => String::new(),
        });
        row.push(w.notes[i].clone());
        out += &line(&row);
    }
    let evidence = evidence::rows(w, fw, Lang::Id);
    if !evidence.is_empty() {
        out += "\r\n";
        for row in evidence {
            out += &line(&row);
        }
    }
    out
}
