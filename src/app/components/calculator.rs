//! The calculator: owns the one reducer, shares it by context, keeps the URL fragment and the
//! page language in step, and lays out the screen.

use yew::prelude::*;

use crate::app::FwRef;
use crate::app::hooks::use_document_language::{remembered_language, use_document_language};
use crate::app::hooks::use_fragment_sync::{current_fragment, use_fragment_sync};
use crate::app::store::Store;
use crate::engine::Lang;
use crate::i18n::strings;
use crate::state::{Action, State};

use super::indicator_list::IndicatorList;
use super::marginal_gains::MarginalGains;
use super::model_footer::ModelFooter;
use super::notice_banner::NoticeBanner;
use super::planner_panel::PlannerPanel;
use super::roadmap_panel::RoadmapPanel;
use super::scenario_comparison::ScenarioComparison;
use super::scenario_controls::ScenarioControls;
use super::scenario_list::ScenarioList;
use super::score_strip::ScoreStrip;
use super::summary_panel::SummaryPanel;
use super::top_bar::TopBar;

#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    pub fw: FwRef,
}

/// The first state: the floor in the remembered language, then whatever the link says.
fn initial_state(fw: &FwRef) -> State {
    let start = State::new(fw.0.clone(), remembered_language().unwrap_or(Lang::Id));
    let fragment = current_fragment();
    if fragment.is_empty() {
        return start;
    }
    start.apply(Action::OpenFragment(fragment)).unwrap_or(start)
}

#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let fw = props.fw.clone();
    let store: Store = use_reducer(move || initial_state(&fw));
    use_fragment_sync(store.clone());
    use_document_language(store.lang);
    let t = strings(store.lang);
    html! {
        <ContextProvider<Store> context={store.clone()}>
            <a class="skip-link" href="#indikator">{ t.skip_to_indicators }</a>
            <TopBar />
            <NoticeBanner />
            <ScoreStrip />
            <div class="layout">
                <aside class="summary-column" aria-label={t.index}>
                    <SummaryPanel />
                </aside>
                <main class="work-column">
                    <ScenarioControls />
                    <ScenarioList />
                    <PlannerPanel />
                    <MarginalGains />
                    <ScenarioComparison />
                    <RoadmapPanel />
                    <IndicatorList />
                </main>
            </div>
            <ModelFooter />
        </ContextProvider<Store>>
    }
}
