//! The rules a framework's sources leave open (Pemdi's band edge, SPBE 2018's public-services
//! aspect and index rounding): one choice each, with one line saying what the choice means.

use yew::prelude::*;

use crate::app::store::Store;
use crate::i18n::strings;
use crate::state::Action;

pub fn variant_switch(store: &Store) -> Html {
    let (t, lang, fw) = (strings(store.lang), store.lang, store.fw.clone());
    html! {
        { for fw.variants.iter().enumerate().map(|(k, v)| {
            let chosen = fw.choice.get(k).copied().unwrap_or(0);
            let explain = v.options.get(chosen).map(|o| o.explain.get(lang).to_string()).unwrap_or_default();
            html! {
                <fieldset class="variant-switch" data-testid={format!("variant-{}", v.id)}>
                    <legend>{ v.name.get(lang) }</legend>
                    { for v.options.iter().enumerate().map(|(o, opt)| {
                        let store = store.clone();
                        let onchange = Callback::from(move |_| {
                            store.dispatch(Action::SetVariant { variant: k, option: o })
                        });
                        html! {
                            <label class="choice">
                                <input type="radio" name={format!("variant-{}", v.id)} value={opt.id.clone()}
                                    checked={chosen == o} {onchange}
                                    data-testid={format!("variant-{}-{}", v.id, opt.id)} />
                                { opt.name.get(lang) }
                            </label>
                        }
                    }) }
                    <p class="hint">{ explain }{ " " }<span class="variant-note">{ t.variant_hint }</span></p>
                </fieldset>
            }
        }) }
    }
}
