//! The texts of unit files: the restricted mode a unit works in, the coordinator's export and
//! merge review, and why a unit file is refused — in both languages. Only the chunks that show
//! them use them.

use crate::engine::Lang;
use crate::evidence::share::{Field, ShareError};

pub struct ShareTexts {
    pub mode_title: &'static str,
    pub mode_hint: &'static str,
    /// "Berkas unit Bappeda · Pemerintah Kota Contoh · Indeks Pemdi 2026"
    pub mode_of: &'static str,
    pub save: &'static str,
    pub close: &'static str,
    pub close_confirm: &'static str,
    /// "Perubahan dibanding berkas yang diterima: {n}"
    pub changed: &'static str,
    pub narrative: &'static str,
    pub status: &'static str,
    pub note: &'static str,
    pub location: &'static str,
    pub due: &'static str,
    pub fixed_hint: &'static str,
    pub export_one: &'static str,
    pub export_all: &'static str,
    pub export_hint: &'static str,
    /// The button that makes a unit's link.
    pub link: &'static str,
    pub link_copied: &'static str,
    /// A link too long: before its length, before the limit, after.
    pub link_long: [&'static str; 3],
    pub merge_heading: &'static str,
    pub merge_hint: &'static str,
    pub merge_pick: &'static str,
    pub review_heading: &'static str,
    /// "{changes} perubahan dari {files} berkas; {conflicts} konflik"
    pub review_counts: [&'static str; 3],
    pub nothing: &'static str,
    pub field: &'static str,
    pub from_unit: &'static str,
    pub conflict: &'static str,
    pub keep: &'static str,
    pub take: &'static str,
    pub choose_all: &'static str,
    pub apply: &'static str,
    pub cancel: &'static str,
    /// "Digabungkan: {n} perubahan."
    pub merged: &'static str,
    pub undo: &'static str,
    pub undone: &'static str,
    pub refused: &'static str,
    pub empty_value: &'static str,
}

const ID: ShareTexts = ShareTexts {
    mode_title: "Mode unit: hanya butir bukti unit Anda",
    mode_hint: "Ubah status, catatan, dan lokasi dokumen butir Anda, serta penjelasan indikator yang menjadi tanggung jawab unit Anda. Simpan berkas lalu kirim kembali ke koordinator. Tidak ada yang dikirim dari perangkat ini.",
    mode_of: "Berkas unit",
    save: "Simpan berkas untuk dikirim kembali",
    close: "Tutup mode unit",
    close_confirm: "Perubahan yang belum disimpan ke berkas akan hilang. Tutup mode unit?",
    changed: "Perubahan dibanding berkas yang diterima",
    narrative: "Penjelasan",
    status: "Status",
    note: "Catatan",
    location: "Lokasi dokumen",
    due: "Tenggat",
    fixed_hint: "Teks butir, level, dan tenggat ditetapkan koordinator.",
    export_one: "Berkas unit (JSON)",
    link: "Tautan unit",
    link_copied: "Tautan disalin; kirimkan ke unit. Unit membukanya, mengisi, lalu menyimpan berkasnya untuk dikirim kembali:",
    link_long: [
        "Terlalu panjang untuk sebuah tautan (",
        " karakter; paling banyak ",
        "). Kirim berkas unit.",
    ],
    export_all: "Unduh berkas semua unit",
    export_hint: "Satu berkas per unit, hanya berisi butir dan penjelasan unit itu. Unit membukanya di kalkulator ini (Berkas dan bagikan \u{2192} Buka berkas) lalu mengirimkannya kembali. Bila muat, tautan unit membawa berkas yang sama: unit cukup membukanya.",
    merge_heading: "Gabungkan berkas dari unit",
    merge_hint: "Pilih satu atau beberapa berkas yang dikirim kembali oleh unit. Setiap perubahan ditampilkan dulu; pekerjaan tidak berubah sebelum Anda menerapkannya.",
    merge_pick: "Pilih berkas unit",
    review_heading: "Tinjau perubahan",
    review_counts: [" perubahan dari ", " berkas; ", " konflik"],
    nothing: "Berkas ini tidak mengubah apa pun.",
    field: "Isian",
    from_unit: "dari",
    conflict: "Konflik: isian ini juga berubah di pekerjaan ini sejak berkas dibuat, atau berkas unit berbeda pendapat. Pilih nilainya.",
    keep: "Pertahankan nilai saat ini",
    take: "Pakai nilai dari",
    choose_all: "Pilih nilai untuk setiap konflik sebelum menerapkan.",
    apply: "Terapkan perubahan",
    cancel: "Batal",
    merged: "perubahan digabungkan.",
    undo: "Kembalikan pekerjaan sebelum penggabungan",
    undone: "Pekerjaan dikembalikan seperti sebelum penggabungan.",
    refused: "Berkas ditolak",
    empty_value: "(kosong)",
};

const EN: ShareTexts = ShareTexts {
    mode_title: "Unit mode: only your unit's evidence items",
    mode_hint: "Change the status, note and document location of your items, and the narrative of the indicators your unit is responsible for. Save the file and send it back to the coordinator. Nothing is sent from this device.",
    mode_of: "Unit file",
    save: "Save the file to send back",
    close: "Leave unit mode",
    close_confirm: "Changes not saved to a file will be lost. Leave unit mode?",
    changed: "Changes since the file was received",
    narrative: "Narrative",
    status: "Status",
    note: "Note",
    location: "Document location",
    due: "Due",
    fixed_hint: "Item texts, levels and due dates are set by the coordinator.",
    export_one: "Unit file (JSON)",
    link: "Unit link",
    link_copied: "Link copied; send it to the unit. The unit opens it, fills it in, then saves its file to send back:",
    link_long: [
        "Too long for a link (",
        " characters; at most ",
        "). Send the unit file.",
    ],
    export_all: "Download every unit's file",
    export_hint: "One file per unit, holding only that unit's items and narratives. The unit opens it in this calculator (Files and sharing \u{2192} Open a file) and sends it back. Where it fits, a unit link carries the same file: the unit just opens it.",
    merge_heading: "Merge files returned by units",
    merge_hint: "Pick one or more files the units sent back. Every change is shown first; the work does not change until you apply it.",
    merge_pick: "Pick unit files",
    review_heading: "Review the changes",
    review_counts: [" changes from ", " files; ", " conflicts"],
    nothing: "These files change nothing.",
    field: "Field",
    from_unit: "from",
    conflict: "Conflict: this field also changed in this work since the file was made, or the units' files disagree. Choose its value.",
    keep: "Keep the current value",
    take: "Use the value from",
    choose_all: "Choose a value for every conflict before applying.",
    apply: "Apply the changes",
    cancel: "Cancel",
    merged: "changes merged.",
    undo: "Restore the work from before the merge",
    undone: "The work is back as it was before the merge.",
    refused: "File refused",
    empty_value: "(empty)",
};

pub fn share_texts(lang: Lang) -> &'static ShareTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// A field's name.
pub fn field_name(field: Field, lang: Lang) -> &'static str {
    let t = share_texts(lang);
    match field {
        Field::Status => t.status,
        Field::Note => t.note,
        Field::Location => t.location,
        Field::Narrative => t.narrative,
    }
}

/// Why a unit file was refused, in the user's language.
pub fn share_error(e: &ShareError, lang: Lang) -> String {
    let id = lang == Lang::Id;
    match e {
        ShareError::NotAShare => if id {
            "bukan berkas unit dari kalkulator ini."
        } else {
            "not a unit file of this calculator."
        }
        .to_string(),
        ShareError::NewerSchema { found } => {
            if id {
                format!("berkas unit versi {found} dibuat oleh versi kalkulator yang lebih baru.")
            } else {
                format!("unit file version {found} was made by a newer version of the calculator.")
            }
        }
        ShareError::WrongModel { found, expected } => {
            if id {
                format!("berkas ini untuk kerangka “{found}”, pekerjaan ini memakai “{expected}”.")
            } else {
                format!("this file is for the framework “{found}”; this work uses “{expected}”.")
            }
        }
        ShareError::OtherInstitution { found, expected } => {
            let name = |s: &str| {
                if s.is_empty() {
                    "—".to_string()
                } else {
                    s.to_string()
                }
            };
            if id {
                format!(
                    "berkas ini dari instansi lain (“{}”), pekerjaan ini milik “{}”.",
                    name(found),
                    name(expected)
                )
            } else {
                format!(
                    "this file comes from another institution (“{}”); this work is “{}”'s.",
                    name(found),
                    name(expected)
                )
            }
        }
        ShareError::UnknownIndicator { indicator } => {
            if id {
                format!("indikator {indicator} tidak ada di kerangka ini.")
            } else {
                format!("indicator {indicator} is not in this framework.")
            }
        }
        ShareError::BadStatus {
            indicator,
            code,
            text,
        } => {
            if id {
                format!("indikator {indicator}, butir {code}: status “{text}” tidak dikenal.")
            } else {
                format!("indicator {indicator}, item {code}: unknown status “{text}”.")
            }
        }
        ShareError::TooLong {
            indicator,
            field,
            max,
        } => {
            if id {
                format!("indikator {indicator}: isian “{field}” lebih dari {max} karakter.")
            } else {
                format!("indicator {indicator}: the field “{field}” is over {max} characters.")
            }
        }
        ShareError::TooMany { indicator, max } => {
            if id {
                format!("indikator {indicator}: lebih dari {max} butir.")
            } else {
                format!("indicator {indicator}: more than {max} items.")
            }
        }
        ShareError::OutsideShare {
            unit,
            indicator,
            code,
        } => match (id, code.is_empty()) {
            (true, true) => format!(
                "penjelasan indikator {indicator} bukan tanggung jawab unit “{unit}” di pekerjaan ini: berkas diubah di luar bagian unit itu."
            ),
            (true, false) => format!(
                "butir {code} (indikator {indicator}) bukan butir unit “{unit}” di pekerjaan ini, atau levelnya berubah: berkas diubah di luar bagian unit itu."
            ),
            (false, true) => format!(
                "the narrative of indicator {indicator} is not unit “{unit}”'s in this work: the file was changed outside that unit's share."
            ),
            (false, false) => format!(
                "item {code} (indicator {indicator}) is not unit “{unit}”'s in this work, or its level changed: the file was changed outside that unit's share."
            ),
        },
    }
}
