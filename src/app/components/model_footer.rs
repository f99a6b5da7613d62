//! What the numbers rest on: the model's name, legal basis, whether it is official or
//! reconstructed, our note on the criteria texts, and the privacy promise.

use yew::prelude::*;

use crate::app::store::use_store;
use crate::engine::model::Status;
use crate::i18n::strings;

#[component]
pub fn ModelFooter() -> Html {
    let store = use_store();
    let t = strings(store.lang);
    let fw = &store.fw;
    let status = match fw.status {
        Status::Official => t.official,
        Status::Reconstructed => t.reconstructed,
    };
    html! {
        <footer class="model-footer">
            <p>
                <strong>{ fw.name.get(store.lang) }</strong>
                { format!(" · {} · {} · ", fw.legal_basis, fw.version) }
                <span class={classes!("status", format!("{:?}", fw.status).to_lowercase())}
                    data-testid="model-status">{ status }</span>
            </p>
            <p>{ fw.note.get(store.lang) }</p>
            <p>{ t.privacy }</p>
        </footer>
    }
}
