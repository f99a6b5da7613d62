//! One file per unit, merged back: the share a unit gets, the restricted edits, the review of
//! returned files (changes, conflicts, refusals) and applying it; properties — split then merge
//! without edits gives back the identical work, and merging is independent of the files'
//! order when their changes do not conflict.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::random_work::random_work;
use common::{pemdi2026, spbe2020};
use proptest::prelude::*;
use spbe_calculator::engine::{Framework, Lang};
use spbe_calculator::evidence::share::{
    self, Field, ShareDoc, ShareEdit, ShareError, apply, defaults, link, review, split,
};
use spbe_calculator::evidence::{Evidence, ItemStatus, units};
use spbe_calculator::i18n::share_error;

/// Pemdi: I1 (Bappeda) with its second level-2 item Diskominfo's; I3 (BKPSDM).
fn work(fw: &Framework) -> Vec<Option<Evidence>> {
    let mut evidence = vec![None; fw.indicators.len()];
    let mut one = Evidence::catalogue(fw, 0);
    one.unit = "Bappeda".into();
    one.narrative = "Renja memuat RAN Pemdi".into();
    one.items[1].owner = "Diskominfo".into();
    one.items[1].due = "2027-03-31".into();
    let mut three = Evidence::catalogue(fw, 2);
    three.unit = "BKPSDM".into();
    evidence[0] = Some(one);
    evidence[2] = Some(three);
    evidence
}

fn doc_for(fw: &Framework, ev: &[Option<Evidence>], unit: &str) -> ShareDoc {
    split(
        fw,
        ev,
        "Pemerintah Kota Contoh",
        unit,
        Lang::Id,
        "2026-12-03",
    )
}

