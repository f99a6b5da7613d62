//! Component tests in headless Chromium (wasm-bindgen-test): the real Yew components render
//! into the page and are driven through the DOM, as a user would.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use spbe_calculator::app::components::app::{App, AppProps};
use spbe_calculator::app::components::level_control::{Levels, level_control};
use spbe_calculator::app::{FwRef, js_api, load_model, registry};
use spbe_calculator::engine::{Framework, ModelError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

/// A bundled framework, read from its file (the test server does not serve `models/`) and
/// kept in the registry, as if it had been fetched.
fn framework(text: &str) -> Rc<Framework> {
    let fw = Rc::new(load_model(text).expect("the bundled model loads"));
    registry::insert(fw.clone());
    fw
}

fn spbe2020() -> Rc<Framework> {
    framework(include_str!("../assets/models/spbe-2020.json"))
}

fn pemdi2026() -> Rc<Framework> {
    framework(include_str!("../assets/models/pemdi-2026.json"))
}

/// A fresh container in the page.
fn container() -> Element {
    let doc = gloo_utils::document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Wait until `ready()` holds (renders and effects of a debug build can take a while), at
/// most three seconds; the assertions that follow report what is wrong if it never does.
async fn until(ready: impl Fn() -> bool) {
    for _ in 0..150 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
}

fn hash() -> String {
    gloo_utils::window().location().hash().unwrap_or_default()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn set_hash(hash: &str) {
    let history = gloo_utils::window().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("#{hash}")))
        .unwrap();
}

thread_local! {
    /// Async tests run interleaved; the apps share the URL, storage and `<html lang>`, so each
    /// test that mounts one holds this until it is done.
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Held while a test's app is mounted; released on drop.
struct Exclusive;

impl Exclusive {
    async fn take() -> Exclusive {
        while BUSY.with(|b| b.replace(true)) {
            yew::platform::time::sleep(Duration::from_millis(10)).await;
        }
        Exclusive
    }
}

impl Drop for Exclusive {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}

/// The whole app, mounted with `hash` as the URL fragment and no remembered language.
struct Mounted {
    root: Element,
    handle: yew::AppHandle<App>,
    _turn: Exclusive,
}

impl Mounted {
    /// Unmount (dropping the app's listeners) and remove the container.
    fn close(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

async fn mount_app(hash: &str) -> Mounted {
    mount_with(hash, spbe2020()).await
}

/// The whole app rendered into a fresh container, with `hash` as the URL fragment, nothing
/// remembered but the `stored` items; returned at once, before its first rendering.
async fn start_app(
    hash: &str,
    fw: Rc<Framework>,
    stored: &[(&str, &str)],
) -> (Exclusive, Element, yew::AppHandle<App>) {
    let turn = Exclusive::take().await;
    set_hash(hash);
    if let Ok(Some(storage)) = gloo_utils::window().local_storage() {
        // Each test starts without a remembered language or autosaved work.
        storage.clear().unwrap();
        for (key, value) in stored {
            storage.set_item(key, value).unwrap();
        }
    }
    let root = container();
    let handle = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            model: Ok(FwRef(fw)),
            notice: None,
            start: None,
        },
    )
    .render();
    (turn, root, handle)
}

async fn mount_with(hash: &str, fw: Rc<Framework>) -> Mounted {
    let (turn, root, handle) = start_app(hash, fw, &[]).await;
    settle().await;
    // The rows after the first screen's come in the next task.
    until(|| root.query_selector("[data-pending]").unwrap().is_none()).await;
    Mounted {
        root,
        handle,
        _turn: turn,
    }
}

#[wasm_bindgen_test]
async fn a_level_change_updates_index_predicate_aspect_and_the_url() {
    let app = mount_app("").await;
    let root = app.root.clone();
    assert_eq!(text(&root, "[data-testid=index-value]"), "1,00");
    assert_eq!(text(&root, "[data-testid=predicate]"), "Kurang");
    // Indicator 13 (2,50 %) from 1 to 5: +0,10 on the index, +1,00 on aspect A2 (10 %).
    click(&root, "[data-testid=indicator-13] input[value='5']");
    until(|| text(&root, "[data-testid=index-value]") == "1,10").await;
    assert_eq!(text(&root, "[data-testid=index-value]"), "1,10");
    assert!(text(&root, "[data-testid=aspect-A2] [data-testid=value]").contains("2,00"));
    assert!(text(&root, "[data-testid=domain-D2] [data-testid=value]").contains("1,40"));
    // The compact row opens its details: the chosen level's criteria.
    assert!(
        root.query_selector("[data-testid=details-13]")
            .unwrap()
            .is_none()
    );
    click(&root, "[data-testid=indicator-13] [data-testid=row-toggle]");
    until(|| {
        root.query_selector("[data-testid=details-13]")
            .unwrap()
            .is_some()
    })
    .await;
    assert!(text(&root, "[data-testid=details-13] [data-testid=level-now]").contains("Optimum"));
    assert!(text(&root, "[data-testid=changes]").contains("1 indikator"));
    until(|| hash().starts_with("#model=spbe-2020&levels=111111111111511111")).await;
    let hash = hash();
    assert!(
        hash.starts_with("#model=spbe-2020&levels=111111111111511111"),
        "{hash}"
    );
    assert!(hash.contains(&format!("base={}", "1".repeat(47))), "{hash}");
    // Back to the baseline.
    click(&root, "[data-testid=reset]");
    until(|| text(&root, "[data-testid=index-value]") == "1,00").await;
    assert_eq!(text(&root, "[data-testid=index-value]"), "1,00");
    app.close();
}

#[wasm_bindgen_test]
async fn a_link_opens_levels_and_a_bad_link_keeps_defaults_with_a_message() {
    let app = mount_app(&format!("levels={}&basis=rounded&lang=en", "3".repeat(47))).await;
    let root = app.root.clone();
    assert_eq!(text(&root, "[data-testid=index-value]"), "3.00");
    assert_eq!(text(&root, "[data-testid=predicate]"), "Good");
    let rounded: HtmlInputElement = root
        .query_selector("[data-testid=basis-rounded]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(rounded.checked());
    app.close();

    let app = mount_app("levels=12x").await;
    let root = app.root.clone();
    assert_eq!(text(&root, "[data-testid=index-value]"), "1,00");
    let notice = text(&root, "[data-testid=notice]");
    assert!(notice.contains("Tautan tidak dapat dibaca"), "{notice}");
    assert!(notice.contains("\u{201c}x\u{201d}"), "{notice}");
    app.close();
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_and_sets_the_page_language() {
    let app = mount_app("").await;
    let root = app.root.clone();
    assert!(text(&root, "h1").contains("Kalkulator"));
    click(&root, "[data-testid=lang-en]");
    until(|| text(&root, "h1").contains("Calculator")).await;
    assert!(text(&root, "h1").contains("Calculator"));
    assert_eq!(text(&root, "[data-testid=predicate]"), "Poor");
    let html = gloo_utils::document().document_element().unwrap();
    // The page language follows in an effect after the render.
    until(|| html.get_attribute("lang").as_deref() == Some("en")).await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    let stored = gloo_utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("spbe.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("en"));
    click(&root, "[data-testid=lang-id]");
    until(|| text(&root, "h1").contains("Kalkulator")).await;
    assert!(text(&root, "h1").contains("Kalkulator"));
    app.close();
}

/// A component around the level picker (a view function), as a row holds it.
#[derive(yew::Properties, PartialEq)]
struct PickerProps {
    onselect: Callback<u32>,
}

#[yew::component]
fn Picker(props: &PickerProps) -> yew::Html {
    let choices: Vec<_> = (1..=5)
        .map(|v| (v, v.to_string(), format!("L{v}")))
        .collect();
    level_control(Levels {
        group: "test-group".into(),
        value: 2,
        choices: &choices,
        legend: "Tingkat".into(),
        onselect: &props.onselect,
        compact: false,
        disabled: false,
    })
}

#[wasm_bindgen_test]
async fn the_level_control_reports_the_chosen_level() {
    let picked = Rc::new(RefCell::new(Vec::new()));
    let root = container();
    let sink = picked.clone();
    let _handle = yew::Renderer::<Picker>::with_root_and_props(
        root.clone(),
        PickerProps {
            onselect: Callback::from(move |v| sink.borrow_mut().push(v)),
        },
    )
    .render();
    settle().await;
    let inputs = root.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(inputs.length(), 5);
    let checked: HtmlInputElement = root
        .query_selector("input:checked")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(checked.value(), "2");
    click(&root, "input[value='4']");
    settle().await;
    assert_eq!(*picked.borrow(), vec![4]);
    root.remove();
}

#[wasm_bindgen_test]
fn the_js_api_scores_and_throws() {
    spbe2020();
    pemdi2026();
    js_api::install();
    let spbe = js_sys::Reflect::get(&js_sys::global(), &"spbe".into()).unwrap();
    let score: js_sys::Function = js_sys::Reflect::get(&spbe, &"score".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let levels: js_sys::Array = (0..47).map(|_| wasm_bindgen::JsValue::from(3)).collect();
    let r = score
        .call2(&wasm_bindgen::JsValue::NULL, &"spbe-2020".into(), &levels)
        .unwrap();
    let get = |k: &str| js_sys::Reflect::get(&r, &k.into()).unwrap();
    assert_eq!(get("index").as_f64(), Some(3.0));
    assert_eq!(get("predicate").as_string().as_deref(), Some("Baik"));
    let err = score
        .call2(&wasm_bindgen::JsValue::NULL, &"spbe-1999".into(), &levels)
        .unwrap_err();
    // The message in Indonesian (no `lang`), both languages in `messages`, a stable code.
    let text = |e: &wasm_bindgen::JsValue, path: &[&str]| {
        path.iter()
            .fold(e.clone(), |v, k| {
                js_sys::Reflect::get(&v, &(*k).into()).unwrap()
            })
            .as_string()
            .unwrap_or_default()
    };
    assert_eq!(text(&err, &["code"]), "unknownModel");
    let message = js_sys::Error::from(err.clone())
        .message()
        .as_string()
        .unwrap();
    assert!(message.contains("model tidak dikenal"), "{message}");
    assert_eq!(message, text(&err, &["messages", "id"]));
    let english = text(&err, &["messages", "en"]);
    assert!(english.contains("unknown model"), "{english}");
    // Pemdi with decimals and an option of its own; SPBE 2018 is known but not loaded here.
    let values: js_sys::Array = [
        2.0, 1.5, 1.26, 1.3, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.5, 1.25, 1.1667, 1.0, 1.0, 1.0, 2.5,
        1.0, 1.0, 1.3,
    ]
    .iter()
    .map(|v| wasm_bindgen::JsValue::from(*v))
    .collect();
    let r = score
        .call2(&wasm_bindgen::JsValue::NULL, &"pemdi-2026".into(), &values)
        .unwrap();
    let get = |k: &str| js_sys::Reflect::get(&r, &k.into()).unwrap();
    assert_eq!(get("index").as_f64(), Some(1.24));
    assert_eq!(get("exact").as_string().as_deref(), Some("1.241335"));
    assert_eq!(js_sys::Array::from(&get("domains")).length(), 0);
    let err = score
        .call2(&wasm_bindgen::JsValue::NULL, &"spbe-2018".into(), &levels)
        .unwrap_err();
    let message = js_sys::Error::from(err).message().as_string().unwrap();
    assert!(message.contains("spbe.load(\"spbe-2018\")"), "{message}");
    let models = js_sys::Array::from(&js_sys::Reflect::get(&spbe, &"models".into()).unwrap());
    assert_eq!(models.length(), 3);
}

/// Pick a framework in the picker, as a user does.
fn choose_framework(root: &Element, id: &str) {
    let select: web_sys::HtmlSelectElement = root
        .query_selector("[data-testid=framework-select]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value(id);
    fire_change(&select);
}

/// The `change` event a user's edit ends with.
fn fire_change(target: &web_sys::EventTarget) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

fn input(root: &Element, selector: &str) -> HtmlInputElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .dyn_into()
        .unwrap()
}

/// Type into an input and leave it (the `change` event), as a user does.
fn type_into(el: &HtmlInputElement, value: &str) {
    el.set_value(value);
    fire_change(el);
}

#[wasm_bindgen_test]
async fn pemdi_takes_a_decimal_comma_and_refuses_too_many_decimals() {
    let app = mount_with("", pemdi2026()).await;
    let root = app.root.clone();
    assert_eq!(text(&root, "[data-testid=index-value]"), "1,00");
    assert_eq!(
        root.query_selector_all("[data-testid^=indicator-]")
            .unwrap()
            .length(),
        20
    );
    // Aspects only: the screen never says "Domain".
    assert!(!text(&root, "main").contains("Domain"));
    let field = input(
        &root,
        "[data-testid=indicator-13] [data-testid=value-input]",
    );
    type_into(&field, "1,1667");
    // 5 % × 0,1667 = +0,0083 on the index: 1,01 shown, the exact value has every digit.
    until(|| text(&root, "[data-testid=exact-value]").contains("1,008335")).await;
    assert!(text(&root, "[data-testid=exact-value]").contains("1,008335"));
    assert_eq!(field.value(), "1,1667");
    type_into(&field, "1,16667");
    until(|| {
        text(
            &root,
            "[data-testid=indicator-13] [data-testid=value-problem]",
        )
        .contains("4 desimal")
    })
    .await;
    assert!(
        text(
            &root,
            "[data-testid=indicator-13] [data-testid=value-problem]"
        )
        .contains("nilai sebelumnya tetap")
    );
    assert!(text(&root, "[data-testid=exact-value]").contains("1,008335"));
    // The band edge rule is a switch beside the predicate basis.
    assert!(
        root.query_selector("[data-testid=variant-bandEdge-upper-inclusive]")
            .unwrap()
            .is_some()
    );
    until(|| hash().contains("model=pemdi-2026")).await;
    assert!(hash().contains("1.1667"), "{}", hash());
    app.close();
}

#[wasm_bindgen_test]
async fn switching_framework_keeps_each_frameworks_work() {
    pemdi2026();
    let app = mount_app("").await;
    let root = app.root.clone();
    click(&root, "[data-testid=indicator-13] input[value='5']");
    until(|| text(&root, "[data-testid=index-value]") == "1,10").await;
    choose_framework(&root, "pemdi-2026");
    until(|| {
        root.query_selector_all("[data-testid^=indicator-]")
            .unwrap()
            .length()
            == 20
    })
    .await;
    assert_eq!(text(&root, "[data-testid=index-name]"), "Indeks Pemdi");
    assert_eq!(text(&root, "[data-testid=index-value]"), "1,00");
    choose_framework(&root, "spbe-2020");
    until(|| {
        root.query_selector_all("[data-testid^=indicator-]")
            .unwrap()
            .length()
            == 47
    })
    .await;
    assert_eq!(text(&root, "[data-testid=index-value]"), "1,10");
    app.close();
}

#[wasm_bindgen_test]
fn a_broken_model_file_is_a_typed_error() {
    assert!(matches!(
        load_model("{ not json"),
        Err(ModelError::Syntax(_))
    ));
    assert!(matches!(
        load_model(r#"{"format": 9}"#),
        Err(ModelError::Syntax(_) | ModelError::UnsupportedFormat(9))
    ));
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn only_the_screen_on_view_is_built_and_each_is_one_click_away() {
    let app = mount_app("").await;
    let root = app.root.clone();
    // The entry screen: 47 rows, no planner, no roadmap, no files.
    assert_eq!(count(&root, "[data-testid=view-isi]"), 1);
    assert_eq!(count(&root, "tr[data-row]"), 47);
    for absent in ["planner", "roadmap", "files", "share", "comparison"] {
        assert_eq!(
            count(&root, &format!("[data-testid={absent}]")),
            0,
            "{absent}"
        );
    }
    // Each screen by its tab; the screen is in the link, the summary stays.
    for (tab, shows) in [
        ("rencana", "planner"),
        ("skenario", "comparison"),
        ("peta-jalan", "roadmap"),
        ("berkas", "files"),
    ] {
        click(&root, &format!("[data-testid=tab-{tab}]"));
        until(|| count(&root, &format!("[data-testid=view-{tab}]")) == 1).await;
        // The screen's part comes from its chunk (here: without splitting, in the next task).
        until(|| count(&root, &format!("[data-testid={shows}]")) == 1).await;
        assert_eq!(count(&root, &format!("[data-testid={shows}]")), 1, "{tab}");
        assert_eq!(count(&root, "tr[data-row]"), 0, "{tab}");
        assert_eq!(count(&root, "[data-testid=index-value]"), 1, "{tab}");
        let selected = root
            .query_selector(&format!("[data-testid=tab-{tab}]"))
            .unwrap()
            .unwrap();
        assert_eq!(
            selected.get_attribute("aria-selected").as_deref(),
            Some("true")
        );
        until(|| hash().contains(&format!("view={tab}"))).await;
        assert!(hash().contains(&format!("view={tab}")), "{}", hash());
    }
    click(&root, "[data-testid=tab-isi]");
    until(|| count(&root, "tr[data-row]") == 47).await;
    until(|| !hash().contains("view=")).await;
    assert!(!hash().contains("view="), "{}", hash());
    app.close();
}

#[wasm_bindgen_test]
async fn the_entry_mode_switches_and_is_remembered() {
    let app = mount_app("").await;
    let root = app.root.clone();
    assert_eq!(count(&root, ".entry-table"), 1);
    click(&root, "[data-testid=entry-cards]");
    let radios = || count(&root, "[data-testid^=indicator-] input[type=radio]");
    until(|| count(&root, ".entry-table") == 0 && radios() == 47 * 5).await;
    // The cards keep the stable ids around each indicator's level inputs.
    assert_eq!(
        count(&root, "[data-testid^=indicator-] input[type=radio]"),
        47 * 5
    );
    let stored = || {
        gloo_utils::window()
            .local_storage()
            .unwrap()
            .unwrap()
            .get_item("spbe.entry")
            .unwrap()
    };
    until(|| stored().as_deref() == Some("cards")).await;
    assert_eq!(stored().as_deref(), Some("cards"));
    click(&root, "[data-testid=indicator-13] input[value='4']");
    until(|| text(&root, "[data-testid=index-value]") == "1,08").await;
    click(&root, "[data-testid=entry-table]");
    until(|| count(&root, ".entry-table") == 1 && count(&root, "[data-pending]") == 0).await;
    let four: HtmlInputElement = root
        .query_selector("[data-testid=indicator-13] input[value='4']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(four.checked());
    app.close();
}

/// The long lists are built a few rows at a time; each step adds rows and keeps those built
/// before (the same elements), in the table and in the cards, with and without domains. A
/// step that rebuilt every earlier row made the start-up tasks grow with each step.
#[wasm_bindgen_test]
async fn each_step_of_rows_keeps_the_rows_built_before() {
    for (fw, cards, indicators) in [
        (pemdi2026(), false, 20),
        (spbe2020(), false, 47),
        (spbe2020(), true, 47),
    ] {
        let stored: &[(&str, &str)] = if cards {
            &[("spbe.entry", "cards")]
        } else {
            &[]
        };
        let (turn, root, handle) = start_app("", fw, stored).await;
        let first = || root.query_selector("[data-testid=indicator-1]").unwrap();
        until(|| first().is_some()).await;
        let early = first().expect("the first row is built in the first step");
        // Still steps to come: the test sees the first rows before the rest.
        assert!(root.query_selector("[data-pending]").unwrap().is_some());
        until(|| root.query_selector("[data-pending]").unwrap().is_none()).await;
        let last = root
            .query_selector(&format!("[data-testid=indicator-{indicators}]"))
            .unwrap();
        assert!(last.is_some(), "every row is built (cards: {cards})");
        assert!(
            early.is_connected() && first().is_some_and(|now| now.is_same_node(Some(&early))),
            "the first row's element is kept by the later steps (cards: {cards})"
        );
        handle.destroy();
        root.remove();
        drop(turn);
    }
}
