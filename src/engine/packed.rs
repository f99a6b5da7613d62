//! A framework file in a compact binary form: the same [`RawModel`], field by field, for the
//! bundled frameworks the app fetches (`models/<id>.bin`, written by the build from the JSON
//! files, which stay what people read, edit and open). Reading it takes a few hundred lines of
//! code instead of a JSON reader, so the first screen's module carries no JSON or serde code;
//! frameworks of the user's own stay JSON (read where files are read).
//!
//! Layout: `SPBEPK` and a version byte, then the fields in declaration order: whole numbers as
//! LEB128, text as its length and UTF-8 bytes, `Num` as the eight bytes of its `f64` (the very
//! number JSON gave), options as a 0/1 byte, lists as their length and items, enums as a byte.
//! Reading checks every length against the bytes left, nests groups at most [`MAX_DEPTH`]
//! deep and never panics: anything wrong is a [`ModelError::Syntax`].

use std::collections::BTreeMap;

use super::model_error::ModelError;
use super::raw::{
    BandEdge, CaseKind, Confidence, Num, RawBand, RawExternal, RawGroup, RawIndicator, RawItem,
    RawLadder, RawModel, RawOption, RawPreset, RawScale, RawVariant, Rounding, Status, Years,
};
use super::text::Text;

const MAGIC: &[u8] = b"SPBEPK";
const VERSION: u8 = 2;
/// How deep groups may nest (a hierarchy has one or two levels).
pub const MAX_DEPTH: usize = 8;

/// The packed bytes of a framework.
pub fn pack(raw: &RawModel) -> Vec<u8> {
    let mut w = Writer(MAGIC.to_vec());
    w.0.push(VERSION);
    w.model(raw);
    w.0
}

/// A framework from its packed bytes (not yet validated: see `Framework::from_raw`).
pub fn unpack(bytes: &[u8]) -> Result<RawModel, ModelError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len()).ok() != Some(MAGIC) || r.byte().ok() != Some(VERSION) {
        return Err(ModelError::Syntax(
            "not a packed framework file of this version".into(),
        ));
    }
    let raw = r.model().map_err(|at| {
        ModelError::Syntax(format!("the packed framework file is damaged at byte {at}"))
    })?;
    if r.at != bytes.len() {
        return Err(ModelError::Syntax(format!(
            "the packed framework file has {} bytes too many",
            bytes.len() - r.at
        )));
    }
    Ok(raw)
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }
    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn text(&mut self, t: &Text) {
        self.str(&t.id);
        self.str(&t.en);
    }
    fn num(&mut self, n: Num) {
        self.0.extend_from_slice(&n.0.to_bits().to_le_bytes());
    }
    fn flag(&mut self, on: bool) {
        self.0.push(u8::from(on));
    }
    fn opt<T>(&mut self, v: &Option<T>, f: impl FnOnce(&mut Self, &T)) {
        self.flag(v.is_some());
        if let Some(v) = v {
            f(self, v);
        }
    }
    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.uint(items.len() as u64);
        for item in items {
            f(self, item);
        }
    }
    fn model(&mut self, m: &RawModel) {
        self.uint(u64::from(m.format));
        self.str(&m.id);
        self.text(&m.name);
        self.text(&m.index_name);
        self.str(&m.version);
        self.str(&m.legal_basis);
        self.uint(u64::from(m.years.from));
        self.opt(&m.years.to, |w, t| w.uint(u64::from(*t)));
        self.0.push(m.status as u8);
        self.text(&m.note);
        self.uint(u64::from(m.scale.min));
        self.uint(u64::from(m.scale.max));
        self.0.push(m.scale.decimals);
        self.opt(&m.scale.level_tops, |w, tops| {
            w.list(tops, |w, n| w.num(*n))
        });
        self.list(&m.ladders, |w, l| {
            w.str(&l.id);
            w.text(&l.name);
            w.list(&l.levels, Self::text);
        });
        self.list(&m.bands, |w, b| {
            w.str(&b.id);
            w.num(b.from);
            w.text(&b.name);
            w.opt(&b.level, Self::text);
            w.str(&b.color);
        });
        self.0.push(m.band_edge as u8);
        self.0.push(m.index_rounding as u8);
        self.list(&m.variants, |w, v| {
            w.str(&v.id);
            w.text(&v.name);
            w.list(&v.options, |w, o| {
                w.str(&o.id);
                w.text(&o.name);
                w.text(&o.explain);
                w.opt(&o.band_edge, |w, e| w.0.push(*e as u8));
                w.opt(&o.index_rounding, |w, r| w.0.push(*r as u8));
                w.uint(o.weights.len() as u64);
                for (k, v) in &o.weights {
                    w.str(k);
                    w.uint(u64::from(*v));
                }
            });
        });
        self.list(&m.presets, |w, p| {
            w.str(&p.id);
            w.text(&p.name);
            w.list(&p.levels, |w, n| w.num(*n));
            w.opt(&p.kind, |w, k| w.0.push(*k as u8));
            w.opt(&p.story, Self::text);
            w.opt(&p.source, |w, s| w.str(s));
        });
        self.opt(&m.items_status, |w, s| w.0.push(*s as u8));
        self.list(&m.hierarchy, Self::text);
        self.list(&m.groups, Self::group);
    }
    fn group(&mut self, g: &RawGroup) {
        self.str(&g.id);
        self.text(&g.name);
        self.uint(u64::from(g.weight));
        self.list(&g.groups, Self::group);
        self.list(&g.indicators, |w, i| {
            w.str(&i.id);
            w.uint(u64::from(i.no));
            w.opt(&i.label, |w, l| w.str(l));
            w.text(&i.name);
            w.uint(u64::from(i.weight));
            w.str(&i.ladder);
            w.list(&i.criteria, Self::text);
            w.opt(&i.external, |w, e| {
                w.text(&e.name);
                w.str(&e.by);
                w.0.push(e.decimals);
                w.list(&e.points, |w, p| {
                    w.num(p[0]);
                    w.num(p[1]);
                });
                w.0.push(e.confidence as u8);
                w.text(&e.note);
            });
            w.list(&i.items, |w, it| {
                w.uint(u64::from(it.level));
                w.str(&it.code);
                w.text(&it.text);
            });
        });
    }
}

/// Where reading failed (the byte offset).
type Read<T> = Result<T, usize>;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Read<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or(self.at)?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn byte(&mut self) -> Read<u8> {
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
    fn model(&mut self) -> Read<RawModel> {
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
