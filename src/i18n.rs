//! Every user-facing text of the app, in Bahasa Indonesia (first) and English. Texts of a
//! framework (indicator names, criteria, level and band names) live in its model file.

use crate::document::DocError;
use crate::engine::fragment::{FragmentError, LevelsField};
use crate::engine::{Lang, ModelError};

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
    pub domains_and_aspects: &'static str,
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
    pub criteria_now: &'static str,
    pub criteria_next: &'static str,
    pub highest_level: &'static str,
    pub exact_value: &'static str,
    pub dismiss: &'static str,
    pub bad_link: &'static str,
    pub bad_link_kept: &'static str,
    pub official: &'static str,
    pub reconstructed: &'static str,
    pub privacy: &'static str,
    pub model_failed: &'static str,
    pub skip_to_indicators: &'static str,
    pub baseline_was: &'static str,
    pub per_level: &'static str,
    pub planner_heading: &'static str,
    pub planner_hint: &'static str,
    pub target_label: &'static str,
    pub target_next: &'static str,
    pub target_index: &'static str,
    pub target_value: &'static str,
    pub pace_label: &'static str,
    pub pace_none: &'static str,
    pub curve_label: &'static str,
    pub curve_flat: &'static str,
    pub curve_rising: &'static str,
    pub plan_met: &'static str,
    pub plan_unreachable: &'static str,
    pub best_reachable: &'static str,
    pub binding_locks: &'static str,
    pub binding_caps: &'static str,
    pub binding_pace: &'static str,
    pub binding_combination: &'static str,
    pub binding_scale: &'static str,
    pub binding_intro: &'static str,
    pub apply_plan: &'static str,
    pub effort: &'static str,
    pub steps_word: &'static str,
    pub projected: &'static str,
    pub marginal_heading: &'static str,
    pub marginal_hint: &'static str,
    pub gain: &'static str,
    pub gain_per_effort: &'static str,
    pub steps_to_band: &'static str,
    pub alone_not_enough: &'static str,
    pub planning_options: &'static str,
    pub lock: &'static str,
    pub max_level: &'static str,
    pub unverified: &'static str,
    pub uncertainty: &'static str,
    pub indicator_col: &'static str,
    pub scenarios_heading: &'static str,
    pub new_scenario: &'static str,
    pub duplicate: &'static str,
    pub rename: &'static str,
    pub delete: &'static str,
    pub active_scenario: &'static str,
    pub compare_heading: &'static str,
    pub compare_hint: &'static str,
    pub differing_indicators: &'static str,
    pub no_differences: &'static str,
    pub waterfall_heading: &'static str,
    pub radar_heading: &'static str,
    pub roadmap_heading: &'static str,
    pub roadmap_hint: &'static str,
    pub first_year: &'static str,
    pub add_year: &'static str,
    pub remove_year: &'static str,
    pub year: &'static str,
    pub no_target: &'static str,
    pub status_no_target: &'static str,
    pub status_met: &'static str,
    pub status_planned: &'static str,
    pub status_unreachable: &'static str,
    pub roadmap_unmet: &'static str,
    pub roadmap_all_met: &'static str,
    pub start_label: &'static str,
    pub status: &'static str,
    pub actions: &'static str,
    pub import_failed: &'static str,
    pub import_kept: &'static str,
    pub imported: &'static str,
    pub pending_link: &'static str,
    pub pending_other_tab: &'static str,
    pub restore_saved: &'static str,
    pub keep_current: &'static str,
    pub storage_unavailable: &'static str,
    pub saved_data_kept: &'static str,
    pub files_heading: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub export_xlsx: &'static str,
    pub export_failed: &'static str,
    pub import_file: &'static str,
    pub drop_hint: &'static str,
    pub autosave_on: &'static str,
    pub note: &'static str,
    pub note_hint: &'static str,
    pub institution: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub qr_heading: &'static str,
    pub print_brief: &'static str,
    pub brief_title: &'static str,
    pub top_actions: &'static str,
    pub date: &'static str,
}

