//! For trainers, on the files and sharing screen once its workshop section is opened
//! ([`WorkshopOpener`](super::workshop_opener::WorkshopOpener)): the framework's case studies
//! (label, story, source; opened in one click) and an exercise made from the levels on screen —
//! a target and a limit per indicator — handed out as a link and QR code.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::qr_code::QrCode;
use crate::app::store::use_store;
use crate::engine::plan::Target;
use crate::exercise;
use crate::i18n::{kind_label, workshop_texts};
use crate::state::Action;

/// A select's value into `state` (`None` for the empty option or anything unreadable).
fn chosen<T: std::str::FromStr + 'static>(state: UseStateHandle<Option<T>>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let v = e
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|s| s.value().parse().ok());
        state.set(v);
    })
}

#[component]
pub fn WorkshopPanel() -> Html {
    let store = use_store();
    let t = workshop_texts(store.lang);
    let lang = store.lang;
    let fw = store.fw.clone();
    // The next band above the levels on screen, by default.
    let next = (fw.band_of(&store.score.index, store.basis) + 1).min(fw.bands.len() - 1);
    let band = use_state(|| None::<usize>);
    let pace = use_state(|| None::<u32>);
    let target = band.unwrap_or(next);
    let link = format!(
        "{}#{}",
        crate::app::storage::page_base(),
        exercise::link(&store, Target::Band(target), *pace)
    );
    let onband = chosen(band.clone());
    let onpace = chosen(pace.clone());
    html! {
        <section class="workshop" aria-labelledby="workshop-title" data-testid="workshop">
            <p class="hint">{ t.intro }</p>
            <ul class="cases">
                { for fw.presets.iter().enumerate().filter(|(_, p)| p.kind.is_some()).map(|(i, p)| {
                    let onclick = {
                        let store = store.clone();
                        Callback::from(move |_: MouseEvent| store.dispatch(Action::OpenCase(i)))
                    };
                    html! {
                        <li class="case" data-testid={format!("case-{}", p.id)}>
                            <h3>{ p.name.get(lang) }</h3>
                            <p><span class="case-kind">{ p.kind.map(|k| kind_label(k, lang)).unwrap_or_default() }</span></p>
                            if let Some(s) = &p.story { <p>{ s.get(lang) }</p> }
                            if let Some(src) = &p.source { <p class="hint">{ t.source }{ " " }{ src.clone() }</p> }
                            <button type="button" {onclick} data-testid={format!("open-case-{}", p.id)}>{ t.open_case }</button>
                        </li>
                    }
                }) }
            </ul>
            <h3>{ t.exercise_heading }</h3>
            <p class="hint">{ t.exercise_intro }</p>
            <div class="exercise-form">
                <label>{ t.target_label }{ " " }
                    <select onchange={onband} data-testid="exercise-target">
                        { for fw.bands.iter().enumerate().map(|(b, band)| html! {
                            <option value={b.to_string()} selected={b == target}>{ band.name.get(lang) }</option>
                        }) }
                    </select>
                </label>
                <label>{ t.pace_label }{ " " }
                    <select onchange={onpace} data-testid="exercise-pace">
                        <option value="" selected={pace.is_none()}>{ t.no_pace }</option>
                        { for (1..=fw.max_steps()).map(|p| html! {
                            <option value={p.to_string()} selected={*pace == Some(p)}>{ p }</option>
                        }) }
                    </select>
                </label>
            </div>
            <label class="share-link">{ t.make_link }
                <input type="text" readonly=true value={link.clone()} data-testid="exercise-link" />
            </label>
            <QrCode text={link} class="qr" testid="exercise-qr" />
        </section>
    }
}
