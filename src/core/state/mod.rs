//! The app state and its actions, in plain Rust: the Yew shell wraps [`State`] in
//! `use_reducer`, shares it by context and only renders it. The transitions are in
//! `reducer.rs`; every one is tested natively.

use std::rc::Rc;

use crate::engine::fragment;
use crate::engine::plan::{EffortCurve, PlanError, PlanOutcome, PlanRequest, Target, plan};
use crate::engine::{Basis, Framework, Lang, Score, View};
use crate::evidence::{Deadline, Evidence};
use crate::work::{PastYear, RoadmapYear, Scenario, Work};

pub use crate::work::{MAX_NAME, MAX_ROADMAP_YEARS, MAX_SCENARIOS};

mod action;
mod eq;
pub use eq::same_rc;
mod mode;

mod notice;
pub use action::{Action, ReadLink};
pub use mode::{Embed, Exercise, Mode, Opaque};
pub use notice::{Notice, PendingReason};

/// How the indicators are entered: a compact table (one row each) or detailed cards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum EntryMode {
    #[default]
    Table,
    Cards,
}

impl EntryMode {
    pub fn code(self) -> &'static str {
        match self {
            EntryMode::Table => "table",
            EntryMode::Cards => "cards",
        }
    }

    pub fn from_code(code: &str) -> Option<EntryMode> {
        match code {
            "table" => Some(EntryMode::Table),
            "cards" => Some(EntryMode::Cards),
            _ => None,
        }
    }
}

/// Another framework's work, kept in memory while this one is in use.
#[derive(Clone, Debug)]
pub struct Shelved {
    pub fw: Rc<Framework>,
    pub work: Work,
    pub pending: Option<Box<Work>>,
}

#[derive(Clone, Debug)]
pub struct State {
    /// The framework in use, with the chosen variant options applied.
    pub fw: Rc<Framework>,
    /// The scenario being edited (values in scale units, one per indicator).
    pub levels: Vec<u32>,
    /// What every value is compared with.
    pub baseline: Vec<u32>,
    pub basis: Basis,
    /// The language shown: always one whose texts are here (see [`crate::i18n::available`]).
    pub lang: Lang,
    /// A language asked for whose texts are on their way (the release build's English chunk):
    /// the shell fetches them and then the state turns to it (`Action::TextsLoaded`).
    pub awaited_lang: Option<Lang>,
    /// The screen on view (in the link).
    pub view: View,
    /// How indicators are entered (a preference of this device, not in the link).
    pub entry: EntryMode,
    /// Shared, so that a copy of the state does not copy what it says.
    pub notice: Option<Rc<Notice>>,
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
    /// External index values entered (source units), per indicator.
    pub sources: Vec<Option<u32>>,
    /// The institution's name, for the brief and exports.
    pub institution: String,
    /// The published institution this work is for (an id of the published results); like
    /// the history, it belongs to the institution and follows it to every framework.
    pub peer: Option<String>,
    /// Past yearly results entered by the user, by year.
    pub history: Vec<PastYear>,
    /// Per indicator: its evidence items once touched (see [`crate::evidence`]).
    pub evidence: Vec<Option<Evidence>>,
    /// When the evidence must be ready, and whether plans keep to it.
    pub deadline: Deadline,
    /// Saved work offered to the user (see [`Notice::Pending`]).
    pub pending: Option<Box<Work>>,
    /// Other frameworks' work, so that switching back restores it.
    pub shelf: Vec<Shelved>,
    /// The framework being fetched, if any (its id).
    pub loading: Option<String>,
    /// How the calculator is shown: in the app, embedded in another site, presenting.
    pub mode: Mode,
}

/// The default name of the `n`-th scenario (1-based).
pub fn scenario_name(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("Skenario {n}"),
        Lang::En => format!("Scenario {n}"),
    }
}

/// The language to show when `wanted` is asked for and `before` was shown, with the language
/// still awaited: `wanted` when its texts are here (`here`), else `before` (Indonesian when
/// that is not here either) while `wanted` is awaited. No screen mixes two languages.
pub fn settle_lang(wanted: Lang, before: Lang, here: fn(Lang) -> bool) -> (Lang, Option<Lang>) {
    match (here(wanted), here(before)) {
        (true, _) => (wanted, None),
        (false, true) => (before, Some(wanted)),
        (false, false) => (Lang::Id, Some(wanted)),
    }
}

/// The first roadmap year when none is chosen.
pub const ROADMAP_START: u16 = 2026;

