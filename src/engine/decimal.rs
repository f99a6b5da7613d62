//! Decimal numbers as people and files write them ("3", "3.25", "1,1667"), read exactly into
//! integers in units of `10^-decimals`. One reading shared by the link, the files, the model
//! loader and the JavaScript API, so a value is classified the same way everywhere.

use super::model::Scale;

/// Why one value (as a program or a file wrote it) was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueFault {
    NotANumber,
    /// More decimals than allowed.
    TooPrecise,
    /// A number, but outside the allowed range (negative, too large, overflowing).
    OutOfRange,
}

/// Parse a decimal written with a point (`"3"`, `"3.25"`) into units of `10^-decimals`.
/// `Err(false)`: not a number; `Err(true)`: too many decimals.
pub(crate) fn parse_value(text: &str, decimals: u8) -> Result<u32, bool> {
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, f),
        None => (text, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(int) || !(frac.is_empty() || digits(frac)) || (text.ends_with('.')) {
        return Err(false);
    }
    // Trailing zeros add no precision: "2.50" has two decimals of which one counts.
    let frac = frac.trim_end_matches('0');
    if frac.len() > usize::from(decimals) {
        return Err(true);
    }
    let unit = 10u32.pow(u32::from(decimals));
    let int: u32 = int.parse().map_err(|_| false)?;
    let mut f: u32 = if frac.is_empty() {
        0
    } else {
        frac.parse().map_err(|_| false)?
    };
    for _ in frac.len()..usize::from(decimals) {
        f *= 10;
    }
    int.checked_mul(unit)
        .and_then(|v| v.checked_add(f))
        .ok_or(false)
}

/// Read a decimal written with a point or a comma (`"3"`, `"3.25"`, `"1,1667"`, `"-1"`) into
/// units of `10^-decimals`, within `min..=max` (in those units), saying what kind of fault it
/// has.
pub fn read_decimal(text: &str, decimals: u8, min: u32, max: u32) -> Result<u32, ValueFault> {
    let text = text.trim();
    let text = &text.replace(',', ".");
    let unsigned = text.strip_prefix('-');
    // A well-formed decimal: digits, optionally a point and more digits.
    let decimal = |t: &str| {
        let (int, frac) = t.split_once('.').unwrap_or((t, ""));
        !int.is_empty()
            && int.bytes().all(|c| c.is_ascii_digit())
            && frac.bytes().all(|c| c.is_ascii_digit())
            && !t.ends_with('.')
    };
    if unsigned.is_some_and(|u| u.bytes().any(|c| c.is_ascii_digit())) {
        return Err(ValueFault::OutOfRange);
    }
    match parse_value(text, decimals) {
        Ok(v) if (min..=max).contains(&v) => Ok(v),
        Ok(_) => Err(ValueFault::OutOfRange),
        Err(true) => Err(ValueFault::TooPrecise),
        // Digits that overflow are a (huge) number, not a non-number.
        Err(false) if decimal(text) => Err(ValueFault::OutOfRange),
        Err(false) => Err(ValueFault::NotANumber),
    }
}

/// Read one indicator value for `scale` (see [`read_decimal`]).
pub fn read_value(text: &str, scale: Scale) -> Result<u32, ValueFault> {
    read_decimal(text, scale.decimals, scale.min_value(), scale.max_value())
}

/// A JSON number as written, in its shortest form (`3`, `3.25`, `-0.5`), so that it can be
/// read exactly with [`read_decimal`]: the number with the fewest decimals (up to nine) whose
/// nearest double is `v` — what Rust's own `f64` display gives for such numbers, computed
/// with integers, so that no float formatting is needed (it would weigh on the first screen).
/// A number that needs more decimals, or is 10^15 or more, is never a valid value of any scale
/// or file; it is written approximately, for messages (`0.300000000…`, `≥1e15`).
pub fn num_text(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let sign = if v.is_sign_negative() && v != 0.0 {
        "-"
    } else {
        ""
    };
    let a = v.abs();
    if a >= 1e15 {
        return if sign.is_empty() {
            "≥1e15"
        } else {
            "≤-1e15"
        }
        .into();
    }
    let mut scale = 1u64;
    for k in 0..=9u32 {
        let n = (a * scale as f64).round();
        if n / scale as f64 == a {
            let n = n as u64;
            let (i, f) = (n / scale, n % scale);
            if f == 0 {
                return format!("{sign}{i}");
            }
            let frac = format!("{f:0width$}", width = k as usize);
            return format!("{sign}{i}.{}", frac.trim_end_matches('0'));
        }
        scale *= 10;
    }
    // More than nine decimals: the first nine, cut.
    let n = (a * 1e9) as u64;
    format!("{sign}{}.{:09}…", n / 1_000_000_000, n % 1_000_000_000)
}

