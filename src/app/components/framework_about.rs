//! Under "Tentang kerangka ini": what is uncertain about the framework in use, and opening a
//! framework file of one's own (validated like the bundled ones; it never takes a bundled id).
//! Built, and its code fetched, only when the section is opened.

use yew::prelude::*;

use crate::app::store::use_store;
use crate::app::{files, registry, switch};
use crate::state::{Action, Notice};
use crate::work::DocError;

#[component]
pub fn FrameworkAbout() -> Html {
    let store = use_store();
    let (t, lang) = (crate::i18n::piece_texts(store.lang), store.lang);
    let onopen = {
        let dispatch = store.dispatcher();
        Callback::from(move |e: Event| {
            let Some(file) = crate::app::files::picked(&e) else {
                return;
            };
            let dispatch = dispatch.clone();
            yew::platform::spawn_local(async move {
                let bundled = |id: &str| registry::catalog().is_bundled(id);
                match files::read_file(file, bundled, lang).await {
                    Ok(files::Picked::Framework(fw)) => match registry::add_user(*fw) {
                        Ok(fw) => switch::to(fw, &dispatch).await,
                        Err(e) => dispatch.dispatch(Action::Notify(Notice::ModelFailed(e).into())),
                    },
                    Ok(_) => dispatch.dispatch(Action::ImportFailed(DocError::Syntax(
                        "not a framework file (it needs \"format\" and \"groups\")".into(),
                    ))),
                    Err(e) => dispatch.dispatch(Action::ImportFailed(e)),
                }
            });
        })
    };
    html! {
        <>
            <p data-testid="framework-note">{ store.fw.note.get(lang) }</p>
            <label class="open-framework">
                <span>{ t.open_framework }</span>
                <input type="file" accept=".json,application/json" onchange={onopen}
                    data-testid="open-framework" />
            </label>
        </>
    }
}
