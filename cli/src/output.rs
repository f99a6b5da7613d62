//! What the tool writes: a table for people, CSV for spreadsheets (as the app's CSV: semicolon
//! and decimal comma in Indonesian, comma and point in English), JSON for programs (the shapes
//! of `window.spbe.score` and `spbe.plan`, with the file's name).

use std::io::Write;
use std::rc::Rc;

use serde_json::{Value, json};

use spbe_calculator::api::{self, ApiError, ApiPart, ApiPlan, ApiScore};
use spbe_calculator::engine::{Framework, Lang, format};
use spbe_calculator::state::State;
use spbe_calculator::view::Planner;

use crate::args::Format;
use crate::files::Refused;

/// A number shown to two decimals, as JSON (a display conversion at the boundary; the value
/// was computed exactly, and `exact` carries it in full).
fn number(cents: u64) -> Value {
    json!(cents as f64 / 100.0)
}

/// One work file, scored.
pub struct Row {
    file: String,
    framework: String,
    version: String,
    institution: String,
    scenario: String,
    score: ApiScore,
}

impl Row {
    pub fn of(file: &str, s: &State) -> Row {
        Row {
            file: file.to_string(),
            framework: s.fw.id.clone(),
            version: s.fw.version.clone(),
            institution: s.institution.clone(),
            scenario: s.active_name(),
            score: api::score_of(&s.fw, &s.score, s.basis, s.lang),
        }
    }

    fn parts(&self) -> impl Iterator<Item = &ApiPart> {
        self.score.domains.iter().chain(&self.score.aspects)
    }
}

/// Every file's row, or why it was refused, in the order given.
#[derive(Default)]
pub struct Table(Vec<Result<Row, (String, Refused)>>);

impl Table {
    pub fn push(&mut self, row: Row) {
        self.0.push(Ok(row));
    }

    pub fn push_refused(&mut self, file: &str, why: Refused) {
        self.0.push(Err((file.to_string(), why)));
    }

    pub fn write(&self, out: &mut impl Write, format: Format, lang: Lang) {
        match format {
            Format::Json => {
                let rows: Vec<Value> = self.0.iter().map(json_row).collect();
                let _ = writeln!(out, "{}", pretty(&Value::Array(rows)));
            }
            Format::Csv => write_csv(out, &self.columns(lang), lang),
            Format::Table => write_table(out, &self.columns(lang)),
        }
    }

    /// The header and the scored rows as text: the fixed columns, then one column per domain
    /// and then per aspect id, in the order they first appear (files of several frameworks: empty where
    /// a file's framework has no such part).
    fn columns(&self, lang: Lang) -> Vec<Vec<String>> {
        let rows: Vec<&Row> = self.0.iter().filter_map(|r| r.as_ref().ok()).collect();
        // Every domain first, then every aspect.
        let mut ids: Vec<&str> = Vec::new();
        let domains = rows.iter().flat_map(|r| &r.score.domains);
        for p in domains.chain(rows.iter().flat_map(|r| &r.score.aspects)) {
            if !ids.contains(&p.id.as_str()) {
                ids.push(&p.id);
            }
        }
        let head = match lang {
            Lang::Id => [
                "Berkas",
                "Kerangka",
                "Versi",
                "Instansi",
                "Skenario",
                "Indeks",
                "Nilai tepat",
                "Predikat",
            ],
            Lang::En => [
                "File",
                "Framework",
                "Version",
                "Institution",
                "Scenario",
                "Index",
                "Exact value",
                "Predicate",
            ],
        };
        let mut lines = vec![
            head.iter()
                .map(|h| h.to_string())
                .chain(ids.iter().map(|i| i.to_string()))
                .collect::<Vec<_>>(),
        ];
        for r in rows {
            let mut line = vec![
                r.file.clone(),
                r.framework.clone(),
                r.version.clone(),
                r.institution.clone(),
                r.scenario.clone(),
                format::cents(r.score.index_cents, lang),
                format::decimal(&r.score.exact, lang),
                r.score.predicate.clone(),
            ];
            line.extend(ids.iter().map(|id| {
                r.parts()
                    .find(|p| p.id == *id)
                    .map_or_else(String::new, |p| format::cents(p.index_cents, lang))
            }));
            lines.push(line);
        }
        lines
    }
}

fn part_json(p: &ApiPart) -> Value {
    json!({ "id": p.id, "name": p.name, "index": number(p.index_cents) })
}

