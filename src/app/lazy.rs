//! Parts of the shell that live in a wasm chunk of their own and are fetched when first needed.
//!
//! The release build splits the module at the split points in [`super::parts`]
//! (`#[wasm_split(…)]` of `wasm_split_helpers`; the build step is `wasm-split-cli`, see
//! `scripts/build.sh`): everything only such a function reaches — a screen's components, its
//! view models, the planner, the file readers, the QR code — goes into its chunk, what several
//! chunks share into chunks of their own, and the first screen's module keeps only what it
//! uses. The chunks share the main module's memory, table and state: there is still one
//! state and one reducer, read by context as before.
//!
//! [`Deferred`] shows a part at once when its chunk is there; otherwise a fallback that holds
//! the part's place (so the page does not move) while the chunk is fetched, then the part. A
//! chunk that cannot be fetched (offline before it was ever kept) says so, with a button to
//! try again; nothing else changes.

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use yew::prelude::*;

use crate::app::parts::{Piece, PieceProps};
use crate::app::store::use_store;
use crate::i18n::lazy_texts;

/// The second style sheet (`screens.css`): what only the parts in chunks draw (the first
/// screen's is `style.css`, which the page loads before it; see scripts/check-css.mjs). Added to
/// the page when the first chunk is loaded and waited for with it, so that no part is drawn
/// before its style; a sheet that cannot be fetched is not waited for (the part shows, plainer).
/// The fetch starts at the call, not when the future is first polled (hence no `async fn`).
#[allow(clippy::manual_async_fn)]
pub fn screens_style() -> impl Future<Output = ()> {
    #[cfg(target_arch = "wasm32")]
    let loaded = screens_sheet().ok();
    async move {
        #[cfg(target_arch = "wasm32")]
        if let Some(loaded) = loaded {
            let _ = wasm_bindgen_futures::JsFuture::from(loaded).await;
        }
    }
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// main.js: `<link rel="stylesheet" href="screens.css">` added once; resolves when the sheet
    /// is there or could not be fetched (an error where there is no main.js: component tests).
    #[wasm_bindgen(js_namespace = spbeExtras, js_name = screens, catch)]
    fn screens_sheet() -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// A chunk could not be fetched or started (offline, or the server is gone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadFailed;

impl From<wasm_split_helpers::SplitLoaderError> for LoadFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// How a part is drawn once its chunk is loaded.
pub type Render = fn(&PieceProps) -> Html;

/// A chunk being fetched and started.
pub type Loading<T> = Pin<Box<dyn Future<Output = Result<T, LoadFailed>>>>;

/// Something a chunk hands over once (a table of functions, or nothing but having run), kept
/// for the page's lifetime once it is loaded.
pub struct Lazily<T: 'static> {
    slot: OnceLock<T>,
    load: fn() -> Loading<T>,
}

impl<T: Copy + Send + Sync + 'static> Lazily<T> {
    pub const fn new(load: fn() -> Loading<T>) -> Self {
        Lazily {
            slot: OnceLock::new(),
            load,
        }
    }

    /// What the chunk handed over, when it is loaded.
    pub fn get(&self) -> Option<T> {
        self.slot.get().copied()
    }

    /// Load the chunk if needed (a failure is tried again on the next call).
    pub async fn ensure(&self) -> Result<T, LoadFailed> {
        if let Some(t) = self.get() {
            return Ok(t);
        }
        let t = (self.load)().await?;
        Ok(*self.slot.get_or_init(|| t))
    }
}

/// The room a fallback holds, so that the page does not move when the part arrives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Room {
    /// A whole screen below the tabs.
    Screen,
    /// A block inside a screen (the details of a row, a panel).
    Block,
    /// Nothing visible (a part that exists only while something happens, like printing).
    None,
}

impl Room {
    fn class(self) -> &'static str {
        match self {
            Room::Screen => "lazy-fallback screen",
            Room::Block => "lazy-fallback block",
            Room::None => "lazy-fallback none",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct DeferredProps {
    pub piece: Piece,
    /// What the part is given.
    #[prop_or(PieceProps::None)]
    pub props: PieceProps,
}

/// Shows a part: at once when its chunk is loaded, else a fallback while it loads.
#[component]
pub fn Deferred(props: &DeferredProps) -> Html {
    let piece = props.piece;
    // Each "try again" is a new attempt; a failure is shown until then.
    let attempt = use_state(|| 0u32);
    let failed = use_state(|| false);
    let lang = use_store().lang;
    let ready = piece.loaded();
    crate::app::takeover::use_takeover();
    {
        let failed = failed.clone();
        use_effect_with(
            (piece, ready.is_some(), *attempt),
            move |(piece, ready, _)| {
                let piece = *piece;
                if !*ready {
                    yew::platform::spawn_local(async move {
                        // Either way this renders again: with the part, or with the failure.
                        failed.set(piece.ensure().await.is_err());
                    });
                }
            },
        );
    }
    if let Some(render) = ready {
        return render(&props.props);
    }
    let t = lazy_texts(lang);
    let class = piece.room().class();
    if *failed {
        let retry = Callback::from(move |_: MouseEvent| {
            failed.set(false);
            attempt.set(*attempt + 1);
        });
        return html! {
            <div {class} role="alert" data-testid="lazy-failed">
                <p>{ t.failed }</p>
                <button type="button" onclick={retry} data-testid="lazy-retry">{ t.retry }</button>
            </div>
        };
    }
    if piece.room() == Room::None {
        return html! { <div {class} hidden=true data-pending="" data-testid="lazy-loading" /> };
    }
    html! {
        <div {class} role="status" aria-busy="true" data-pending="" data-testid="lazy-loading">
            <p>{ t.loading }</p>
        </div>
    }
}