fn json(doc: &ShareDoc) -> ShareDoc {
    let text = serde_json::to_string_pretty(doc).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_unit_gets_only_its_items_and_narratives() {
    let fw = pemdi2026();
    let ev = work(&fw);
    let disk = doc_for(&fw, &ev, "Diskominfo");
    assert_eq!(disk.indicators.len(), 1);
    assert_eq!(disk.indicators[0].items.len(), 1);
    assert_eq!(
        disk.indicators[0].items[0].code,
        ev[0].as_ref().unwrap().items[1].code
    );
    assert_eq!(disk.indicators[0].items[0].due, "2027-03-31");
    assert!(
        disk.indicators[0].narrative.is_none(),
        "not responsible for I1"
    );
    let bappeda = doc_for(&fw, &ev, "Bappeda");
    let all = ev[0].as_ref().unwrap().items.len();
    assert_eq!(bappeda.indicators[0].items.len(), all - 1);
    assert_eq!(
        bappeda.indicators[0].narrative.as_ref().unwrap().value,
        "Renja memuat RAN Pemdi"
    );
    assert!(
        bappeda.indicators[0]
            .name
            .ends_with("Tata Kelola Pemerintah Digital")
    );
    // The JSON form reads back the same and passes the checks.
    assert_eq!(json(&bappeda), bappeda);
    share::check(&bappeda, &fw).unwrap();
    // Unexported, it proposes nothing.
    let none = review(&fw, &ev, "Pemerintah Kota Contoh", &[bappeda, disk]).unwrap();
    assert!(none.is_empty());
}

#[test]
fn restricted_edits_change_only_the_unit_s_fields() {
    let fw = pemdi2026();
    let ev = work(&fw);
    let doc = doc_for(&fw, &ev, "Bappeda");
    let d = share::edit(
        &doc,
        ShareEdit::Status {
            indicator: 0,
            item: 0,
            status: ItemStatus::Uploaded,
        },
    )
    .unwrap();
    let d = share::edit(
        &d,
        ShareEdit::Location {
            indicator: 0,
            item: 0,
            text: "  https://drive/renja.pdf ".into(),
        },
    )
    .unwrap();
    let d = share::edit(
        &d,
        ShareEdit::Narrative {
            indicator: 0,
            text: "Renja 2026 memuat RAN".into(),
        },
    )
    .unwrap();
    assert_eq!(share::changed(&d), 3);
    assert_eq!(
        d.indicators[0].items[0].location.value,
        "https://drive/renja.pdf"
    );
    assert_eq!(d.indicators[0].items[0].location.base, "");
    // Nothing to change, or nothing there: no edit.
    assert!(
        share::edit(
            &d,
            ShareEdit::Status {
                indicator: 0,
                item: 0,
                status: ItemStatus::Uploaded
            }
        )
        .is_none()
    );
    assert!(
        share::edit(
            &d,
            ShareEdit::Note {
                indicator: 9,
                item: 0,
                text: "x".into()
            }
        )
        .is_none()
    );
    let disk = doc_for(&fw, &ev, "Diskominfo");
    assert!(
        share::edit(
            &disk,
            ShareEdit::Narrative {
                indicator: 0,
                text: "x".into()
            }
        )
        .is_none(),
        "not its narrative"
    );
    // Long texts are cut at their limits.
    let long = share::edit(
        &d,
        ShareEdit::Note {
            indicator: 0,
            item: 1,
            text: "n".repeat(5_000),
        },
    )
    .unwrap();
    assert_eq!(
        long.indicators[0].items[1].note.value.chars().count(),
        spbe_calculator::evidence::MAX_ITEM_NOTE
    );
}

#[test]
fn the_review_lists_changes_and_conflicts_and_applies_choices() {
    let fw = pemdi2026();
    let mut ev = work(&fw);
    let bappeda = doc_for(&fw, &ev, "Bappeda");
    let disk = doc_for(&fw, &ev, "Diskominfo");
    // Bappeda uploads item 0 and writes the narrative; Diskominfo uploads its item.
    let b = share::edit(
        &bappeda,
        ShareEdit::Status {
            indicator: 0,
            item: 0,
            status: ItemStatus::Uploaded,
        },
    )
    .unwrap();
    let b = share::edit(
        &b,
        ShareEdit::Narrative {
            indicator: 0,
            text: "Renja 2026".into(),
        },
    )
    .unwrap();
    let d = share::edit(
        &disk,
        ShareEdit::Status {
            indicator: 0,
            item: 0,
            status: ItemStatus::Accepted,
        },
    )
    .unwrap();
    // Meanwhile the coordinator changed the narrative too: a conflict.
    ev[0].as_mut().unwrap().narrative = "Renja (koordinator)".into();
    let code0 = ev[0].as_ref().unwrap().items[0].code.clone();
    let code1 = ev[0].as_ref().unwrap().items[1].code.clone();
    let changes = review(&fw, &ev, "pemerintah  kota contoh", &[json(&b), json(&d)]).unwrap();
    let fields: Vec<(&str, Field, bool)> = changes
        .iter()
        .map(|c| (c.slot.code.as_str(), c.slot.field, c.conflict))
        .collect();
    assert_eq!(
        fields,
        [
            ("", Field::Narrative, true),
            (code0.as_str(), Field::Status, false),
            (code1.as_str(), Field::Status, false)
        ]
    );
    assert_eq!(changes[0].current, "Renja (koordinator)");
    assert_eq!(changes[0].proposals[0].value, "Renja 2026");
    assert_eq!(changes[0].proposals[0].units, ["Bappeda"]);
    assert_eq!(changes[1].current, "missing");
    assert_eq!(changes[1].proposals[0].value, "uploaded");
    // Order does not matter.
    assert_eq!(
        review(&fw, &ev, "Pemerintah Kota Contoh", &[d.clone(), b.clone()]).unwrap(),
        changes
    );
    // Nothing chosen for the conflict: the work's narrative stays; the statuses change.
    let chosen = defaults(&changes);
    assert_eq!(chosen, [None, Some(0), Some(0)]);
    let merged = apply(&ev, &changes, &chosen);
    let one = merged[0].as_ref().unwrap();
    assert_eq!(one.narrative, "Renja (koordinator)");
    assert_eq!(one.items[0].status, ItemStatus::Uploaded);
    assert_eq!(one.items[1].status, ItemStatus::Accepted);
    // The unit's narrative chosen.
    let merged = apply(&ev, &changes, &[Some(0), Some(0), Some(0)]);
    assert_eq!(merged[0].as_ref().unwrap().narrative, "Renja 2026");
    // Applied again, the same files propose nothing more.
    assert!(
        review(&fw, &merged, "Pemerintah Kota Contoh", &[b, d])
            .unwrap()
            .is_empty()
    );
}

#[test]
fn two_files_that_disagree_are_a_conflict_with_both_values() {
    let fw = pemdi2026();
    let ev = work(&fw);
    let doc = doc_for(&fw, &ev, "Diskominfo");
    let a = share::edit(
        &doc,
        ShareEdit::Note {
            indicator: 0,
            item: 0,
            text: "versi A".into(),
        },
    )
    .unwrap();
    let b = share::edit(
        &doc,
        ShareEdit::Note {
            indicator: 0,
            item: 0,
            text: "versi B".into(),
        },
    )
    .unwrap();
    let changes = review(&fw, &ev, "Pemerintah Kota Contoh", &[b.clone(), a.clone()]).unwrap();
    assert_eq!(changes.len(), 1);
    assert!(changes[0].conflict);
    let values: Vec<&str> = changes[0]
        .proposals
        .iter()
        .map(|p| p.value.as_str())
        .collect();
    assert_eq!(values, ["versi A", "versi B"]);
    assert_eq!(
        review(&fw, &ev, "Pemerintah Kota Contoh", &[a, b]).unwrap(),
        changes
    );
}

#[test]
fn files_from_elsewhere_or_changed_outside_the_share_are_refused() {
    let fw = pemdi2026();
    let ev = work(&fw);
    let inst = "Pemerintah Kota Contoh";
    let disk = doc_for(&fw, &ev, "Diskominfo");
    let refused = |docs: &[ShareDoc]| review(&fw, &ev, inst, docs).unwrap_err();
    // Another institution.
    let other = split(&fw, &ev, "Kabupaten Lain", "Diskominfo", Lang::Id, "");
    assert!(matches!(
        refused(&[disk.clone(), other]),
        (1, ShareError::OtherInstitution { .. })
    ));
    // Another framework.
    let spbe = spbe2020();
    let wrong = split(
        &spbe,
        &vec![None; spbe.indicators.len()],
        inst,
        "Diskominfo",
        Lang::Id,
        "",
    );
    let (_, e) = refused(&[wrong]);
    assert_eq!(
        e,
        ShareError::WrongModel {
            found: "spbe-2020".into(),
            expected: "pemdi-2026".into()
        }
    );
    // An item of another unit slipped into the file.
    let mut slipped = disk.clone();
    let bappeda_item = doc_for(&fw, &ev, "Bappeda").indicators[0].items[0].clone();
    slipped.indicators[0].items.push(bappeda_item.clone());
    let (_, e) = refused(&[slipped]);
    assert_eq!(
        e,
        ShareError::OutsideShare {
            unit: "Diskominfo".into(),
            indicator: 1,
            code: bappeda_item.code.clone()
        }
    );
    // An item moved to another level, a narrative the unit does not own.
    let mut moved = disk.clone();
    moved.indicators[0].items[0].level += 1;
    assert!(matches!(
        refused(&[moved]).1,
        ShareError::OutsideShare { .. }
    ));
    let mut narrative = disk.clone();
    narrative.indicators[0].narrative = Some(share::Pair {
        base: String::new(),
        value: "x".into(),
    });
    assert!(
        matches!(refused(&[narrative]).1, ShareError::OutsideShare { ref code, .. } if code.is_empty())
    );
    // Not ours, newer, unknown status.
    let mut not = disk.clone();
    not.kind = "work".into();
    assert_eq!(refused(&[not]).1, ShareError::NotAShare);
    let mut newer = disk.clone();
    newer.schema = 2;
    assert_eq!(refused(&[newer]).1, ShareError::NewerSchema { found: 2 });
    let mut bad = disk.clone();
    bad.indicators[0].items[0].status.value = "selesai".into();
    let e = refused(&[bad]).1;
    assert!(share_error(&e, Lang::Id).contains("status “selesai” tidak dikenal"));
    assert!(share_error(&e, Lang::En).contains("unknown status “selesai”"));
    // Every refusal has a message in both languages.
    let (_, e) = refused(&[{
        let mut s = disk.clone();
        s.indicators[0].items.push(bappeda_item);
        s
    }]);
    assert!(share_error(&e, Lang::Id).contains("di luar bagian unit itu"));
    assert!(share_error(&e, Lang::En).contains("outside that unit's share"));
}

/// Every unit's file of `evidence`, each with random restricted edits on its own items (so no
/// two files touch the same field), and the evidence those edits give when made directly.
fn edited(
    fw: &Framework,
    evidence: &[Option<Evidence>],
    bytes: &[u8],
) -> (Vec<ShareDoc>, Vec<Option<Evidence>>) {
    let mut expected = evidence.to_vec();
    let mut k = 0usize;
    let mut next = || {
        k += 1;
        bytes.get(k % bytes.len().max(1)).copied().unwrap_or(3)
    };
    let docs = units(evidence)
        .into_iter()
        .map(|unit| {
            let mut doc = split(fw, evidence, "Instansi", &unit, Lang::En, "");
            for (d, ind) in doc.clone().indicators.iter().enumerate() {
                let i = fw
                    .indicators
                    .iter()
                    .position(|x| x.no == ind.indicator)
                    .unwrap();
                for (j, item) in ind.items.iter().enumerate() {
                    if next() % 3 != 0 {
                        continue;
                    }
                    let status = spbe_calculator::evidence::ITEM_STATUSES[next() as usize % 5].0;
                    if let Some(e) = share::edit(
                        &doc,
                        ShareEdit::Status {
                            indicator: d,
                            item: j,
                            status,
                        },
                    ) {
                        doc = e;
                        let ev = expected[i].as_mut().unwrap();
                        ev.items
                            .iter_mut()
                            .find(|it| it.code == item.code)
                            .unwrap()
                            .status = status;
                    }
                }
            }
            doc
        })
        .collect();
    (docs, expected)
}

/// `doc` as the coordinator's link and back, as the unit's calculator reads it: `None` when it
/// does not fit in a link.
fn through_link(fw: &Framework, doc: &ShareDoc, lang: Lang) -> Option<ShareDoc> {
    let json = serde_json::to_string(&link::compact(doc, fw, lang)).unwrap();
    let fragment = link::fragment(&fw.id, &json).ok()?;
    assert!(fragment.len() <= link::MAX_LINK);
    assert_eq!(
        spbe_calculator::engine::fragment::model_of(&fragment),
        fw.id
    );
    let text = link::decode(link::payload(&fragment).unwrap()).unwrap();
    let back: ShareDoc = serde_json::from_str(&text).unwrap();
    share::check(&back, fw).unwrap();
    Some(link::restore(back, fw, lang))
}

#[test]
fn a_unit_link_leaves_out_what_the_framework_gives_back_and_says_when_it_is_too_long() {
    let fw = pemdi2026();
    let ev = work(&fw);
    let bappeda = doc_for(&fw, &ev, "Bappeda");
    let compact = link::compact(&bappeda, &fw, Lang::Id);
    assert!(compact.indicators.iter().all(|i| i.name.is_empty()));
    assert!(
        compact
            .indicators
            .iter()
            .flat_map(|i| &i.items)
            .all(|it| it.text.is_empty())
    );
    assert_eq!(through_link(&fw, &bappeda, Lang::Id).unwrap(), bappeda);
    // An item's own text (not the catalogue's) travels in the link.
    let mut own = ev.clone();
    own[2].as_mut().unwrap().items[0].text = Some("SK Tim SPBE 2026, ditandatangani".into());
    let bkpsdm = doc_for(&fw, &own, "BKPSDM");
    let compact = link::compact(&bkpsdm, &fw, Lang::Id);
    assert_eq!(
        compact.indicators[0].items[0].text,
        "SK Tim SPBE 2026, ditandatangani"
    );
    assert_eq!(through_link(&fw, &bkpsdm, Lang::Id).unwrap(), bkpsdm);
    // Opened by a unit that reads English: the framework's texts come back in English.
    let english = link::restore(compact, &fw, Lang::En);
    let second = &english.indicators[0].items[1];
    let catalogue = fw.indicators[2]
        .items
        .iter()
        .flatten()
        .find(|c| c.code == second.code)
        .unwrap();
    assert_eq!(second.text, catalogue.text.get(Lang::En));
    assert_ne!(
        second.text, bkpsdm.indicators[0].items[1].text,
        "the English text, not the Indonesian"
    );
    assert_eq!(
        english.indicators[0].items[0].text,
        "SK Tim SPBE 2026, ditandatangani"
    );
    assert_ne!(english.indicators[0].name, bkpsdm.indicators[0].name);
    // A unit with every item of every indicator: longer than a link, said with its length.
    let mut all = vec![None; fw.indicators.len()];
    for (i, slot) in all.iter_mut().enumerate() {
        let mut e = Evidence::catalogue(&fw, i);
        e.unit = "Sekretariat Daerah".into();
        for it in &mut e.items {
            it.note = "Menunggu tanda tangan kepala daerah; unggah setelah rapat koordinasi".into();
        }
        *slot = Some(e);
    }
    let doc = doc_for(&fw, &all, "Sekretariat Daerah");
    let json = serde_json::to_string(&link::compact(&doc, &fw, Lang::Id)).unwrap();
    let long = link::fragment(&fw.id, &json).unwrap_err();
    assert!(long > link::MAX_LINK);
    // A damaged link is refused as not a unit's file, never a panic.
    assert_eq!(link::decode("bm90IGpzb24"), Ok("not json".to_string()));
    assert!(serde_json::from_str::<ShareDoc>("not json").is_err());
    assert_eq!(link::decode("***"), Err(ShareError::NotAShare));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn split_then_merge_without_edits_is_the_identical_work(bytes in proptest::collection::vec(any::<u8>(), 64..2048)) {
        let fw = pemdi2026();
        let w = random_work(&fw, &bytes);
        let docs: Vec<ShareDoc> = units(&w.evidence)
            .iter()
            .map(|u| json(&split(&fw, &w.evidence, &w.institution, u, Lang::Id, "")))
            .collect();
        let changes = review(&fw, &w.evidence, &w.institution, &docs).unwrap();
        prop_assert!(changes.is_empty());
        prop_assert_eq!(apply(&w.evidence, &changes, &defaults(&changes)), w.evidence);
    }

    #[test]
    fn a_unit_link_gives_back_the_unit_s_file(bytes in proptest::collection::vec(any::<u8>(), 64..2048)) {
        let fw = pemdi2026();
        let w = random_work(&fw, &bytes);
        for u in units(&w.evidence) {
            let doc = split(&fw, &w.evidence, &w.institution, &u, Lang::Id, "2026-12-03");
            match through_link(&fw, &doc, Lang::Id) {
                Some(back) => prop_assert_eq!(back, doc),
                // Too long for a link: then the file is really that long.
                None => prop_assert!(serde_json::to_string(&link::compact(&doc, &fw, Lang::Id)).unwrap().len() * 4 / 3 > link::MAX_LINK - 40),
            }
        }
    }

    #[test]
    fn merging_is_independent_of_the_files_order(bytes in proptest::collection::vec(any::<u8>(), 64..2048), edits in proptest::collection::vec(any::<u8>(), 1..64)) {
        let fw = pemdi2026();
        let w = random_work(&fw, &bytes);
        let (docs, expected) = edited(&fw, &w.evidence, &edits);
        let forward = review(&fw, &w.evidence, "Instansi", &docs).unwrap();
        let mut reversed = docs.clone();
        reversed.reverse();
        prop_assert_eq!(&review(&fw, &w.evidence, "Instansi", &reversed).unwrap(), &forward);
        prop_assert!(forward.iter().all(|c| !c.conflict));
        prop_assert_eq!(apply(&w.evidence, &forward, &defaults(&forward)), expected);
    }
}
