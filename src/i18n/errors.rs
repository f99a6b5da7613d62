//! Error messages in both languages, each naming what is wrong.

use super::Lang;
use crate::document::DocError;
use crate::engine::ModelError;
use crate::engine::fragment::{FragmentError, LevelsField};
use crate::models::LoadError;

fn field_name(field: LevelsField, lang: Lang) -> &'static str {
    match (field, lang) {
        (LevelsField::Levels, Lang::Id) => "tingkat (levels)",
        (LevelsField::Base, Lang::Id) => "baseline (base)",
        (LevelsField::Levels, Lang::En) => "levels",
        (LevelsField::Base, Lang::En) => "baseline (base)",
    }
}

/// What is wrong with a link, naming the part.
pub fn fragment_error(e: &FragmentError, lang: Lang) -> String {
    use FragmentError::*;
    match lang {
        Lang::Id => match e {
            TooLong { len } => format!("tautan terlalu panjang ({len} karakter)."),
            Malformed { part } => {
                format!("bagian \u{201c}{part}\u{201d} tidak berbentuk kunci=nilai.")
            }
            UnknownModel { id } => format!("model \u{201c}{id}\u{201d} tidak dikenal."),
            NotANumber {
                field,
                position,
                text,
            } => format!(
                "nilai ke-{position} pada {} (\u{201c}{text}\u{201d}) bukan angka.",
                field_name(*field, lang)
            ),
            TooPrecise {
                field,
                position,
                text,
            } => format!(
                "nilai ke-{position} pada {} (\u{201c}{text}\u{201d}) memiliki terlalu banyak desimal.",
                field_name(*field, lang)
            ),
            WrongLength {
                field,
                expected,
                got,
            } => format!(
                "{} berisi {got} nilai, seharusnya {expected} (satu per indikator).",
                field_name(*field, lang)
            ),
            OutOfRange {
                field,
                indicator,
                text,
                min,
                max,
            } => format!(
                "indikator {indicator} pada {} bernilai {text}, di luar rentang {min}\u{2013}{max}.",
                field_name(*field, lang)
            ),
            BadBasis { value } => {
                format!(
                    "dasar predikat \u{201c}{value}\u{201d} tidak dikenal (gunakan exact atau rounded)."
                )
            }
            BadLang { value } => {
                format!("bahasa \u{201c}{value}\u{201d} tidak dikenal (gunakan id atau en).")
            }
            BadVariant {
                variant,
                value,
                options,
            } => format!(
                "{variant} \u{201c}{value}\u{201d} tidak dikenal (gunakan {}).",
                options.join(" atau ")
            ),
        },
        Lang::En => match e {
            TooLong { len } => format!("the link is too long ({len} characters)."),
            Malformed { part } => {
                format!("the part \u{201c}{part}\u{201d} is not of the form key=value.")
            }
            UnknownModel { id } => format!("the model \u{201c}{id}\u{201d} is unknown."),
            NotANumber {
                field,
                position,
                text,
            } => format!(
                "value {position} of {} (\u{201c}{text}\u{201d}) is not a number.",
                field_name(*field, lang)
            ),
            TooPrecise {
                field,
                position,
                text,
            } => format!(
                "value {position} of {} (\u{201c}{text}\u{201d}) has too many decimals.",
                field_name(*field, lang)
            ),
            WrongLength {
                field,
                expected,
                got,
            } => format!(
                "{} has {got} values; it needs {expected} (one per indicator).",
                field_name(*field, lang)
            ),
            OutOfRange {
                field,
                indicator,
                text,
                min,
                max,
            } => format!(
                "indicator {indicator} in {} is {text}, outside the range {min}\u{2013}{max}.",
                field_name(*field, lang)
            ),
            BadBasis { value } => {
                format!("unknown predicate basis \u{201c}{value}\u{201d} (use exact or rounded).")
            }
            BadLang { value } => {
                format!("unknown language \u{201c}{value}\u{201d} (use id or en).")
            }
            BadVariant {
                variant,
                value,
                options,
            } => format!(
                "unknown {variant} \u{201c}{value}\u{201d} (use {}).",
                options.join(" or ")
            ),
        },
    }
}

