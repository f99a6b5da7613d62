//! Writing a framework in the packed form (the build, and tests).

use crate::engine::raw::{Num, RawGroup, RawModel};
use crate::engine::text::Text;

pub(super) struct Writer(pub(super) Vec<u8>);

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
    pub(super) fn model(&mut self, m: &RawModel) {
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