pub const ID: Strings = Strings {
    app_title: "Kalkulator Indeks SPBE",
    tagline: "Hitung Indeks SPBE secara persis dan rencanakan kenaikannya. Semua perhitungan berjalan di peramban Anda.",
    language: "Bahasa",
    index: "Indeks SPBE",
    predicate: "Predikat",
    domain: "Domain",
    aspect: "Aspek",
    indicator: "Indikator",
    level: "Tingkat",
    weight: "Bobot",
    baseline: "Baseline",
    change: "Perubahan",
    value: "Nilai",
    domains_and_aspects: "Domain dan aspek",
    indicators_heading: "Indikator",
    set_baseline: "Jadikan baseline",
    set_baseline_hint: "Simpan tingkat saat ini sebagai pembanding; setiap nilai lalu menunjukkan perubahannya.",
    reset_to_baseline: "Kembali ke baseline",
    start_from: "Mulai dari",
    load: "Muat",
    scenario_heading: "Skenario",
    no_changes: "Belum ada perubahan dari baseline.",
    basis_label: "Dasar predikat",
    basis_exact: "Nilai persis (praktik 2024)",
    basis_rounded: "Nilai dibulatkan (praktik 2023)",
    basis_explain_exact: "Predikat dibaca dari indeks sebelum dibulatkan: 3,4985 tampil sebagai 3,50 tetapi tetap Baik.",
    basis_explain_rounded: "Predikat dibaca dari indeks yang sudah dibulatkan ke dua desimal: 1,7995 menjadi 1,80 dan berpredikat Cukup.",
    top_band: "Predikat tertinggi sudah tercapai.",
    band_bar_label: "Rentang predikat",
    criteria_now: "Kriteria tingkat ini",
    criteria_next: "Untuk naik ke tingkat",
    highest_level: "Sudah di tingkat tertinggi.",
    exact_value: "Nilai persis",
    dismiss: "Tutup",
    bad_link: "Tautan tidak dapat dibaca:",
    bad_link_kept: "Nilai yang sedang tampil tidak diubah.",
    official: "Model resmi",
    reconstructed: "Model rekonstruksi (sumber sekunder)",
    privacy: "Tidak ada data yang dikirim ke server: semua yang Anda isi tetap di perangkat ini.",
    model_failed: "Model penilaian tidak dapat dimuat:",
    skip_to_indicators: "Lompat ke daftar indikator",
    baseline_was: "baseline",
    per_level: "indeks per tingkat",
    planner_heading: "Rencana menuju target",
    planner_hint: "Rencana dengan upaya terkecil yang mencapai target, dihitung persis (bukan tebakan bertahap).",
    target_label: "Target",
    target_next: "Predikat berikutnya dari baseline",
    target_index: "Nilai indeks tertentu",
    target_value: "Nilai indeks target",
    pace_label: "Batas kenaikan per indikator",
    pace_none: "Tanpa batas",
    curve_label: "Upaya per langkah",
    curve_flat: "Sama untuk setiap tingkat",
    curve_rising: "Makin tinggi tingkat, makin berat",
    plan_met: "Target sudah tercapai dengan tingkat saat ini.",
    plan_unreachable: "Target tidak dapat dicapai dengan batasan ini.",
    best_reachable: "Indeks tertinggi yang dapat dicapai",
    binding_locks: "indikator yang dikunci",
    binding_caps: "batas tingkat maksimum",
    binding_pace: "batas kenaikan per indikator",
    binding_combination: "gabungan beberapa batasan",
    binding_scale: "skala penilaian itu sendiri (target di atas nilai maksimum)",
    binding_intro: "Yang menghalangi:",
    apply_plan: "Terapkan rencana ke skenario",
    effort: "Upaya",
    steps_word: "langkah",
    projected: "Proyeksi",
    marginal_heading: "Kenaikan termurah",
    marginal_hint: "Setiap indikator menurut tambahan indeks dari satu tingkat berikutnya per satuan upaya.",
    gain: "Tambahan indeks",
    gain_per_effort: "per upaya",
    steps_to_band: "Tingkat ke predikat berikutnya",
    alone_not_enough: "tidak cukup sendiri",
    planning_options: "Opsi perencanaan",
    lock: "Kunci di tingkat ini",
    max_level: "Tingkat maksimum",
    unverified: "Belum didukung bukti",
    uncertainty: "Jika indikator yang belum didukung bukti turun satu tingkat:",
    indicator_col: "Indikator",
    scenarios_heading: "Skenario tersimpan",
    new_scenario: "Skenario baru",
    duplicate: "Gandakan",
    rename: "Nama skenario",
    delete: "Hapus",
    active_scenario: "sedang diedit",
    compare_heading: "Perbandingan skenario",
    compare_hint: "Nilai yang berbeda dari baseline ditandai.",
    differing_indicators: "Indikator yang berbeda",
    no_differences: "Belum ada indikator yang berbeda dari baseline.",
    waterfall_heading: "Dari baseline ke skenario, per domain",
    radar_heading: "Delapan aspek: baseline dan skenario",
    roadmap_heading: "Peta jalan tahunan",
    roadmap_hint: "Setiap tahun direncanakan dari tingkat akhir tahun sebelumnya, mulai dari baseline, dengan batas kenaikan dan upaya yang sama seperti rencana di atas.",
    first_year: "Tahun pertama",
    add_year: "Tambah tahun",
    remove_year: "Hapus tahun terakhir",
    year: "Tahun",
    no_target: "Tanpa target",
    status_no_target: "tanpa target",
    status_met: "sudah tercapai",
    status_planned: "direncanakan",
    status_unreachable: "tidak tercapai",
    roadmap_unmet: "Tahun dengan target yang tidak dapat dicapai:",
    roadmap_all_met: "Semua target tahunan dapat dicapai.",
    start_label: "Awal",
    status: "Status",
    actions: "Tindakan",
    import_failed: "Berkas tidak diimpor:",
    import_kept: "Pekerjaan Anda tidak diubah.",
    imported: "Berkas diimpor:",
    pending_link: "Tautan ini membuka tingkat lain. Pekerjaan yang tersimpan otomatis sebelumnya masih ada.",
    pending_other_tab: "Pekerjaan ini diubah di tab lain. Penyimpanan otomatis di tab ini dihentikan sampai Anda memilih.",
    restore_saved: "Pulihkan pekerjaan tersimpan",
    keep_current: "Tetap pakai yang tampil",
    storage_unavailable: "Penyimpanan otomatis tidak tersedia di peramban ini (dimatikan atau penuh). Ekspor berkas agar pekerjaan tidak hilang.",
    saved_data_kept: "Data tersimpan tidak dapat dibaca versi ini dan disimpan terpisah (tidak dihapus):",
    files_heading: "Simpan dan bagikan",
    export_json: "Ekspor JSON",
    export_csv: "Ekspor CSV",
    export_xlsx: "Ekspor XLSX (Excel)",
    export_failed: "Berkas tidak dapat dibuat:",
    import_file: "Impor berkas (JSON atau CSV)",
    drop_hint: "atau tarik berkas ke sini",
    autosave_on: "Tersimpan otomatis di perangkat ini.",
    note: "Catatan",
    note_hint: "Bukti, unit pemilik, tindakan",
    institution: "Nama instansi",
    copy_link: "Salin tautan",
    link_copied: "Tautan disalin.",
    qr_heading: "Kode QR tautan ini",
    print_brief: "Cetak ringkasan satu halaman",
    brief_title: "Ringkasan Indeks SPBE",
    top_actions: "Tindakan utama rencana",
    date: "Tanggal",
};

