//! The reducer's steps that replace what is on screen: a score brought up to date, another
//! choice of variants, a link opened, a file's work loaded, another framework switched to.

use std::rc::Rc;

use crate::engine::fragment::UrlState;
use crate::engine::{Framework, View};
use crate::state::{Notice, PendingReason, ReadLink, Shelved, State};
use crate::work::Work;

impl State {
    pub(super) fn rescore(&mut self) {
        // Both lists are validated before they get here; a failure would be a bug, and then
        // the previous score is kept rather than panicking.
        if let Ok(s) = self.fw.score(&self.levels) {
            self.score = s;
        }
        if let Ok(s) = self.fw.score(&self.baseline) {
            self.base_score = s;
        }
    }

    /// Apply another choice of the framework's variants (validated when the file was loaded,
    /// so it cannot fail; if it did, the framework stays as it is).
    pub(super) fn set_choice(&mut self, choice: &[usize]) {
        if choice != self.fw.choice.as_slice() {
            if let Ok(fw) = self.fw.with_choice(choice) {
                self.fw = Rc::new(fw);
            }
        }
    }

    pub(super) fn open_fragment(&mut self, text: &str, read: ReadLink, offer: bool) {
        let url: UrlState = match read(text, &self.fw) {
            Ok(url) => url,
            Err(e) => {
                self.notice = Some(Rc::new(Notice::BadLink(e)));
                return;
            }
        };
        let before = self.work();
        let whole = url.levels.is_some() || url.base.is_some();
        // A link with values reproduces a screen: variants it does not name take their
        // defaults. Without values it only changes what it names.
        let mut choice = if whole {
            self.fw.default_choice()
        } else {
            self.fw.choice.clone()
        };
        for (v, o) in &url.variants {
            if let Some(c) = choice.get_mut(*v) {
                *c = *o;
            }
        }
        self.set_choice(&choice);
        if let Some(levels) = url.levels.clone().or_else(|| url.base.clone()) {
            self.baseline = url.base.unwrap_or_else(|| levels.clone());
            self.levels = levels;
        }
        self.basis = url.basis.unwrap_or(self.basis);
        self.lang = url.lang.unwrap_or(self.lang);
        // The first link decides how the calculator is shown; later links do not leave it.
        if url.embed {
            self.mode.embed = Some(crate::state::Embed {
                show: url.show.unwrap_or_default(),
                read_only: url.read_only,
                allow: url.allow.clone(),
            });
        }
        if url.present {
            self.mode.present = true;
        }
        if url.preset.is_some() {
            self.mode.case = url.preset;
        }
        if url.exercise {
            let target = url.target.clone().unwrap_or_else(|| {
                // No target named: the next band above the start.
                let s = self.fw.score(&self.baseline).map(|s| s.index);
                let at = s.map_or(0, |i| self.fw.band_of(&i, self.basis));
                crate::engine::plan::Target::Band((at + 1).min(self.fw.bands.len() - 1))
            });
            self.target = Some(target.clone());
            self.pace = url.pace;
            self.mode.exercise = Some(crate::state::Exercise {
                start: self.baseline.clone(),
                target,
                pace: url.pace,
            });
            self.mode.revealed = false;
            if !self.views().contains(&self.view) {
                self.view = View::Isi;
            }
        }
        // A link with values opens its screen (the entry screen when it names none).
        self.view = url
            .view
            .unwrap_or(if whole { View::default() } else { self.view });
        self.notice = None;
        let moved = before.baseline != self.baseline
            || before.scenarios.get(before.active).map(|s| &s.levels) != Some(&self.levels);
        if offer && moved && self.pending.is_none() {
            self.pending = Some(Box::new(before));
            self.notice = Some(Rc::new(Notice::Pending(PendingReason::LinkOpened)));
        }
    }

    /// Take over checked work (see [`crate::work::check_work`]); the scores follow.
    pub(super) fn load_work(&mut self, w: Work) {
        self.set_choice(&w.choice);
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
        self.sources = w.sources;
        self.roadmap = w.roadmap;
        self.peer = w.peer;
        self.history = w.history;
        self.evidence = w.evidence;
        self.deadline = w.deadline;
    }

    pub(super) fn switch_framework(&mut self, fw: Rc<Framework>, saved: Option<Box<Work>>) {
        let (lang, awaited_lang, view, entry) =
            (self.lang, self.awaited_lang, self.view, self.entry);
        // The institution's published identity and history follow it to every framework.
        let (peer, history) = (self.peer.clone(), self.history.clone());
        let (shelf, loading) = (std::mem::take(&mut self.shelf), self.loading.take());
        let current = Shelved {
            fw: self.fw.clone(),
            work: self.work(),
            pending: self.pending.take(),
        };
        let mut shelf: Vec<Shelved> = shelf
            .into_iter()
            .filter(|s| s.fw.id != current.fw.id)
            .collect();
        let back = shelf
            .iter()
            .position(|s| s.fw.id == fw.id)
            .map(|k| shelf.remove(k));
        shelf.push(current);
        let notice = self.notice.take();
        match back {
            Some(s) => {
                *self = State::new(s.fw.clone(), lang);
                self.load_work(s.work);
                self.pending = s.pending;
            }
            None => {
                *self = State::new(fw, lang);
                if let Some(w) = saved {
                    self.load_work(*w);
                }
            }
        }
        self.lang = lang;
        self.awaited_lang = awaited_lang;
        self.view = view;
        self.entry = entry;
        self.peer = peer;
        self.history = history;
        self.shelf = shelf;
        self.notice = match notice {
            Some(n) if *n == Notice::StorageUnavailable => Some(n),
            _ => self
                .pending
                .is_some()
                .then(|| Rc::new(Notice::Pending(PendingReason::LinkOpened))),
        };
        // The framework asked for is here now.
        self.loading = loading.filter(|id| *id != self.fw.id);
    }
}
