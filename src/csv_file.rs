//! The CSV form of the work: one row per indicator, for spreadsheet programs set to Indonesian
//! (semicolon separator, decimal comma, UTF-8 with a byte-order mark, CRLF lines). A few
//! `key;value` lines above the table carry the rest of the work, so a CSV round trip gives back
//! exactly what was exported.

use crate::document::{
    DocError, Work, check_work, read_basis, read_curve, read_lang, read_level, read_target,
};
use crate::engine::plan::{EffortCurve, Target};
use crate::engine::{Framework, format};
use crate::state::{RoadmapYear, Scenario};

const FIRST: &str = "Kalkulator Indeks SPBE";
const SEP: char = ';';
/// Fixed columns before the level columns, and after them.
const HEAD: [&str; 5] = ["No", "Indikator", "Domain", "Aspek", "Bobot (%)"];
const TAIL: [&str; 5] = [
    "Upaya",
    "Dikunci",
    "Tingkat maks",
    "Belum ada bukti",
    "Catatan",
];

fn quote(field: &str) -> String {
    // A text that a spreadsheet would take for a formula gets a leading apostrophe.
    let field = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if field.contains([SEP, '"', '\n', '\r']) || field.trim() != field {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

fn line(fields: &[String]) -> String {
    let mut l = fields
        .iter()
        .map(|f| quote(f))
        .collect::<Vec<_>>()
        .join(";");
    l.push_str("\r\n");
    l
}

fn target_text(fw: &Framework, t: &Option<Target>) -> String {
    match t {
        None => String::new(),
        Some(Target::Index(c)) => format::cents(*c, crate::engine::Lang::Id),
        Some(Target::Band(b)) => fw.bands.get(*b).map(|b| b.id.clone()).unwrap_or_default(),
    }
}

fn yes(b: bool) -> String {
    if b { "ya".into() } else { "tidak".into() }
}

/// The work as CSV text (with BOM).
pub fn write(w: &Work, fw: &Framework) -> String {
    let lv = |v: u32| format::level_value(v, fw.scale.decimals, crate::engine::Lang::Id);
    let mut out = String::from('\u{feff}');
    out += &line(&[
        FIRST.into(),
        crate::document::APP.into(),
        crate::document::SCHEMA.to_string(),
    ]);
    out += &line(&["model".into(), fw.id.clone(), fw.version.clone()]);
    out += &line(&["instansi".into(), w.institution.clone()]);
    out += &line(&["dasar_predikat".into(), w.basis.code().into()]);
    out += &line(&["bahasa".into(), w.lang.code().into()]);
    out += &line(&["target".into(), target_text(fw, &w.target)]);
    out += &line(&[
        "batas_kenaikan".into(),
        w.pace.map(|p| p.to_string()).unwrap_or_default(),
    ]);
    out += &line(&[
        "kurva_upaya".into(),
        match w.curve {
            EffortCurve::Flat => "flat".into(),
            EffortCurve::Rising => "rising".into(),
        },
    ]);
    out += &line(&["skenario_aktif".into(), (w.active + 1).to_string()]);
    let mut road = vec!["peta_jalan".to_string()];
    road.extend(
        w.roadmap
            .iter()
            .map(|y| format!("{}={}", y.year, target_text(fw, &y.target))),
    );
    out += &line(&road);
    out += "\r\n";
    let mut header: Vec<String> = HEAD.iter().map(|s| s.to_string()).collect();
    header.push("Baseline".into());
    header.extend(w.scenarios.iter().map(|s| s.name.clone()));
    header.extend(TAIL.iter().map(|s| s.to_string()));
    out += &line(&header);
    for (i, ind) in fw.indicators.iter().enumerate() {
        let mut row = vec![
            ind.no.to_string(),
            ind.name.id.clone(),
            fw.domains[ind.domain].name.id.clone(),
            fw.aspects[ind.aspect].name.id.clone(),
            format::percent_bp(ind.weight, fw.total_weight, crate::engine::Lang::Id)
                .trim_end_matches(" %")
                .to_string(),
            lv(w.baseline[i]),
        ];
        row.extend(w.scenarios.iter().map(|s| lv(s.levels[i])));
        row.push(w.efforts[i].to_string());
        row.push(yes(w.locked[i]));
        row.push(lv(w.max_levels[i]));
        row.push(yes(w.unverified[i]));
        row.push(w.notes[i].clone());
        out += &line(&row);
    }
    out
}

/// Split CSV text into records of fields (RFC 4180 quoting), with each record's first line.
fn records(text: &str, sep: char) -> Result<Vec<(usize, Vec<String>)>, DocError> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut record = Vec::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            c if c == sep => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                out.push((start, std::mem::take(&mut record)));
                line += 1;
                start = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(DocError::BadRow {
            line: start,
            expected: "\"".into(),
        });
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        out.push((start, record));
    }
    Ok(out)
}

