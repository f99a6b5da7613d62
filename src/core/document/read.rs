//! Reading a document back into checked work, migrating schema 1, and the framework a file
//! carries.

use crate::engine::decimal::num_text;
use crate::engine::model::Num;
use crate::engine::{Framework, ModelError};
use crate::evidence::{Evidence, Item, ItemStatus};

use super::*;

fn read_levels(fw: &Framework, field: &str, values: &[Num]) -> Result<Vec<u32>, DocError> {
    if values.len() != fw.indicators.len() {
        return Err(DocError::WrongLength {
            field: field.to_string(),
            expected: fw.indicators.len(),
            got: values.len(),
        });
    }
    values
        .iter()
        .enumerate()
        .map(|(i, v)| read_level(fw, field, i + 1, &num_text(v.0)))
        .collect()
}

fn doc_target_in(
    fw: &Framework,
    field: &str,
    t: &Option<DocTarget>,
) -> Result<Option<Target>, DocError> {
    match t {
        None => Ok(None),
        Some(t) => {
            let index = t.index.as_ref().map(|n| num_text(n.0));
            read_target(fw, field, index.as_deref(), t.predicate.as_deref())
        }
    }
}

impl Document {
    /// Check the document against `fw` and turn it into work. Nothing is changed on error.
    pub fn into_work(self, fw: &Framework) -> Result<Work, DocError> {
        if self.app != APP {
            return Err(DocError::NotOurs {
                app: self.app.chars().take(40).collect(),
            });
        }
        if self.schema > SCHEMA || self.schema == 0 {
            return Err(DocError::NewerSchema { found: self.schema });
        }
        if self.model != fw.id {
            return Err(DocError::WrongModel {
                found: self.model.chars().take(40).collect(),
                expected: fw.id.clone(),
            });
        }
        let n = fw.indicators.len();
        let mut notes = vec![String::new(); n];
        for (k, note) in self.notes.iter().enumerate() {
            notes[indicator_at(fw, "notes", k, note.indicator)?] = note.text.clone();
        }
        let mut sources = vec![None; n];
        for (k, s) in self.sources.iter().enumerate() {
            let i = indicator_at(fw, "sources", k, s.indicator)?;
            sources[i] = Some(read_source(fw, "sources", i, &num_text(s.value.0))?);
        }
        let mut evidence = vec![None; n];
        for (k, e) in self.evidence.iter().enumerate() {
            let i = indicator_at(fw, "evidence", k, e.indicator)?;
            if e.items.len() > crate::evidence::MAX_ITEMS {
                return Err(DocError::TooMany {
                    field: format!("evidence[{}].items", k + 1),
                    max: crate::evidence::MAX_ITEMS,
                    got: e.items.len(),
                });
            }
            let items = e
                .items
                .iter()
                .enumerate()
                .map(|(j, it)| {
                    let status =
                        ItemStatus::named(&it.status).ok_or_else(|| DocError::BadValue {
                            field: format!("evidence[{}].items[{}].status", k + 1, j + 1),
                            text: it.status.chars().take(40).collect(),
                        })?;
                    Ok(Item {
                        level: it.level,
                        code: it.code.clone(),
                        text: it.text.clone(),
                        status,
                        note: it.note.clone(),
                        owner: it.owner.clone(),
                        due: it.due.clone(),
                        location: it.location.clone(),
                    })
                })
                .collect::<Result<_, DocError>>()?;
            evidence[i] = Some(Evidence {
                follow: e.follow,
                unit: e.unit.clone(),
                narrative: e.narrative.clone(),
                items,
            });
        }
        let p = &self.planning;
        let work = Work {
            institution: self.institution.trim().to_string(),
            basis: read_basis(&self.predicate_basis)?,
            choice: read_choice(
                fw,
                self.variants.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            )?,
            lang: read_lang(&self.lang)?,
            baseline: read_levels(fw, "baseline", &self.baseline)?,
            scenarios: self
                .scenarios
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    Ok(Scenario {
                        name: s.name.clone(),
                        levels: read_levels(
                            fw,
                            &format!("scenarios[{}].levels", k + 1),
                            &s.levels,
                        )?,
                    })
                })
                .collect::<Result<_, DocError>>()?,
            active: self.active,
            target: doc_target_in(fw, "planning.target", &p.target)?,
            pace: p.pace,
            curve: read_curve(&p.curve)?,
            efforts: p.efforts.clone(),
            locked: read_flags(fw, "planning.locked", &p.locked)?,
            max_levels: read_levels(fw, "planning.maxLevels", &p.max_levels)?,
            unverified: read_flags(fw, "planning.unverified", &p.unverified)?,
            notes,
            sources,
            evidence,
            deadline: crate::evidence::Deadline {
                date: p.evidence_deadline.trim().to_string(),
                limit: p.limit_to_deadline,
            },
            peer: self.our_institution.clone(),
            history: self
                .history
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    Ok(PastYear {
                        year: p.year,
                        index: read_past_index("history", k + 1, &num_text(p.index.0))?,
                    })
                })
                .collect::<Result<_, DocError>>()?,
            roadmap: self
                .roadmap
                .iter()
                .enumerate()
                .map(|(k, y)| {
                    Ok(RoadmapYear {
                        year: y.year,
                        target: doc_target_in(
                            fw,
                            &format!("roadmap[{}].target", k + 1),
                            &y.target,
                        )?,
                    })
                })
                .collect::<Result<_, DocError>>()?,
        };
        check_work(fw, work)
    }
}

/// The framework a document carries (one the user opened from a file), validated. A framework
/// under the id of a bundled one is refused: it can never replace it.
pub fn carried_framework(
    doc: &Document,
    is_bundled: impl Fn(&str) -> bool,
) -> Result<Option<Framework>, DocError> {
    let Some(raw) = &doc.framework else {
        return Ok(None);
    };
    if is_bundled(&raw.id) {
        return Err(DocError::ReservedFramework { id: raw.id.clone() });
    }
    if raw.id != doc.model {
        return Err(DocError::WrongModel {
            found: raw.id.chars().take(40).collect(),
            expected: doc.model.chars().take(40).collect(),
        });
    }
    Framework::from_raw_as(raw.clone(), Origin::User)
        .map(Some)
        .map_err(|e: ModelError| DocError::BadFramework(e))
}

/// What a file is, told by its content (not its name): a workbook (a zip container), a CSV
/// file, or JSON text — a work document or a framework file (see [`is_framework`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind<'a> {
    Workbook,
    Csv(&'a str),
    Json(&'a str),
}

/// The kind of a file's bytes, after the checks every file gets: its size, its encoding (a
/// text file), and that it is not empty.
pub fn file_kind(bytes: &[u8]) -> Result<FileKind<'_>, DocError> {
    if bytes.starts_with(b"PK\x03\x04") {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(DocError::TooLarge {
                bytes: bytes.len(),
                max: MAX_FILE_BYTES,
            });
        }
        return Ok(FileKind::Workbook);
    }
    let text = text_of(bytes)?;
    if text.trim().is_empty() {
        return Err(DocError::EmptyFile);
    }
    if !text.trim_start().starts_with('{') {
        return Ok(FileKind::Csv(text));
    }
    Ok(FileKind::Json(text))
}

/// Whether JSON whose top level has the keys `has` says is a framework file (`format` and
/// `groups`) rather than a work document (`app`).
pub fn is_framework(has: impl Fn(&str) -> bool) -> bool {
    has("groups") && has("format") && !has("app")
}

/// Check the size and encoding of a file's bytes before parsing.
pub fn text_of(bytes: &[u8]) -> Result<&str, DocError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DocError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| DocError::Encoding)?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}
