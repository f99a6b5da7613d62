//! Share the scenario on screen: the link (copied with one action) and, when asked for, its QR
//! code, large enough to scan from a projector.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::qr_code::QrCode;
use crate::app::storage;
use crate::app::store::use_store;

#[component]
pub fn SharePanel() -> Html {
    let store = use_store();
    let st = crate::i18n::screen_texts(store.lang);
    let copied = use_state(|| false);
    let link = format!("{}#{}", storage::page_base(), store.share_fragment());
    let input_ref = use_node_ref();
    let oncopy = {
        let (link, copied, input_ref) = (link.clone(), copied.clone(), input_ref.clone());
        Callback::from(move |_: MouseEvent| {
            let clipboard = gloo_utils::window().navigator().clipboard();
            let _ = clipboard.write_text(&link);
            // Also select the text, so that Ctrl+C works where the clipboard is refused.
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                input.select();
            }
            copied.set(true);
        })
    };
    {
        let copied = copied.clone();
        use_effect_with(link.clone(), move |_| copied.set(false));
    }
    html! {
        <section class="share" aria-labelledby="share-title" data-testid="share">
            <h2 id="share-title">{ st.qr_heading }</h2>
            <div class="share-link">
                <input ref={input_ref} type="text" readonly=true value={link.clone()} aria-label={st.copy_link}
                    data-testid="share-link" />
                <button type="button" onclick={oncopy} data-testid="copy-link">{ st.copy_link }</button>
                <span class="hint" aria-live="polite">{ if *copied { st.link_copied } else { "" } }</span>
            </div>
            <QrCode text={link} class="qr" testid="qr" />
        </section>
    }
}
