//! Reading the CSV form back: the key lines in order, the optional ones, then the table, each
//! fault named by line and column.

use crate::engine::Framework;
use crate::engine::plan::Target;
use crate::work::{
    DocError, PastYear, RoadmapYear, Scenario, Work, check_work, read_basis, read_choice,
    read_curve, read_lang, read_level, read_past_index, read_source, read_target,
};

use super::text::{Row, get, rows};
use super::{DEADLINE, HISTORY, KEYS, PEER, SOURCE, TAIL, head};

/// A cell (by line and column) whose text is not a value the column takes.
pub fn unknown_value(line: usize, column: &str, text: &str) -> DocError {
    cell(
        line,
        column,
        DocError::BadValue {
            field: column.to_string(),
            text: text.chars().take(20).collect(),
        },
    )
}

fn cell(line: usize, column: &str, e: DocError) -> DocError {
    DocError::Cell {
        line,
        column: column.to_string(),
        inner: Box::new(e),
    }
}

fn not_a_number(line: usize, column: &str, position: usize, text: &str) -> DocError {
    cell(
        line,
        column,
        DocError::NotANumber {
            field: column.into(),
            position,
            text: text.chars().take(20).collect(),
        },
    )
}

/// A yes/no cell (`ya`/`tidak`, `yes`/`no`, 1/0; empty is no).
pub(super) fn flag(line: usize, column: &str, s: &str) -> Result<bool, DocError> {
    match s.trim().to_ascii_lowercase().as_str() {
        "ya" | "yes" | "1" | "true" => Ok(true),
        "tidak" | "no" | "0" | "false" | "" => Ok(false),
        other => Err(unknown_value(line, column, other)),
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

/// The framework a CSV file is for (its `model` line), if it says.
pub fn model_of(text: &str) -> Option<String> {
    let (rows, _) = rows(text).ok()?;
    rows.get(1)
        .filter(|(_, r)| r.first().map(|k| k.trim()) == Some("model"))
        .map(|(_, r)| get(r, 1))
}

/// Read CSV text (as exported, or re-saved by a spreadsheet with `;` or `,`) for `fw`.
pub fn read(text: &str, fw: &Framework) -> Result<Work, DocError> {
    let (rows, schema) = rows(text)?;
    read_rows(&rows, schema, fw)
}

/// Read the rows of a file of `schema` (each with the line it came from; the first row is the
/// file's first line): the key lines, then the table. The XLSX reader hands its sheets' cells
/// here, so both formats are checked by the same code.
pub fn read_rows(rows: &[Row], schema: u32, fw: &Framework) -> Result<Work, DocError> {
    let mut it = rows.iter().skip(1).peekable();
    // The key lines, in order; `varian` is missing from schema 1.
    let mut keys: Vec<Row> = Vec::with_capacity(KEYS.len());
    for (k, key) in KEYS.iter().enumerate() {
        if *key == "varian" && schema < 2 {
            keys.push((0, vec!["varian".into()]));
            continue;
        }
        match it.next() {
            Some((l, r)) if r.first().map(|k| k.trim()) == Some(*key) => keys.push((*l, r.clone())),
            Some((l, _)) => {
                return Err(DocError::BadRow {
                    line: *l,
                    expected: key.to_string(),
                });
            }
            None => {
                return Err(DocError::BadRow {
                    line: k + 2,
                    expected: key.to_string(),
                });
            }
        }
    }
    let key = |k: &str| {
        let pos = KEYS.iter().position(|x| *x == k).unwrap_or(0);
        (keys[pos].0, &keys[pos].1)
    };
    let (_, model) = key("model");
    if get(model, 1) != fw.id {
        return Err(DocError::WrongModel {
            found: get(model, 1).chars().take(40).collect(),
            expected: fw.id.clone(),
        });
    }
    let (l, variants) = key("varian");
    let pairs: Vec<(String, String)> = variants
        .iter()
        .skip(1)
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            let (k, v) = s.split_once('=').unwrap_or((s, ""));
            (k.trim().to_string(), v.trim().to_string())
        })
        .collect();
    let choice = read_choice(fw, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| cell(l, "varian", e))?;
    let (_, inst) = key("instansi");
    let (l, basis) = key("dasar_predikat");
    let basis = read_basis(&get(basis, 1)).map_err(|e| cell(l, "dasar_predikat", e))?;
    let (l, lang) = key("bahasa");
    let lang = read_lang(&get(lang, 1)).map_err(|e| cell(l, "bahasa", e))?;
    let (l, target) = key("target");
    let target = target_of(fw, "target", &get(target, 1)).map_err(|e| cell(l, "target", e))?;
    let (l, pace) = key("batas_kenaikan");
    let pace_text = get(pace, 1);
    let pace = if pace_text.is_empty() {
        None
    } else {
        Some(
            pace_text
                .parse::<u32>()
                .map_err(|_| not_a_number(l, "batas_kenaikan", 1, &pace_text))?,
        )
    };
    let (l, curve) = key("kurva_upaya");
    let curve = read_curve(&get(curve, 1)).map_err(|e| cell(l, "kurva_upaya", e))?;
    let (l, active) = key("skenario_aktif");
    let active_text = get(active, 1);
    let active = active_text
        .parse::<usize>()
        .ok()
        .and_then(|a| a.checked_sub(1))
        .ok_or_else(|| not_a_number(l, "skenario_aktif", 1, &active_text))?;
    let (l, road) = key("peta_jalan");
    let mut roadmap = Vec::new();
    for (k, item) in road
        .iter()
        .skip(1)
        .filter(|s| !s.trim().is_empty())
        .enumerate()
    {
        let (year, t) = item.split_once('=').unwrap_or((item, ""));
        let year = year
            .trim()
            .parse::<u16>()
            .map_err(|_| not_a_number(l, "peta_jalan", k + 1, year))?;
        let target = target_of(fw, "peta_jalan", t).map_err(|e| cell(l, "peta_jalan", e))?;
        roadmap.push(RoadmapYear { year, target });
    }
    // The optional lines.
    let mut peer = None;
    let mut history = Vec::new();
    let mut deadline = crate::evidence::Deadline::default();
    while let Some((l, r)) = it.next_if(|(_, r)| {
        r.first()
            .is_some_and(|k| [PEER, HISTORY, DEADLINE].contains(&k.trim()))
    }) {
        if get(r, 0) == PEER {
            peer = Some(get(r, 1)).filter(|p| !p.is_empty());
            continue;
        }
        if get(r, 0) == DEADLINE {
            // The date is checked with the rest of the work (`check_work`).
            deadline = crate::evidence::Deadline {
                date: get(r, 1),
                limit: flag(*l, DEADLINE, &get(r, 2))?,
            };
            continue;
        }
        for (k, item) in r
            .iter()
            .skip(1)
            .filter(|s| !s.trim().is_empty())
            .enumerate()
        {
            let (year, index) = item.split_once('=').unwrap_or((item, ""));
            let year = year
                .trim()
                .parse::<u16>()
                .map_err(|_| not_a_number(*l, HISTORY, k + 1, year))?;
            let index = read_past_index(HISTORY, k + 1, index).map_err(|e| cell(*l, HISTORY, e))?;
            history.push(PastYear { year, index });
        }
    }
    // The table.
    let head = head(fw);
    let tail: Vec<&str> = TAIL
        .iter()
        .enumerate()
        .filter(|(k, _)| schema >= 2 || *k != SOURCE)
        .map(|(_, c)| *c)
        .collect();
    let expected_header = || format!("{};Baseline;…;{}", head.join(";"), tail.join(";"));
    let Some((hl, header)) = it.next() else {
        return Err(DocError::BadRow {
            line: rows.last().map_or(12, |r| r.0 + 1),
            expected: expected_header(),
        });
    };
    let n_fixed = head.len() + 1 + tail.len();
    if header.len() < n_fixed + 1
        || header[..head.len()]
            .iter()
            .map(|s| s.trim())
            .ne(head.iter().map(|s| s.as_str()))
        || header[head.len()].trim() != "Baseline"
        || header[header.len() - tail.len()..]
            .iter()
            .map(|s| s.trim())
            .ne(tail.iter().copied())
    {
        return Err(DocError::BadRow {
            line: *hl,
            expected: expected_header(),
        });
    }
    let names: Vec<String> = header[head.len() + 1..header.len() - tail.len()].to_vec();
    let n = fw.indicators.len();
    let rest: Vec<&Row> = it.collect();
    // The evidence tables, if any, follow the indicators.
    let end = rest
        .iter()
        .position(|(_, r)| super::evidence::starts_section(r))
        .unwrap_or(rest.len());
    let (body, evidence) = rest.split_at(end);
    let evidence = super::evidence::read(evidence, fw)?;
    if body.len() != n {
        return Err(DocError::WrongLength {
            field: "CSV".into(),
            expected: n,
            got: body.len(),
        });
    }
    let mut baseline = Vec::with_capacity(n);
    let mut levels = vec![Vec::with_capacity(n); names.len()];
    let (mut efforts, mut locked, mut max_levels, mut unverified, mut notes, mut sources) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    for (i, (l, r)) in body.iter().enumerate() {
        if r.len() != header.len() {
            return Err(DocError::WrongColumns {
                line: *l,
                expected: header.len(),
                got: r.len(),
            });
        }
        let ind = &fw.indicators[i];
        if get(r, 0) != ind.label() {
            return Err(unknown_value(*l, "No", &get(r, 0)));
        }
        let no = ind.no as usize;
        let level = |k: usize, column: &str| {
            read_level(fw, column, no, &get(r, k)).map_err(|e| cell(*l, column, e))
        };
        baseline.push(level(head.len(), "Baseline")?);
        for (s, name) in names.iter().enumerate() {
            levels[s].push(level(head.len() + 1 + s, name)?);
        }
        let t = header.len() - tail.len();
        let effort_text = get(r, t);
        efforts.push(
            effort_text
                .parse::<u32>()
                .map_err(|_| not_a_number(*l, TAIL[0], no, &effort_text))?,
        );
        locked.push(flag(*l, TAIL[1], &get(r, t + 1))?);
        max_levels.push(level(t + 2, TAIL[2])?);
        unverified.push(flag(*l, TAIL[3], &get(r, t + 3))?);
        let source = if schema >= 2 {
            get(r, t + 4)
        } else {
            String::new()
        };
        sources.push(if source.is_empty() {
            None
        } else {
            Some(read_source(fw, TAIL[SOURCE], i, &source).map_err(|e| cell(*l, TAIL[SOURCE], e))?)
        });
        notes.push(r.get(t + tail.len() - 1).cloned().unwrap_or_default());
    }
    let work = Work {
        evidence,
        institution: get(inst, 1),
        basis,
        choice,
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
        deadline,
        unverified,
        notes,
        sources,
        roadmap,
        peer,
        history,
    };
    check_work(fw, work)
}
