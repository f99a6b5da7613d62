//! What is wrong with a file, saved data or a framework that could not be loaded, in both
//! languages.

use super::Lang;
use super::model_error;
use crate::document::DocError;
use crate::engine::ModelError;
use crate::evidence::ItemFault;
use crate::models::LoadError;
use crate::results::ResultsError;

/// What is wrong with a file or saved data, naming the field or row.
pub fn doc_error(e: &DocError, lang: Lang) -> String {
    use DocError::*;
    let id = lang == Lang::Id;
    match e {
        TooLarge { bytes, max } if id => {
            format!("berkas terlalu besar ({bytes} bait; batas {max}).")
        }
        TooLarge { bytes, max } => {
            format!("the file is too large ({bytes} bytes; the limit is {max}).")
        }
        Encoding if id => "berkas bukan teks UTF-8 (simpan ulang sebagai UTF-8).".into(),
        Encoding => "the file is not UTF-8 text (save it again as UTF-8).".into(),
        Syntax(m) if id => format!("isi berkas tidak dapat dibaca: {m}."),
        Syntax(m) => format!("the file's content cannot be read: {m}."),
        Limit(l) if id => format!("berkas ditolak: {}.", super::errors::limit(*l, lang)),
        Limit(l) => format!("the file is refused: {}.", super::errors::limit(*l, lang)),
        NotOurs { app } if id => {
            format!("berkas ini bukan dari kalkulator ini (app \u{201c}{app}\u{201d}).")
        }
        NotOurs { app } => {
            format!("this file is not from this calculator (app \u{201c}{app}\u{201d}).")
        }
        NewerSchema { found } if id => {
            format!("berkas dibuat versi yang lebih baru (skema {found}); perbarui halaman.")
        }
        NewerSchema { found } => {
            format!("the file comes from a newer version (schema {found}); reload the page.")
        }
        WrongModel { found, expected } if id => format!(
            "berkas untuk kerangka \u{201c}{found}\u{201d}, bukan \u{201c}{expected}\u{201d} yang sedang dipakai, dan kerangka itu tidak dikenal di perangkat ini."
        ),
        WrongModel { found, expected } => format!(
            "the file is for the framework \u{201c}{found}\u{201d}, not \u{201c}{expected}\u{201d} which is in use, and that framework is not known on this device."
        ),
        WrongLength {
            field,
            expected,
            got,
        } if id => format!("{field} berisi {got} nilai, seharusnya {expected}."),
        WrongLength {
            field,
            expected,
            got,
        } => format!(
            "{field} has {got} value{}; it needs {expected}.",
            if *got == 1 { "" } else { "s" }
        ),
        NotANumber {
            field,
            position,
            text,
        } if id => format!("{field}, nilai ke-{position} (\u{201c}{text}\u{201d}) bukan angka."),
        NotANumber {
            field,
            position,
            text,
        } => format!("{field}, value {position} (\u{201c}{text}\u{201d}) is not a number."),
        BadFramework(m) if id => format!(
            "kerangka penilaian di dalam berkas tidak sah: {}.",
            model_error(m, lang)
        ),
        BadFramework(m) => format!(
            "the framework inside the file is not valid: {}.",
            model_error(m, lang)
        ),
        ReservedFramework { id: fid } if id => format!(
            "kerangka di dalam berkas memakai id \u{201c}{fid}\u{201d} milik kerangka bawaan; kerangka bawaan tidak dapat diganti."
        ),
        ReservedFramework { id: fid } => format!(
            "the framework inside the file uses the id \u{201c}{fid}\u{201d} of a bundled framework; a bundled framework cannot be replaced."
        ),
        TooPrecise {
            field,
            position,
            text,
            decimals: 0,
        } if id => {
            format!("{field}, nilai ke-{position} (\u{201c}{text}\u{201d}) harus bilangan bulat.")
        }
        TooPrecise {
            field,
            position,
            text,
            decimals: 0,
        } => format!("{field}, value {position} (\u{201c}{text}\u{201d}) must be a whole number."),
        TooPrecise {
            field,
            position,
            text,
            decimals,
        } if id => format!(
            "{field}, nilai ke-{position} (\u{201c}{text}\u{201d}) memiliki lebih dari {decimals} desimal."
        ),
        TooPrecise {
            field,
            position,
            text,
            decimals,
        } => format!(
            "{field}, value {position} (\u{201c}{text}\u{201d}) has more than {decimals} decimals."
        ),
        OutOfRange {
            field,
            position,
            text,
            min,
            max,
        } if id => format!(
            "{field}, nilai ke-{position} (\u{201c}{text}\u{201d}) di luar rentang {min}\u{2013}{max}."
        ),
        OutOfRange {
            field,
            position,
            text,
            min,
            max,
        } => format!(
            "{field}, value {position} (\u{201c}{text}\u{201d}) is outside {min}\u{2013}{max}."
        ),
        BadValue { field, text } if id => {
            format!("{field}: nilai \u{201c}{text}\u{201d} tidak dikenal.")
        }
        BadValue { field, text } => {
            format!("{field}: the value \u{201c}{text}\u{201d} is not known.")
        }
        Item {
            indicator,
            position,
            fault,
        } => item_fault(*indicator, *position, fault, lang),
        TooMany { field, max, got } if id => format!("{field}: {got}, paling banyak {max}."),
        TooMany { field, max, got } => format!("{field}: {got}, at most {max}."),
        WrongColumns {
            line,
            expected,
            got,
        } if id => format!(
            "baris {line} berisi {got} kolom, seharusnya {expected} (kolom dipisah titik koma \u{201c};\u{201d})."
        ),
        WrongColumns {
            line,
            expected,
            got,
        } => format!(
            "line {line} has {got} columns; it needs {expected} (columns are separated by semicolons \u{201c};\u{201d})."
        ),
        EmptyFile if id => "berkas kosong.".into(),
        EmptyFile => "the file is empty.".into(),

        Empty { field } if id => format!("{field} kosong."),
        Empty { field } => format!("{field} is empty."),
        BadRow { line, expected } if id => format!("baris {line}: seharusnya {expected}."),
        BadRow { line, expected } => format!("line {line}: expected {expected}."),
        Cell {
            line,
            column,
            inner,
        } if id => format!(
            "baris {line}, kolom \u{201c}{column}\u{201d}: {}",
            doc_error(inner, lang)
        ),
        Cell {
            line,
            column,
            inner,
        } => format!(
            "line {line}, column \u{201c}{column}\u{201d}: {}",
            doc_error(inner, lang)
        ),
        InSheet { sheet, cell, inner } if cell.is_empty() => format!(
            "{} \u{201c}{sheet}\u{201d}: {}",
            if id { "lembar" } else { "sheet" },
            doc_error(inner, lang)
        ),
        InSheet { sheet, cell, inner } => format!(
            "{} \u{201c}{sheet}\u{201d}, {} {cell}: {}",
            if id { "lembar" } else { "sheet" },
            if id { "sel" } else { "cell" },
            doc_error(inner, lang)
        ),
        MissingSheet { names } if id => format!(
            "buku kerja tidak memiliki lembar \u{201c}{}\u{201d}; ekspor XLSX lagi dari kalkulator ini.",
            names.join("\u{201d} / \u{201c}")
        ),
        MissingSheet { names } => format!(
            "the workbook has no sheet \u{201c}{}\u{201d}; export the XLSX again from this calculator.",
            names.join("\u{201d} / \u{201c}")
        ),
        NotAWorkbook(why) if id => format!("bukan buku kerja XLSX yang dapat dibuka ({why})."),
        NotAWorkbook(why) => format!("not an XLSX workbook that can be opened ({why})."),
        Workbook(message) => message.clone(),
        Unavailable if id => "bagian kalkulator yang membaca dan menulis berkas ini belum dapat dimuat: periksa sambungan internet, lalu coba lagi.".into(),
        Unavailable => "the part of the calculator that reads and writes this file could not be loaded yet: check the internet connection, then try again.".into(),
    }
}

