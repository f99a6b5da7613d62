//! The one reducer: [`State::apply`] turns an action into the next state, or `None` when
//! nothing changes (so the UI need not render). The steps that replace what is on screen (a
//! link, a file, another framework) are in `open.rs`.

mod open;

use std::rc::Rc;

use crate::engine::{Lang, View};
use crate::i18n::available;
use crate::state::{Action, Notice, ROADMAP_START, State, scenario_name};
use crate::work::{
    HISTORY_YEARS, MAX_EFFORT, MAX_HISTORY, MAX_INSTITUTION, MAX_NAME, MAX_NOTE, MAX_PEER_ID,
    MAX_ROADMAP_YEARS, MAX_SCENARIOS, PastYear, RoadmapYear, Scenario,
};

/// "Realistis (salinan)" / "Realistic (copy)".
fn copy_name(name: &str, lang: Lang) -> String {
    let suffix = match lang {
        Lang::Id => " (salinan)",
        Lang::En => " (copy)",
    };
    let room = MAX_NAME.saturating_sub(suffix.chars().count());
    format!("{}{suffix}", name.chars().take(room).collect::<String>())
}

impl State {
    /// The state after `action`, or `None` when nothing changes (so the UI need not render).
    pub fn apply(&self, action: Action) -> Option<State> {
        let mut next = self.clone();
        // Read-only (an embedded calculator): nothing on screen changes the levels.
        if !self.mode.editable()
            && matches!(
                action,
                Action::SetLevel { .. }
                    | Action::SetBaselineToCurrent
                    | Action::ResetToBaseline
                    | Action::StartFromPreset(_)
                    | Action::StartFromLevels { .. }
                    | Action::ApplyPlan(_)
                    | Action::SetSource { .. }
                    | Action::LoadWork(..)
                    | Action::SelectScenario(_)
                    | Action::OpenCase(_)
                    | Action::RestartCase
            )
        {
            return None;
        }
        match action {
            Action::HostLevels(levels) => {
                next.fw.check_levels(&levels).ok()?;
                next.levels = levels;
            }
            Action::SetPresent(on) => next.mode.present = on,
            Action::OpenCase(i) => {
                let preset = next.fw.presets.get(i)?;
                next.levels = preset.levels.clone();
                next.baseline = preset.levels.clone();
                next.mode.case = Some(i);
                next.mode.exercise = None;
                next.mode.revealed = false;
                next.view = View::Isi;
            }
            Action::RestartCase => {
                let start = match (&next.mode.exercise, next.mode.case) {
                    (Some(e), _) => e.start.clone(),
                    (None, Some(i)) => next.fw.presets.get(i)?.levels.clone(),
                    (None, None) => return None,
                };
                next.levels = start.clone();
                next.baseline = start;
            }
            Action::Reveal => next.mode.revealed = true,
            Action::SetLevel { indicator, value } => {
                if indicator >= next.levels.len() || !next.fw.scale.contains(value) {
                    return None;
                }
                if next.follows_items(indicator) {
                    return None;
                }
                next.levels[indicator] = value;
            }
            Action::SetBaselineToCurrent => next.baseline = next.levels.clone(),
            Action::ResetToBaseline => next.levels = next.baseline.clone(),
            Action::StartFromPreset(i) => {
                let preset = next.fw.presets.get(i)?;
                next.levels = preset.levels.clone();
                next.baseline = preset.levels.clone();
            }
            Action::StartFromLevels { levels, name } => {
                next.fw.check_levels(&levels).ok()?;
                let untouched = next.scenarios.len() == 1
                    && next.baseline == next.fw.floor_levels()
                    && next.levels == next.baseline;
                if untouched {
                    next.baseline = levels.clone();
                } else {
                    if next.scenarios.len() >= MAX_SCENARIOS {
                        return None;
                    }
                    next.scenarios.push(Scenario {
                        name: crate::work::clean_name(&name, MAX_NAME),
                        levels: levels.clone(),
                    });
                    next.active = next.scenarios.len() - 1;
                }
                next.levels = levels;
                next.view = View::Isi;
            }
            Action::SetBasis(b) => next.basis = b,
            Action::SetVariant { variant, option } => {
                let mut choice = next.fw.choice.clone();
                if option >= next.fw.variants.get(variant)?.options.len() {
                    return None;
                }
                choice[variant] = option;
                next.set_choice(&choice);
            }
            Action::SetLang(l) => {
                next.lang = l;
                next.awaited_lang = None;
            }
            Action::TextsLoaded(l, arrived) => {
                if next.awaited_lang != Some(l) {
                    return None;
                }
                next.awaited_lang = None;
                match arrived {
                    true => {
                        next.lang = l;
                        // A failure said before is no longer true.
                        // (Matched, not compared: see `State`'s `PartialEq`.)
                        if matches!(next.notice.as_deref(), Some(Notice::TextsUnavailable)) {
                            next.notice = None;
                        }
                    }
                    // (While saved work is offered, the offer stays on screen.)
                    false if next.pending.is_none() => {
                        next.notice = Some(Rc::new(Notice::TextsUnavailable))
                    }
                    false => {}
                }
            }
            Action::SetView(v) => {
                if !next.views().contains(&v) {
                    return None;
                }
                next.view = v;
            }
            Action::SetEntryMode(m) => next.entry = m,
            Action::OpenFragment(text, read) => next.open_fragment(&text, read, false),
            Action::OpenLink(text, read) => next.open_fragment(&text, read, true),
            Action::DismissNotice => next.notice = None,
            Action::SetTarget(t) => next.target = t,
            Action::SetPace(p) => next.pace = p.filter(|p| *p > 0 && *p <= next.fw.max_steps()),
            Action::SetCurve(c) => next.curve = c,
            Action::SetEffort { indicator, effort } => {
                *next.efforts.get_mut(indicator)? = effort.clamp(1, MAX_EFFORT);
            }
            Action::ToggleLock(i) => {
                let l = next.locked.get_mut(i)?;
                *l = !*l;
            }
            Action::SetMaxLevel { indicator, value } => {
                if !next.fw.scale.contains(value) {
                    return None;
                }
                *next.max_levels.get_mut(indicator)? = value;
            }
            Action::ToggleUnverified(i) => {
                let u = next.unverified.get_mut(i)?;
                *u = !*u;
            }
            Action::SetSource { indicator, value } => {
                let ext = next.fw.indicators.get(indicator)?.external.clone()?;
                if let Some(v) = value {
                    next.levels[indicator] = ext.convert(v).ok()?;
                }
                next.sources[indicator] = value;
            }
            Action::ApplyPlan(levels) => {
                next.fw.check_levels(&levels).ok()?;
                next.levels = levels;
            }
            Action::NewScenario | Action::DuplicateScenario(_) => {
                if next.scenarios.len() >= MAX_SCENARIOS {
                    return None;
                }
                let source = match action {
                    Action::DuplicateScenario(i) => next.scenarios.get(i)?.clone(),
                    _ => Scenario {
                        name: String::new(),
                        levels: next.levels.clone(),
                    },
                };
                let name = if source.name.is_empty() {
                    (next.scenarios.len() + 1..)
                        .map(|k| scenario_name(k, next.lang))
                        .find(|n| next.scenarios.iter().all(|s| &s.name != n))
                        .unwrap_or_default()
                } else {
                    copy_name(&source.name, next.lang)
                };
                next.scenarios.push(Scenario {
                    name,
                    levels: source.levels,
                });
                next.active = next.scenarios.len() - 1;
                next.levels = next.scenarios[next.active].levels.clone();
            }
            Action::RenameScenario(i, name) => {
                let name = crate::work::clean_name(&name, MAX_NAME);
                if name.is_empty() {
                    return None;
                }
                next.scenarios.get_mut(i)?.name = name;
            }
            Action::DeleteScenario(i) => {
                if next.scenarios.len() <= 1 || i >= next.scenarios.len() {
                    return None;
                }
                next.scenarios.remove(i);
                if next.active > i || next.active >= next.scenarios.len() {
                    next.active = next.active.saturating_sub(1);
                }
                next.levels = next.scenarios[next.active].levels.clone();
            }
            Action::SelectScenario(i) => {
                next.levels = next.scenarios.get(i)?.levels.clone();
                next.active = i;
            }
            Action::SetRoadmapTarget(y, t) => next.roadmap.get_mut(y)?.target = t,
            Action::SetRoadmapStart(first) => {
                for (k, y) in next.roadmap.iter_mut().enumerate() {
                    y.year = first.saturating_add(k as u16);
                }
            }
            Action::AddRoadmapYear => {
                if next.roadmap.len() >= MAX_ROADMAP_YEARS {
                    return None;
                }
                let year = next
                    .roadmap
                    .last()
                    .map_or(ROADMAP_START, |y| y.year.saturating_add(1));
                next.roadmap.push(RoadmapYear { year, target: None });
            }
            Action::RemoveRoadmapYear => {
                if next.roadmap.len() <= 1 {
                    return None;
                }
                next.roadmap.pop();
            }
            Action::SetItems { indicator, items } => {
                *next.evidence.get_mut(indicator)? = items;
                next.mode.merged = None;
            }
            Action::SetEvidence(evidence) => {
                if evidence.len() != next.evidence.len() {
                    return None;
                }
                next.evidence = evidence;
                next.mode.merged = None;
            }
            Action::OpenShare(doc) => next.mode.share = doc,
            Action::Merge(evidence) => {
                if evidence.len() != next.evidence.len() || evidence == next.evidence {
                    return None;
                }
                let before = std::mem::replace(&mut next.evidence, evidence);
                next.mode.merged = Some(std::rc::Rc::new(before));
            }
            Action::UndoMerge => {
                let before = next.mode.merged.take()?;
                next.evidence = (*before).clone();
            }
            Action::SetDeadline(deadline) => {
                if !deadline.date.is_empty() && deadline.date().is_none() {
                    return None;
                }
                next.deadline = deadline;
            }
            Action::SetNote { indicator, text } => {
                *next.notes.get_mut(indicator)? = text.chars().take(MAX_NOTE).collect();
            }
            Action::SetInstitution(name) => {
                next.institution = crate::work::clean_name(&name, MAX_INSTITUTION);
            }
            Action::SetPeer(peer) => {
                let peer = peer.filter(|p| !p.is_empty() && p.chars().count() <= MAX_PEER_ID);
                if peer == next.peer {
                    return None;
                }
                next.peer = peer;
            }
            Action::SetPastYear { year, index } => {
                if !HISTORY_YEARS.contains(&year) || index.is_some_and(|i| i > 500) {
                    return None;
                }
                next.history.retain(|p| p.year != year);
                if let Some(index) = index {
                    if next.history.len() >= MAX_HISTORY {
                        return None;
                    }
                    // The list is kept in year order (check_work sorts what a file holds):
                    // an insertion keeps it so without a sort in the first screen's module.
                    let at = next.history.partition_point(|p| p.year < year);
                    next.history.insert(at, PastYear { year, index });
                }
            }
            Action::LoadWork(work, file) => {
                next.load_work(*work);
                next.notice = file.map(|f| Rc::new(Notice::Imported(f)));
            }
            Action::ImportFailed(e) => next.notice = Some(Rc::new(Notice::ImportFailed(e))),
            Action::OfferPending(work, why) => {
                next.pending = Some(work);
                next.notice = Some(Rc::new(Notice::Pending(why)));
            }
            Action::AcceptPending => {
                let work = next.pending.take()?;
                next.load_work(*work);
                next.notice = None;
            }
            Action::DiscardPending => {
                next.pending.take()?;
                next.notice = None;
            }
            Action::SwitchFramework { fw, saved } => {
                if Rc::ptr_eq(&fw, &next.fw) {
                    return None;
                }
                next.switch_framework(fw, saved);
            }
            Action::SetLoading(id) => next.loading = id,
            // While saved work is offered, the offer stays on screen: other messages wait.
            Action::Notify(_) if next.pending.is_some() => return None,
            Action::Notify(n) => next.notice = Some(n),
        }
        // A language whose texts are not here yet (a link's, a file's, a click) is awaited;
        // the screen stays in the one shown.
        if next.lang != self.lang {
            let (lang, awaited) = crate::state::settle_lang(next.lang, self.lang, available);
            next.lang = lang;
            next.awaited_lang = awaited;
        }
        // A value that follows its items is theirs, whatever else changed.
        for (i, ev) in next.evidence.iter().enumerate() {
            if let Some(ev) = ev.as_ref().filter(|ev| ev.follow) {
                next.levels[i] = ev.values(&next.fw).self_assessed;
            }
        }
        // The active scenario always holds the levels being edited.
        if let Some(active) = next.scenarios.get_mut(next.active) {
            active.levels.clone_from(&next.levels);
        }
        next.rescore();
        (next != *self).then_some(next)
    }
}
