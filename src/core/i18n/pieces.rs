//! The texts of parts in chunks of their own — the notices, what opens under an indicator
//! (criteria, planning options, the external index, the evidence helper), the embedded
//! view's footer, opening a framework file — in both languages. Only those chunks use them, so
//! the first screen does not carry them.

use crate::engine::Lang;

/// Said after [`PieceTexts::texts_unavailable`] in Indonesian, for those who chose English.
pub const TEXTS_UNAVAILABLE_EN: &str = "(The English texts could not be loaded yet: check the internet connection, then choose EN again.)";

pub struct PieceTexts {
    pub criteria_now: &'static str,
    pub criteria_next: &'static str,
    pub highest_level: &'static str,
    pub dismiss: &'static str,
    pub bad_link: &'static str,
    pub bad_link_kept: &'static str,
    /// The part of the app that reads links could not be fetched (offline, never kept here).
    pub link_unavailable: &'static str,
    /// The texts of the language chosen could not be fetched (offline, never kept here): said
    /// in the language still shown (in Indonesian followed by [`TEXTS_UNAVAILABLE_EN`]).
    pub texts_unavailable: &'static str,
    pub planning_options: &'static str,
    pub import_failed: &'static str,
    pub import_kept: &'static str,
    pub imported: &'static str,
    pub pending_link: &'static str,
    pub pending_other_tab: &'static str,
    pub restore_saved: &'static str,
    pub keep_current: &'static str,
    pub storage_unavailable: &'static str,
    pub saved_data_kept: &'static str,
    pub export_failed: &'static str,
    pub note_hint: &'static str,
    pub open_framework: &'static str,
    pub model_load_failed: &'static str,
    pub external_from: &'static str,
    pub external_unknown: &'static str,
    pub external_source_hint: &'static str,
    pub evidence_heading: &'static str,
    pub evidence_hint: &'static str,
    pub of_items: &'static str,
    pub use_value: &'static str,
    pub estimate: &'static str,
    pub criteria_complete: &'static str,
    pub embed_open_full: &'static str,
    pub embed_read_only: &'static str,
}

const ID: PieceTexts = PieceTexts {
    criteria_now: "Kriteria tingkat ini",
    criteria_next: "Untuk naik ke tingkat",
    highest_level: "Sudah di tingkat tertinggi.",
    dismiss: "Tutup",
    bad_link: "Tautan tidak dapat dibaca:",
    bad_link_kept: "Nilai yang sedang tampil tidak diubah.",
    link_unavailable: "Tautan ini belum dapat dibuka: bagian aplikasi yang membaca tautan belum tersimpan di perangkat ini dan tidak dapat diambil. Periksa sambungan internet, lalu buka tautannya lagi. Nilai yang sedang tampil tidak diubah.",
    texts_unavailable: "Tampilan bahasa Inggris belum dapat dimuat: bagian itu belum tersimpan di perangkat ini dan tidak dapat diambil. Periksa sambungan internet, lalu pilih EN lagi.",
    planning_options: "Opsi perencanaan",
    import_failed: "Berkas tidak diimpor:",
    import_kept: "Pekerjaan Anda tidak diubah.",
    imported: "Berkas diimpor:",
    pending_link: "Tautan ini membuka tingkat lain. Pekerjaan yang tersimpan otomatis sebelumnya masih ada.",
    pending_other_tab: "Pekerjaan ini diubah di tab lain. Penyimpanan otomatis di tab ini dihentikan sampai Anda memilih.",
    restore_saved: "Pulihkan pekerjaan tersimpan",
    keep_current: "Tetap pakai yang tampil",
    storage_unavailable: "Penyimpanan otomatis tidak tersedia di peramban ini (dimatikan atau penuh). Ekspor berkas agar pekerjaan tidak hilang.",
    saved_data_kept: "Data tersimpan tidak dapat dibaca versi ini dan disimpan terpisah (tidak dihapus):",
    export_failed: "Berkas tidak dapat dibuat:",
    note_hint: "Bukti, unit pemilik, tindakan",
    open_framework: "Buka kerangka sendiri (berkas JSON)",
    model_load_failed: "Kerangka penilaian tidak dapat dimuat:",
    external_from: "Dari indeks instansi lain",
    external_unknown: "Nilai indeks eksternal belum diketahui: dihitung 1, seperti praktik asesor.",
    external_source_hint: "Isi nilai indeksnya; nilai indikator dihitung dari sana.",
    evidence_heading: "Perkirakan dari butir bukti",
    evidence_hint: "Isi jumlah butir bukti yang diterima dari seluruh butir per tingkat. Butir suatu tingkat baru dihitung bila semua tingkat di bawahnya lengkap. Ini perkiraan kami, bukan aturan resmi.",
    of_items: "dari",
    use_value: "Pakai nilai ini",
    estimate: "Perkiraan",
    criteria_complete: "Untuk menuntaskan tingkat ini, sampai nilai",
    embed_open_full: "Buka kalkulator lengkap ↗",
    embed_read_only: "Hanya untuk dilihat: tingkat tidak dapat diubah di sini.",
};

const EN: PieceTexts = PieceTexts {
    criteria_now: "This level",
    criteria_next: "To reach level",
    highest_level: "Already at the highest level.",
    dismiss: "Dismiss",
    bad_link: "The link could not be read:",
    bad_link_kept: "The values on screen were not changed.",
    link_unavailable: "This link could not be opened yet: the part of the app that reads links is not kept on this device and could not be fetched. Check the internet connection, then open the link again. The values on screen were not changed.",
    texts_unavailable: "The English texts could not be loaded yet: they are not kept on this device and could not be fetched. Check the internet connection, then choose EN again.",
    planning_options: "Planning options",
    import_failed: "The file was not imported:",
    import_kept: "Your work was not changed.",
    imported: "File imported:",
    pending_link: "This link opened other levels. The work saved earlier on this device is still there.",
    pending_other_tab: "This work was changed in another tab. Autosave in this tab is paused until you choose.",
    restore_saved: "Restore the saved work",
    keep_current: "Keep what is on screen",
    storage_unavailable: "Autosave is not available in this browser (switched off or full). Export a file so your work is not lost.",
    saved_data_kept: "Saved data could not be read by this version and was kept aside (not deleted):",
    export_failed: "The file could not be made:",
    note_hint: "Evidence, owner unit, action",
    open_framework: "Open your own framework (JSON file)",
    model_load_failed: "The scoring framework could not be loaded:",
    external_from: "From another agency's index",
    external_unknown: "External index not known yet: counted as 1, as assessors do.",
    external_source_hint: "Enter the index; the indicator's value follows from it.",
    evidence_heading: "Estimate from evidence items",
    evidence_hint: "Enter how many evidence items of each level were accepted, out of how many. A level's items count only when every lower level is complete. This is our estimate, not an official rule.",
    of_items: "of",
    use_value: "Use this value",
    estimate: "Estimate",
    criteria_complete: "To complete this level, up to the value",
    embed_open_full: "Open the full calculator ↗",
    embed_read_only: "View only: the levels cannot be changed here.",
};

pub fn piece_texts(lang: Lang) -> &'static PieceTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}
