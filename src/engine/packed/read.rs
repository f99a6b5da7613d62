//! Reading the packed form: every length checked against the bytes left, groups nested at most
//! [`super::MAX_DEPTH`] deep, never a panic.

use std::collections::BTreeMap;

use super::MAX_DEPTH;
use crate::engine::raw::{
    BandEdge, CaseKind, Confidence, Num, RawBand, RawExternal, RawGroup, RawIndicator, RawItem,
    RawLadder, RawModel, RawOption, RawPreset, RawScale, RawVariant, Rounding, Status, Years,
};
use crate::engine::text::Text;

/// Where reading failed (the byte offset).
type Read<T> = Result<T, usize>;

pub(super) struct Reader<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) at: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn take(&mut self, n: usize) -> Read<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or(self.at)?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    pub(super) fn byte(&mut self) -> Read<u8> {
        Ok(self.take(1)?[0])
    }
    fn uint(&mut self) -> Read<u64> {
        let start = self.at;
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(start)
    }
    fn u32(&mut self) -> Read<u32> {
        let at = self.at;
        u32::try_from(self.uint()?).map_err(|_| at)
    }
    fn u16(&mut self) -> Read<u16> {
        let at = self.at;
        u16::try_from(self.uint()?).map_err(|_| at)
    }
    /// A length that the bytes left can hold (each item takes at least one byte).
    fn len(&mut self) -> Read<usize> {
        let at = self.at;
        let n = usize::try_from(self.uint()?).map_err(|_| at)?;
        if n > self.bytes.len() - self.at {
            return Err(at);
        }
        Ok(n)
    }
    fn str(&mut self) -> Read<String> {
        let n = self.len()?;
        let at = self.at;
        let s = self.take(n)?;
        std::str::from_utf8(s).map(str::to_string).map_err(|_| at)
    }
    fn text(&mut self) -> Read<Text> {
        Ok(Text {
            id: self.str()?,
            en: self.str()?,
        })
    }
    fn num(&mut self) -> Read<Num> {
        let mut b = [0u8; 8];
        b.copy_from_slice(self.take(8)?);
        Ok(Num(f64::from_bits(u64::from_le_bytes(b))))
    }
    fn flag(&mut self) -> Read<bool> {
        let at = self.at;
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(at),
        }
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Read<T>) -> Read<Option<T>> {
        if self.flag()? {
            f(self).map(Some)
        } else {
            Ok(None)
        }
    }
    fn list<T>(&mut self, mut f: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        let n = self.len()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(f(self)?);
        }
        Ok(out)
    }
    /// One of `options`, by its position.
    fn pick<T: Copy>(&mut self, options: &[T]) -> Read<T> {
        let at = self.at;
        options.get(usize::from(self.byte()?)).copied().ok_or(at)
    }
    fn status(&mut self) -> Read<Status> {
        self.pick(&[Status::Official, Status::Reconstructed])
    }
    fn edge(&mut self) -> Read<BandEdge> {
        self.pick(&[BandEdge::LowerInclusive, BandEdge::UpperInclusive])
    }
    fn rounding(&mut self) -> Read<Rounding> {
        self.pick(&[Rounding::HalfUp, Rounding::Truncate])
    }
    pub(super) fn model(&mut self) -> Read<RawModel> {
        Ok(RawModel {
            format: self.u32()?,
            id: self.str()?,
            name: self.text()?,
            index_name: self.text()?,
            version: self.str()?,
            legal_basis: self.str()?,
            years: Years {
                from: self.u16()?,
                to: self.opt(Self::u16)?,
            },
            status: self.status()?,
            note: self.text()?,
            scale: RawScale {
                min: self.u32()?,
                max: self.u32()?,
                decimals: self.byte()?,
                level_tops: self.opt(|r| r.list(Self::num))?,
            },
            ladders: self.list(|r| {
                Ok(RawLadder {
                    id: r.str()?,
                    name: r.text()?,
                    levels: r.list(Self::text)?,
                })
            })?,
            bands: self.list(|r| {
                Ok(RawBand {
                    id: r.str()?,
                    from: r.num()?,
                    name: r.text()?,
                    level: r.opt(Self::text)?,
                    color: r.str()?,
                })
            })?,
            band_edge: self.edge()?,
            index_rounding: self.rounding()?,
            variants: self.list(|r| {
                Ok(RawVariant {
                    id: r.str()?,
                    name: r.text()?,
                    options: r.list(Self::option)?,
                })
            })?,
            presets: self.list(|r| {
                Ok(RawPreset {
                    id: r.str()?,
                    name: r.text()?,
                    levels: r.list(Self::num)?,
                    kind: r.opt(|r| {
                        r.pick(&[
                            CaseKind::Official,
                            CaseKind::Reconstructed,
                            CaseKind::Teaching,
                        ])
                    })?,
                    story: r.opt(Self::text)?,
                    source: r.opt(Self::str)?,
                })
            })?,
            items_status: self.opt(Self::status)?,
            hierarchy: self.list(Self::text)?,
            groups: self.list(|r| r.group(0))?,
        })
    }
    fn option(&mut self) -> Read<RawOption> {
        Ok(RawOption {
            id: self.str()?,
            name: self.text()?,
            explain: self.text()?,
            band_edge: self.opt(Self::edge)?,
            index_rounding: self.opt(Self::rounding)?,
            weights: {
                let n = self.len()?;
                let mut weights = BTreeMap::new();
                for _ in 0..n {
                    let k = self.str()?;
                    weights.insert(k, self.u32()?);
                }
                weights
            },
        })
    }
    fn group(&mut self, depth: usize) -> Read<RawGroup> {
        if depth >= MAX_DEPTH {
            return Err(self.at);
        }
        Ok(RawGroup {
            id: self.str()?,
            name: self.text()?,
            weight: self.u32()?,
            groups: self.list(|r| r.group(depth + 1))?,
            indicators: self.list(Self::indicator)?,
        })
    }
    fn indicator(&mut self) -> Read<RawIndicator> {
        Ok(RawIndicator {
            id: self.str()?,
            no: self.u32()?,
            label: self.opt(Self::str)?,
            name: self.text()?,
            weight: self.u32()?,
            ladder: self.str()?,
            criteria: self.list(Self::text)?,
            external: self.opt(|r| {
                Ok(RawExternal {
                    name: r.text()?,
                    by: r.str()?,
                    decimals: r.byte()?,
                    points: r.list(|r| Ok([r.num()?, r.num()?]))?,
                    confidence: r.pick(&[
                        Confidence::Medium,
                        Confidence::Low,
                        Confidence::Assumption,
                    ])?,
                    note: r.text()?,
                })
            })?,
            items: self.list(|r| {
                Ok(RawItem {
                    level: r.u32()?,
                    code: r.str()?,
                    text: r.text()?,
                })
            })?,
        })
    }
}