fn unformula(s: &str) -> String {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => s.to_string(),
    }
}

fn cell(line: usize, column: &str, e: DocError) -> DocError {
    DocError::Cell {
        line,
        column: column.to_string(),
        inner: Box::new(e),
    }
}

fn flag(line: usize, column: &str, s: &str) -> Result<bool, DocError> {
    match s.trim().to_lowercase().as_str() {
        "ya" | "yes" | "1" | "true" => Ok(true),
        "tidak" | "no" | "0" | "false" | "" => Ok(false),
        other => Err(cell(
            line,
            column,
            DocError::BadValue {
                field: column.to_string(),
                text: other.chars().take(20).collect(),
            },
        )),
    }
}

fn target_of(fw: &Framework, field: &str, s: &str) -> Result<Option<Target>, DocError> {
    let s = s.trim();
    if s.is_empty() {
        Ok(None)
    } else if s.starts_with(|c: char| c.is_ascii_digit()) {
        read_target(fw, field, Some(s), None)
    } else {
        read_target(fw, field, None, Some(s))
    }
}

/// Read CSV text (as exported, or re-saved by a spreadsheet with `;` or `,`) for `fw`.
pub fn read(text: &str, fw: &Framework) -> Result<Work, DocError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    let sep = if first.matches(';').count() >= first.matches(',').count() {
        ';'
    } else {
        ','
    };
    let rows: Vec<(usize, Vec<String>)> = records(text, sep)?
        .into_iter()
        .map(|(l, r)| (l, r.iter().map(|f| unformula(f)).collect::<Vec<String>>()))
        .filter(|(_, r)| r.iter().any(|f| !f.trim().is_empty()))
        .collect();
    let mut it = rows.iter();
    let expect = |row: Option<&(usize, Vec<String>)>,
                  key: &str,
                  line: usize|
     -> Result<(usize, Vec<String>), DocError> {
        match row {
            Some((l, r)) if r.first().map(|k| k.trim()) == Some(key) => Ok((*l, r.clone())),
            Some((l, _)) => Err(DocError::BadRow {
                line: *l,
                expected: key.to_string(),
            }),
            None => Err(DocError::BadRow {
                line,
                expected: key.to_string(),
            }),
        }
    };
    match it.next() {
        Some((_, r)) if r.first().map(|s| s.trim()) == Some(FIRST) => {
            if let Some(schema) = r.get(2).and_then(|s| s.trim().parse::<u32>().ok()) {
                if schema > crate::document::SCHEMA {
                    return Err(DocError::NewerSchema { found: schema });
                }
            }
        }
        Some((l, _)) => {
            return Err(DocError::BadRow {
                line: *l,
                expected: FIRST.into(),
            });
        }
        None => {
            return Err(DocError::Empty {
                field: "CSV".into(),
            });
        }
    }
    let get =
        |r: &Vec<String>, k: usize| r.get(k).map(|s| s.trim().to_string()).unwrap_or_default();
    let (_, model) = expect(it.next(), "model", 2)?;
    if get(&model, 1) != fw.id {
        return Err(DocError::WrongModel {
            found: get(&model, 1).chars().take(40).collect(),
            expected: fw.id.clone(),
        });
    }
    let (_, inst) = expect(it.next(), "instansi", 3)?;
    let (l, basis) = expect(it.next(), "dasar_predikat", 4)?;
    let basis = read_basis(&get(&basis, 1)).map_err(|e| cell(l, "dasar_predikat", e))?;
    let (l, lang) = expect(it.next(), "bahasa", 5)?;
    let lang = read_lang(&get(&lang, 1)).map_err(|e| cell(l, "bahasa", e))?;
    let (l, target) = expect(it.next(), "target", 6)?;
    let target = target_of(fw, "target", &get(&target, 1)).map_err(|e| cell(l, "target", e))?;
    let (l, pace) = expect(it.next(), "batas_kenaikan", 7)?;
    let pace_text = get(&pace, 1);
    let pace = if pace_text.is_empty() {
        None
    } else {
        Some(pace_text.parse::<u32>().map_err(|_| {
            cell(
                l,
                "batas_kenaikan",
                DocError::NotANumber {
                    field: "batas_kenaikan".into(),
                    position: 1,
                    text: pace_text.chars().take(20).collect(),
                },
            )
        })?)
    };
    let (l, curve) = expect(it.next(), "kurva_upaya", 8)?;
    let curve = read_curve(&get(&curve, 1)).map_err(|e| cell(l, "kurva_upaya", e))?;
    let (l, active) = expect(it.next(), "skenario_aktif", 9)?;
    let active_text = get(&active, 1);
    let active = active_text
        .parse::<usize>()
        .ok()
        .and_then(|a| a.checked_sub(1))
        .ok_or_else(|| {
            cell(
                l,
                "skenario_aktif",
                DocError::NotANumber {
                    field: "skenario_aktif".into(),
                    position: 1,
                    text: active_text.chars().take(20).collect(),
                },
            )
        })?;
    let (l, road) = expect(it.next(), "peta_jalan", 10)?;
    let mut roadmap = Vec::new();
    for (k, item) in road
        .iter()
        .skip(1)
        .filter(|s| !s.trim().is_empty())
        .enumerate()
    {
        let (year, t) = item.split_once('=').unwrap_or((item, ""));
        let year = year.trim().parse::<u16>().map_err(|_| {
            cell(
                l,
                "peta_jalan",
                DocError::NotANumber {
                    field: "peta_jalan".into(),
                    position: k + 1,
                    text: year.chars().take(20).collect(),
                },
            )
        })?;
        let target = target_of(fw, "peta_jalan", t).map_err(|e| cell(l, "peta_jalan", e))?;
        roadmap.push(RoadmapYear { year, target });
    }
    // The table.
    let Some((hl, header)) = it.next() else {
        return Err(DocError::BadRow {
            line: 12,
            expected: HEAD.join(";"),
        });
    };
    let n_fixed = HEAD.len() + 1 + TAIL.len();
    if header.len() < n_fixed + 1
        || header[..HEAD.len()]
            .iter()
            .map(|s| s.trim())
            .ne(HEAD.iter().copied())
        || header[HEAD.len()].trim() != "Baseline"
        || header[header.len() - TAIL.len()..]
            .iter()
            .map(|s| s.trim())
            .ne(TAIL.iter().copied())
    {
        return Err(DocError::BadRow {
            line: *hl,
            expected: format!("{};Baseline;…;{}", HEAD.join(";"), TAIL.join(";")),
        });
    }
    let names: Vec<String> = header[HEAD.len() + 1..header.len() - TAIL.len()].to_vec();
    let n = fw.indicators.len();
    let body: Vec<&(usize, Vec<String>)> = it.collect();
    if body.len() != n {
        return Err(DocError::WrongLength {
            field: "CSV".into(),
            expected: n,
            got: body.len(),
        });
    }
    let mut baseline = Vec::with_capacity(n);
    let mut levels = vec![Vec::with_capacity(n); names.len()];
    let (mut efforts, mut locked, mut max_levels, mut unverified, mut notes) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (i, (l, r)) in body.iter().enumerate() {
        if r.len() != header.len() {
            return Err(DocError::BadRow {
                line: *l,
                expected: format!("{} kolom", header.len()),
            });
        }
        let no = fw.indicators[i].no;
        if get(r, 0) != no.to_string() {
            return Err(cell(
                *l,
                "No",
                DocError::BadValue {
                    field: "No".into(),
                    text: get(r, 0).chars().take(20).collect(),
                },
            ));
        }
        let level = |k: usize, column: &str| {
            read_level(fw, column, no as usize, &get(r, k)).map_err(|e| cell(*l, column, e))
        };
        baseline.push(level(HEAD.len(), "Baseline")?);
        for (s, name) in names.iter().enumerate() {
            levels[s].push(level(HEAD.len() + 1 + s, name)?);
        }
        let t = header.len() - TAIL.len();
        let effort_text = get(r, t);
        efforts.push(effort_text.parse::<u32>().map_err(|_| {
            cell(
                *l,
                TAIL[0],
                DocError::NotANumber {
                    field: TAIL[0].into(),
                    position: no as usize,
                    text: effort_text.chars().take(20).collect(),
                },
            )
        })?);
        locked.push(flag(*l, TAIL[1], &get(r, t + 1))?);
        max_levels.push(level(t + 2, TAIL[2])?);
        unverified.push(flag(*l, TAIL[3], &get(r, t + 3))?);
        notes.push(r.get(t + 4).cloned().unwrap_or_default());
    }
    let work = Work {
        institution: get(&inst, 1),
        basis,
        lang,
        baseline,
        scenarios: names
            .into_iter()
            .zip(levels)
            .map(|(name, levels)| Scenario { name, levels })
            .collect(),
        active,
        target,
        pace,
        curve,
        efforts,
        locked,
        max_levels,
        unverified,
        notes,
        roadmap,
    };
    check_work(fw, work)
}
