//! The calculator: owns the one reducer, shares it by context, keeps the URL fragment and the
//! page language in step, and lays out the screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::FwRef;
use crate::app::hooks::use_autosave::use_autosave;
use crate::app::hooks::use_first_paint::use_staged;
use crate::app::hooks::use_fragment_sync::{current_fragment, use_fragment_sync};
use crate::app::hooks::use_preferences::{remembered_entry, remembered_language, use_preferences};
use crate::app::hooks::use_print::{Print, Printout, use_print};
use crate::app::lazy::Deferred;
use crate::app::parts::{Piece, PieceProps, link_reader};
use crate::app::storage::{self, Saved};
use crate::app::store::{Shared, Store, SummaryView};
use crate::engine::{Lang, View, fragment};
use crate::evidence::share::link;
use crate::i18n::strings;
use crate::state::{Action, Notice, Opaque, PendingReason, ReadLink, State, same_rc};

use super::entry_view::entry_view;
use super::framework_bar::FrameworkBar;
use super::model_footer::model_footer;
use super::score_strip::score_strip;
use super::summary_panel::summary_panel;
use super::top_bar::top_bar;
use super::view_tabs::{tab_id, view_tabs};

#[derive(Properties)]
pub struct CalculatorProps {
    pub fw: FwRef,
    /// Said on the first screen.
    #[prop_or_default]
    pub notice: Option<Rc<Notice>>,
    /// The state to start from, instead of the link and saved work: the prerender draws the
    /// first screen of a first visit from it (at build time, without a browser).
    #[prop_or_default]
    pub start: Option<Rc<State>>,
}

/// The notice and the state by pointer (see `State`'s `PartialEq`).
impl PartialEq for CalculatorProps {
    fn eq(&self, other: &Self) -> bool {
        self.fw == other.fw
            && same_rc(&self.notice, &other.notice)
            && same_rc(&self.start, &other.start)
    }
}

/// The first state: the floor in the remembered language; then the autosaved work, or the
/// link's levels with the autosaved work offered beside them; then the start-up notice. With
/// it, whether that work is already kept as it is (no link: the floor or the saved work).
fn initial_state(fw: &FwRef, notice: Option<Rc<Notice>>) -> (State, bool) {
    let (s, kept) = from_link_and_storage(fw);
    match notice {
        Some(n) => (s.apply(Action::Notify(n)).unwrap_or(s), kept),
        None => (s, kept),
    }
}

fn from_link_and_storage(fw: &FwRef) -> (State, bool) {
    let mut start = State::new(fw.0.clone(), remembered_language().unwrap_or(Lang::Id));
    start.entry = remembered_entry().unwrap_or_default();
    let step = |s: State, a: Action| s.apply(a).unwrap_or(s);
    // A link of another framework (one that could not be loaded) is not read against this one.
    let fragment = Some(current_fragment())
        .filter(|f| fragment::model_of(f) == fw.0.id)
        .unwrap_or_default();
    // A unit's link (its file in the link): the work kept here as it is, and over it the
    // unit's restricted mode, which reads and checks the file in its chunk.
    if let Some(payload) = link::payload(&fragment) {
        let share = Action::OpenShare(Some(Opaque::new(link::Payload(payload.to_string()))));
        let (s, kept) = with_saved(fw, start, None);
        return (step(s, share), kept);
    }
    if fragment.is_empty() {
        return with_saved(fw, start, None);
    }
    // The link's reader, fetched by `app::start` with the framework. Without it (offline,
    // never kept here) the work kept here opens, and the notice says the link was not read.
    match link_reader() {
        Some(read) => with_saved(fw, start, Some((fragment, read))),
        None => {
            let (s, kept) = with_saved(fw, start, None);
            (
                step(s, Action::Notify(Notice::LinkUnavailable.into())),
                kept,
            )
        }
    }
}

/// The state of a link (without a unit's share; read by `read`) over the work kept here.
fn with_saved(fw: &FwRef, start: State, link: Option<(String, ReadLink)>) -> (State, bool) {
    let step = |s: State, a: Action| s.apply(a).unwrap_or(s);
    let Some((fragment, read)) = link else {
        // No link: the saved work, read by the keep chunk (fetched before the first screen
        // when there is any, `app::start`), or the floor.
        return match storage::saved_now(&fw.0) {
            Saved::Work(w) => (step(start, Action::LoadWork(w, None)), true),
            Saved::Nothing => (start, true),
            Saved::KeptAside(e) => (
                step(start, Action::Notify(Notice::SavedDataKept(e).into())),
                true,
            ),
        };
    };
    let open = |s: State| step(s, Action::OpenFragment(fragment.clone(), read));
    // Embedded in another site: the link alone makes the work; the user's own saved work
    // stays where it is, neither shown nor overwritten.
    if read(&fragment, &fw.0).is_ok_and(|u| u.embed) {
        return (open(start), true);
    }
    let state = match storage::saved_now(&fw.0) {
        Saved::Work(w) => {
            // The link on top of the saved work: the same levels (a reload, a bookmark) keep
            // everything; other levels open as the link says, with the saved work offered.
            let same = open(step(start.clone(), Action::LoadWork(w.clone(), None)));
            if let Some(notice) = same.notice.clone() {
                // A bad link: go on with the saved work, and say what was wrong.
                return (
                    step(
                        step(start, Action::LoadWork(w, None)),
                        Action::Notify(notice),
                    ),
                    true,
                );
            }
            let saved_levels = w.scenarios.get(w.active).map(|s| &s.levels);
            if saved_levels == Some(&same.levels) && w.baseline == same.baseline {
                return (same, false);
            }
            step(
                open(start),
                Action::OfferPending(w, PendingReason::LinkOpened),
            )
        }
        Saved::Nothing => open(start),
        Saved::KeptAside(e) => step(open(start), Action::Notify(Notice::SavedDataKept(e).into())),
    };
    (state, false)
}

