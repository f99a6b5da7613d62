//! The evidence items of one indicator as the panel under it shows them, and the summary's
//! two indices (self-assessed and verified) with the indicators that make the difference.

use crate::engine::model::Status;
use crate::engine::{Lang, format};
use crate::evidence::{Evidence, ItemStatus, item_text};
use crate::i18n::item_texts;
use crate::state::State;

/// One item as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRow {
    /// Its position in the indicator's items (for edits).
    pub index: usize,
    pub code: String,
    pub text: String,
    /// The text is the user's own (else the catalogue's).
    pub own_text: bool,
    /// The catalogue's item stands for the level criterion.
    pub from_criterion: bool,
    pub status: ItemStatus,
    pub note: String,
    /// The unit that provides it (its own, else the indicator's; empty: none named).
    pub owner: String,
    /// The owner is the indicator's unit, not named on the item.
    pub owner_inherited: bool,
    pub due: String,
    /// The due date as people read it ("31 Mar 2027").
    pub due_shown: String,
    pub location: String,
    /// Whether it can move up / down within its level, and be removed (not a level's last).
    pub up: bool,
    pub down: bool,
    pub removable: bool,
}

/// One level's items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelItems {
    pub level: u32,
    /// "Level 2 · Membangun"
    pub title: String,
    /// The value reached when it is complete ("2,50").
    pub top: String,
    /// "1 diterima dari 4"
    pub done: String,
    /// A lower level is not complete (verified): these items do not count yet.
    pub gated: bool,
    pub items: Vec<ItemRow>,
}

/// The panel of one indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemsPanel {
    pub follow: bool,
    /// The user has changed something (else the catalogue, every item missing).
    pub touched: bool,
    pub self_assessed: String,
    pub verified: String,
    /// Where the catalogue comes from.
    pub provenance: &'static str,
    pub unit: String,
    pub narrative: String,
    /// "120 / 5.000 karakter"
    pub narrative_count: String,
    /// The units named anywhere in the work, to pick from.
    pub units: Vec<String>,
    pub levels: Vec<LevelItems>,
}

/// Indicator `i`'s items as the panel shows them.
pub fn items_panel(state: &State, i: usize) -> ItemsPanel {
    let fw = &state.fw;
    let (lang, t) = (state.lang, item_texts(state.lang));
    let touched = state.evidence.get(i).and_then(Option::as_ref);
    let ev = touched
        .cloned()
        .unwrap_or_else(|| Evidence::catalogue(fw, i));
    let values = ev.values(fw);
    let first = *fw.item_levels().start();
    let shown = |v: u32| format::value(v, fw.scale.decimals, lang);
    let by_level = ev.by_level(fw);
    // A level counts only when every lower level is complete (accepted).
    let mut complete_below = true;
    let levels = by_level
        .iter()
        .enumerate()
        .map(|(k, statuses)| {
            let level = first + k as u32;
            let top = fw.tops[(level - fw.scale.min) as usize];
            let name = fw
                .level_name(i, top)
                .map(|n| n.get(lang).to_string())
                .unwrap_or_default();
            let accepted = statuses.iter().filter(|s| s.verified()).count();
            let gated = !complete_below;
            complete_below &= accepted == statuses.len() && !statuses.is_empty();
            let positions: Vec<usize> = ev
                .items
                .iter()
                .enumerate()
                .filter(|(_, it)| it.level == level)
                .map(|(p, _)| p)
                .collect();
            let items = positions
                .iter()
                .enumerate()
                .map(|(j, &p)| {
                    let it = &ev.items[p];
                    let catalogue = fw.indicators[i]
                        .items
                        .iter()
                        .flatten()
                        .find(|c| c.code == it.code);
                    ItemRow {
                        index: p,
                        code: it.code.clone(),
                        text: item_text(fw, i, it, lang),
                        own_text: it.text.is_some(),
                        from_criterion: it.text.is_none()
                            && catalogue.is_some_and(|c| c.from_criterion),
                        status: it.status,
                        note: it.note.clone(),
                        owner: ev.owner_of(it).to_string(),
                        owner_inherited: it.owner.is_empty() && !ev.unit.is_empty(),
                        due: it.due.clone(),
                        due_shown: date_text(&it.due, lang),
                        location: it.location.clone(),
                        up: j > 0,
                        down: j + 1 < positions.len(),
                        removable: positions.len() > 1,
                    }
                })
                .collect();
            LevelItems {
                level,
                title: format!("{} {level} \u{b7} {name}", t.level),
                top: shown(top),
                done: format!("{accepted} {} {}", t.done_of, statuses.len()),
                gated,
                items,
            }
        })
        .collect();
    ItemsPanel {
        follow: ev.follow,
        touched: touched.is_some(),
        self_assessed: shown(values.self_assessed),
        verified: shown(values.verified),
        provenance: match fw.items_status {
            Status::Official => t.official,
            Status::Reconstructed => t.reconstructed,
        },
        unit: ev.unit.clone(),
        narrative: ev.narrative.clone(),
        narrative_count: format!(
            "{} / {} {}",
            format::count(ev.narrative.chars().count() as u64, lang),
            format::count(crate::evidence::MAX_NARRATIVE as u64, lang),
            t.characters
        ),
        units: crate::evidence::units(&state.evidence),
        levels,
    }
}

