//! The restricted mode's edits of a unit's file, and how many fields the unit changed.

use crate::evidence::{ItemStatus, MAX_ITEM_NOTE, MAX_LOCATION, MAX_NARRATIVE};

use super::{ShareDoc, canonical};

/// A change the unit makes in the restricted mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareEdit {
    Status {
        indicator: usize,
        item: usize,
        status: ItemStatus,
    },
    Note {
        indicator: usize,
        item: usize,
        text: String,
    },
    Location {
        indicator: usize,
        item: usize,
        text: String,
    },
    Narrative {
        indicator: usize,
        text: String,
    },
}

/// `doc` with `edit` made (positions in the file's lists; texts cut at their limits). `None`
/// when it changes nothing or names nothing there.
pub fn edit(doc: &ShareDoc, edit: ShareEdit) -> Option<ShareDoc> {
    let mut out = doc.clone();
    let cut = |s: &str, max: usize| s.trim().chars().take(max).collect::<String>();
    match edit {
        ShareEdit::Status {
            indicator,
            item,
            status,
        } => {
            let it = out.indicators.get_mut(indicator)?.items.get_mut(item)?;
            it.status.value = status.code().into();
        }
        ShareEdit::Note {
            indicator,
            item,
            text,
        } => {
            let it = out.indicators.get_mut(indicator)?.items.get_mut(item)?;
            it.note.value = cut(&text, MAX_ITEM_NOTE);
        }
        ShareEdit::Location {
            indicator,
            item,
            text,
        } => {
            let it = out.indicators.get_mut(indicator)?.items.get_mut(item)?;
            it.location.value = cut(&text, MAX_LOCATION);
        }
        ShareEdit::Narrative { indicator, text } => {
            let n = out.indicators.get_mut(indicator)?.narrative.as_mut()?;
            n.value = text.chars().take(MAX_NARRATIVE).collect();
        }
    }
    (out != *doc).then_some(out)
}

/// How many fields the unit changed in its file.
pub fn changed(doc: &ShareDoc) -> usize {
    doc.indicators
        .iter()
        .map(|ind| {
            let items: usize = ind
                .items
                .iter()
                .map(|it| {
                    [
                        canonical(&it.status.value) != canonical(&it.status.base),
                        it.note.value != it.note.base,
                        it.location.value != it.location.base,
                    ]
                    .into_iter()
                    .filter(|c| *c)
                    .count()
                })
                .sum();
            items + usize::from(ind.narrative.as_ref().is_some_and(|n| n.value != n.base))
        })
        .sum()
}
