//! The app state and its reducer, in plain Rust: the Yew shell wraps [`State`] in
//! `use_reducer`, shares it by context and only renders it. Every transition is tested
//! natively.

use std::rc::Rc;

use crate::document::{DocError, MAX_INSTITUTION, MAX_NOTE, Work};
use crate::engine::fragment::{self, FragmentError};
use crate::engine::plan::{EffortCurve, PlanError, PlanOutcome, PlanRequest, Target, plan};
use crate::engine::{Basis, Framework, Lang, Score};

/// Most scenarios kept side by side (besides the baseline).
pub const MAX_SCENARIOS: usize = 8;
/// Longest scenario name, in characters.
pub const MAX_NAME: usize = 60;

/// A named set of levels; one of them is edited at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub name: String,
    pub levels: Vec<u32>,
}

/// One year of the roadmap: its target, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoadmapYear {
    pub year: u16,
    pub target: Option<Target>,
}

/// A message the app shows above the calculator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The link could not be read; the screen kept (or opened with) the previous values.
    BadLink(FragmentError),
    /// A file was not imported; nothing changed.
    ImportFailed(DocError),
    /// A file was imported (its name).
    Imported(String),
    /// Work waits in `pending`: saved earlier while a link was opened, or saved by another tab.
    Pending(PendingReason),
    /// The browser does not keep the work (storage off or full): export to keep it.
    StorageUnavailable,
    /// Saved work that this version cannot read was kept aside, not deleted.
    SavedDataKept(DocError),
    /// A file could not be made (the reason, from the browser).
    ExportFailed(String),
}

/// Why saved work is offered instead of being loaded at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PendingReason {
    /// A link opened other levels; the autosaved work can be restored instead.
    LinkOpened,
    /// Another tab saved newer work.
    OtherTab,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub fw: Rc<Framework>,
    /// The scenario being edited (values in scale units, one per indicator).
    pub levels: Vec<u32>,
    /// What every value is compared with.
    pub baseline: Vec<u32>,
    pub basis: Basis,
    pub lang: Lang,
    pub notice: Option<Notice>,
    /// Exact values of `levels` and `baseline`, kept in step by [`State::apply`].
    pub score: Score,
    pub base_score: Score,
    /// Planning inputs: the target (None: the next band above the index), the pace limit,
    /// effort per step and curve, locks and caps per indicator.
    pub target: Option<Target>,
    pub pace: Option<u32>,
    pub efforts: Vec<u32>,
    pub curve: EffortCurve,
    pub locked: Vec<bool>,
    pub max_levels: Vec<u32>,
    /// Indicators whose claimed level is not yet backed by evidence.
    pub unverified: Vec<bool>,
    /// Named scenarios; `scenarios[active].levels` is always equal to `levels`.
    pub scenarios: Vec<Scenario>,
    pub active: usize,
    /// Yearly targets, planned one after another from the baseline.
    pub roadmap: Vec<RoadmapYear>,
    /// A note per indicator (evidence, owner unit, action).
    pub notes: Vec<String>,
    /// The institution's name, for the brief and exports.
    pub institution: String,
    /// Saved work offered to the user (see [`Notice::Pending`]).
    pub pending: Option<Box<Work>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// `indicator` is the 0-based position; out-of-range input is ignored.
    SetLevel {
        indicator: usize,
        value: u32,
    },
    /// The current levels become the baseline.
    SetBaselineToCurrent,
    /// The levels go back to the baseline.
    ResetToBaseline,
    /// Start afresh from a preset of the framework: levels and baseline both take it.
    StartFromPreset(usize),
    SetBasis(Basis),
    SetLang(Lang),
    /// Open a URL fragment. A malformed one leaves the work as it is and shows why.
    OpenFragment(String),
    DismissNotice,
    /// Planning: `None` aims at the next band above the current index.
    SetTarget(Option<Target>),
    SetPace(Option<u32>),
    SetCurve(EffortCurve),
    /// Effort per step of one indicator (at least 1).
    SetEffort {
        indicator: usize,
        effort: u32,
    },
    ToggleLock(usize),
    /// Highest level the plan may give one indicator (scale units).
    SetMaxLevel {
        indicator: usize,
        value: u32,
    },
    ToggleUnverified(usize),
    /// Put the current plan's levels into the scenario (the baseline stays).
    ApplyPlan,
    /// A new scenario copying the current levels, made active.
    NewScenario,
    DuplicateScenario(usize),
    RenameScenario(usize, String),
    /// Delete a scenario (never the last one).
    DeleteScenario(usize),
    SelectScenario(usize),
    /// Set the target of roadmap year `year` (position in the roadmap).
    SetRoadmapTarget(usize, Option<Target>),
    /// First year of the roadmap (the years follow on).
    SetRoadmapStart(u16),
    AddRoadmapYear,
    RemoveRoadmapYear,
    SetNote {
        indicator: usize,
        text: String,
    },
    SetInstitution(String),
    /// Replace the work with checked work from a file (its name) or from storage (`None`).
    LoadWork(Box<Work>, Option<String>),
    /// Say why a file was not imported.
    ImportFailed(DocError),
    /// Offer saved work without loading it yet.
    OfferPending(Box<Work>, PendingReason),
    /// Load the offered work / keep the current work.
    AcceptPending,
    DiscardPending,
    /// Tell the user something about storage.
    Notify(Notice),
}

