//! Number formatting for display: Indonesian uses a decimal comma (2,95), English a point.

use super::exact::Exact;
use super::text::Lang;

fn separator(lang: Lang) -> char {
    match lang {
        Lang::Id => ',',
        Lang::En => '.',
    }
}

/// A value given in hundredths, with two decimals: `295` -> "2,95" (id) or "2.95" (en).
pub fn cents(value: u64, lang: Lang) -> String {
    format!("{}{}{:02}", value / 100, separator(lang), value % 100)
}

/// A signed change in hundredths: "+0,12", "−0,05" (true minus sign), "±0,00" for no change.
pub fn signed_cents(delta: i64, lang: Lang) -> String {
    let sign = match delta.signum() {
        1 => '+',
        -1 => '\u{2212}',
        _ => '±',
    };
    format!("{sign}{}", cents(delta.unsigned_abs(), lang))
}

/// A decimal string with a point ("3.4985") in the language's format ("3,4985").
pub fn decimal(text: &str, lang: Lang) -> String {
    text.replace('.', &separator(lang).to_string())
}

/// A stored level value in scale units, as the user reads it: 3 (decimals 0) or "3,25".
pub fn level_value(value: u32, decimals: u8, lang: Lang) -> String {
    if decimals == 0 {
        return value.to_string();
    }
    let unit = 10u32.pow(u32::from(decimals));
    format!(
        "{}{}{:0width$}",
        value / unit,
        separator(lang),
        value % unit,
        width = usize::from(decimals)
    )
}

/// A value in scale units as people read it: whole for a scale without decimals ("3"); else at
/// least two decimals and at most the scale's, trailing zeros dropped ("1,50", "1,1667").
pub fn value(v: u32, decimals: u8, lang: Lang) -> String {
    if decimals == 0 {
        return v.to_string();
    }
    let full = level_value(v, decimals, lang);
    let sep = separator(lang);
    let (int, frac) = full.split_once(sep).unwrap_or((&full, ""));
    let mut frac = frac.trim_end_matches('0').to_string();
    while frac.len() < 2 {
        frac.push('0');
    }
    format!("{int}{sep}{frac}")
}

/// A signed change of a value in scale units: "+1", "−0,24".
pub fn signed_value(delta: i64, decimals: u8, lang: Lang) -> String {
    let sign = if delta >= 0 { "+" } else { "\u{2212}" };
    format!(
        "{sign}{}",
        value(delta.unsigned_abs() as u32, decimals, lang)
    )
}

/// The exact decimal expansion in the language's format, with at least two places and at most
/// eight (then "…"): "2,9475", "0,50".
pub fn exact(v: &Exact, lang: Lang) -> String {
    let mut s = v.decimal_string(8);
    let places = s.split_once('.').map_or(0, |(_, f)| f.chars().count());
    if places == 0 {
        s.push('.');
    }
    for _ in places..2 {
        s.push('0');
    }
    decimal(&s, lang)
}

/// A weight given in basis points as a percentage: `130` -> "1,30 %".
pub fn percent_bp(bp: u32, total: u32, lang: Lang) -> String {
    // Scale to hundredths of a percent, rounding half up (exact for SPBE 2020: total 10 000).
    let hundredths = (u64::from(bp) * 20_000 + u64::from(total)) / (2 * u64::from(total.max(1)));
    format!("{} %", cents(hundredths, lang))
}

/// A whole number with thousands grouped as the language writes them: 5.000 (id), 5,000 (en).
pub fn count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_both_languages() {
        assert_eq!(cents(295, Lang::Id), "2,95");
        assert_eq!(cents(295, Lang::En), "2.95");
        assert_eq!(cents(5, Lang::Id), "0,05");
        assert_eq!(signed_cents(12, Lang::Id), "+0,12");
        assert_eq!(signed_cents(-105, Lang::En), "\u{2212}1.05");
        assert_eq!(signed_cents(0, Lang::Id), "±0,00");
        assert_eq!(decimal("3.4985", Lang::Id), "3,4985");
        assert_eq!(level_value(325, 2, Lang::Id), "3,25");
        assert_eq!(level_value(4, 0, Lang::Id), "4");
        assert_eq!(percent_bp(130, 10_000, Lang::Id), "1,30 %");
        assert_eq!(percent_bp(275, 10_000, Lang::En), "2.75 %");
        assert_eq!(value(15_000, 4, Lang::Id), "1,50");
        assert_eq!(value(11_667, 4, Lang::Id), "1,1667");
        assert_eq!(value(12_600, 4, Lang::En), "1.26");
        assert_eq!(value(3, 0, Lang::Id), "3");
        assert_eq!(signed_value(-2_400, 4, Lang::Id), "\u{2212}0,24");
        assert_eq!(signed_value(2, 0, Lang::Id), "+2");
    }
}
