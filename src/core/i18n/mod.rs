//! Every user-facing text of the app, in Bahasa Indonesia (first) and English. Texts of a
//! framework (indicator names, criteria, level and band names) live in its model file.

mod en;
mod english;
mod errors;
mod file_errors;
mod id;
mod items;
mod lazy;
mod pieces;
mod planning;
mod screens;
mod share;
mod standing;
mod units;
mod workshop;

use english::english_in;
pub use english::{ENGLISH_TEXTS, English, available, install_english};
pub use errors::{fragment_error, limit, model_error};
pub use file_errors::{ModelErrorText, doc_error, load_error, load_error_with, results_error};
pub use id::ID;
pub use items::{ItemTexts, catalogue_loaded, item_texts};
pub use lazy::{LazyTexts, lazy_texts};
pub use pieces::{PieceTexts, TEXTS_UNAVAILABLE_EN, piece_texts};
pub use planning::{PlanningTexts, percent, plan_too_large, planning_texts};
pub use screens::{ScreenTexts, screen_texts};
pub use share::{ShareTexts, field_name, share_error, share_texts};
pub use standing::{StandingTexts, kind_name, standing_texts};
pub use units::{UnitTexts, unit_texts};
pub use workshop::{WorkshopTexts, kind_label, workshop_texts};

use crate::engine::Lang;

/// The fixed texts of the interface. One instance per language; the compiler makes sure both
/// languages have every text.
pub struct Strings {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub language: &'static str,
    pub index: &'static str,
    pub predicate: &'static str,
    pub domain: &'static str,
    pub aspect: &'static str,
    pub indicator: &'static str,
    pub level: &'static str,
    pub weight: &'static str,
    pub baseline: &'static str,
    pub change: &'static str,
    pub value: &'static str,
    pub indicators_heading: &'static str,
    pub set_baseline: &'static str,
    pub set_baseline_hint: &'static str,
    pub reset_to_baseline: &'static str,
    pub start_from: &'static str,
    pub load: &'static str,
    pub scenario_heading: &'static str,
    pub no_changes: &'static str,
    pub basis_label: &'static str,
    pub basis_exact: &'static str,
    pub basis_rounded: &'static str,
    pub basis_explain_exact: &'static str,
    pub basis_explain_rounded: &'static str,
    pub top_band: &'static str,
    pub band_bar_label: &'static str,
    pub exact_value: &'static str,
    pub official: &'static str,
    pub reconstructed: &'static str,
    pub privacy: &'static str,
    pub model_failed: &'static str,
    pub skip_to_content: &'static str,
    pub baseline_was: &'static str,
    pub per_level: &'static str,
    pub target_label: &'static str,
    pub target_index: &'static str,
    pub target_value: &'static str,
    pub effort: &'static str,
    pub projected: &'static str,
    pub gain: &'static str,
    pub lock: &'static str,
    pub max_level: &'static str,
    pub unverified: &'static str,
    /// A row whose value follows its evidence items.
    pub follows_items: &'static str,
    pub uncertainty: &'static str,
    pub indicator_col: &'static str,
    pub rename: &'static str,
    pub year: &'static str,
    pub no_target: &'static str,
    pub status: &'static str,
    pub actions: &'static str,
    pub note: &'static str,
    pub institution: &'static str,
    pub print_brief: &'static str,
    pub date: &'static str,
    pub framework_label: &'static str,
    pub framework_about: &'static str,
    pub user_supplied: &'static str,
    pub loading_framework: &'static str,
    pub value_field: &'static str,
    pub value_hint: &'static str,
    pub quick_picks: &'static str,
    pub accepted: &'static str,
    pub aspects_radar: &'static str,
    pub variant_hint: &'static str,
    pub edge_explain: &'static str,
    pub views_label: &'static str,
    pub view_isi: &'static str,
    pub view_rencana: &'static str,
    pub view_skenario: &'static str,
    pub view_peta_jalan: &'static str,
    pub view_posisi: &'static str,
    pub view_berkas: &'static str,
    pub entry_label: &'static str,
    pub entry_table: &'static str,
    pub entry_cards: &'static str,
    pub details: &'static str,
    pub keyboard_hint: &'static str,
    pub target_met: &'static str,
    pub target_short: &'static str,
}

/// The interface's texts in `lang`. Indonesian is always here; English is too, except in the
/// release build (the `split` feature), where it comes in a chunk of its own
/// (`app::parts::ENGLISH`) so that the first screen's module does not carry it: there the state
/// never turns to English before the chunk has installed it ([`available`], `State::apply`),
/// and these are the Indonesian texts until then.
pub fn strings(lang: Lang) -> &'static Strings {
    english_in(lang).map_or(&ID, |en| &en.strings)
}

/// "+0,12 menuju Sangat Baik" / "+0.12 to Sangat Baik".
/// "lebih dari +0,26 menuju Baik" when the edge itself is not enough.
pub fn to_next_band(gap: &str, beyond: bool, band: &str, lang: Lang) -> String {
    match (english_in(lang), beyond) {
        (Some(en), _) => (en.to_next_band)(gap, beyond, band),
        (None, false) => format!("{gap} menuju {band}"),
        (None, true) => format!("lebih dari {gap} menuju {band}"),
    }
}