/// The default name of the `n`-th scenario (1-based).
pub fn scenario_name(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Skenario {n}"),
        Lang::En => format!("Scenario {n}"),
    }
}

/// The first roadmap year when none is chosen.
pub const ROADMAP_START: u16 = 2026;
/// Longest roadmap, in years.
pub const MAX_ROADMAP_YEARS: usize = 10;

impl State {
    /// The starting screen: every indicator at the bottom of the scale, no change.
    pub fn new(fw: Rc<Framework>, lang: Lang) -> State {
        let levels = fw.floor_levels();
        let score = fw.score(&levels).unwrap_or_else(|_| unreachable_score(&fw));
        let n = levels.len();
        State {
            target: None,
            pace: None,
            efforts: vec![1; n],
            curve: EffortCurve::Flat,
            locked: vec![false; n],
            max_levels: vec![fw.scale.max_value(); n],
            unverified: vec![false; n],
            notes: vec![String::new(); n],
            institution: String::new(),
            pending: None,
            scenarios: vec![Scenario {
                name: scenario_name(1, lang),
                levels: levels.clone(),
            }],
            active: 0,
            roadmap: (0..5)
                .map(|k| RoadmapYear {
                    year: ROADMAP_START + k,
                    target: None,
                })
                .collect(),
            baseline: levels.clone(),
            base_score: score.clone(),
            score,
            levels,
            basis: Basis::default(),
            lang,
            notice: None,
            fw,
        }
    }

