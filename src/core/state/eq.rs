//! Comparing states: field by field, the framework by pointer.

use std::rc::Rc;

use super::{Shelved, State};

/// The same framework is the same `Rc`: a loaded framework is never copied, so comparing the
/// pointer says whether it changed (and spares a walk through the whole framework on every
/// action, see `State::apply`).
impl PartialEq for Shelved {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.fw, &other.fw) && self.work == other.work && self.pending == other.pending
    }
}

/// Field by field, the framework by pointer (see [`Shelved`]'s `PartialEq`).
impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        let State {
            fw,
            levels,
            baseline,
            basis,
            lang,
            view,
            entry,
            notice,
            score,
            base_score,
            target,
            pace,
            efforts,
            curve,
            locked,
            max_levels,
            unverified,
            scenarios,
            active,
            roadmap,
            notes,
            sources,
            institution,
            peer,
            history,
            evidence,
            deadline,
            pending,
            shelf,
            loading,
            mode,
        } = self;
        Rc::ptr_eq(fw, &other.fw)
            && *levels == other.levels
            && *baseline == other.baseline
            && *basis == other.basis
            && *lang == other.lang
            && *view == other.view
            && *entry == other.entry
            && *notice == other.notice
            && *score == other.score
            && *base_score == other.base_score
            && *target == other.target
            && *pace == other.pace
            && *efforts == other.efforts
            && *curve == other.curve
            && *locked == other.locked
            && *max_levels == other.max_levels
            && *unverified == other.unverified
            && *scenarios == other.scenarios
            && *active == other.active
            && *roadmap == other.roadmap
            && *notes == other.notes
            && *sources == other.sources
            && *institution == other.institution
            && *peer == other.peer
            && *history == other.history
            && *evidence == other.evidence
            && *deadline == other.deadline
            && *pending == other.pending
            && *shelf == other.shelf
            && *loading == other.loading
            && *mode == other.mode
    }
}

impl Eq for Shelved {}
