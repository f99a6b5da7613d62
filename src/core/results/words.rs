//! The words of a name or a query, for matching published results: folded, abbreviations
//! spelled out.

/// Words of a name or a query, for matching: lower case, accents and punctuation dropped,
/// the abbreviations people write spelled out ("kab" → "kabupaten", "pemkot" → "pemerintah
/// kota", "kemenko" → "kementerian koordinator"). Filler words ("dan", "di", "bidang") are
/// dropped from both sides.
pub fn normalize(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .map(|c| fold_accent(c).to_ascii_lowercase())
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let mut out = Vec::new();
    // "D.I." and "D I" read as one word.
    let spaced = folded.replace("d i ", "di ");
    for w in spaced.split_whitespace() {
        let expanded: &[&str] = match w {
            "kab" | "kabupaten" => &["kabupaten"],
            "pemkab" => &["pemerintah", "kabupaten"],
            "pemkot" => &["pemerintah", "kota"],
            "pemprov" => &["pemerintah", "provinsi"],
            "prov" | "propinsi" => &["provinsi"],
            "kemenko" => &["kementerian", "koordinator"],
            "kemen" | "kementrian" => &["kementerian"],
            "setjen" | "sekjen" => &["sekretariat", "jenderal"],
            "ri" => &["republik", "indonesia"],
            "dan" | "bidang" | "dari" | "&" => &[],
            other => {
                out.push(other.to_string());
                continue;
            }
        };
        out.extend(expanded.iter().map(|s| s.to_string()));
    }
    out
}

/// The base letter of a Latin letter with an accent (names are written with and without).
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_abbreviations_spelled_out() {
        assert_eq!(
            normalize("Pemerintah Kab. Paser"),
            ["pemerintah", "kabupaten", "paser"]
        );
        assert_eq!(normalize("kab paser"), ["kabupaten", "paser"]);
        assert_eq!(
            normalize("KEMENKO perekonomian"),
            ["kementerian", "koordinator", "perekonomian"]
        );
        assert_eq!(
            normalize("Pemerintah D.I. Yogyakarta"),
            ["pemerintah", "di", "yogyakarta"]
        );
        assert_eq!(normalize("Bélitung, Timur!"), ["belitung", "timur"]);
        assert_eq!(
            normalize("Mahkamah Agung RI"),
            ["mahkamah", "agung", "republik", "indonesia"]
        );
    }
}