/// A date `YYYY-MM-DD` as people read it: "31 Mar 2027" (empty stays empty).
pub fn date_text(date: &str, lang: Lang) -> String {
    const ID: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    if !crate::evidence::is_date(date) {
        return date.to_string();
    }
    let month = date[5..7].parse::<usize>().unwrap_or(1).clamp(1, 12) - 1;
    let day = date[8..10].trim_start_matches('0');
    let names = match lang {
        Lang::Id => ID,
        Lang::En => EN,
    };
    format!("{day} {} {}", names[month], &date[0..4])
}

/// An indicator whose verified value is below its self-assessed one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapRow {
    pub label: String,
    pub name: String,
    /// "2,00 → 1,50"
    pub values: String,
}

/// The summary's view of the items: both indices and what makes the difference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemsSummary {
    /// How many indicators follow their items.
    pub following: usize,
    /// "2,31 (Cukup)"
    pub self_assessed: String,
    pub verified: String,
    /// "0,12"
    pub difference: String,
    pub gaps: Vec<GapRow>,
}

/// `None` while no indicator's value follows its items.
pub fn items_summary(state: &State) -> Option<ItemsSummary> {
    let fw = &state.fw;
    let lang = state.lang;
    let mut verified = state.levels.clone();
    let mut gaps = Vec::new();
    let mut following = 0;
    for (i, ev) in state.evidence.iter().enumerate() {
        let Some(ev) = ev.as_ref().filter(|ev| ev.follow) else {
            continue;
        };
        following += 1;
        let v = ev.values(fw);
        verified[i] = v.verified;
        if v.verified < state.levels[i] {
            let ind = &fw.indicators[i];
            gaps.push(GapRow {
                label: ind.label(),
                name: ind.name.get(lang).to_string(),
                values: format!(
                    "{} \u{2192} {}",
                    format::value(state.levels[i], fw.scale.decimals, lang),
                    format::value(v.verified, fw.scale.decimals, lang)
                ),
            });
        }
    }
    if following == 0 {
        return None;
    }
    let low = fw.score(&verified).ok()?;
    let band = |v| {
        fw.bands[fw.band_of(v, state.basis)]
            .name
            .get(lang)
            .to_string()
    };
    let shown = |v| super::index_text(fw, v, lang);
    let high = &state.score.index;
    // The difference of the indices as shown, so that the three numbers add up on screen.
    let diff = fw
        .index_cents(high)
        .saturating_sub(fw.index_cents(&low.index));
    Some(ItemsSummary {
        following,
        self_assessed: format!("{} ({})", shown(high), band(high)),
        verified: format!("{} ({})", shown(&low.index), band(&low.index)),
        difference: format::value(u32::try_from(diff).unwrap_or(u32::MAX), 2, lang),
        gaps,
    })
}

/// The status names for a select, in a language.
pub fn status_choices(lang: Lang) -> Vec<(ItemStatus, &'static str)> {
    crate::evidence::ITEM_STATUSES
        .iter()
        .map(|(s, _, _)| (*s, s.name(lang)))
        .collect()
}
