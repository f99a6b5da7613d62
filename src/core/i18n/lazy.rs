//! The texts of a part of the page whose code is still on its way (a chunk fetched when first
//! needed), or could not be fetched.

use crate::engine::Lang;

pub struct LazyTexts {
    /// While the part's chunk is fetched.
    pub loading: &'static str,
    /// The chunk could not be fetched (offline before it was ever kept on this device).
    pub failed: &'static str,
    pub retry: &'static str,
}

const ID: LazyTexts = LazyTexts {
    loading: "Memuat bagian ini…",
    failed: "Bagian ini belum dapat dimuat: periksa sambungan internet, lalu coba lagi. Pekerjaan Anda tidak berubah.",
    retry: "Coba lagi",
};

pub(super) const EN: LazyTexts = LazyTexts {
    loading: "Loading this part…",
    failed: "This part could not be loaded yet: check the internet connection, then try again. Your work is unchanged.",
    retry: "Try again",
};

/// In English once its texts are here (see [`super::strings`]).
pub fn lazy_texts(lang: Lang) -> &'static LazyTexts {
    super::english_in(lang).map_or(&ID, |en| &en.lazy)
}