fn json_row(r: &Result<Row, (String, Refused)>) -> Value {
    match r {
        Ok(r) => json!({
            "file": r.file,
            "framework": r.framework,
            "frameworkVersion": r.version,
            "institution": r.institution,
            "scenario": r.scenario,
            "index": number(r.score.index_cents),
            "exact": r.score.exact,
            "predicate": r.score.predicate,
            "predicateId": r.score.predicate_id,
            "domains": r.score.domains.iter().map(part_json).collect::<Vec<_>>(),
            "aspects": r.score.aspects.iter().map(part_json).collect::<Vec<_>>(),
        }),
        Err((file, Refused(message))) => json!({ "file": file, "error": message }),
    }
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// CSV as the app writes it for `lang`: `;` in Indonesian (decimal comma), `,` in English.
fn write_csv(out: &mut impl Write, lines: &[Vec<String>], lang: Lang) {
    let sep = match lang {
        Lang::Id => ';',
        Lang::En => ',',
    };
    for line in lines {
        let cells: Vec<String> = line.iter().map(|c| csv_cell(c, sep)).collect();
        let _ = write!(out, "{}\r\n", cells.join(&sep.to_string()));
    }
}

fn csv_cell(text: &str, sep: char) -> String {
    if text.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Columns padded to their widest cell (in characters), two spaces apart.
fn write_table(out: &mut impl Write, lines: &[Vec<String>]) {
    let columns = lines.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            lines
                .iter()
                .map(|l| l[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for line in lines {
        let cells: Vec<String> = line
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
    }
}

/// `spbe models`: id, name, version, legal basis, years, status, indicators, scale, bands.
pub fn models(out: &mut impl Write, models: &[Rc<Framework>], format: Format, lang: Lang) {
    let bands = |fw: &Framework| {
        fw.bands
            .iter()
            .map(|b| {
                format!(
                    "{} \u{2265} {}",
                    b.id,
                    format::cents(u64::from(b.from), lang)
                )
            })
            .collect::<Vec<_>>()
    };
    if format == Format::Json {
        let list: Vec<Value> = models
            .iter()
            .map(|fw| {
                json!({
                    "id": fw.id,
                    "name": fw.name.get(lang),
                    "version": fw.version,
                    "legalBasis": fw.legal_basis,
                    "indicators": fw.indicators.len(),
                    "scale": { "min": fw.scale.min, "max": fw.scale.max, "decimals": fw.scale.decimals },
                    "predicates": fw.bands.iter().map(|b| json!({
                        "id": b.id, "name": b.name.get(lang), "from": number(u64::from(b.from)),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let _ = writeln!(out, "{}", pretty(&Value::Array(list)));
        return;
    }
    let head = match lang {
        Lang::Id => [
            "Id",
            "Nama",
            "Versi",
            "Dasar hukum",
            "Indikator",
            "Predikat",
        ],
        Lang::En => [
            "Id",
            "Name",
            "Version",
            "Legal basis",
            "Indicators",
            "Predicates",
        ],
    };
    let mut lines = vec![head.iter().map(|h| h.to_string()).collect::<Vec<_>>()];
    for fw in models {
        lines.push(vec![
            fw.id.clone(),
            fw.name.get(lang).to_string(),
            fw.version.clone(),
            fw.legal_basis.clone(),
            fw.indicators.len().to_string(),
            bands(fw).join(", "),
        ]);
    }
    match format {
        Format::Csv => write_csv(out, &lines, lang),
        _ => write_table(out, &lines),
    }
}

/// `spbe check`: the line for a valid framework file.
pub fn checked(path: &str, fw: &Framework, lang: Lang) -> String {
    match lang {
        Lang::Id => format!(
            "{path}: sah — {} ({}), {} indikator, {} predikat",
            fw.id,
            fw.version,
            fw.indicators.len(),
            fw.bands.len()
        ),
        Lang::En => format!(
            "{path}: valid — {} ({}), {} indicators, {} predicates",
            fw.id,
            fw.version,
            fw.indicators.len(),
            fw.bands.len()
        ),
    }
}

/// `spbe plan`: the planner's own texts (table), or `spbe.plan`'s shape (JSON).
pub fn plan(
    out: &mut impl Write,
    path: &str,
    s: &State,
    view: &Planner,
    answer: Result<ApiPlan, ApiError>,
    format: Format,
) {
    let lang = s.lang;
    if format == Format::Json {
        let value = match answer {
            Ok(p) => {
                let level = |v: u32| json!(f64::from(v) / f64::from(p.unit.max(1)));
                json!({
                    "file": path,
                    "framework": s.fw.id,
                    "target": view.target,
                    "status": p.status,
                    "steps": p.steps.iter().map(|st| json!({
                        "indicator": st.indicator, "from": level(st.from), "to": level(st.to),
                    })).collect::<Vec<_>>(),
                    "effort": p.effort,
                    "index": number(p.index_cents),
                    "exact": p.exact,
                    "predicate": p.predicate,
                    "bestReachable": number(p.best_reachable_cents),
                    "bestReachableExact": p.best_reachable_exact,
                    "binding": p.binding,
                    "message": view.message,
                })
            }
            Err(e) => json!({ "file": path, "framework": s.fw.id, "error": e.to_string() }),
        };
        let _ = writeln!(out, "{}", pretty(&value));
        return;
    }
    let (target, now) = match lang {
        Lang::Id => ("Target", "Sekarang"),
        Lang::En => ("Target", "Now"),
    };
    let _ = writeln!(out, "{path} — {} {}", s.fw.id, s.fw.version);
    let _ = writeln!(
        out,
        "{now}: {} {}",
        format::cents(s.fw.index_cents(&s.score.index), lang),
        s.fw.bands[s.fw.band_of(&s.score.index, s.basis)]
            .name
            .get(lang)
    );
    let _ = writeln!(out, "{target}: {}", view.target);
    let _ = writeln!(out, "{}", view.message);
    if !view.lines.is_empty() {
        let head = match lang {
            Lang::Id => ["No", "Indikator", "Dari", "Ke", "Tambahan indeks", "Upaya"],
            Lang::En => ["No", "Indicator", "From", "To", "Index gain", "Effort"],
        };
        let mut lines = vec![head.iter().map(|h| h.to_string()).collect::<Vec<_>>()];
        for l in &view.lines {
            lines.push(vec![
                l.label.clone(),
                l.name.clone(),
                l.from.clone(),
                l.to.clone(),
                l.gain.clone(),
                l.effort.to_string(),
            ]);
        }
        write_table(out, &lines);
    }
    if let Some(p) = &view.projected {
        let _ = writeln!(out, "\u{2192} {p}");
    }
}
