//! What the fuzz targets check, one function per decoder of outside input. Shared by the
#![allow(dead_code)] // each target uses one check
//! libFuzzer targets (`fuzz/fuzz_targets/`) and by `tests/fuzz_corpus.rs`, which replays the
//! committed corpora natively in `cargo test`. Each check asserts more than "no panic" where
//! it can: whatever decodes re-encodes to something that decodes to the same value.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;

use spbe_calculator::api::{self, ApiAny, ApiOptions, ApiValue, Known};
use spbe_calculator::csv_file;
use spbe_calculator::document::{Document, carried_framework, text_of};
use spbe_calculator::embed::{FromHost, FromHostRaw, read_host_message};
use spbe_calculator::engine::fragment::{self, LevelsField};
use spbe_calculator::engine::limits::{MAX_NESTING, json_nesting};
use spbe_calculator::engine::model::{Origin, RawModel};
use spbe_calculator::engine::{Framework, Lang};
use spbe_calculator::evidence::share::{self, ShareDoc, link};

/// The wasm build's stack (about 1 MB; Rust's default for wasm32). Every check runs on a
/// thread with this stack, so that recursion the browser cannot afford fails here too instead
/// of passing on the 8 MB of a native main thread.
pub const WASM_STACK: usize = 1 << 20;

/// Run `check` on a thread with the wasm build's stack; a panic in it is this thread's panic
/// (an overflow aborts the process, which libFuzzer reports as a crash).
pub fn on_wasm_stack<F: FnOnce() + Send>(check: F) {
    let outcome = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(WASM_STACK)
            .spawn_scoped(scope, check)
            .expect("a thread for the check")
            .join()
    });
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// JSON text read as the app reads it: the nesting checked first (`engine::limits`), then a
/// recursive decoder with no limit of its own (serde_json stops at 128 levels by itself; the
/// browser's path has no such stop, so neither does this one).
pub fn read_json<T: DeserializeOwned>(text: &str) -> Option<T> {
    json_nesting(text, MAX_NESTING).ok()?;
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    let value = T::deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(value)
}

/// The bundled frameworks, read once from `assets/models/`.
pub fn frameworks() -> &'static [Framework] {
    static FWS: OnceLock<Vec<Framework>> = OnceLock::new();
    FWS.get_or_init(|| {
        ["pemdi-2026", "spbe-2020", "spbe-2018"]
            .iter()
            .map(|id| {
                let path = format!("{}/../assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
                let path = if std::path::Path::new(&path).exists() {
                    path
                } else {
                    format!("{}/assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"))
                };
                let text = std::fs::read_to_string(path).expect("bundled model file");
                let raw: RawModel = serde_json::from_str(&text).expect("bundled model parses");
                Framework::from_raw(raw).expect("bundled model is valid")
            })
            .collect()
    })
}

/// A link: whatever parses re-encodes to a link that parses to the same values.
/// A host page's message to an embedded calculator (JSON, as `postMessage` would carry it
/// after structured cloning): a typed result, never a panic; levels it accepts are valid and
/// read back the same from their link form.
pub fn embed(data: &[u8]) {
    let Some(raw) = std::str::from_utf8(data)
        .ok()
        .and_then(read_json::<FromHostRaw>)
    else {
        return;
    };
    for fw in frameworks() {
        if let Ok(Some(FromHost::SetLevels(levels))) = read_host_message(&raw, fw) {
            assert!(fw.check_levels(&levels).is_ok());
            let text = fragment::format_levels(&levels, fw);
            assert_eq!(
                fragment::parse_levels(&text, LevelsField::Levels, fw).ok(),
                Some(levels)
            );
        }
    }
}

