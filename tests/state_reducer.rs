//! The app state's transitions, natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::spbe2020;
use spbe_calculator::engine::{Basis, Lang};
use spbe_calculator::state::{Action, Notice, State};

fn fresh() -> State {
    State::new(Rc::new(spbe2020()), Lang::Id)
}

#[test]
fn starts_at_the_floor_with_no_changes() {
    let s = fresh();
    assert_eq!(s.levels, vec![1; 47]);
    assert_eq!(s.score.index.cents(), 100);
    assert!(!s.has_changes());
    assert_eq!(
        s.fragment(),
        format!("model=spbe-2020&levels={}&lang=id", "1".repeat(47))
    );
}

#[test]
fn level_changes_rescore_and_track_the_baseline() {
    let s = fresh();
    let s = s
        .apply(Action::SetLevel {
            indicator: 12,
            value: 3,
        })
        .unwrap();
    // Indicator 13 weighs 2,50 %: +2 levels = +0,05 on the index, +0,50 on aspect 2.
    assert_eq!(s.score.index.cents(), 105);
    assert_eq!(s.score.aspects[1].cents(), 150);
    assert_eq!(s.base_score.index.cents(), 100);
    assert!(s.has_changes());
    // Same value again, out-of-range values and unknown indicators change nothing.
    assert!(
        s.apply(Action::SetLevel {
            indicator: 12,
            value: 3
        })
        .is_none()
    );
    assert!(
        s.apply(Action::SetLevel {
            indicator: 12,
            value: 6
        })
        .is_none()
    );
    assert!(
        s.apply(Action::SetLevel {
            indicator: 47,
            value: 2
        })
        .is_none()
    );
    let b = s.apply(Action::SetBaselineToCurrent).unwrap();
    assert!(!b.has_changes());
    assert_eq!(b.base_score.index.cents(), 105);
    let c = b
        .apply(Action::SetLevel {
            indicator: 0,
            value: 5,
        })
        .unwrap();
    let r = c.apply(Action::ResetToBaseline).unwrap();
    assert_eq!(r.levels, b.levels);
}

#[test]
fn presets_basis_and_language() {
    let s = fresh().apply(Action::StartFromPreset(1)).unwrap();
    assert_eq!(s.score.index.cents(), 295);
    assert!(!s.has_changes());
    assert!(s.apply(Action::StartFromPreset(9)).is_none());
    let s = s.apply(Action::SetBasis(Basis::Rounded)).unwrap();
    assert!(s.fragment().contains("basis=rounded"));
    let s = s.apply(Action::SetLang(Lang::En)).unwrap();
    assert!(s.fragment().ends_with("lang=en"));
}

#[test]
fn a_link_restores_levels_and_baseline_and_a_bad_link_keeps_the_work() {
    let s = fresh()
        .apply(Action::SetLevel {
            indicator: 3,
            value: 4,
        })
        .unwrap();
    let link = format!(
        "#levels={}&base={}&basis=rounded&lang=en",
        "3".repeat(47),
        "2".repeat(47)
    );
    let t = s.apply(Action::open_fragment(link)).unwrap();
    assert_eq!(t.levels, vec![3; 47]);
    assert_eq!(t.baseline, vec![2; 47]);
    assert_eq!((t.basis, t.lang), (Basis::Rounded, Lang::En));
    assert_eq!(t.score.index.cents(), 300);
    assert_eq!(t.base_score.index.cents(), 200);

    let bad = t.apply(Action::open_fragment("#levels=12")).unwrap();
    assert_eq!(bad.levels, t.levels);
    assert_eq!(bad.baseline, t.baseline);
    assert!(matches!(bad.notice.as_deref(), Some(Notice::BadLink(_))));
    // The same bad link again says the same thing anew: a new notice, so a changed state
    // (drawn and announced again), while a copy of the state shares its notice.
    let again = bad.apply(Action::open_fragment("#levels=12")).unwrap();
    assert_eq!(again.notice, bad.notice);
    assert_ne!(again, bad);
    assert_eq!(bad.clone(), bad);
    let ok = bad.apply(Action::DismissNotice).unwrap();
    assert_eq!(ok.notice, None);
    // A link with only a baseline opens it with no changes.
    let only_base = fresh()
        .apply(Action::open_fragment(format!("base={}", "4".repeat(47))))
        .unwrap();
    assert_eq!(only_base.levels, vec![4; 47]);
    assert!(!only_base.has_changes());
}

