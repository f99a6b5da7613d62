//! What the numbers rest on: the framework's name, legal basis and version, whether it is
//! official, reconstructed or the user's own, the note on what is uncertain, and the privacy
//! promise.

use yew::prelude::*;

use crate::app::store::Store;
use crate::engine::model::{Origin, Status};
use crate::i18n::strings;

pub fn model_footer(store: &Store) -> Html {
    let t = strings(store.lang);
    let fw = &store.fw;
    let (status, class) = match (fw.origin, fw.status) {
        (Origin::User, _) => (t.user_supplied, "user"),
        (_, Status::Official) => (t.official, "official"),
        (_, Status::Reconstructed) => (t.reconstructed, "reconstructed"),
    };
    html! {
        <footer class="model-footer">
            <p>
                <strong>{ fw.name.get(store.lang) }</strong>
                { format!(" · {} · {} · ", fw.legal_basis, fw.version) }
                <span class={classes!("status", class)} data-testid="model-status">{ status }</span>
            </p>
            <p>{ fw.note.get(store.lang) }</p>
            <p>{ t.privacy }</p>
        </footer>
    }
}
