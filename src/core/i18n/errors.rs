//! Error messages in both languages, each naming what is wrong.

use super::Lang;
use crate::engine::fragment::{FragmentError, LevelsField, View};
use crate::engine::items::{ItemProblem, MAX_CODE, MAX_ITEM_TEXT, MAX_ITEMS_PER_LEVEL};
use crate::engine::{Limit, ModelError};

fn field_name(field: LevelsField, lang: Lang) -> &'static str {
    match (field, lang) {
        (LevelsField::Levels, Lang::Id) => "tingkat (levels)",
        (LevelsField::Base, Lang::Id) => "baseline (base)",
        (LevelsField::Levels, Lang::En) => "levels",
        (LevelsField::Base, Lang::En) => "baseline (base)",
    }
}

/// Every screen's name in links: "isi, rencana, … or berkas".
fn view_codes(or: &str) -> String {
    let codes: Vec<&str> = View::ALL.iter().map(|v| v.code()).collect();
    match codes.split_last() {
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
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
            BadView { value } => format!(
                "bagian \u{201c}{value}\u{201d} tidak dikenal (gunakan {}).",
                view_codes("atau")
            ),
            BadVariant {
                variant,
                value,
                options,
            } => format!(
                "{variant} \u{201c}{value}\u{201d} tidak dikenal (gunakan {}).",
                options.join(" atau ")
            ),
            BadOrigin { value } => format!(
                "\u{201c}{value}\u{201d} pada allow bukan asal situs web (contoh: https://portal.contoh.go.id)."
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
                "{} has {got} value{}; it needs {expected} (one per indicator).",
                field_name(*field, lang),
                if *got == 1 { "" } else { "s" }
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
            BadView { value } => format!(
                "unknown screen \u{201c}{value}\u{201d} (use {}).",
                view_codes("or")
            ),
            BadVariant {
                variant,
                value,
                options,
            } => format!(
                "unknown {variant} \u{201c}{value}\u{201d} (use {}).",
                options.join(" or ")
            ),
            BadOrigin { value } => format!(
                "\u{201c}{value}\u{201d} in allow is not a web origin (for example https://portal.example.go.id)."
            ),
        },
    }
}

/// A limit on outside input that was passed (named with its number).
pub fn limit(l: Limit, lang: Lang) -> String {
    match (l, lang) {
        (Limit::TooDeep { max }, Lang::Id) => {
            format!("bersarang terlalu dalam: paling banyak {max} tingkat")
        }
        (Limit::TooMany { max }, Lang::Id) => format!("terlalu banyak nilai: paling banyak {max}"),
        (Limit::Area { rows, columns }, Lang::Id) => {
            format!("lembar terlalu luas: paling banyak {rows} baris dan {columns} kolom")
        }
        (Limit::Unpacked { bytes, entries }, Lang::Id) => format!(
            "isi buku kerja terlalu besar bila dibuka: paling banyak {} MB dalam {entries} bagian",
            bytes / (1024 * 1024)
        ),
        (l, Lang::En) => l.to_string(),
    }
}

/// What is wrong with a model file, naming the item.
pub fn model_error(e: &ModelError, lang: Lang) -> String {
    use ModelError::*;
    match lang {
        Lang::En => e.to_string(),
        Lang::Id => match e {
            Syntax(m) => format!("berkas bukan model yang sah: {m}"),
            Limit(l) => format!("berkas ditolak: {}", limit(*l, lang)),
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
            BadItem {
                indicator,
                code,
                problem,
            } => {
                let what = match problem {
                    ItemProblem::Level { level, first, last } => format!(
                        "ada di level {level}; butir hanya untuk level {first} sampai {last}"
                    ),
                    ItemProblem::Code => format!("perlu kode 1 sampai {MAX_CODE} karakter"),
                    ItemProblem::DuplicateCode => "memakai kode yang sudah dipakai".to_string(),
                    ItemProblem::Text => format!(
                        "perlu teks 1 sampai {MAX_ITEM_TEXT} karakter dalam kedua bahasa"
                    ),
                    ItemProblem::TooMany { level } => format!(
                        "berlebih: level {level} paling banyak {MAX_ITEMS_PER_LEVEL} butir"
                    ),
                };
                format!("butir bukti \u{201c}{code}\u{201d} indikator \u{201c}{indicator}\u{201d} {what}")
            }
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
