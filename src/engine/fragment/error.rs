//! What is wrong with a link: a typed [`FragmentError`], the list it is in, shortened texts.

/// Which list of values a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelsField {
    Levels,
    Base,
}

impl LevelsField {
    pub fn key(self) -> &'static str {
        match self {
            LevelsField::Levels => "levels",
            LevelsField::Base => "base",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FragmentError {
    TooLong {
        len: usize,
    },
    /// A part without `=`, or a known key with an empty value.
    Malformed {
        part: String,
    },
    UnknownModel {
        id: String,
    },
    /// `position` is 1-based; `text` is what stood there (shortened).
    NotANumber {
        field: LevelsField,
        position: usize,
        text: String,
    },
    TooPrecise {
        field: LevelsField,
        position: usize,
        text: String,
    },
    WrongLength {
        field: LevelsField,
        expected: usize,
        got: usize,
    },
    /// `indicator` is the 1-based indicator number; `min`/`max` are whole levels.
    OutOfRange {
        field: LevelsField,
        indicator: usize,
        text: String,
        min: u32,
        max: u32,
    },
    BadBasis {
        value: String,
    },
    BadLang {
        value: String,
    },
    BadView {
        value: String,
    },
    /// A variant of the framework set to an option it does not have; also any other key
    /// with a fixed set of values (`show`, `embed`, `preset`, …).
    BadVariant {
        variant: String,
        value: String,
        options: Vec<String>,
    },
    /// An entry of `allow` that is not a web origin.
    BadOrigin {
        value: String,
    },
}

pub(super) fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(16).collect();
    if s.chars().count() > 16 {
        out.push('…');
    }
    out
}