mod frameworks {
    use std::rc::Rc;

    use super::common::{pemdi2026, spbe2018, spbe2020};
    use spbe_calculator::engine::Lang;
    use spbe_calculator::state::{Action, Notice, PendingReason, State};

    fn switch(s: &State, fw: Rc<spbe_calculator::engine::Framework>) -> State {
        s.apply(Action::SwitchFramework { fw, saved: None })
            .unwrap()
    }

    #[test]
    fn each_framework_keeps_its_own_work() {
        let spbe = Rc::new(spbe2020());
        let pemdi = Rc::new(pemdi2026());
        let s = State::new(spbe.clone(), Lang::Id);
        let s = s.apply(Action::StartFromPreset(1)).unwrap();
        let s = s
            .apply(Action::SetNote {
                indicator: 0,
                text: "SK 12".into(),
            })
            .unwrap();
        let spbe_work = s.work();
        // To Pemdi: its own fresh work, 20 values at 1.
        let p = switch(&s, pemdi.clone());
        assert_eq!(p.fw.id, "pemdi-2026");
        assert_eq!(p.levels, vec![10_000; 20]);
        assert!(p.fragment().starts_with("model=pemdi-2026&levels=1,1,"));
        let p = p
            .apply(Action::SetLevel {
                indicator: 12,
                value: 11_667,
            })
            .unwrap();
        let p = p
            .apply(Action::SetVariant {
                variant: 0,
                option: 1,
            })
            .unwrap();
        assert!(p.fragment().contains("bandEdge=upper-inclusive"));
        // Back to SPBE 2020: the Kemenko levels and the note are there again.
        let back = switch(&p, spbe.clone());
        assert_eq!(back.work(), spbe_work);
        assert_eq!(back.score.index.cents(), 295);
        // And Pemdi again: the decimal value and the edge rule come back.
        let again = switch(&back, pemdi.clone());
        assert_eq!(again.levels[12], 11_667);
        assert_eq!(again.fw.choice, vec![1]);
        assert_eq!(again.shelf.len(), 1, "one shelf entry per framework");
        // The same framework again changes nothing.
        assert!(
            again
                .apply(Action::SwitchFramework {
                    fw: again.fw.clone(),
                    saved: None
                })
                .is_none()
        );
    }

    #[test]
    fn saved_work_comes_back_when_the_shelf_has_none() {
        let spbe = Rc::new(spbe2020());
        let old = Rc::new(spbe2018());
        let s = State::new(spbe, Lang::En);
        let mut saved = State::new(old.clone(), Lang::Id)
            .apply(Action::StartFromPreset(1))
            .unwrap()
            .work();
        saved.choice = vec![1, 1];
        let t = s
            .apply(Action::SwitchFramework {
                fw: old,
                saved: Some(Box::new(saved)),
            })
            .unwrap();
        assert_eq!(t.fw.choice, vec![1, 1]);
        assert_eq!(
            t.fw.indicators[31].weight, 30,
            "four-indicator weights applied"
        );
        assert_eq!(
            t.lang,
            spbe_calculator::engine::Lang::En,
            "the language stays the user's"
        );
        // Denpasar 2018 read with four indicators (35 = mean of 1, 3, 3): aspect 7 = 2,5833,
        // index 2,6567 (2,64 with six items), shown half up.
        assert_eq!(t.score.aspects[6].cents(), 258);
        assert_eq!(t.fw.index_cents(&t.score.index), 266);
    }