#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let fw = props.fw.clone();
    let notice = props.notice.clone();
    let given = props.start.clone();
    let start = use_memo((), move |_| match given {
        Some(s) => ((*s).clone(), true),
        None => initial_state(&fw, notice),
    });
    let store: Store = use_reducer({
        let start = start.clone();
        move || start.0.clone()
    });
    use_fragment_sync(store.clone());
    crate::app::takeover::use_takeover();
    use_autosave(store.clone(), start.1);
    let embed = store.mode.embed.clone();
    let summary: SummaryView = {
        let snapshot = store.clone();
        use_memo(
            (
                FwRef(store.fw.clone()),
                store.levels.clone(),
                store.baseline.clone(),
                store.basis,
                store.lang,
                store.target.clone(),
            ),
            move |_| crate::view::summary(&snapshot),
        )
    };
    // Goal seek is computed by the parts that show a plan, in their own chunks.
    let print: Print = use_print();
    let staged = use_staged();
    // The entry layout, the language and the framework in use (opened again on the next visit
    // without a link) are remembered, the last two not when another site chose them.
    use_preferences(&store, embed.is_none());
    let body = if store.mode.present {
        html! { <Deferred piece={Piece::Presenter} /> }
    } else if store.mode.share.is_some() {
        // A unit's file: only its items, nothing else of the work.
        html! { <>{ top_bar(&store) }<Deferred piece={Piece::Share} /></> }
    } else if let Some(e) = embed {
        html! { <Deferred piece={Piece::Embedded} props={PieceProps::Embedded(e.show, e.read_only)} /> }
    } else {
        screen(&store, &summary, staged, print.on)
    };
    html! {
        <ContextProvider<Shared> context={Shared { store, summary, print }}>
            { body }
        </ContextProvider<Shared>>
    }
}

/// The calculator's screen: the bars, the tabs and the screen on view, the summary.
fn screen(store: &Store, summary: &SummaryView, staged: bool, printing: Option<Printout>) -> Html {
    let t = strings(store.lang);
    // The skip link moves the focus itself: following `#view-panel` would replace the
    // fragment that holds the work.
    let onskip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(panel) = gloo_utils::document()
            .get_element_by_id("view-panel")
            .and_then(|p| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(p).ok())
        {
            let _ = panel.focus();
        }
    });
    html! {
        <>
            <a class="skip-link" href="#view-panel" onclick={onskip}>{ t.skip_to_content }</a>
            { top_bar(store) }
            <FrameworkBar />
            if store.notice.is_some() { <Deferred piece={Piece::Notice} /> }
            { score_strip(store, summary) }
            <div class="layout">
                <main class="work-column">
                    { view_tabs(store) }
                    // Only the screen on view is built.
                    <section class="view-panel" id="view-panel" role="tabpanel" tabindex="-1"
                        aria-labelledby={tab_id(store.view)} data-testid={format!("view-{}", store.view.code())}>
                        { match store.view {
                            View::Isi => html! {
                                <>
                                    if store.mode.case.is_some() || store.mode.exercise.is_some() {
                                        <Deferred piece={Piece::Case} />
                                    }
                                    { entry_view(store) }
                                </>
                            },
                            View::Rencana => html! { <Deferred piece={Piece::Plan} /> },
                            View::Skenario => html! { <Deferred piece={Piece::Scenarios} /> },
                            View::PetaJalan => html! { <Deferred piece={Piece::Roadmap} /> },
                            View::Posisi => html! { <Deferred piece={Piece::Standing} /> },
                            View::Berkas => html! { <Deferred piece={Piece::Files} /> },
                        } }
                    </section>
                </main>
                <aside class="summary-column" aria-label={store.fw.index_name.get(store.lang).to_string()}>
                    // A task after the rest, at start (see `use_staged`).
                    if staged { { summary_panel(store, summary) } } else { <div class="summary" data-pending="" /> }
                </aside>
            </div>
            { model_footer(store) }
            // Built only while printing (see `use_print`).
            if let Some(what) = printing { <Deferred piece={what.piece()} /> }
        </>
    }
}
