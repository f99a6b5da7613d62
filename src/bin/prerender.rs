//! Build step: the first screen of a first visit, rendered by Yew's server rendering (`ssr`)
//! from the same components the browser runs, for `index.html`. A first visit then sees the
//! framework it opens (the catalogue's first-visit framework, at its floor, in Bahasa
//! Indonesia, on the entry screen) before the wasm has arrived; the app replaces it with its
//! own rendering once that is complete (`app::takeover`).
//!
//! It also writes every bundled framework in its packed form (`engine::packed`), which is what
//! the app fetches: the first screen carries no JSON reader.
//!
//! `prerender OUT.html MODELS_DIR` writes the HTML (the contents of `#prerendered`) to
//! `OUT.html` and `<name>.bin` beside each framework file into `MODELS_DIR`, and prints the
//! framework id the first screen was drawn for.

use std::rc::Rc;

use spbe_calculator::app::FwRef;
use spbe_calculator::app::components::app::{App, AppProps};
use spbe_calculator::engine::Lang;
use spbe_calculator::engine::model::{Framework, RawModel};
use spbe_calculator::engine::packed::pack;
use spbe_calculator::models::{CATALOG_JSON, Entry, MODELS_DIR, packed_file};
use spbe_calculator::state::State;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, models] = &args[..] else {
        fail("usage: prerender OUT.html MODELS_DIR")
    };
    let catalog: Vec<Entry> =
        serde_json::from_str(CATALOG_JSON).unwrap_or_else(|e| fail(&format!("the catalogue: {e}")));
    for e in &catalog {
        let path = format!("assets/{MODELS_DIR}{}", e.file);
        let raw = read_model(&path);
        // Packed as it is, after checking that it is a valid framework.
        Framework::from_raw(raw.clone()).unwrap_or_else(|err| fail(&format!("{path}: {err}")));
        let to = format!("{models}/{}", packed_file(&e.file));
        std::fs::write(&to, pack(&raw)).unwrap_or_else(|err| fail(&format!("{to}: {err}")));
    }
    let entry = catalog
        .iter()
        .find(|e| e.start)
        .or_else(|| catalog.first())
        .unwrap_or_else(|| fail("the catalogue is empty"));
    let path = format!("assets/{MODELS_DIR}{}", entry.file);
    let fw = Rc::new(
        Framework::from_raw(read_model(&path)).unwrap_or_else(|e| fail(&format!("{path}: {e}"))),
    );
    let props = AppProps {
        model: Ok(FwRef(fw.clone())),
        notice: None,
        start: Some(Rc::new(State::new(fw, Lang::Id))),
    };
    let html = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| fail(&format!("runtime: {e}")))
        .block_on(
            tokio::task::LocalSet::new().run_until(
                yew::LocalServerRenderer::<App>::with_props(props)
                    .hydratable(false)
                    .render(),
            ),
        );
    std::fs::write(out, html).unwrap_or_else(|e| fail(&format!("{out}: {e}")));
    println!("{}", entry.id);
}

fn read_model(path: &str) -> RawModel {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    serde_json::from_str(&text).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1)
}
