//! The calculator inside another site's page (`embed=1`): no header, tabs or footer; the parts
//! the link asks for (`show=summary|entry|planner`), summary first on a narrow frame; the
//! framework's name and status in one line, with a link that opens the full calculator with
//! the same values in a new tab.

use yew::prelude::*;

use crate::app::hooks::use_embed::use_embed;
use crate::app::store::{use_store, use_summary};
use crate::engine::fragment::Part;
use crate::engine::model::{Origin, Status};
use crate::i18n::strings;

use super::entry_view::entry_view;
use super::notice_banner::NoticeBanner;
use super::planner_panel::PlannerPanel;
use super::summary_panel::summary_panel;
use super::with_plan::WithPlan;

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub show: Part,
    pub read_only: bool,
}

#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let store = use_store();
    let summary = use_summary();
    // The messages with the host page: only an embedded calculator has them.
    use_embed(store.clone());
    let t = strings(store.lang);
    let pt = crate::i18n::piece_texts(store.lang);
    let fw = &store.fw;
    use_effect_with((), |_| {
        if let Some(root) = gloo_utils::document().document_element() {
            let _ = root.set_attribute("data-embedded", "");
        }
    });
    let status = match (fw.origin, fw.status) {
        (Origin::User, _) => t.user_supplied,
        (_, Status::Official) => t.official,
        (_, Status::Reconstructed) => t.reconstructed,
    };
    let work = match props.show {
        Part::Summary => html! {},
        Part::Entry => entry_view(&store),
        Part::Planner => html! { <WithPlan><PlannerPanel /></WithPlan> },
    };
    html! {
        <div class={classes!("embed", format!("embed-{}", props.show.code()))} data-testid="embed">
            <NoticeBanner />
            <div class="embed-layout">
                <aside class="embed-summary" aria-label={fw.index_name.get(store.lang).to_string()}>
                    { summary_panel(&store, &summary) }
                </aside>
                if props.show != Part::Summary {
                    <main class="embed-work">
                        if props.read_only {
                            <p class="hint" data-testid="read-only">{ pt.embed_read_only }</p>
                            <fieldset class="read-only" disabled=true>{ work }</fieldset>
                        } else {
                            { work }
                        }
                    </main>
                }
            </div>
            <footer class="embed-footer">
                <span>{ fw.name.get(store.lang) }{ " · " }{ status }</span>
                <a href={format!("./#{}", store.fragment())} target="_blank" rel="noopener"
                    data-testid="open-full">{ pt.embed_open_full }</a>
            </footer>
        </div>
    }
}