    /// The state after `action`, or `None` when nothing changes (so the UI need not render).
    pub fn apply(&self, action: Action) -> Option<State> {
        let mut next = self.clone();
        match action {
            Action::SetLevel { indicator, value } => {
                if indicator >= next.levels.len() || !next.fw.scale.contains(value) {
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
            Action::SetBasis(b) => next.basis = b,
            Action::SetLang(l) => next.lang = l,
            Action::OpenFragment(text) => match fragment::parse(&text, &next.fw) {
                Ok(url) => {
                    if let Some(levels) = url.levels.clone().or_else(|| url.base.clone()) {
                        next.baseline = url.base.unwrap_or_else(|| levels.clone());
                        next.levels = levels;
                    }
                    next.basis = url.basis.unwrap_or(next.basis);
                    next.lang = url.lang.unwrap_or(next.lang);
                    next.notice = None;
                }
                Err(e) => next.notice = Some(Notice::BadLink(e)),
            },
            Action::DismissNotice => next.notice = None,
            Action::SetTarget(t) => next.target = t,
            Action::SetPace(p) => next.pace = p.filter(|p| *p > 0),
            Action::SetCurve(c) => next.curve = c,
            Action::SetEffort { indicator, effort } => {
                *next.efforts.get_mut(indicator)? = effort.clamp(1, 1_000_000);
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
            Action::ApplyPlan => match self.plan() {
                Ok(PlanOutcome::Planned { levels, .. }) => next.levels = levels,
                _ => return None,
            },
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
                let name: String = name.trim().chars().take(MAX_NAME).collect();
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
            Action::SetNote { indicator, text } => {
                *next.notes.get_mut(indicator)? = text.chars().take(MAX_NOTE).collect();
            }
            Action::SetInstitution(name) => {
                next.institution = name.trim().chars().take(MAX_INSTITUTION).collect();
            }
            Action::LoadWork(work, file) => {
                next.load_work(*work);
                next.notice = file.map(Notice::Imported);
            }
            Action::ImportFailed(e) => next.notice = Some(Notice::ImportFailed(e)),
            Action::OfferPending(work, why) => {
                next.pending = Some(work);
                next.notice = Some(Notice::Pending(why));
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
            Action::Notify(n) => next.notice = Some(n),
        }
        // The active scenario always holds the levels being edited.
        if let Some(active) = next.scenarios.get_mut(next.active) {
            active.levels.clone_from(&next.levels);
        }
        next.rescore();
        (next != *self).then_some(next)
    }

    fn rescore(&mut self) {
        // Both lists are validated before they get here; a failure would be a bug, and then
        // the previous score is kept rather than panicking.
        if let Ok(s) = self.fw.score(&self.levels) {
            self.score = s;
        }
        if let Ok(s) = self.fw.score(&self.baseline) {
            self.base_score = s;
        }
    }

    /// The URL fragment (without `#`) that reproduces this screen.
    pub fn fragment(&self) -> String {
        fragment::format(
            &self.levels,
            &self.baseline,
            self.basis,
            self.lang,
            &self.fw,
        )
    }

    /// The name of the scenario being edited.
    pub fn active_name(&self) -> String {
        self.scenarios
            .get(self.active)
            .map(|s| s.name.clone())
            .unwrap_or_default()
    }

    /// Everything the user made, to save or export.
    pub fn work(&self) -> Work {
        Work {
            institution: self.institution.clone(),
            basis: self.basis,
            lang: self.lang,
            baseline: self.baseline.clone(),
            scenarios: self.scenarios.clone(),
            active: self.active,
            target: self.target.clone(),
            pace: self.pace,
            curve: self.curve,
            efforts: self.efforts.clone(),
            locked: self.locked.clone(),
            max_levels: self.max_levels.clone(),
            unverified: self.unverified.clone(),
            notes: self.notes.clone(),
            roadmap: self.roadmap.clone(),
        }
    }

    /// Take over checked work (see [`crate::document::check_work`]); the scores follow.
    fn load_work(&mut self, w: Work) {
        self.levels = w
            .scenarios
            .get(w.active)
            .map_or_else(|| w.baseline.clone(), |s| s.levels.clone());
        self.institution = w.institution;
        self.basis = w.basis;
        self.lang = w.lang;
        self.baseline = w.baseline;
        self.scenarios = w.scenarios;
        self.active = w.active;
        self.target = w.target;
        self.pace = w.pace;
        self.curve = w.curve;
        self.efforts = w.efforts;
        self.locked = w.locked;
        self.max_levels = w.max_levels;
        self.unverified = w.unverified;
        self.notes = w.notes;
        self.roadmap = w.roadmap;
    }

    /// The planner's request from the planning inputs.
    pub fn plan_request(&self) -> PlanRequest {
        PlanRequest {
            target: self.effective_target(),
            basis: self.basis,
            efforts: self.efforts.clone(),
            curve: self.curve,
            locked: self.locked.clone(),
            max_levels: self.max_levels.clone(),
            pace: self.pace,
        }
    }

    /// The chosen target, or the band above the baseline's index (the top band when the
    /// baseline is at the top), so that applying a plan meets the target instead of moving it.
    pub fn effective_target(&self) -> Target {
        self.target.clone().unwrap_or_else(|| {
            let top = self.fw.bands.len().saturating_sub(1);
            Target::Band(
                self.fw
                    .next_band(&self.base_score.index, self.basis)
                    .map_or(top, |nb| nb.band),
            )
        })
    }

    /// The least-effort plan from the current levels to the target.
    pub fn plan(&self) -> Result<PlanOutcome, PlanError> {
        plan(&self.fw, &self.levels, &self.plan_request())
    }

    /// Whether the scenario differs from the baseline anywhere.
    pub fn has_changes(&self) -> bool {
        self.levels != self.baseline
    }
}

/// "Realistis (salinan)" / "Realistic (copy)".
fn copy_name(name: &str, lang: Lang) -> String {
    let suffix = match lang {
        Lang::Id => " (salinan)",
        Lang::En => " (copy)",
    };
    let room = MAX_NAME.saturating_sub(suffix.chars().count());
    format!("{}{suffix}", name.chars().take(room).collect::<String>())
}

fn unreachable_score(fw: &Framework) -> Score {
    let zero = crate::engine::Exact::new(0, 1);
    Score {
        index: zero,
        domains: vec![zero; fw.domains.len()],
        aspects: vec![zero; fw.aspects.len()],
    }
}