/// What is wrong with a model file, naming the item.
pub fn model_error(e: &ModelError, lang: Lang) -> String {
    use ModelError::*;
    match lang {
        Lang::En => e.to_string(),
        Lang::Id => match e {
            Syntax(m) => format!("berkas bukan model yang sah: {m}"),
            UnsupportedFormat(v) => format!("format model {v} tidak didukung"),
            EmptyId { within } => format!("ada butir tanpa id di {within}"),
            DuplicateId(id) => format!("id \u{201c}{id}\u{201d} dipakai dua kali"),
            NoChildren(id) => format!("\u{201c}{id}\u{201d} tidak memiliki isi"),
            ZeroWeight(id) => format!("\u{201c}{id}\u{201d} berbobot 0"),
            WeightMismatch {
                item,
                declared,
                children,
            } => format!(
                "bobot \u{201c}{item}\u{201d} tertulis {declared}, tetapi jumlah bobot bagiannya {children}"
            ),
            BadScale => "skala tingkat tidak sah (perlu min < maks \u{2264} 100, desimal \u{2264} 4)".to_string(),
            BadTops => "puncak tingkat harus satu per tingkat, naik, di dalam skala, dan yang terakhir di puncak skala".to_string(),
            BadHierarchy { got } => {
                format!("hierarki menamai {got} tingkat pengelompokan; hanya satu atau dua yang boleh")
            }
            WrongDepth { item, expected } => format!(
                "\u{201c}{item}\u{201d} harus berisi {}",
                if *expected == "groups" { "kelompok" } else { "indikator" }
            ),
            BadLabel(id) => format!(
                "label indikator \u{201c}{id}\u{201d} kosong, terlalu panjang, atau dipakai dua kali"
            ),
            BandValue(id) => format!(
                "rentang predikat \u{201c}{id}\u{201d} tidak dimulai dengan angka berdesimal paling banyak dua"
            ),
            BadExternal(id) => format!(
                "konversi indikator \u{201c}{id}\u{201d} perlu dua titik atau lebih, sumber naik, nilai di dalam skala"
            ),
            BadVariant(id) => format!(
                "varian \u{201c}{id}\u{201d} perlu dua pilihan atau lebih dan id yang belum dipakai aplikasi"
            ),
            UnknownItem { option, item } => format!(
                "pilihan varian \u{201c}{option}\u{201d} mengubah bobot \u{201c}{item}\u{201d} yang tidak ada"
            ),
            TooManyVariants => "varian memberi terlalu banyak kombinasi (paling banyak 64)".to_string(),
            LadderLength {
                ladder,
                expected,
                got,
            } => {
                format!(
                    "jenjang \u{201c}{ladder}\u{201d} menamai {got} tingkat, skala memiliki {expected}"
                )
            }
            UnknownLadder { indicator, ladder } => {
                format!(
                    "indikator \u{201c}{indicator}\u{201d} memakai jenjang \u{201c}{ladder}\u{201d} yang tidak ada"
                )
            }
            CriteriaLength {
                indicator,
                expected,
                got,
            } => format!(
                "indikator \u{201c}{indicator}\u{201d} memiliki {got} kriteria, seharusnya {expected}"
            ),
            IndicatorNumber {
                indicator,
                expected,
                got,
            } => {
                format!(
                    "indikator \u{201c}{indicator}\u{201d} bernomor {got}, seharusnya {expected}"
                )
            }
            NoBands => "model tidak memiliki rentang predikat".to_string(),
            BandsDoNotCoverScale {
                first_from,
                scale_min,
            } => format!(
                "rentang predikat pertama mulai di {first_from}/100, di atas tingkat terendah {scale_min}"
            ),
            BandsNotAscending(id) => {
                format!("rentang predikat \u{201c}{id}\u{201d} tidak urut naik")
            }
            BandAboveScale(id) => format!("rentang predikat \u{201c}{id}\u{201d} di atas skala"),
            BadColor(id) => format!("warna rentang \u{201c}{id}\u{201d} bukan #rrggbb"),
            PresetLength {
                preset,
                expected,
                got,
            } => {
                format!(
                    "preset \u{201c}{preset}\u{201d} berisi {got} tingkat, seharusnya {expected}"
                )
            }
            PresetValue {
                preset,
                position,
                value,
            } => {
                format!(
                    "preset \u{201c}{preset}\u{201d} bernilai {value} pada posisi {position}, di luar skala atau terlalu banyak desimal"
                )
            }
            Overflow => "bobot terlalu besar untuk dihitung persis".to_string(),
        },
    }
}

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
        } => format!("{field} has {got} values; it needs {expected}."),
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
        TooMany { field, max, got } if id => format!("{field}: {got}, paling banyak {max}."),
        TooMany { field, max, got } => format!("{field}: {got}, at most {max}."),
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
    }
}

/// Why a framework could not be loaded, naming it.
pub fn load_error(e: &LoadError, lang: Lang) -> String {
    let id = lang == Lang::Id;
    match e {
        LoadError::Unknown { id: m } if id => format!(
            "kerangka \u{201c}{m}\u{201d} tidak dikenal (bukan kerangka bawaan, dan belum pernah dibuka di perangkat ini)."
        ),
        LoadError::Unknown { id: m } => format!(
            "the framework \u{201c}{m}\u{201d} is unknown (not bundled, and never opened on this device)."
        ),
        LoadError::Fetch {
            id: m,
            status: Some(s),
        } if id => {
            format!("berkas kerangka \u{201c}{m}\u{201d} tidak dapat diambil (HTTP {s}).")
        }
        LoadError::Fetch {
            id: m,
            status: Some(s),
        } => {
            format!(
                "the file of the framework \u{201c}{m}\u{201d} could not be fetched (HTTP {s})."
            )
        }
        LoadError::Fetch {
            id: m,
            status: None,
        } if id => format!(
            "berkas kerangka \u{201c}{m}\u{201d} tidak dapat diambil (jaringan terputus, dan belum tersimpan untuk luring)."
        ),
        LoadError::Fetch {
            id: m,
            status: None,
        } => format!(
            "the file of the framework \u{201c}{m}\u{201d} could not be fetched (no network, and not yet kept for offline use)."
        ),
        LoadError::Invalid { id: m, error } if id => format!(
            "berkas kerangka \u{201c}{m}\u{201d} rusak: {}.",
            model_error(error, lang)
        ),
        LoadError::Invalid { id: m, error } => format!(
            "the file of the framework \u{201c}{m}\u{201d} is broken: {}.",
            model_error(error, lang)
        ),
        LoadError::Reserved { id: m } if id => format!(
            "kerangka ini memakai id \u{201c}{m}\u{201d} milik kerangka bawaan; kerangka bawaan tidak dapat diganti."
        ),
        LoadError::Reserved { id: m } => format!(
            "this framework uses the id \u{201c}{m}\u{201d} of a bundled framework; a bundled framework cannot be replaced."
        ),
    }
}