pub const EN: Strings = Strings {
    app_title: "SPBE Index Calculator",
    tagline: "Compute the SPBE index exactly and plan how to raise it. Everything runs in your browser.",
    language: "Language",
    index: "SPBE Index",
    predicate: "Predicate",
    domain: "Domain",
    aspect: "Aspect",
    indicator: "Indicator",
    level: "Level",
    weight: "Weight",
    baseline: "Baseline",
    change: "Change",
    value: "Value",
    domains_and_aspects: "Domains and aspects",
    indicators_heading: "Indicators",
    set_baseline: "Set as baseline",
    set_baseline_hint: "Keep the current levels as the reference; every value then shows its change.",
    reset_to_baseline: "Back to baseline",
    start_from: "Start from",
    load: "Load",
    scenario_heading: "Scenario",
    no_changes: "No changes from the baseline yet.",
    basis_label: "Predicate basis",
    basis_exact: "Exact value (2024 practice)",
    basis_rounded: "Rounded value (2023 practice)",
    basis_explain_exact: "The predicate is read from the unrounded index: 3.4985 shows as 3.50 but stays Good (Baik).",
    basis_explain_rounded: "The predicate is read from the index rounded to two decimals: 1.7995 becomes 1.80 and is Fair (Cukup).",
    top_band: "The top predicate is reached.",
    band_bar_label: "Predicate bands",
    criteria_now: "This level",
    criteria_next: "To reach level",
    highest_level: "Already at the highest level.",
    exact_value: "Exact value",
    dismiss: "Dismiss",
    bad_link: "The link could not be read:",
    bad_link_kept: "The values on screen were not changed.",
    official: "Official model",
    reconstructed: "Reconstructed model (secondary sources)",
    privacy: "Nothing is sent to a server: everything you enter stays on this device.",
    model_failed: "The scoring model could not be loaded:",
    skip_to_indicators: "Skip to the indicators",
    baseline_was: "baseline",
    per_level: "index per level",
    planner_heading: "Plan to a target",
    planner_hint: "The least-effort plan that reaches the target, computed exactly (not a step-by-step guess).",
    target_label: "Target",
    target_next: "Next predicate above the baseline",
    target_index: "A specific index value",
    target_value: "Target index value",
    pace_label: "Most levels up per indicator",
    pace_none: "No limit",
    curve_label: "Effort per step",
    curve_flat: "Same for every level",
    curve_rising: "Higher levels cost more",
    plan_met: "The target is already met by the current levels.",
    plan_unreachable: "The target cannot be reached under these constraints.",
    best_reachable: "Highest reachable index",
    binding_locks: "the locked indicators",
    binding_caps: "the maximum levels",
    binding_pace: "the pace limit",
    binding_combination: "several constraints together",
    binding_scale: "the scale itself (the target is above the maximum)",
    binding_intro: "What stands in the way:",
    apply_plan: "Apply the plan to the scenario",
    effort: "Effort",
    steps_word: "steps",
    projected: "Projected",
    marginal_heading: "Cheapest gains",
    marginal_hint: "Each indicator by the index gained from its next level per unit of effort.",
    gain: "Index gain",
    gain_per_effort: "per effort",
    steps_to_band: "Levels to the next predicate",
    alone_not_enough: "not enough alone",
    planning_options: "Planning options",
    lock: "Lock at this level",
    max_level: "Maximum level",
    unverified: "Not yet backed by evidence",
    uncertainty: "If the indicators not yet backed by evidence drop one level:",
    indicator_col: "Indicator",
    scenarios_heading: "Saved scenarios",
    new_scenario: "New scenario",
    duplicate: "Duplicate",
    rename: "Scenario name",
    delete: "Delete",
    active_scenario: "being edited",
    compare_heading: "Scenario comparison",
    compare_hint: "Values that differ from the baseline are marked.",
    differing_indicators: "Indicators that differ",
    no_differences: "No indicator differs from the baseline yet.",
    waterfall_heading: "From baseline to scenario, by domain",
    radar_heading: "The eight aspects: baseline and scenario",
    roadmap_heading: "Yearly roadmap",
    roadmap_hint: "Each year is planned from the previous year's final levels, starting from the baseline, with the same pace limit and efforts as the plan above.",
    first_year: "First year",
    add_year: "Add a year",
    remove_year: "Remove the last year",
    year: "Year",
    no_target: "No target",
    status_no_target: "no target",
    status_met: "already met",
    status_planned: "planned",
    status_unreachable: "not reachable",
    roadmap_unmet: "Years whose targets cannot be met:",
    roadmap_all_met: "Every yearly target can be met.",
    start_label: "Start",
    status: "Status",
    actions: "Actions",
    import_failed: "The file was not imported:",
    import_kept: "Your work was not changed.",
    imported: "File imported:",
    pending_link: "This link opened other levels. The work saved earlier on this device is still there.",
    pending_other_tab: "This work was changed in another tab. Autosave in this tab is paused until you choose.",
    restore_saved: "Restore the saved work",
    keep_current: "Keep what is on screen",
    storage_unavailable: "Autosave is not available in this browser (switched off or full). Export a file so your work is not lost.",
    saved_data_kept: "Saved data could not be read by this version and was kept aside (not deleted):",
    files_heading: "Keep and share",
    export_json: "Export JSON",
    export_csv: "Export CSV",
    export_xlsx: "Export XLSX (Excel)",
    export_failed: "The file could not be made:",
    import_file: "Import a file (JSON or CSV)",
    drop_hint: "or drop a file here",
    autosave_on: "Saved automatically on this device.",
    note: "Note",
    note_hint: "Evidence, owner unit, action",
    institution: "Institution name",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    qr_heading: "QR code of this link",
    print_brief: "Print a one-page brief",
    brief_title: "SPBE Index brief",
    top_actions: "Top actions of the plan",
    date: "Date",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// "+0,12 menuju Sangat Baik" / "+0.12 to Sangat Baik".
pub fn to_next_band(gap: &str, band: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("{gap} menuju {band}"),
        Lang::En => format!("{gap} to {band}"),
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
    match lang {
        Lang::Id => format!("Tingkat {level} dari {max}"),
        Lang::En => format!("Level {level} of {max}"),
    }
}

/// "3 indikator berubah dari baseline".
pub fn changed_count(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Id, _) => format!("{n} indikator berubah dari baseline."),
        (Lang::En, 1) => "1 indicator changed from the baseline.".to_string(),
        (Lang::En, _) => format!("{n} indicators changed from the baseline."),
    }
}

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
            BadScale => "skala tingkat tidak sah".to_string(),
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
                    "preset \u{201c}{preset}\u{201d} bernilai {value} pada posisi {position}, di luar skala"
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
        WrongModel { found, expected } if id => {
            format!("berkas untuk model \u{201c}{found}\u{201d}, bukan \u{201c}{expected}\u{201d}.")
        }
        WrongModel { found, expected } => format!(
            "the file is for the model \u{201c}{found}\u{201d}, not \u{201c}{expected}\u{201d}."
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
