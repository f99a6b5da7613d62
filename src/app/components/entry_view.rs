//! The entry screen: the baseline and presets, the choice between the compact table and the
//! detailed cards (remembered on this device), and the indicators.

use yew::prelude::*;

use crate::app::lazy::Deferred;
use crate::app::parts::Piece;
use crate::app::store::Store;
use crate::i18n::strings;
use crate::state::{Action, EntryMode};

use super::indicator_table::IndicatorTable;
use super::scenario_controls::ScenarioControls;

pub fn entry_view(store: &Store) -> Html {
    let t = strings(store.lang);
    let mode = |m: EntryMode, label: &'static str| {
        let pressed = store.entry == m;
        let store = store.clone();
        let onclick = Callback::from(move |_: MouseEvent| store.dispatch(Action::SetEntryMode(m)));
        html! {
            <button type="button" class="mode-button" aria-pressed={pressed.to_string()}
                {onclick} data-testid={format!("entry-{}", m.code())}>{ label }</button>
        }
    };
    html! {
        <>
            <ScenarioControls />
            <div class="entry-head">
                <h2 id="indicators-title">{ t.indicators_heading }</h2>
                <div class="entry-bar" role="group" aria-label={t.entry_label}>
                    <span class="entry-label" aria-hidden="true">{ t.entry_label }</span>
                    { mode(EntryMode::Table, t.entry_table) }
                    { mode(EntryMode::Cards, t.entry_cards) }
                </div>
                if store.entry == EntryMode::Table {
                    <p class="hint" id="keyboard-hint">{ t.keyboard_hint }</p>
                }
            </div>
            { match store.entry {
                EntryMode::Table => html! { <IndicatorTable /> },
                EntryMode::Cards => html! { <Deferred piece={Piece::Cards} /> },
            } }
        </>
    }
}