pub fn fragment(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = fragment::model_of(text);
    let _ = fragment::view_of(text);
    for fw in frameworks() {
        let Ok(url) = fragment::parse(text, fw) else {
            continue;
        };
        let (Some(levels), base) = (url.levels.clone().or(url.base.clone()), url.base.clone())
        else {
            continue;
        };
        let base = base.unwrap_or_else(|| levels.clone());
        let basis = url.basis.unwrap_or_default();
        let view = url.view.unwrap_or_default();
        let lang = url.lang.unwrap_or(Lang::Id);
        let again = fragment::format(&levels, &base, basis, view, lang, fw);
        let back = fragment::parse(&again, fw).expect("a link we write parses");
        assert_eq!(back.levels.as_ref(), Some(&levels), "{again}");
        assert_eq!(back.base.unwrap_or_else(|| levels.clone()), base);
        assert_eq!(back.basis.unwrap_or_default(), basis);
        assert_eq!(back.view.unwrap_or_default(), view);
    }
}

/// A work document (import and autosave): whatever is accepted writes back to a document
/// that reads to the identical work.
pub fn document(data: &[u8]) {
    let Ok(text) = text_of(data) else {
        return;
    };
    let Some(doc) = read_json::<Document>(text) else {
        return;
    };
    // A framework the document carries is validated as the app does (a bundled id refused).
    let bundled = |id: &str| frameworks().iter().any(|f| f.id == id);
    if let Ok(Some(own)) = carried_framework(&doc, bundled) {
        assert!(own.score(&own.floor_levels()).is_ok(), "its floor scores");
    }
    let Some(fw) = frameworks().iter().find(|f| f.id == doc.model) else {
        return;
    };
    let Ok(work) = doc.into_work(fw) else {
        return;
    };
    let fw = fw
        .with_choice(&work.choice)
        .expect("a checked choice applies");
    let again = serde_json::to_string(&Document::from_work(&work, &fw, None)).expect("writes");
    let back: Document = serde_json::from_str(&again).expect("a document we write parses");
    assert_eq!(back.into_work(&fw).expect("and reads"), work);
}

/// A CSV file, against every framework: whatever is accepted writes back to CSV that reads
/// to the identical work.
pub fn csv(data: &[u8]) {
    let Ok(text) = text_of(data) else {
        return;
    };
    // As the app does: the framework the file names (all of them when it names none).
    let named = csv_file::model_of(text);
    let fws = frameworks()
        .iter()
        .filter(|f| named.as_ref().is_none_or(|m| *m == f.id));
    for fw in fws {
        let Ok(work) = csv_file::read(text, fw) else {
            continue;
        };
        let fw = fw
            .with_choice(&work.choice)
            .expect("a checked choice applies");
        let again = csv_file::write(&work, &fw);
        assert_eq!(
            csv_file::read(&again, &fw).expect("a CSV we write reads"),
            work
        );
    }
}

/// A framework file a user could open: whatever validates scores its floor, and its file
/// written again validates to the same framework.
pub fn model(data: &[u8]) {
    packed(data);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(raw) = read_json::<RawModel>(text) else {
        return;
    };
    let Ok(fw) = Framework::from_raw_as(raw, Origin::User) else {
        return;
    };
    let floor = fw.score(&fw.floor_levels()).expect("the floor scores");
    assert!(floor.index.cents() <= 100 * u64::from(fw.scale.max));
    let again = serde_json::to_string(&*fw.raw).expect("writes");
    let raw: RawModel = serde_json::from_str(&again).expect("a framework file we write parses");
    let back = Framework::from_raw_as(raw, Origin::User).expect("and validates");
    assert_eq!(back.indicators, fw.indicators);
    assert_eq!(back.bands, fw.bands);
}

/// The packed form of a framework (`engine::packed`): any bytes give a framework or a
/// message; what reads back packs again to bytes that read back the same. Also every framework
/// file that reads packs and unpacks to itself.
fn packed(data: &[u8]) {
    use spbe_calculator::engine::packed::{pack, unpack};
    if let Ok(raw) = unpack(data) {
        // Compared as bytes: a number read from any bytes may be NaN, never equal to itself.
        let bytes = pack(&raw);
        let again = unpack(&bytes).expect("what we pack unpacks");
        assert_eq!(pack(&again), bytes);
    }
    if let Ok(raw) = std::str::from_utf8(data)
        .map_err(|_| ())
        .and_then(|t| read_json::<RawModel>(t).ok_or(()))
    {
        // NaN would not compare equal to itself; JSON has none.
        assert_eq!(unpack(&pack(&raw)).expect("packs and unpacks"), raw);
    }
}

