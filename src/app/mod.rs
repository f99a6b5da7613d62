//! The thin Yew shell (wasm32 only). It loads the framework in use, renders
//! [`components::app::App`], installs `window.spbe` and, once the page is idle, loads SPBE 2020
//! for the JavaScript API. All behaviour
//! lives in the pure crate modules (`engine`, `state`, `view`, `api`); the components lay out
//! view models and send actions.

pub mod components;
pub mod crash;
pub mod files;
pub mod hooks;
pub mod js_api;
pub mod js_args;
pub mod js_plan;
pub mod js_published;
pub mod lazy;
pub mod parts;
pub mod published;
pub mod registry;
pub mod storage;
pub mod store;
pub mod switch;
pub mod takeover;
pub mod tasks;

use std::rc::Rc;

use crate::engine::fragment::{LINK_DEFAULT_MODEL, model_of};
use crate::engine::model::Origin;
use crate::engine::{Framework, ModelError};
use crate::state::Notice;

use crate::evidence::share::link::payload;
use components::app::{App, AppProps};
use hooks::use_fragment_sync::current_fragment;

/// Whether the link holds `key=value` (read without the framework): `embed=1` embeds the
/// calculator in another site, `lang=en` asks for English.
fn says(fragment: &str, pair: &str) -> bool {
    fragment.split('&').any(|p| p == pair)
}

/// An `Rc<Framework>` compared by pointer: props that carry the framework then compare in O(1).
#[derive(Clone, Debug)]
pub struct FwRef(pub Rc<Framework>);

impl PartialEq for FwRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Parse a bundled model file with the browser's `JSON.parse` and validate it.
pub fn load_model(text: &str) -> Result<Framework, ModelError> {
    registry::load_model_as(text, Origin::Bundled)
}

/// Start the app (in the place of the prerendered first screen, see [`takeover`]): the
/// framework of the link, else the one used last, else the catalogue's first-visit framework.
pub fn start() {
    crash::install();
    tasks::mark("start");
    wasm_bindgen_futures::spawn_local(async {
        // A task apart from the module's compilation and start.
        tasks::next_task().await;
        let catalog = registry::catalog();
        let fragment = current_fragment();
        let start = catalog.start().unwrap_or(LINK_DEFAULT_MODEL).to_string();
        let wanted = if fragment.is_empty() {
            storage::last_model().unwrap_or_else(|| start.clone())
        } else {
            model_of(&fragment)
        };
        // A link is read by its own chunk: fetched beside the framework file, and waited for
        // before the first screen (which shows the link's values, never the floor first).
        // A visit without a link does not fetch it now.
        let link = !fragment.is_empty() && payload(&fragment).is_none();
        if link {
            wasm_bindgen_futures::spawn_local(async {
                let _ = parts::LINK.ensure().await;
            });
        }
        // The English texts likewise, when the link or an earlier visit asks for English: the
        // first screen is then drawn in English at once (without them it stays in Indonesian
        // and says why, `Notice::TextsUnavailable`). A visit in Indonesian does not fetch them.
        let english = says(&fragment, "lang=en")
            || hooks::use_preferences::remembered_language() == Some(crate::engine::Lang::En);
        if english {
            wasm_bindgen_futures::spawn_local(async {
                let _ = parts::ENGLISH.ensure().await;
            });
        }
        let (model, notice) = match registry::load(&wanted).await {
            Ok(fw) => (Ok(FwRef(fw)), None),
            // The framework asked for is missing or broken: say so, and open the first-visit
            // framework instead.
            Err(e) => match registry::load(&start).await {
                Ok(fw) if wanted != start => (Ok(FwRef(fw)), Some(Notice::ModelFailed(e).into())),
                _ => (Err(e), None),
            },
        };
        tasks::mark("framework-loaded");
        // Saved work is read by the keep chunk: fetched now only when there is any (a first
        // visit has none), so that the first screen shows the work, never the floor first.
        // A broken framework file: what is wrong with it is said in the texts of validation,
        // which live in the same chunk (`Keep::model_error`; without it, only that it is broken).
        let keep = match &model {
            Ok(fw) => storage::has_saved(&fw.0.id) && !says(&fragment, "embed=1"),
            Err(e) => matches!(e, crate::models::LoadError::Invalid { .. }),
        };
        if keep {
            let _ = parts::KEEP.ensure().await;
        }
        if link {
            // (A failure is said on the first screen: `Notice::LinkUnavailable`.)
            let _ = parts::LINK.ensure().await;
        }
        if english {
            let _ = parts::ENGLISH.ensure().await;
        }
        // Reading the framework file and building the first screen are separate tasks.
        tasks::next_task().await;
        let props = AppProps {
            model,
            notice,
            start: None,
        };
        tasks::mark("render");
        // Rendered aside, then put in the place of the prerendered first screen (`takeover`).
        match takeover::root() {
            Some(root) => {
                yew::Renderer::<App>::with_root_and_props(root, props).render();
            }
            None => {
                yew::Renderer::<App>::with_props(props).render();
            }
        }
        // Once the first screen is idle: every chunk a visit may need next, so that the
        // calculator works offline after one visit (`parts::warm`). The JavaScript API (its own
        // chunk) and SPBE 2020 (for links without a framework and API users) only on a later
        // visit: a first visit gets `spbe.load`, which fetches them when asked — a visitor who
        // came to check one number does not pay for them. Nothing is fetched ahead when the
        // browser asks to save data, or while it is offline.
        tasks::mark("rendered");
        // Nothing else until the app is on the page (a user can act only then).
        takeover::taken_over().await;
        tasks::when_idle().await;
        tasks::mark("idle");
        let ahead = !tasks::save_data() && tasks::online();
        if ahead && tasks::later_visit() {
            let _ = parts::API.ensure().await;
            tasks::mark("api");
            let _ = registry::load(LINK_DEFAULT_MODEL).await;
            tasks::mark("spbe-2020");
        } else {
            js_api::install_stub();
        }
        if !ahead {
            tasks::mark_warm();
            return;
        }
        if !says(&fragment, "embed=1") {
            parts::warm().await;
        } else {
            tasks::mark_warm();
        }
    });
}
