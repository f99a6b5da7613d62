//! The texts of a plan or roadmap that takes more than a moment (a framework or efforts of the user's that
//! need the large tables): its progress, cancelling it, and a plan too fine-grained to compute.

use crate::engine::Lang;

pub struct PlanningTexts {
    /// "Menghitung rencana… 40 %" before the share.
    pub working: &'static str,
    /// What the progress bar is, for screen readers.
    pub progress_label: &'static str,
    pub cancel: &'static str,
    pub cancelled: &'static str,
    pub restart: &'static str,
    pub roadmap_working: &'static str,
    pub roadmap_cancelled: &'static str,
    /// A roadmap year with no result yet.
    pub year_pending: &'static str,
}

const ID: PlanningTexts = PlanningTexts {
    working: "Menghitung rencana dengan upaya terkecil… Halaman tetap dapat dipakai.",
    progress_label: "Kemajuan perhitungan rencana",
    cancel: "Batalkan",
    cancelled: "Perhitungan rencana dibatalkan. Nilai dan pengaturan tidak berubah.",
    restart: "Hitung lagi",
    roadmap_working: "Menghitung rencana tiap tahun… Halaman tetap dapat dipakai.",
    roadmap_cancelled: "Perhitungan peta jalan dibatalkan. Target tahunan tidak berubah.",
    year_pending: "Belum dihitung",
};

const EN: PlanningTexts = PlanningTexts {
    working: "Computing the least-effort plan… The page stays usable.",
    progress_label: "Progress of the plan computation",
    cancel: "Cancel",
    cancelled: "The plan computation was cancelled. Values and settings are unchanged.",
    restart: "Compute again",
    roadmap_working: "Computing each year's plan… The page stays usable.",
    roadmap_cancelled: "The roadmap computation was cancelled. The yearly targets are unchanged.",
    year_pending: "Not computed yet",
};

pub fn planning_texts(lang: Lang) -> &'static PlanningTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// "40 %" / "40%": the share done.
pub fn percent(share: u8, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("{share} %"),
        Lang::En => format!("{share}%"),
    }
}

/// An exact plan would need a table over [`crate::engine::dp::MAX_CELLS`], and what to do.
pub fn plan_too_large(lang: Lang) -> String {
    let millions = crate::engine::dp::MAX_CELLS / 1_000_000;
    match lang {
        Lang::Id => format!(
            "Rencana pasti tidak dapat dihitung: nilai, bobot dan upaya ini terlalu halus (tabelnya melebihi {millions} juta sel). Nyatakan upaya dalam satuan yang lebih besar (mis. hari alih-alih jam, atau juta rupiah alih-alih ribu), lalu coba lagi."
        ),
        Lang::En => format!(
            "An exact plan cannot be computed: these values, weights and efforts are too fine-grained (the table would exceed {millions} million cells). State the efforts in a larger unit (for example days instead of hours, or millions of rupiah instead of thousands) and try again."
        ),
    }
}
