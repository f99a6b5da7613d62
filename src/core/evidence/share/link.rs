//! A unit's file as a link, where it fits: `#model=<id>&unit=<payload>`, the payload being the
//! file's JSON in URL-safe base64 (no padding). So that more of them fit, the link leaves out
//! what the unit's calculator knows from the framework: the indicators' names and the item
//! texts of the framework's own catalogue ([`compact`]); [`restore`] puts them back, in the
//! language of the unit's screen. A link is at most [`MAX_LINK`] characters after the `#`:
//! longer, it is not offered, and the coordinator sends the file. Opening the link opens the
//! same restricted mode as the file, with the same checks; the unit sends the file back.

use crate::engine::{Framework, Lang};

use super::{ShareDoc, ShareError, indicator_of};

/// The fragment's key of a unit's share (with its `=`).
pub const KEY: &str = crate::engine::fragment::FILE_KEY;

/// The longest unit link, in characters after the `#` (about 8 KiB: chat and mail programs
/// carry it whole; a longer one is sent as a file).
pub const MAX_LINK: usize = 8192;

/// A unit link's payload as found in the fragment, still encoded (read in the share chunk).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payload(pub String);

/// The payload of a unit link, when the fragment is one.
pub fn payload(fragment: &str) -> Option<&str> {
    fragment.split('&').find_map(|p| p.strip_prefix(KEY))
}

/// The fragment of a link for the file `json` of framework `model`; `Err` with the length it
/// would have when that is over [`MAX_LINK`].
pub fn fragment(model: &str, json: &str) -> Result<String, usize> {
    let link = format!("model={model}&{KEY}{}", encode(json.as_bytes()));
    if link.len() > MAX_LINK {
        return Err(link.len());
    }
    Ok(link)
}

/// The file's JSON text of a link's payload. A payload too long, not base64 or not UTF-8 is
/// not a unit's file.
pub fn decode(payload: &str) -> Result<String, ShareError> {
    if payload.len() > MAX_LINK {
        return Err(ShareError::NotAShare);
    }
    let bytes = decode_bytes(payload).ok_or(ShareError::NotAShare)?;
    String::from_utf8(bytes).map_err(|_| ShareError::NotAShare)
}

/// The file without what the framework gives back: indicator names, catalogue item texts
/// (in `lang`, the language they were written in).
pub fn compact(doc: &ShareDoc, fw: &Framework, lang: Lang) -> ShareDoc {
    let mut doc = doc.clone();
    for ind in &mut doc.indicators {
        let i = indicator_of(fw, ind.indicator);
        if i.is_some_and(|i| ind.name == name_of(fw, i, lang)) {
            ind.name.clear();
        }
        for it in &mut ind.items {
            if i.is_some_and(|i| catalogue_text(fw, i, &it.code, lang) == Some(it.text.as_str())) {
                it.text.clear();
            }
        }
    }
    doc
}

/// What [`compact`] left out, from the framework, in `lang` (after the file is checked).
pub fn restore(mut doc: ShareDoc, fw: &Framework, lang: Lang) -> ShareDoc {
    for ind in &mut doc.indicators {
        let Some(i) = indicator_of(fw, ind.indicator) else {
            continue;
        };
        if ind.name.is_empty() {
            ind.name = name_of(fw, i, lang);
        }
        for it in &mut ind.items {
            if it.text.is_empty() {
                it.text = catalogue_text(fw, i, &it.code, lang)
                    .unwrap_or_default()
                    .to_string();
            }
        }
    }
    doc
}

/// An indicator's name as a unit's file writes it.
pub(super) fn name_of(fw: &Framework, i: usize, lang: Lang) -> String {
    let ind = &fw.indicators[i];
    format!("{} {}", ind.label(), ind.name.get(lang))
}

/// The text the framework's catalogue gives item `code` of indicator `i`.
fn catalogue_text<'a>(fw: &'a Framework, i: usize, code: &str, lang: Lang) -> Option<&'a str> {
    fw.indicators[i]
        .items
        .iter()
        .flatten()
        .find(|c| c.code == code)
        .map(|c| c.text.get(lang))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe base64 without padding.
fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (k, b)| n | u32::from(*b) << (16 - 8 * k));
        for k in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * k) & 63) as usize]));
        }
    }
    out
}

/// The bytes of URL-safe base64 (padding, if any, ignored; the standard alphabet's `+` and
/// `/` accepted too); `None` on anything else.
fn decode_bytes(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let digit = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' | b'+' => Some(62),
        b'_' | b'/' => Some(63),
        _ => None,
    };
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (k, c) in chunk.iter().enumerate() {
            n |= u32::from(digit(*c)?) << (18 - 6 * k);
        }
        for k in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * k)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_length_and_refuses_what_is_not_base64() {
        let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for n in 0..40 {
            let enc = encode(&bytes[..n]);
            assert!(enc.bytes().all(|b| ALPHABET.contains(&b)));
            assert_eq!(decode_bytes(&enc).as_deref(), Some(&bytes[..n]), "{n}");
        }
        assert_eq!(encode(b"Man"), "TWFu");
        assert_eq!(encode(b"Ma"), "TWE");
        assert_eq!(decode_bytes("TWE=").as_deref(), Some(&b"Ma"[..]));
        assert_eq!(decode_bytes("TWFuT"), None);
        assert_eq!(decode_bytes("TW.u"), None);
        assert_eq!(decode("%7B"), Err(ShareError::NotAShare));
        // Not UTF-8.
        assert_eq!(decode(&encode(&[0xff, 0xfe])), Err(ShareError::NotAShare));
        assert_eq!(
            decode(&"A".repeat(MAX_LINK + 4)),
            Err(ShareError::NotAShare)
        );
    }

    #[test]
    fn the_payload_is_found_among_other_keys() {
        assert_eq!(payload("model=pemdi-2026&unit=eyJ9"), Some("eyJ9"));
        assert_eq!(payload("unit=abc&lang=en"), Some("abc"));
        assert_eq!(payload("model=pemdi-2026&units=abc"), None);
        assert_eq!(payload("model=pemdi-2026&levels=123"), None);
    }
}
