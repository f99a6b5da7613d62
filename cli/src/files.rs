//! Reading the files the tool is given: a work file of any kind the app exports or saves (JSON
//! document, CSV, XLSX workbook) into the framework it is for and the checked work, and a
//! framework file into a checked framework. The checks and messages are the app's own (the
//! core's decoders and `i18n`); only finding the bytes and the framework is done here.

use std::rc::Rc;

use spbe_calculator::csv_file;
use spbe_calculator::document::{
    DocError, Document, FileKind, Header, Work, carried_framework, file_kind, is_framework, text_of,
};
use spbe_calculator::engine::limits::{MAX_NESTING, json_nesting};
use spbe_calculator::engine::model::{Origin, RawModel};
use spbe_calculator::engine::{Framework, Lang, ModelError};
use spbe_calculator::i18n::{doc_error, model_error};
use spbe_workbook::read as workbook;

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// Why a file was not read, in the user's language.
#[derive(Debug)]
pub struct Refused(pub String);

/// The frameworks a work file can be for: the bundled ones and those given with `--framework`.
pub struct Frameworks {
    user: Vec<Rc<Framework>>,
    lang: Lang,
}

impl Frameworks {
    pub fn new(lang: Lang) -> Frameworks {
        Frameworks {
            user: Vec::new(),
            lang,
        }
    }

    /// Add a framework file given with `--framework` (checked as the app checks one opened
    /// from a file; a bundled id is refused, as in the app).
    pub fn add_file(&mut self, path: &str) -> Result<(), Refused> {
        let fw = read_framework(path, Origin::User, self.lang)?;
        if is_bundled(&fw.id) {
            return Err(Refused(doc_error(
                &DocError::ReservedFramework { id: fw.id.clone() },
                self.lang,
            )));
        }
        self.user.push(Rc::new(fw));
        Ok(())
    }

    /// The framework `id`: one given by the user, or a bundled one.
    pub fn get(&self, id: &str) -> Result<Rc<Framework>, Refused> {
        if let Some(fw) = self.user.iter().find(|f| f.id == id) {
            return Ok(fw.clone());
        }
        let Some((_, json)) = BUNDLED.iter().find(|(b, _)| *b == id) else {
            let known: Vec<&str> = BUNDLED.iter().map(|(b, _)| *b).collect();
            let id: String = id.chars().take(40).collect();
            return Err(Refused(match self.lang {
                Lang::Id => format!(
                    "kerangka penilaian \u{201c}{id}\u{201d} tidak dikenal (yang ada: {}); \
                     berikan berkasnya dengan --framework BERKAS.json",
                    known.join(", ")
                ),
                Lang::En => format!(
                    "the framework \u{201c}{id}\u{201d} is unknown (known: {}); give its file \
                     with --framework FILE.json",
                    known.join(", ")
                ),
            }));
        };
        let raw: RawModel =
            serde_json::from_str(json).map_err(|e| Refused(format!("{id}: {e}")))?;
        Framework::from_raw_as(raw, Origin::Bundled)
            .map(Rc::new)
            .map_err(|e| Refused(model_error(&e, self.lang)))
    }
}

/// Is `id` a bundled framework's?
pub fn is_bundled(id: &str) -> bool {
    BUNDLED.iter().any(|(b, _)| *b == id)
}

/// Every bundled framework, checked.
pub fn bundled(lang: Lang) -> Result<Vec<Rc<Framework>>, Refused> {
    let all = Frameworks::new(lang);
    BUNDLED.iter().map(|(id, _)| all.get(id)).collect()
}

fn read_bytes(path: &str, lang: Lang) -> Result<Vec<u8>, Refused> {
    std::fs::read(path).map_err(|e| {
        Refused(match lang {
            Lang::Id => format!("berkas tidak dapat dibaca: {e}"),
            Lang::En => format!("the file cannot be read: {e}"),
        })
    })
}

/// JSON text into `T`, with the app's nesting limit checked first.
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, DocError> {
    json_nesting(text, MAX_NESTING).map_err(DocError::Limit)?;
    serde_json::from_str(text).map_err(|e| DocError::Syntax(e.to_string()))
}

/// A framework file, checked as the app checks one (the app's messages).
pub fn read_framework(path: &str, origin: Origin, lang: Lang) -> Result<Framework, Refused> {
    let bytes = read_bytes(path, lang)?;
    let text = text_of(&bytes).map_err(|e| Refused(doc_error(&e, lang)))?;
    let raw: RawModel = match parse(text) {
        Ok(raw) => raw,
        Err(DocError::Syntax(m)) => return Err(Refused(model_error(&ModelError::Syntax(m), lang))),
        Err(e) => return Err(Refused(doc_error(&e, lang))),
    };
    Framework::from_raw_as(raw, origin).map_err(|e| Refused(model_error(&e, lang)))
}

/// A work file (JSON, CSV or XLSX, told apart by their content as the app does): the
/// framework it is for and its checked work.
pub fn read_work(
    path: &str,
    frameworks: &Frameworks,
    lang: Lang,
) -> Result<(Rc<Framework>, Work), Refused> {
    let bytes = read_bytes(path, lang)?;
    let doc = |e: DocError| Refused(doc_error(&e, lang));
    let text = match file_kind(&bytes).map_err(doc)? {
        FileKind::Workbook => {
            let fw = frameworks.get(&workbook::model_of(&bytes).map_err(doc)?)?;
            let work = workbook::read(&bytes, &fw).map_err(doc)?;
            return Ok((fw, work));
        }
        FileKind::Csv(text) => {
            let fw = frameworks.get(&csv_file::model_of(text).unwrap_or_default())?;
            let work = csv_file::read(text, &fw).map_err(doc)?;
            return Ok((fw, work));
        }
        FileKind::Json(text) => text,
    };
    let value: serde_json::Value = parse(text).map_err(doc)?;
    if is_framework(|k| value.get(k).is_some()) {
        return Err(Refused(match lang {
            Lang::Id => "ini berkas kerangka penilaian, bukan berkas pekerjaan: periksa dengan \
                         `spbe check`, atau berikan dengan --framework"
                .into(),
            Lang::En => "this is a framework file, not a work file: check it with `spbe check`, \
                         or give it with --framework"
                .into(),
        }));
    }
    let document: Document = serde_json::from_value(value)
        .map_err(|e| doc(Header::fault(parse(text).ok(), e.to_string())))?;
    let fw = match carried_framework(&document, is_bundled).map_err(doc)? {
        Some(carried) => Rc::new(carried),
        None => frameworks.get(&document.model)?,
    };
    let work = document.into_work(&fw).map_err(doc)?;
    Ok((fw, work))
}