    #[test]
    fn external_sources_set_the_converted_value_and_are_kept() {
        let s = State::new(Rc::new(pemdi2026()), Lang::Id);
        assert!(s.external_unknown(4), "SDI not known yet: counted as 1");
        let s = s
            .apply(Action::SetSource {
                indicator: 4,
                value: Some(6_875),
            })
            .unwrap();
        assert_eq!(s.levels[4], 37_500);
        assert!(!s.external_unknown(4));
        assert_eq!(s.work().sources[4], Some(6_875));
        // Out of the source's range, or an indicator without a source: nothing changes.
        assert!(
            s.apply(Action::SetSource {
                indicator: 4,
                value: Some(10_001)
            })
            .is_none()
        );
        assert!(
            s.apply(Action::SetSource {
                indicator: 0,
                value: Some(10)
            })
            .is_none()
        );
        let s = s
            .apply(Action::SetSource {
                indicator: 4,
                value: None,
            })
            .unwrap();
        assert_eq!((s.sources[4], s.levels[4]), (None, 37_500));
    }

    #[test]
    fn a_pasted_link_with_other_values_offers_the_work_it_replaced() {
        let s = State::new(Rc::new(spbe2020()), Lang::Id)
            .apply(Action::StartFromPreset(1))
            .unwrap();
        let before = s.work();
        let t = s
            .apply(Action::open_link(format!("levels={}", "5".repeat(47))))
            .unwrap();
        assert_eq!(t.score.index.cents(), 500);
        assert_eq!(
            t.notice.as_deref(),
            Some(&Notice::Pending(PendingReason::LinkOpened))
        );
        assert_eq!(t.pending.as_deref(), Some(&before));
        // While it is offered, other messages wait.
        assert!(
            t.apply(Action::Notify(Notice::StorageUnavailable.into()))
                .is_none()
        );
        let restored = t.apply(Action::AcceptPending).unwrap();
        assert_eq!(restored.work(), before);
        // The same values again offer nothing.
        let same = s
            .apply(Action::open_link(s.fragment()))
            .unwrap_or(s.clone());
        assert!(same.pending.is_none());
    }
}

mod views {
    use std::rc::Rc;

    use super::common::{pemdi2026, spbe2020};
    use spbe_calculator::engine::{Lang, View};
    use spbe_calculator::state::{Action, EntryMode, State};

    fn fresh() -> State {
        State::new(Rc::new(spbe2020()), Lang::Id)
    }

    #[test]
    fn the_screen_is_in_the_link_but_not_in_the_shared_link() {
        let s = fresh().apply(Action::SetView(View::Rencana)).unwrap();
        assert_eq!(s.view, View::Rencana);
        assert!(s.fragment().contains("&view=rencana&"), "{}", s.fragment());
        // The entry screen is the default and is not written.
        assert!(!fresh().fragment().contains("view="));
        assert!(!s.share_fragment().contains("view="));
        assert_eq!(
            s.share_fragment(),
            s.apply(Action::SetView(View::Isi)).unwrap().fragment()
        );
    }

    #[test]
    fn a_link_with_values_opens_its_screen_or_the_entry_screen() {
        let s = fresh().apply(Action::SetView(View::Berkas)).unwrap();
        let levels = "3".repeat(47);
        let named = s
            .apply(Action::open_fragment(format!(
                "levels={levels}&view=peta-jalan"
            )))
            .unwrap();
        assert_eq!(named.view, View::PetaJalan);
        assert_eq!(named.levels, vec![3; 47]);
        let unnamed = s
            .apply(Action::open_fragment(format!("levels={levels}")))
            .unwrap();
        assert_eq!(unnamed.view, View::Isi);
        // A fragment without values changes only what it names: the screen stays.
        let lang_only = s.apply(Action::open_fragment("lang=en")).unwrap();
        assert_eq!((lang_only.view, lang_only.lang), (View::Berkas, Lang::En));
        // A bad screen name is refused like any bad key: the work and the screen stay.
        let bad = s
            .apply(Action::open_fragment(format!(
                "levels={levels}&view=kantor"
            )))
            .unwrap();
        assert_eq!((bad.view, bad.levels.clone()), (View::Berkas, vec![1; 47]));
        assert!(bad.notice.is_some());
    }

