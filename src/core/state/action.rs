//! What can happen to the state: every action the reducer (`State::apply`) takes.

use std::rc::Rc;

use crate::engine::fragment::{self, FragmentError, UrlState};
use crate::engine::plan::{EffortCurve, Target};
use crate::engine::{Basis, Framework, Lang, View};
use crate::work::{DocError, Work};

use super::{EntryMode, Notice, PendingReason};

/// What reads a link against the framework in use: [`fragment::parse`], handed over with the
/// action by whoever sends it. The shell's comes from a chunk of its own, fetched only when
/// there is a link to read, so that a first visit without one does not download the reader.
pub type ReadLink = fn(&str, &Framework) -> Result<UrlState, FragmentError>;

#[derive(Debug)]
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
    /// Levels set by the page that embeds the calculator (also when it is read-only); the
    /// baseline stays. Checked like a link; a wrong list changes nothing.
    HostLevels(Vec<u32>),
    /// Presenter mode on or off.
    SetPresent(bool),
    /// Open a case study (a preset with a story): its levels become levels and baseline.
    OpenCase(usize),
    /// Back to the start of the exercise or of the case study opened last.
    RestartCase,
    /// Show the exercise's best plan.
    Reveal,
    /// Start afresh from a preset of the framework: levels and baseline both take it.
    StartFromPreset(usize),
    /// Start from values brought over from another framework (the crosswalk): untouched work
    /// takes them as levels and baseline; work already made gets them as a new scenario
    /// named `name`. The entry screen opens to review them.
    StartFromLevels {
        levels: Vec<u32>,
        name: String,
    },
    SetBasis(Basis),
    /// Choose option `option` of the framework's variant `variant` (positions).
    SetVariant {
        variant: usize,
        option: usize,
    },
    /// Show the interface in a language (awaited first when its texts are on their way).
    SetLang(Lang),
    /// The texts of an awaited language arrived (`true`: the state turns to it) or could not
    /// be fetched (`false`: the language shown stays, and a notice says so). Nothing happens
    /// when that language is no longer awaited.
    TextsLoaded(Lang, bool),
    /// Show another screen.
    SetView(View),
    SetEntryMode(EntryMode),
    /// Open a URL fragment at start, read with the reader given (see [`ReadLink`]). A
    /// malformed one leaves the work as it is and shows why.
    OpenFragment(String, ReadLink),
    /// Open a link pasted while the app runs: like [`Action::OpenFragment`], and when it
    /// brings other levels the work on screen is offered back.
    OpenLink(String, ReadLink),
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
    /// Highest value the plan may give one indicator (scale units).
    SetMaxLevel {
        indicator: usize,
        value: u32,
    },
    ToggleUnverified(usize),
    /// The external index of an indicator (source units); a value also sets the indicator's
    /// value in the scenario to the converted one.
    SetSource {
        indicator: usize,
        value: Option<u32>,
    },
    /// Put a plan's levels into the scenario (the baseline stays): the levels of
    /// [`State::plan`](crate::state::State::plan) for this state, computed by the part that
    /// shows the plan (the planner lives in that part's chunk, not in the reducer). Levels the
    /// framework cannot take change nothing.
    ApplyPlan(Vec<u32>),
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
    /// An indicator's evidence items after an edit (`None`: back to the catalogue), as
    /// [`crate::evidence::edit`] computed and checked them in the part that shows them (the
    /// rules live in that part's chunk, not in the reducer); where its value follows the
    /// items, the value on screen follows.
    SetItems {
        indicator: usize,
        items: Option<crate::evidence::Evidence>,
    },
    /// Every indicator's evidence items at once (a catalogue file loaded and checked by
    /// [`crate::evidence::catalogue::apply`]).
    SetEvidence(Vec<Option<crate::evidence::Evidence>>),
    /// The evidence deadline (a date `YYYY-MM-DD` or empty) and whether plans keep to it.
    SetDeadline(crate::evidence::Deadline),
    /// Open a unit's file in the restricted mode (`None`: leave it), or its edited version.
    OpenShare(Option<super::mode::Opaque>),
    /// The evidence after merging units' files (the evidence before is kept to restore).
    Merge(Vec<Option<crate::evidence::Evidence>>),
    /// Back to the evidence before the last merge.
    UndoMerge,
    SetInstitution(String),
    /// Choose the published institution the work is for (`None`: none).
    SetPeer(Option<String>),
    /// Enter (`Some` index in hundredths, 0..=500) or remove (`None`) a past year's result.
    SetPastYear {
        year: u16,
        index: Option<u32>,
    },
    /// Replace the work with checked work from a file (its name) or from storage (`None`).
    LoadWork(Box<Work>, Option<String>),
    /// Say why a file was not imported.
    ImportFailed(DocError),
    /// Offer saved work without loading it yet.
    OfferPending(Box<Work>, PendingReason),
    /// Load the offered work / keep the current work.
    AcceptPending,
    DiscardPending,
    /// Use another framework. Its work comes back from the shelf (switching back), else from
    /// `saved` (autosave), else it starts at the floor. The current work goes on the shelf.
    SwitchFramework {
        fw: Rc<Framework>,
        saved: Option<Box<Work>>,
    },
    /// A framework is being fetched (its id), or no longer.
    SetLoading(Option<String>),
    /// Tell the user something.
    Notify(Rc<Notice>),
}

impl Action {
    /// [`Action::OpenFragment`] read by the engine's [`fragment::parse`].
    pub fn open_fragment(text: impl Into<String>) -> Action {
        Action::OpenFragment(text.into(), fragment::parse)
    }

    /// [`Action::OpenLink`] read by the engine's [`fragment::parse`].
    pub fn open_link(text: impl Into<String>) -> Action {
        Action::OpenLink(text.into(), fragment::parse)
    }
}
