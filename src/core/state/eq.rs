//! Comparing states: field by field, the framework and the notice by pointer.

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

/// Field by field, the framework by pointer (see [`Shelved`]'s `PartialEq`), and the notice
/// by pointer too: a notice is a new `Rc` each time something is said, and a copy of the
/// state shares it. So the same message said again (the same bad link pasted twice) is a
/// change that is drawn and announced again, and the first screen carries no comparison of
/// every error a notice can hold.
impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        let State {
            fw,
            levels,
            baseline,
            basis,
            lang,
            awaited_lang,
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
            && *awaited_lang == other.awaited_lang
            && *view == other.view
            && *entry == other.entry
            && same_rc(notice, &other.notice)
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

/// Both absent, or the same `Rc`: how the state, and the shell's props that carry a notice or
/// a state, compare what they share.
pub fn same_rc<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (a, b) => a.is_none() && b.is_none(),
    }
}

impl Eq for Shelved {}