/// Why the published results are not there, in the user's language.
pub fn results_error(e: &ResultsError, lang: Lang) -> String {
    let id = lang == Lang::Id;
    match e {
        ResultsError::Fetch(None) if id => "data hasil evaluasi yang dipublikasikan belum pernah diunduh di perangkat ini dan jaringan tidak tersedia; coba lagi saat daring".into(),
        ResultsError::Fetch(None) => "the published evaluation results have not been downloaded on this device yet and the network is not available; try again when online".into(),
        ResultsError::Fetch(Some(status)) if id => format!("data hasil evaluasi tidak dapat diunduh (HTTP {status})"),
        ResultsError::Fetch(Some(status)) => format!("the published evaluation results could not be downloaded (HTTP {status})"),
        ResultsError::Invalid(why) if id => format!("berkas hasil evaluasi tidak dapat dibaca ({why})"),
        ResultsError::Invalid(why) => format!("the file of published results cannot be read ({why})"),
    }
}

/// Why a framework could not be loaded, naming it.
pub fn load_error(e: &LoadError, lang: Lang) -> String {
    load_error_with(e, lang, Some(model_error))
}

/// What the model's own error says, in a language.
pub type ModelErrorText = fn(&ModelError, Lang) -> String;

/// [`load_error`], with what a broken file's error says given by `detail`, or left out (the
/// first screen's failure page says that much until the chunk with those texts is there).
pub fn load_error_with(e: &LoadError, lang: Lang, detail: Option<ModelErrorText>) -> String {
    let detail = match (e, detail) {
        (LoadError::Invalid { error, .. }, Some(text)) => format!(": {}", text(error, lang)),
        _ => String::new(),
    };
    if let Some(en) = super::english_in(lang) {
        return (en.load_error)(e, &detail);
    }
    match e {
        LoadError::Unknown { id: m } => format!(
            "kerangka \u{201c}{m}\u{201d} tidak dikenal (bukan kerangka bawaan, dan belum pernah dibuka di perangkat ini)."
        ),
        LoadError::Fetch {
            id: m,
            status: Some(s),
        } => format!("berkas kerangka \u{201c}{m}\u{201d} tidak dapat diambil (HTTP {s})."),
        LoadError::Fetch {
            id: m,
            status: None,
        } => format!(
            "berkas kerangka \u{201c}{m}\u{201d} tidak dapat diambil (jaringan terputus, dan belum tersimpan untuk luring)."
        ),
        LoadError::Invalid { id: m, .. } => {
            format!("berkas kerangka \u{201c}{m}\u{201d} rusak{detail}.")
        }
        LoadError::Reserved { id: m } => format!(
            "kerangka ini memakai id \u{201c}{m}\u{201d} milik kerangka bawaan; kerangka bawaan tidak dapat diganti."
        ),
    }
}