/// "20 langkah, upaya 20" / "20 steps, effort 20".
pub fn plan_size(steps: u32, effort: u64, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("{steps} langkah, upaya {effort}"),
        Lang::En if steps == 1 => format!("1 step, effort {effort}"),
        Lang::En => format!("{steps} steps, effort {effort}"),
    }
}

/// "Tingkat 3 dari 5" for screen readers.
pub fn level_of(level: &str, max: u32, lang: Lang) -> String {
    match english_in(lang) {
        Some(en) => (en.level_of)(level, max),
        None => format!("Tingkat {level} dari {max}"),
    }
}

/// "3 indikator berubah dari baseline".
pub fn changed_count(n: usize, lang: Lang) -> String {
    match english_in(lang) {
        Some(en) => (en.changed_count)(n),
        None => format!("{n} indikator berubah dari baseline."),
    }
}

/// "Dari baseline ke skenario, per domain" (the kind of the top groups).
pub fn waterfall_heading(kind: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!(
            "Dari baseline ke skenario, per {}",
            kind.to_ascii_lowercase()
        ),
        Lang::En => format!(
            "From baseline to scenario, by {}",
            kind.to_ascii_lowercase()
        ),
    }
}

/// "dipakai 2021–2025" / "berlaku sejak 2026".
pub fn years_in_use(from: u16, to: Option<u16>, lang: Lang) -> String {
    match (english_in(lang), to) {
        (Some(en), _) => (en.years_in_use)(from, to),
        (None, Some(to)) => format!("dipakai untuk evaluasi {from}\u{2013}{to}"),
        (None, None) => format!("berlaku sejak {from}"),
    }
}

/// "Berkas x.json untuk Indeks Pemdi 2026 dibuka; pekerjaan Indeks SPBE 2020 tetap tersimpan."
pub fn switched(file: Option<&str>, from: &str, to: &str, lang: Lang) -> String {
    match (lang, file) {
        (Lang::Id, Some(f)) => format!(
            "Berkas {f} untuk {to} dibuka, jadi kalkulator beralih dari {from}. Pekerjaan {from} tetap tersimpan."
        ),
        (Lang::Id, None) => format!(
            "Tautan ini untuk {to}, jadi kalkulator beralih dari {from}. Pekerjaan {from} tetap tersimpan."
        ),
        (Lang::En, Some(f)) => format!(
            "The file {f} is for {to}, so the calculator switched from {from}. The {from} work is kept."
        ),
        (Lang::En, None) => format!(
            "This link is for {to}, so the calculator switched from {from}. The {from} work is kept."
        ),
    }
}

/// "Indeks tepat 2,50: Baik (batas bawah termasuk); dengan aturan lain Cukup."
pub fn on_edge(value: &str, now: &str, other: Option<&str>, lang: Lang) -> String {
    match (english_in(lang), other) {
        (Some(en), _) => (en.on_edge)(value, now, other),
        (None, Some(o)) => format!(
            "Indeks tepat {value}, di batas predikat: dengan aturan batas yang dipilih predikatnya {now}; dengan aturan lain {o}."
        ),
        (None, None) => format!("Indeks tepat {value}, di batas bawah predikat {now}."),
    }
}

/// Why a typed value was not taken, in a few words.
pub fn value_problem(
    fault: crate::engine::decimal::ValueFault,
    min: u32,
    max: u32,
    decimals: u8,
    lang: Lang,
) -> String {
    use crate::engine::decimal::ValueFault::*;
    match (english_in(lang), fault) {
        (Some(en), _) => (en.value_problem)(fault, min, max, decimals),
        (None, NotANumber) => "Bukan angka; nilai sebelumnya tetap.".into(),
        (None, TooPrecise) => {
            format!("Paling banyak {decimals} desimal; nilai sebelumnya tetap.")
        }
        (None, OutOfRange) => {
            format!("Di luar rentang {min}\u{2013}{max}; nilai sebelumnya tetap.")
        }
    }
}

/// How sure the sources are of a conversion, for people.
pub fn confidence(c: crate::engine::model::Confidence, lang: Lang) -> &'static str {
    use crate::engine::model::Confidence::*;
    match (lang, c) {
        (Lang::Id, Medium) => "keyakinan sedang: cocok dengan contoh resmi",
        (Lang::Id, Low) => "keyakinan rendah: satu sumber sekunder",
        (Lang::Id, Assumption) => "asumsi kami",
        (Lang::En, Medium) => "medium confidence: matches official examples",
        (Lang::En, Low) => "low confidence: one secondary source",
        (Lang::En, Assumption) => "our assumption",
    }
}

/// The name of a screen, for the navigation.
pub fn view_name(view: crate::engine::View, lang: Lang) -> &'static str {
    use crate::engine::View::*;
    let t = strings(lang);
    match view {
        Isi => t.view_isi,
        Rencana => t.view_rencana,
        Skenario => t.view_skenario,
        PetaJalan => t.view_peta_jalan,
        Posisi => t.view_posisi,
        Berkas => t.view_berkas,
    }
}