/// Bytes read as a stream of small choices, for the API target.
struct Choices<'a>(&'a [u8]);

impl Choices<'_> {
    fn byte(&mut self) -> u8 {
        let (b, rest) = self.0.split_first().map_or((0, &[][..]), |(b, r)| (*b, r));
        self.0 = rest;
        b
    }
    fn text(&mut self) -> String {
        let n = usize::from(self.byte() % 24);
        let s: String = (0..n).map(|_| char::from(self.byte() % 96 + 32)).collect();
        s
    }
    /// A value as JavaScript could send it: mostly plausible numbers, sometimes not.
    fn value(&mut self) -> ApiValue {
        match self.byte() % 16 {
            0 => ApiValue::Other(
                ["string", "object", "undefined", "boolean"][usize::from(self.byte() % 4)].into(),
            ),
            1 => ApiValue::Number(
                ["NaN", "Infinity", "-1", "1e300", "0"][usize::from(self.byte() % 5)].into(),
            ),
            2 => ApiValue::Number(self.text()),
            3..=7 => ApiValue::Number(format!("{}.{}", self.byte() % 6, self.byte())),
            _ => ApiValue::Number((self.byte() % 6).to_string()),
        }
    }
    fn any(&mut self) -> ApiAny {
        match self.byte() % 6 {
            0 => ApiAny::Other("object".into()),
            1 => ApiAny::List((0..self.byte() % 50).map(|_| self.value()).collect()),
            2 | 3 => ApiAny::Text(
                [
                    "exact",
                    "rounded",
                    "id",
                    "en",
                    "Baik",
                    "Sangat Baik",
                    "flat",
                    "rising",
                    "upper-inclusive",
                    "lower-inclusive",
                    "half-up",
                    "truncate",
                    "four-indicators",
                ][usize::from(self.byte() % 13)]
                .into(),
            ),
            4 => ApiAny::Text(self.text()),
            _ => match self.value() {
                ApiValue::Number(n) => ApiAny::Number(n),
                ApiValue::Other(k) => ApiAny::Other(k),
            },
        }
    }
}

/// The JavaScript API's rules with values and options as they could arrive: typed errors or
/// results in range, never a panic.
pub fn api(data: &[u8]) {
    let mut c = Choices(data);
    let fws = frameworks();
    thread_local! {
        /// The frameworks as the API holds them (shared), made once per thread.
        static SHARED: Vec<std::rc::Rc<Framework>> =
            frameworks().iter().cloned().map(std::rc::Rc::new).collect();
    }
    let loaded = SHARED.with(Vec::clone);
    let ids: Vec<String> = fws.iter().map(|f| f.id.clone()).collect();
    let known = Known {
        loaded: &loaded,
        ids: &ids,
    };
    let model = match c.byte() % 5 {
        k @ 0..=2 => ids[usize::from(k)].clone(),
        _ => c.text(),
    };
    let n = match c.byte() % 4 {
        0 => usize::from(c.byte()),
        _ => fws
            .iter()
            .find(|f| f.id == model)
            .map_or(47, |f| f.indicators.len()),
    };
    let values: Vec<ApiValue> = (0..n).map(|_| c.value()).collect();
    const KEYS: [&str; 12] = [
        "predicateBasis",
        "lang",
        "bandEdge",
        "aspect7",
        "indexRounding",
        "target",
        "efforts",
        "curve",
        "locked",
        "maxLevels",
        "pace",
        "predicatebasis",
    ];
    let options: ApiOptions = (0..c.byte() % 5)
        .map(|_| (KEYS[usize::from(c.byte() % 12)].to_string(), c.any()))
        .collect();
    if let Ok(s) = api::score(&known, &model, &values, &options) {
        assert!(s.index_cents <= 500, "{}", s.index_cents);
        // Exact, or a repeating decimal cut with "…".
        let digits = s.exact.trim_end_matches('\u{2026}');
        assert!(digits.parse::<f64>().is_ok(), "{}", s.exact);
    }
    if let Ok(p) = api::plan(&known, &model, &values, &options) {
        assert!(p.index_cents <= 500 && p.best_reachable_cents <= 500);
        assert!(p.steps.iter().all(|s| s.from < s.to), "steps go up");
    }
    if let Ok(gains) = api::gains(&known, &model, &values, &options) {
        let mut seen = std::collections::BTreeSet::new();
        for g in &gains {
            assert!(g.from < g.to && g.effort >= 1, "{g:?}");
            assert!(seen.insert(g.indicator), "one line per indicator");
        }
    }
    // Values from evidence items: statuses by name (any case, either language) or any text.
    let levels: Vec<Vec<String>> = (0..c.byte() % 7)
        .map(|_| {
            (0..c.byte() % 6)
                .map(|_| match c.byte() % 11 {
                    k @ 0..=4 => api::ITEM_STATUSES[usize::from(k)].1.to_string(),
                    k @ 5..=9 => api::ITEM_STATUSES[usize::from(k - 5)].2.to_uppercase(),
                    _ => c.text(),
                })
                .collect()
        })
        .collect();
    if let Ok(v) = api::value_from_items(&known, &model, &levels) {
        let fw = fws.iter().find(|f| f.id == model).expect("a loaded model");
        assert!(fw.scale.contains(v.self_assessed) && fw.scale.contains(v.verified));
        assert!(
            v.verified <= v.self_assessed,
            "accepted items are uploaded ones too"
        );
    }
    let (indicator, source) = (c.value(), c.value());
    if let Ok(v) = api::convert_external(&known, &model, &indicator, &source) {
        let fw = fws.iter().find(|f| f.id == model).expect("a loaded model");
        assert!(fw.scale.contains(v.value), "{} outside the scale", v.value);
    }
}