/// An indicator's evidence items that cannot be used, in a language.
fn item_fault(indicator: u32, position: usize, fault: &ItemFault, lang: Lang) -> String {
    use crate::engine::items::{MAX_CODE, MAX_ITEM_TEXT};
    use crate::evidence::{MAX_ITEM_NOTE, MAX_ITEMS, MAX_LOCATION, MAX_NARRATIVE, MAX_UNIT};
    let id = lang == Lang::Id;
    let what = match (fault, id) {
        (ItemFault::Level, true) => "levelnya bukan level yang memiliki butir".to_string(),
        (ItemFault::Level, false) => "its level is not a level with items".to_string(),
        (ItemFault::Code, true) => {
            format!("kodenya kosong, lebih dari {MAX_CODE} karakter, atau dipakai dua kali")
        }
        (ItemFault::Code, false) => {
            format!("its code is empty, longer than {MAX_CODE} characters or used twice")
        }
        (ItemFault::Text, true) => format!(
            "teksnya kosong, lebih dari {MAX_ITEM_TEXT} karakter, atau kodenya tidak ada di katalog"
        ),
        (ItemFault::Text, false) => format!(
            "its text is empty, longer than {MAX_ITEM_TEXT} characters, or its code is not in the catalogue"
        ),
        (ItemFault::Note, true) => format!("catatannya lebih dari {MAX_ITEM_NOTE} karakter"),
        (ItemFault::Note, false) => format!("its note is longer than {MAX_ITEM_NOTE} characters"),
        (ItemFault::Unit, true) => format!("nama unitnya lebih dari {MAX_UNIT} karakter"),
        (ItemFault::Unit, false) => format!("its unit's name is longer than {MAX_UNIT} characters"),
        (ItemFault::Date, true) => "tenggatnya bukan tanggal TTTT-BB-HH".to_string(),
        (ItemFault::Date, false) => "its due date is not a date written YYYY-MM-DD".to_string(),
        (ItemFault::Location, true) => {
            format!("lokasi dokumennya lebih dari {MAX_LOCATION} karakter")
        }
        (ItemFault::Location, false) => {
            format!("its document location is longer than {MAX_LOCATION} characters")
        }
        (ItemFault::Narrative, true) => {
            format!("penjelasannya lebih dari {MAX_NARRATIVE} karakter")
        }
        (ItemFault::Narrative, false) => {
            format!("its narrative is longer than {MAX_NARRATIVE} characters")
        }
        (ItemFault::TooMany, true) => format!("lebih dari {MAX_ITEMS} butir"),
        (ItemFault::TooMany, false) => format!("more than {MAX_ITEMS} items"),
        (ItemFault::EmptyLevel, true) => "ada level tanpa butir".to_string(),
        (ItemFault::EmptyLevel, false) => "a level has no items".to_string(),
    };
    match (position, id) {
        (0, true) => format!("Butir bukti indikator {indicator}: {what}."),
        (0, false) => format!("Evidence items of indicator {indicator}: {what}."),
        (k, true) => format!("Butir bukti ke-{k} indikator {indicator}: {what}."),
        (k, false) => format!("Evidence item {k} of indicator {indicator}: {what}."),
    }
}
