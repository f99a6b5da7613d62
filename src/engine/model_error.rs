//! What can be wrong with a model file: one typed error per fault, each naming the item (in
//! English here; both languages in `core::i18n`).

use std::fmt;

use super::items::{ItemProblem, MAX_CODE, MAX_ITEM_TEXT, MAX_ITEMS_PER_LEVEL};
use super::limits::{Limit, MAX_COMBINATIONS};
use super::model::FORMAT_VERSION;

/// What is wrong with a model file. Each variant names the offending item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// The file is not well-formed JSON or does not have the expected fields.
    Syntax(String),
    /// Nested deeper, or holding more, than the limits allow (checked before parsing).
    Limit(Limit),
    UnsupportedFormat(u32),
    EmptyId {
        within: String,
    },
    DuplicateId(String),
    NoChildren(String),
    ZeroWeight(String),
    /// `item`'s declared weight differs from the sum of its children's weights.
    WeightMismatch {
        item: String,
        declared: u32,
        children: u32,
    },
    BadScale,
    /// The level tops are not one per level, ascending, within the scale, ending at the top.
    BadTops,
    /// The hierarchy names one or two grouping levels (`got` is how many it names).
    BadHierarchy {
        got: usize,
    },
    /// A group at the lowest level must hold indicators, a group above it groups.
    WrongDepth {
        item: String,
        expected: &'static str,
    },
    LadderLength {
        ladder: String,
        expected: usize,
        got: usize,
    },
    UnknownLadder {
        indicator: String,
        ladder: String,
    },
    CriteriaLength {
        indicator: String,
        expected: usize,
        got: usize,
    },
    IndicatorNumber {
        indicator: String,
        expected: u32,
        got: u32,
    },
    /// A label that is empty, longer than 8 characters or used twice.
    BadLabel(String),
    /// An evidence item of `indicator` (by its code as written) that cannot be used.
    BadItem {
        indicator: String,
        code: String,
        problem: ItemProblem,
    },
    NoBands,
    /// A band's lower edge is not a number with at most two decimals.
    BandValue(String),
    /// The bands must start at the bottom of the scale.
    BandsDoNotCoverScale {
        first_from: u32,
        scale_min: u32,
    },
    BandsNotAscending(String),
    BandAboveScale(String),
    BadColor(String),
    PresetLength {
        preset: String,
        expected: usize,
        got: usize,
    },
    /// A preset value outside the scale or with too many decimals (as written).
    PresetValue {
        preset: String,
        position: usize,
        value: String,
    },
    /// A conversion that is not a range of at least two points, ascending, within the scale.
    BadExternal(String),
    /// A variant with fewer than two options, or with an id the app already uses.
    BadVariant(String),
    /// A variant option changes the weight of an item that does not exist.
    UnknownItem {
        option: String,
        item: String,
    },
    TooManyVariants,
    Overflow,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ModelError::*;
        match self {
            Syntax(m) => write!(f, "the file is not a valid model: {m}"),
            Limit(l) => write!(f, "the file is refused: {l}"),
            UnsupportedFormat(v) => write!(
                f,
                "unsupported model format {v} (expected {FORMAT_VERSION})"
            ),
            EmptyId { within } => write!(f, "an item in {within} has an empty id"),
            DuplicateId(id) => write!(f, "the id \"{id}\" is used twice"),
            NoChildren(id) => write!(f, "\"{id}\" has no children"),
            ZeroWeight(id) => write!(f, "\"{id}\" has weight 0"),
            WeightMismatch {
                item,
                declared,
                children,
            } => write!(
                f,
                "\"{item}\" declares weight {declared} but its parts sum to {children}"
            ),
            BadScale => write!(
                f,
                "the level scale is invalid (need min < max <= 100, decimals <= 4)"
            ),
            BadTops => write!(
                f,
                "the level tops must give one value per level, ascending, within the scale, the last at its top"
            ),
            BadHierarchy { got } => write!(
                f,
                "the hierarchy names {got} grouping levels; one or two are allowed"
            ),
            WrongDepth { item, expected } => write!(f, "\"{item}\" must hold {expected}"),
            LadderLength {
                ladder,
                expected,
                got,
            } => write!(
                f,
                "ladder \"{ladder}\" names {got} levels, the scale has {expected}"
            ),
            UnknownLadder { indicator, ladder } => write!(
                f,
                "indicator \"{indicator}\" uses the unknown ladder \"{ladder}\""
            ),
            CriteriaLength {
                indicator,
                expected,
                got,
            } => write!(
                f,
                "indicator \"{indicator}\" has {got} level criteria, the scale has {expected} levels"
            ),
            IndicatorNumber {
                indicator,
                expected,
                got,
            } => write!(
                f,
                "indicator \"{indicator}\" is numbered {got}, expected {expected}"
            ),
            BadLabel(id) => write!(
                f,
                "indicator \"{id}\" has a label that is empty, too long or used twice"
            ),
            BadItem {
                indicator,
                code,
                problem,
            } => {
                write!(f, "evidence item \"{code}\" of indicator \"{indicator}\" ")?;
                match problem {
                    ItemProblem::Level { level, first, last } => write!(
                        f,
                        "is on level {level}; items belong to levels {first} to {last}"
                    ),
                    ItemProblem::Code => write!(f, "needs a code of 1 to {MAX_CODE} characters"),
                    ItemProblem::DuplicateCode => write!(f, "uses a code used before"),
                    ItemProblem::Text => write!(
                        f,
                        "needs a text of 1 to {MAX_ITEM_TEXT} characters in both languages"
                    ),
                    ItemProblem::TooMany { level } => write!(
                        f,
                        "is one too many: level {level} lists at most {MAX_ITEMS_PER_LEVEL} items"
                    ),
                }
            }
            NoBands => write!(f, "the model has no predicate bands"),
            BandValue(id) => write!(
                f,
                "predicate band \"{id}\" does not start at a number with at most two decimals"
            ),
            BandsDoNotCoverScale {
                first_from,
                scale_min,
            } => write!(
                f,
                "the first predicate band starts at {first_from}/100, above the scale minimum {scale_min}"
            ),
            BandsNotAscending(id) => write!(
                f,
                "predicate band \"{id}\" does not start above the previous one"
            ),
            BandAboveScale(id) => write!(
                f,
                "predicate band \"{id}\" starts above the top of the scale"
            ),
            BadColor(id) => write!(
                f,
                "predicate band \"{id}\" has a colour that is not #rrggbb"
            ),
            PresetLength {
                preset,
                expected,
                got,
            } => write!(
                f,
                "preset \"{preset}\" has {got} levels, expected {expected}"
            ),
            PresetValue {
                preset,
                position,
                value,
            } => write!(
                f,
                "preset \"{preset}\" has the value {value} at position {position}, outside the scale or too precise"
            ),
            BadExternal(id) => write!(
                f,
                "the conversion of indicator \"{id}\" needs two or more points, sources ascending, values within the scale"
            ),
            BadVariant(id) => write!(
                f,
                "variant \"{id}\" needs two or more options and an id the app does not use"
            ),
            UnknownItem { option, item } => write!(
                f,
                "variant option \"{option}\" changes the weight of \"{item}\", which does not exist"
            ),
            TooManyVariants => write!(
                f,
                "the variants allow more than {MAX_COMBINATIONS} combinations"
            ),
            Overflow => write!(f, "the weights are too large to score exactly"),
        }
    }
}

impl std::error::Error for ModelError {}
