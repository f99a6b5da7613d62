//! A link's QR code, drawn when asked for: its encoder is in a chunk of its own ([`QR`]), which
//! a first visit does not fetch. The first request in a visit fetches it (a fallback of the
//! code's size holds its place meanwhile, so nothing below moves); after that every QR code is
//! drawn at once. Offline before the chunk was ever kept, the part says so and offers to try
//! again; the link beside it still works.

use yew::prelude::*;

use crate::app::parts::QR;
use crate::app::store::use_store;
use crate::i18n::{lazy_texts, screen_texts};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the code holds (a link).
    pub text: String,
    /// The class of its drawing (its size).
    pub class: &'static str,
    pub testid: &'static str,
    /// Drawn without a click (where the code is what the part is opened for).
    #[prop_or_default]
    pub at_once: bool,
}

#[component]
pub fn QrCode(props: &Props) -> Html {
    let lang = use_store().lang;
    let asked = use_state_eq(|| props.at_once || QR.get().is_some());
    let failed = use_state_eq(|| false);
    // Drawn again once the chunk is there (whether it is, is `QR`'s to say).
    let redraw = use_force_update();
    {
        let failed = failed.clone();
        use_effect_with((*asked, *failed), move |&(asked, failed_now)| {
            if asked && !failed_now && QR.get().is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    match QR.ensure().await {
                        Ok(_) => redraw.force_update(),
                        Err(_) => failed.set(true),
                    }
                });
            }
        });
    }
    let encoder = QR.get();
    let code = use_memo((props.text.clone(), encoder.is_some()), move |(text, _)| {
        encoder.and_then(|qr| qr(text))
    });
    let testid = props.testid;
    if !*asked {
        let asked = asked.clone();
        let onclick = Callback::from(move |_: MouseEvent| asked.set(true));
        return html! {
            <button type="button" class="qr-show" {onclick} data-testid={format!("{testid}-show")}>
                { screen_texts(lang).show_qr }
            </button>
        };
    }
    let lazy = lazy_texts(lang);
    if *failed {
        let failed = failed.clone();
        let retry = Callback::from(move |_: MouseEvent| failed.set(false));
        return html! {
            <p class={classes!(props.class, "qr-wait")} role="alert" data-testid={format!("{testid}-failed")}>
                { lazy.failed }{ " " }
                <button type="button" onclick={retry}>{ lazy.retry }</button>
            </p>
        };
    }
    match (encoder.is_some(), code.as_ref()) {
        (true, Some(q)) => html! {
            <svg class={props.class} viewBox={format!("0 0 {0} {0}", q.size)} role="img"
                aria-label={props.text.clone()} data-testid={testid} shape-rendering="crispEdges">
                <rect width={q.size.to_string()} height={q.size.to_string()} fill="#fff" />
                <path d={q.path.clone()} fill="#000" />
            </svg>
        },
        // Too long for any QR version: the link alone.
        (true, None) => html! {},
        (false, _) => html! {
            <div class={classes!(props.class, "qr-wait")} role="status" aria-busy="true"
                data-testid={format!("{testid}-loading")}>
                { lazy.loading }
            </div>
        },
    }
}
