//! Where the baseline, the scenario and each roadmap year rank among the published results of
//! a year: nationally, among the same kind, and among the same kind in the same province.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::store::Store;
use crate::i18n::{kind_name, standing_texts};
use crate::results::Kind;
use crate::view::RankLine;

/// The year, kind and province the ranks are taken in.
#[derive(Clone, Debug, PartialEq)]
pub struct RankChoice {
    pub year: u16,
    pub kind: Option<Kind>,
    pub province: Option<String>,
}

pub struct RankTableProps {
    pub lines: Vec<RankLine>,
    pub choice: RankChoice,
    pub years: Vec<u16>,
    pub provinces: Vec<String>,
    pub onchoice: Callback<RankChoice>,
}

/// A view function, not a component: drawn again with its parent, which shows what it is
/// given (a component costs its chunk its own lifecycle glue).
pub fn rank_table(store: &Store, props: &RankTableProps) -> Html {
    let (s, lang) = (standing_texts(store.lang), store.lang);
    let change = |f: fn(&mut RankChoice, String)| {
        let (choice, onchoice) = (props.choice.clone(), props.onchoice.clone());
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                let mut c = choice.clone();
                f(&mut c, sel.value());
                onchoice.emit(c);
            }
        })
    };
    let onyear = change(|c, v| c.year = v.parse().unwrap_or(c.year));
    let onkind = change(|c, v| {
        c.kind = Kind::ALL.into_iter().find(|k| k.code() == v);
        if !c.kind.is_some_and(Kind::regional) {
            c.province = None;
        }
    });
    let onprovince = change(|c, v| c.province = (!v.is_empty()).then_some(v));
    let c = &props.choice;
    let regional = c.kind.is_some_and(Kind::regional);
    let cell = |x: &Option<crate::view::RankCell>| {
        x.as_ref()
            .map_or("\u{2013}".to_string(), |r| r.text.clone())
    };
    html! {
        <div class="rank" data-testid="rank">
            <h3 id="rank-title">{ s.rank_heading }</h3>
            <div class="rank-choice">
                <label>
                    <span>{ s.year_label }</span>
                    <select onchange={onyear} data-testid="rank-year">
                        { for props.years.iter().map(|y| html! { <option value={y.to_string()} selected={*y == c.year}>{ y }</option> }) }
                    </select>
                </label>
                <label>
                    <span>{ s.kind_label }</span>
                    <select onchange={onkind} data-testid="rank-kind">
                        <option value="" selected={c.kind.is_none()}>{ s.any_kind }</option>
                        { for Kind::ALL.into_iter().map(|k| html! {
                            <option value={k.code()} selected={c.kind == Some(k)}>{ kind_name(k, lang) }</option>
                        }) }
                    </select>
                </label>
                if regional {
                    <label>
                        <span>{ s.province_label }</span>
                        <select onchange={onprovince} data-testid="rank-province">
                            <option value="" selected={c.province.is_none()}>{ s.any_province }</option>
                            { for props.provinces.iter().map(|p| html! {
                                <option value={p.clone()} selected={c.province.as_deref() == Some(p.as_str())}>{ p.clone() }</option>
                            }) }
                        </select>
                    </label>
                }
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rank-title">
            <table class="parts rank-table">
                <thead>
                    <tr>
                        <th scope="col">{ s.col_what }</th>
                        <th scope="col" class="num">{ s.col_index }</th>
                        <th scope="col">{ s.col_national }</th>
                        if c.kind.is_some() { <th scope="col">{ s.col_kind }</th> }
                        if regional && c.province.is_some() { <th scope="col">{ s.col_province }</th> }
                    </tr>
                </thead>
                <tbody>
                    { for props.lines.iter().enumerate().map(|(k, l)| html! {
                        <tr data-testid={format!("rank-line-{k}")}>
                            <th scope="row">{ l.label.clone() }</th>
                            <td class="num">{ l.index.clone() }</td>
                            <td data-testid="rank-national">{ cell(&l.national) }</td>
                            if c.kind.is_some() { <td data-testid="rank-kind-cell">{ cell(&l.kind) }</td> }
                            if regional && c.province.is_some() { <td data-testid="rank-province-cell">{ cell(&l.province) }</td> }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <p class="hint" data-testid="rank-rule">{ s.rank_rule }</p>
        </div>
    }
}
