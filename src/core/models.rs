//! The frameworks shipped with the app. A small catalogue (`assets/models/catalog.json`,
//! compiled in) names each one with what the framework picker and `window.spbe.models` show
//! before its file is loaded; the model files themselves are separate same-origin assets,
//! fetched only when chosen (and cached by the service worker). A native test keeps the
//! catalogue in step with the files.

use serde::Deserialize;

use crate::engine::Text;
use crate::engine::model::{Num, Status, Years};

/// The catalogue, as JSON text (what the build compiles in as [`Catalog::bundled`]).
pub const CATALOG_JSON: &str = include_str!("../../assets/models/catalog.json");

/// Where the model files are served, relative to the page.
pub const MODELS_DIR: &str = "models/";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryScale {
    pub min: u32,
    pub max: u32,
    pub decimals: u8,
}

/// One bundled framework, as the catalogue describes it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    /// The model file's name under [`MODELS_DIR`].
    pub file: String,
    pub name: Text,
    pub version: String,
    pub legal_basis: String,
    pub years: Years,
    pub status: Status,
    /// How many values a set of levels has.
    pub indicators: usize,
    pub scale: EntryScale,
    /// The lower edge of each predicate band.
    pub bands: Vec<Num>,
    /// The framework a first visit opens (without a link or saved work).
    #[serde(default)]
    pub start: bool,
    /// The framework that replaces this one, when a crosswalk to it ships
    /// (`data/crosswalk-<id>-<successor>.json`).
    #[serde(default)]
    pub successor: Option<String>,
}

/// The packed file's name of a framework file (`pemdi-2026.json` → `pemdi-2026.bin`).
pub fn packed_file(file: &str) -> String {
    format!("{}.bin", file.strip_suffix(".json").unwrap_or(file))
}

/// Every bundled framework, in the order the picker shows them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog(pub Vec<Entry>);

/// An entry of the catalogue as `build.rs` writes it from `catalog.json`.
struct Compiled {
    id: &'static str,
    file: &'static str,
    name: [&'static str; 2],
    version: &'static str,
    legal_basis: &'static str,
    years: (u16, Option<u16>),
    status: Status,
    indicators: usize,
    scale: (u32, u32, u8),
    bands: &'static [f64],
    start: bool,
    successor: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

impl Catalog {
    /// The catalogue compiled in (`assets/models/catalog.json`, read by `build.rs`): no JSON
    /// is read at run time.
    pub fn bundled() -> Catalog {
        Catalog(
            ENTRIES
                .iter()
                .map(|c| Entry {
                    id: c.id.into(),
                    file: c.file.into(),
                    name: Text {
                        id: c.name[0].into(),
                        en: c.name[1].into(),
                    },
                    version: c.version.into(),
                    legal_basis: c.legal_basis.into(),
                    years: Years {
                        from: c.years.0,
                        to: c.years.1,
                    },
                    status: c.status,
                    indicators: c.indicators,
                    scale: EntryScale {
                        min: c.scale.0,
                        max: c.scale.1,
                        decimals: c.scale.2,
                    },
                    bands: c.bands.iter().map(|b| Num(*b)).collect(),
                    start: c.start,
                    successor: c.successor.map(Into::into),
                })
                .collect(),
        )
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.0.iter().find(|e| e.id == id)
    }

    pub fn is_bundled(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// The id of the framework a first visit opens.
    pub fn start(&self) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.start)
            .or_else(|| self.0.first())
            .map(|e| e.id.as_str())
    }

    /// The path of a bundled framework's file, relative to the page.
    pub fn path(&self, id: &str) -> Option<String> {
        self.get(id).map(|e| format!("{MODELS_DIR}{}", e.file))
    }

    /// The path of a bundled framework's packed file (`engine::packed`), which the app
    /// fetches: the JSON file's name with `.bin`.
    pub fn packed_path(&self, id: &str) -> Option<String> {
        self.get(id)
            .map(|e| format!("{MODELS_DIR}{}", packed_file(&e.file)))
    }
}

/// Why a framework could not be loaded. The work on screen stays as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No bundled framework, and none the user opened, has this id.
    Unknown { id: String },
    /// The file could not be fetched (its HTTP status, or none when the network failed).
    Fetch { id: String, status: Option<u16> },
    /// The file is not a valid model.
    Invalid {
        id: String,
        error: crate::engine::ModelError,
    },
    /// A framework file of the user's under the id of a bundled framework.
    Reserved { id: String },
}