/// A number's shortest round-trip text in exponent form (`1e+300`, `1.5e-7`, as JavaScript's
/// `String(n)` writes numbers from 1e21 and below 1e-6) written out in full, as Rust's `{}`
/// writes an `f64` (`1000…0`, `0.00000015`); text without an exponent is returned as it is.
/// Lets the JavaScript API take a caller's number exactly without float formatting in the
/// module.
pub fn expand_exponent(text: &str) -> String {
    // Written with pushes, not `format!`: this sits in the app's API chunk and the package.
    let Some((mantissa, exponent)) = text.split_once('e') else {
        return text.to_string();
    };
    // Rust's integer parsing takes the leading `+` JavaScript writes.
    let Ok(exponent) = exponent.parse::<i32>() else {
        return text.to_string();
    };
    let (sign, mantissa) = mantissa
        .strip_prefix('-')
        .map_or(("", mantissa), |m| ("-", m));
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = [int, frac].concat();
    // Where the point goes, counted in digits from the left.
    let point = int.len() as i32 + exponent;
    let mut out = String::from(sign);
    let zeros = |out: &mut String, n: usize| out.extend(std::iter::repeat_n('0', n));
    if point <= 0 {
        out.push_str("0.");
        zeros(&mut out, point.unsigned_abs() as usize);
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        zeros(&mut out, point as usize - digits.len());
    } else {
        let (i, f) = digits.split_at(point as usize);
        out.push_str(i);
        out.push('.');
        out.push_str(f);
    }
    out
}

/// A value in units of `10^-decimals` written with a point and no trailing zeros
/// (`32500, 4` → `"3.25"`): what files and links carry.
pub fn point_text(value: u32, decimals: u8) -> String {
    let unit = 10u32.pow(u32::from(decimals));
    let (i, f) = (value / unit, value % unit);
    if f == 0 {
        return i.to_string();
    }
    let frac = format!("{f:0width$}", width = usize::from(decimals));
    format!("{i}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document and the embed message write a value as `v / 10^decimals` in f64, not by
    /// reading its decimal text back (no float parser in the module): both are the correctly
    /// rounded f64 of the same rational, so they are equal.
    #[test]
    fn dividing_by_the_unit_is_reading_the_text() {
        for decimals in 0..=4u8 {
            let unit = 10u32.pow(u32::from(decimals));
            for v in (0..200_000).chain([999_999, 1_000_001, 12_345_678, u32::MAX]) {
                let text: f64 = point_text(v, decimals).parse().unwrap();
                assert_eq!(f64::from(v) / f64::from(unit), text, "{v} / {unit}");
            }
        }
    }

    #[test]
    fn expand_exponent_writes_what_rust_writes() {
        for v in [
            1e300,
            1e21,
            2.5e21,
            1.5e-7,
            1e-7,
            1.234e-20,
            -3.5e25,
            5e-324,
            1.7976931348623157e308,
            123456.75,
            3.0,
            0.1,
        ] {
            // JavaScript's exponent form: the shortest digits, "e+" for a positive exponent.
            let js = format!("{v:e}").replace("e", "e+").replace("e+-", "e-");
            assert_eq!(expand_exponent(&js), format!("{v}"), "{js}");
            assert_eq!(expand_exponent(&format!("{v}")), format!("{v}"));
        }
        for text in ["NaN", "Infinity", "-Infinity", "1e", "1ex", "1e+x"] {
            assert_eq!(expand_exponent(text), text);
        }
    }

    #[test]
    fn num_text_is_the_shortest_decimal_as_rust_writes_it() {
        for v in [
            0.0,
            1.0,
            3.0,
            3.25,
            1.1667,
            68.75,
            0.1,
            0.2,
            2.5,
            1e-9,
            123456789.123456,
            -0.5,
            -2.0,
            4.05,
            99.99,
            0.000_001,
            1e14,
            999_999_999_999_999.0,
            5.000_000_001,
        ] {
            assert_eq!(num_text(v), format!("{v}"), "{v}");
        }
        assert_eq!(num_text(0.1 + 0.2), "0.300000000…");
        assert_eq!(num_text(1e300), "≥1e15");
        assert_eq!(num_text(-1e15), "≤-1e15");
        assert_eq!(num_text(f64::NAN), "NaN");
        assert_eq!(num_text(f64::INFINITY), "Infinity");
        assert_eq!(num_text(-0.0), "0");
    }

    #[test]
    fn a_quotient_is_the_double_of_the_decimal_and_reads_back_exactly() {
        // Files carry stored values as v / 10^decimals computed in floating point; that is
        // the double nearest the decimal, and its shortest form reads back to v.
        for decimals in 0..=4u8 {
            let unit = 10u32.pow(u32::from(decimals));
            for v in 0..=5 * unit {
                let f = f64::from(v) / f64::from(unit);
                assert_eq!(Ok(f), point_text(v, decimals).parse::<f64>());
                assert_eq!(read_decimal(&num_text(f), decimals, 0, 5 * unit), Ok(v));
            }
        }
    }

    #[test]
    fn reads_points_commas_and_says_why_not() {
        assert_eq!(read_decimal("1,1667", 4, 10_000, 50_000), Ok(11_667));
        assert_eq!(read_decimal(" 2.5 ", 4, 10_000, 50_000), Ok(25_000));
        assert_eq!(read_decimal("2.50", 2, 100, 500), Ok(250));
        assert_eq!(read_decimal("2.500", 2, 100, 500), Ok(250));
        assert_eq!(
            read_decimal("1.16667", 4, 10_000, 50_000),
            Err(ValueFault::TooPrecise)
        );
        assert_eq!(
            read_decimal("5.01", 2, 100, 500),
            Err(ValueFault::OutOfRange)
        );
        assert_eq!(read_decimal("-1", 0, 1, 5), Err(ValueFault::OutOfRange));
        assert_eq!(read_decimal("tiga", 0, 1, 5), Err(ValueFault::NotANumber));
        assert_eq!(read_decimal("3.", 0, 1, 5), Err(ValueFault::NotANumber));
        assert_eq!(point_text(32_500, 4), "3.25");
        assert_eq!(point_text(3, 0), "3");
        assert_eq!(num_text(68.75), "68.75");
    }
}
