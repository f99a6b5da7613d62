//! Sharing: the QR code of a link as one SVG path (drawn by the app; no image library).

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white border the QR standard asks for around the code.
pub const QUIET: usize = 4;

/// A QR code: its size in modules (border included) and the SVG path of its dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub size: usize,
    pub path: String,
}

/// The QR code of `text` (error correction M, so a projected code survives glare), or `None`
/// when the text is too long for any QR version.
pub fn qr(text: &str) -> Option<Qr> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                // One horizontal run of dark modules: one rectangle.
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(Qr {
        size: width + 2 * QUIET,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_code_with_quiet_zone_and_finder_patterns() {
        let link = format!("http://127.0.0.1:8080/#levels={}&lang=id", "3".repeat(47));
        let q = qr(&link).unwrap();
        // A QR code is square with 17 + 4·version modules a side.
        assert_eq!((q.size - 2 * QUIET) % 4, 1);
        assert!(q.size > 37);
        // The top-left finder pattern starts with a run of 7 dark modules at (4, 4).
        assert!(q.path.starts_with("M4 4h7v1h-7z"));
        assert_eq!(qr(&link), Some(q), "deterministic");
        assert!(qr(&"x".repeat(5000)).is_none());
    }
}