impl State {
    /// The starting screen: every indicator at the bottom of the scale, no change.
    pub fn new(fw: Rc<Framework>, lang: Lang) -> State {
        let (lang, awaited_lang) = settle_lang(lang, Lang::Id, crate::i18n::available);
        let levels = fw.floor_levels();
        let score = fw.score(&levels).unwrap_or_else(|_| zero_score(&fw));
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
            sources: vec![None; n],
            institution: String::new(),
            peer: None,
            history: Vec::new(),
            evidence: vec![None; n],
            deadline: Deadline::default(),
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
            awaited_lang,
            view: View::default(),
            entry: EntryMode::default(),
            notice: None,
            shelf: Vec::new(),
            loading: None,
            mode: Mode::default(),
            fw,
        }
    }

    /// The URL fragment (without `#`) that reproduces this screen.
    pub fn fragment(&self) -> String {
        self.fragment_on(self.view)
    }

    /// The screens on offer: all but the planner during an exercise whose best plan is not
    /// shown yet (it would give the answer away).
    pub fn views(&self) -> Vec<View> {
        let hide = self.mode.exercise.is_some() && !self.mode.revealed;
        View::ALL
            .into_iter()
            .filter(|v| !(hide && *v == View::Rencana))
            .collect()
    }

    /// The link to hand to someone else: it opens the levels on the entry screen (the screen
    /// the link is copied from — files and sharing — is of no use to who receives it).
    pub fn share_fragment(&self) -> String {
        self.fragment_on(View::Isi)
    }

    fn fragment_on(&self, view: View) -> String {
        let mut link = fragment::format(
            &self.levels,
            &self.baseline,
            self.basis,
            view,
            self.lang,
            &self.fw,
        );
        if let Some(e) = &self.mode.exercise {
            link.push_str(&crate::exercise::keys(&self.fw, e));
        }
        if self.mode.present {
            link.push_str("&present=1");
        }
        link
    }

    /// Whether indicator `i`'s value follows its evidence items.
    pub fn follows_items(&self, i: usize) -> bool {
        self.evidence
            .get(i)
            .and_then(Option::as_ref)
            .is_some_and(|ev| ev.follow)
    }

    /// The name of the scenario being edited.
    pub fn active_name(&self) -> String {
        self.scenarios
            .get(self.active)
            .map(|s| s.name.clone())
            .unwrap_or_default()
    }

    /// Everything the user made with this framework, to save or export.
    pub fn work(&self) -> Work {
        Work {
            institution: self.institution.clone(),
            basis: self.basis,
            choice: self.fw.choice.clone(),
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
            sources: self.sources.clone(),
            roadmap: self.roadmap.clone(),
            peer: self.peer.clone(),
            history: self.history.clone(),
            evidence: self.evidence.clone(),
            deadline: self.deadline.clone(),
        }
    }

    /// The planner's request from the planning inputs.
    pub fn plan_request(&self) -> PlanRequest {
        PlanRequest {
            target: self.effective_target(),
            basis: self.basis,
            efforts: self.efforts.clone(),
            curve: self.curve,
            // A value that follows its evidence items is planned like any other: its steps list
            // the items still needed (applying a plan leaves it to its items).
            locked: self.locked.clone(),
            max_levels: self.max_levels_by_deadline(),
            pace: self.pace,
        }
    }

    /// The request of the roadmap's years: as the plan's, but the evidence deadline (of the
    /// coming document stage) does not cap later years.
    pub fn roadmap_request(&self) -> PlanRequest {
        PlanRequest {
            max_levels: self.max_levels.clone(),
            ..self.plan_request()
        }
    }

    /// The caps of the plan: the user's, and while plans keep to the evidence deadline, no
    /// indicator above the value its items can give by then (never below where it is).
    pub fn max_levels_by_deadline(&self) -> Vec<u32> {
        let Some(date) = self.deadline.limiting() else {
            return self.max_levels.clone();
        };
        (0..self.max_levels.len())
            .map(|i| {
                let ev = self.evidence.get(i).and_then(Option::as_ref).map_or_else(
                    || std::borrow::Cow::Owned(Evidence::catalogue(&self.fw, i)),
                    std::borrow::Cow::Borrowed,
                );
                let ready = ev.value_ready_by(&self.fw, date);
                let now = self.levels.get(i).copied().unwrap_or(0);
                self.max_levels[i].min(ready.max(now))
            })
            .collect()
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

    /// The same plan as work that can be done in slices.
    pub fn plan_job(&self) -> crate::engine::plan::PlanJob {
        crate::engine::plan::PlanJob::new(&self.fw, &self.levels, &self.plan_request())
    }

    /// Whether the scenario differs from the baseline anywhere.
    pub fn has_changes(&self) -> bool {
        self.levels != self.baseline
    }

    /// Whether indicator `i`'s value counts as 1 only because its external index is not known
    /// yet (assessors count a missing external value as the floor).
    pub fn external_unknown(&self, i: usize) -> bool {
        self.fw
            .indicators
            .get(i)
            .is_some_and(|ind| ind.external.is_some())
            && self.sources.get(i).is_some_and(Option::is_none)
            && self.levels.get(i) == Some(&self.fw.scale.min_value())
    }
}

/// All zeros, the score of nothing (never shown: every list is checked before it is scored).
pub(crate) fn zero_score(fw: &Framework) -> Score {
    let zero = crate::engine::Exact::new(0, 1);
    Score {
        index: zero,
        domains: vec![zero; fw.domains.len()],
        aspects: vec![zero; fw.aspects.len()],
    }
}
