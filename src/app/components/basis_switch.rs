//! Exact or rounded predicate basis, with one line saying what the choice means.

use yew::prelude::*;

use crate::app::store::Store;
use crate::engine::Basis;
use crate::i18n::strings;
use crate::state::Action;

pub fn basis_switch(store: &Store) -> Html {
    let t = strings(store.lang);
    let option = |basis: Basis, text: &'static str| {
        let checked = store.basis == basis;
        let store = store.clone();
        let onchange = Callback::from(move |_| store.dispatch(Action::SetBasis(basis)));
        html! {
            <label class="choice">
                <input type="radio" name="predicate-basis" value={basis.code()}
                    {checked} {onchange}
                    data-testid={format!("basis-{}", basis.code())} />
                { text }
            </label>
        }
    };
    let explain = match store.basis {
        Basis::Exact => t.basis_explain_exact,
        Basis::Rounded => t.basis_explain_rounded,
    };
    html! {
        <fieldset class="basis-switch">
            <legend>{ t.basis_label }</legend>
            { option(Basis::Exact, t.basis_exact) }
            { option(Basis::Rounded, t.basis_rounded) }
            <p class="hint">{ explain }</p>
        </fieldset>
    }
}