/// A unit's file or link (the restricted mode; the coordinator's merge): read both as a link's
/// payload and as a file. Whatever passes the checks goes through a link and back to the same
/// file (names and catalogue texts restored alike), its review against a work without items
/// gives changes or a typed refusal, and every restricted edit keeps it passing.
pub fn share(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for text in [link::decode(text).ok(), Some(text.to_string())]
        .into_iter()
        .flatten()
    {
        let Some(doc) = read_json::<ShareDoc>(&text) else {
            continue;
        };
        for fw in frameworks() {
            if share::check(&doc, fw).is_err() {
                continue;
            }
            let json = serde_json::to_string(&link::compact(&doc, fw, Lang::Id)).expect("writes");
            if let Ok(fragment) = link::fragment(&fw.id, &json) {
                assert_eq!(fragment::model_of(&fragment), fw.id);
                let payload = link::payload(&fragment).expect("a unit link has its payload");
                let back: ShareDoc = serde_json::from_str(&link::decode(payload).expect("decodes"))
                    .expect("a link we write parses");
                share::check(&back, fw).expect("a link of a checked file checks");
                // Restored in the language it was made in: the file as given (what it left
                // empty filled in alike).
                assert_eq!(
                    link::restore(back, fw, Lang::Id),
                    link::restore(doc.clone(), fw, Lang::Id)
                );
            }
            let empty = vec![None; fw.indicators.len()];
            if let Ok(changes) =
                share::review(fw, &empty, &doc.institution, std::slice::from_ref(&doc))
            {
                let _ = share::apply(&empty, &changes, &share::defaults(&changes));
            }
            let edits = [
                share::ShareEdit::Narrative {
                    indicator: 0,
                    text: "x".repeat(data.len() % 9),
                },
                share::ShareEdit::Status {
                    indicator: 0,
                    item: 0,
                    status: spbe_calculator::evidence::ItemStatus::Accepted,
                },
                share::ShareEdit::Note {
                    indicator: 0,
                    item: 0,
                    text: "y".repeat(data.len()),
                },
            ];
            for edit in edits {
                if let Some(next) = share::edit(&doc, edit) {
                    share::check(&next, fw).expect("an edit keeps the file checked");
                }
            }
        }
    }
}
