//! A framework file in a compact binary form: the same [`RawModel`], field by field, for the
//! bundled frameworks the app fetches (`models/<id>.bin`, written by the build from the JSON
//! files, which stay what people read, edit and open). Reading it takes a few hundred lines of
//! code instead of a JSON reader, so the first screen's module carries no JSON or serde code;
//! frameworks of the user's own stay JSON (read where files are read).
//!
//! Layout: `SPBEPK` and a version byte, then the fields in declaration order: whole numbers as
//! LEB128, text as its length and UTF-8 bytes, `Num` as the eight bytes of its `f64` (the very
//! number JSON gave), options as a 0/1 byte, lists as their length and items, enums as a byte.
//! Reading checks every length against the bytes left, nests groups at most [`MAX_DEPTH`]
//! deep and never panics: anything wrong is a [`ModelError::Syntax`].

use super::limits::MAX_NESTING;
use super::model::{Framework, Origin};
use super::model_error::ModelError;
use super::raw::RawModel;

mod read;
mod write;

use read::Reader;
use write::Writer;

const MAGIC: &[u8] = b"SPBEPK";
const VERSION: u8 = 2;
/// How deep groups may nest: as deep as a framework's JSON can nest them within
/// [`MAX_NESTING`] (each level is an object in an array), so that every file the JSON reader
/// accepts packs and unpacks unchanged and the validation judges it (a hierarchy has one or
/// two levels). The npm package's reader relies on that: it packs a user's JSON unvalidated.
pub const MAX_DEPTH: usize = MAX_NESTING / 2;

/// The packed bytes of a framework.
pub fn pack(raw: &RawModel) -> Vec<u8> {
    let mut w = Writer(MAGIC.to_vec());
    w.0.push(VERSION);
    w.model(raw);
    w.0
}

/// A framework from its packed bytes (not yet validated: see `Framework::from_raw`).
pub fn unpack(bytes: &[u8]) -> Result<RawModel, ModelError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len()).ok() != Some(MAGIC) || r.byte().ok() != Some(VERSION) {
        return Err(ModelError::Syntax(
            "not a packed framework file of this version".into(),
        ));
    }
    let raw = r.model().map_err(|at| {
        ModelError::Syntax(format!("the packed framework file is damaged at byte {at}"))
    })?;
    if r.at != bytes.len() {
        return Err(ModelError::Syntax(format!(
            "the packed framework file has {} bytes too many",
            bytes.len() - r.at
        )));
    }
    Ok(raw)
}

/// A framework of the given origin from its packed bytes, validated.
pub fn unpack_framework(bytes: &[u8], origin: Origin) -> Result<Framework, ModelError> {
    Framework::from_raw_as(unpack(bytes)?, origin)
}