    #[test]
    fn switching_framework_keeps_the_screen_and_the_entry_mode() {
        let s = fresh()
            .apply(Action::SetView(View::Skenario))
            .unwrap()
            .apply(Action::SetEntryMode(EntryMode::Cards))
            .unwrap();
        let p = s
            .apply(Action::SwitchFramework {
                fw: Rc::new(pemdi2026()),
                saved: None,
            })
            .unwrap();
        assert_eq!((p.view, p.entry), (View::Skenario, EntryMode::Cards));
        assert!(p.fragment().contains("view=skenario"));
    }

    #[test]
    fn entry_modes_have_stable_codes() {
        for m in [EntryMode::Table, EntryMode::Cards] {
            assert_eq!(EntryMode::from_code(m.code()), Some(m));
        }
        assert_eq!(EntryMode::from_code("grid"), None);
        assert_eq!(EntryMode::default(), EntryMode::Table);
    }
}

mod standing {
    use std::rc::Rc;

    use super::common::{pemdi2026, spbe2020};
    use spbe_calculator::engine::Lang;
    use spbe_calculator::state::{Action, State};
    use spbe_calculator::work::PastYear;

    #[test]
    fn the_institution_and_its_history_follow_it_to_every_framework() {
        let s = State::new(Rc::new(spbe2020()), Lang::Id)
            .apply(Action::SetPeer(Some("kab-paser".into())))
            .unwrap()
            .apply(Action::SetPastYear {
                year: 2022,
                index: Some(281),
            })
            .unwrap()
            .apply(Action::SetPastYear {
                year: 2019,
                index: Some(215),
            })
            .unwrap();
        // Kept in year order; the same year again replaces; None removes.
        assert_eq!(
            s.history,
            [
                PastYear {
                    year: 2019,
                    index: 215
                },
                PastYear {
                    year: 2022,
                    index: 281
                }
            ]
        );
        let s2 = s
            .apply(Action::SetPastYear {
                year: 2022,
                index: Some(290),
            })
            .unwrap();
        assert_eq!(s2.history[1].index, 290);
        let removed = s2
            .apply(Action::SetPastYear {
                year: 2019,
                index: None,
            })
            .unwrap();
        assert_eq!(removed.history.len(), 1);
        // Out of range: nothing changes.
        for (year, index) in [(2017, Some(200)), (2041, Some(200)), (2020, Some(501))] {
            assert!(s.apply(Action::SetPastYear { year, index }).is_none());
        }
        assert!(
            s.apply(Action::SetPeer(Some(String::new())))
                .is_some_and(|x| x.peer.is_none())
        );
        // To Pemdi and back: the same institution and history.
        let p = s
            .apply(Action::SwitchFramework {
                fw: Rc::new(pemdi2026()),
                saved: None,
            })
            .unwrap();
        assert_eq!((p.peer.as_deref(), p.history.len()), (Some("kab-paser"), 2));
        assert_eq!(p.work().peer.as_deref(), Some("kab-paser"));
    }
}

mod from_another_framework {
    use std::rc::Rc;

    use super::common::pemdi2026;
    use spbe_calculator::engine::{Lang, View};
    use spbe_calculator::state::{Action, State};

    #[test]
    fn untouched_work_takes_the_values_as_baseline_made_work_gets_a_scenario() {
        let levels: Vec<u32> = (0..20)
            .map(|k| if k % 2 == 0 { 15_000 } else { 25_000 })
            .collect();
        let fresh = State::new(Rc::new(pemdi2026()), Lang::Id)
            .apply(Action::SetView(View::Posisi))
            .unwrap();
        let s = fresh
            .apply(Action::StartFromLevels {
                levels: levels.clone(),
                name: "Dari SPBE 2020".into(),
            })
            .unwrap();
        assert_eq!(
            (s.levels.clone(), s.baseline.clone()),
            (levels.clone(), levels.clone())
        );
        assert_eq!((s.scenarios.len(), s.view), (1, View::Isi));
        // Work already made: a new scenario, the baseline stays.
        let made = fresh
            .apply(Action::SetLevel {
                indicator: 0,
                value: 20_000,
            })
            .unwrap();
        let s = made
            .apply(Action::StartFromLevels {
                levels: levels.clone(),
                name: "Dari SPBE 2020".into(),
            })
            .unwrap();
        assert_eq!(s.scenarios.len(), 2);
        assert_eq!(s.scenarios[1].name, "Dari SPBE 2020");
        assert_eq!(s.levels, levels);
        assert_eq!(s.baseline, made.baseline);
        // Values that do not fit the framework change nothing.
        assert!(
            fresh
                .apply(Action::StartFromLevels {
                    levels: vec![1; 47],
                    name: "x".into()
                })
                .is_none()
        );
        assert!(
            fresh
                .apply(Action::StartFromLevels {
                    levels: vec![60_000; 20],
                    name: "x".into()
                })
                .is_none()
        );
    }
}

/// A language whose texts are not here yet (the release build's English chunk) is awaited:
/// the screen stays in the language shown, and turns only when the texts arrive.
#[test]
fn a_language_on_its_way_is_awaited_and_never_mixed() {
    use spbe_calculator::state::settle_lang;
    let only_id: fn(Lang) -> bool = |l| l == Lang::Id;
    let both: fn(Lang) -> bool = |_| true;
    let neither: fn(Lang) -> bool = |_| false;
    assert_eq!(settle_lang(Lang::En, Lang::Id, both), (Lang::En, None));
    assert_eq!(
        settle_lang(Lang::En, Lang::Id, only_id),
        (Lang::Id, Some(Lang::En))
    );
    assert_eq!(settle_lang(Lang::Id, Lang::En, only_id), (Lang::Id, None));
    assert_eq!(
        settle_lang(Lang::En, Lang::En, neither),
        (Lang::Id, Some(Lang::En))
    );

    // Texts that arrive for a language no longer awaited change nothing.
    let s = fresh();
    assert!(s.apply(Action::TextsLoaded(Lang::En, true)).is_none());
    assert!(s.apply(Action::TextsLoaded(Lang::En, false)).is_none());

    let mut waiting = fresh();
    waiting.awaited_lang = Some(Lang::En);
    // They arrive: the screen turns to English.
    let arrived = waiting.apply(Action::TextsLoaded(Lang::En, true)).unwrap();
    assert_eq!((arrived.lang, arrived.awaited_lang), (Lang::En, None));
    assert!(arrived.fragment().ends_with("lang=en"));
    // They could not be fetched: Indonesian stays, and the notice says so.
    let failed = waiting.apply(Action::TextsLoaded(Lang::En, false)).unwrap();
    assert_eq!((failed.lang, failed.awaited_lang), (Lang::Id, None));
    assert_eq!(failed.notice.as_deref(), Some(&Notice::TextsUnavailable));
    // Asked again once the network is back: they arrive, and the failure is no longer said.
    let mut again = failed.clone();
    again.awaited_lang = Some(Lang::En);
    let arrived = again.apply(Action::TextsLoaded(Lang::En, true)).unwrap();
    assert_eq!((arrived.lang, arrived.notice), (Lang::En, None));
    // The user chose Indonesian again meanwhile: English arriving later is not shown.
    let back = waiting.apply(Action::SetLang(Lang::Id)).unwrap();
    assert_eq!(back.awaited_lang, None);
    assert!(back.apply(Action::TextsLoaded(Lang::En, true)).is_none());
    // Saved work offered: the offer stays on screen, the failure is not said over it.
    let mut offered = waiting.clone();
    offered.pending = Some(Box::new(waiting.work()));
    offered.notice = Some(Rc::new(Notice::Pending(
        spbe_calculator::state::PendingReason::LinkOpened,
    )));
    let kept = offered.apply(Action::TextsLoaded(Lang::En, false)).unwrap();
    assert_eq!((kept.lang, kept.awaited_lang), (Lang::Id, None));
    assert!(matches!(kept.notice.as_deref(), Some(Notice::Pending(_))));
    // Other actions keep the wait.
    let moved = waiting
        .apply(Action::SetLevel {
            indicator: 0,
            value: 3,
        })
        .unwrap();
    assert_eq!(moved.awaited_lang, Some(Lang::En));
}
