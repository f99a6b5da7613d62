//! The indicators as one compact table: a row each — number, name, weight, the level buttons
//! (and on a decimal scale the precise value), the change from the baseline — grouped under
//! their domains and aspects. A row opens to its criteria and planning options. Keyboard: the
//! up and down arrows move between rows, left and right change the level, a digit picks it.

use yew::prelude::*;

use crate::app::store::{use_store, use_summary};
use crate::i18n::strings;
use crate::view::PartLine;

use super::delta_badge::delta_badge;
use super::indicator_row::use_rows;
use super::indicator_table_row::IndicatorTableRow;

#[component]
pub fn IndicatorTable() -> Html {
    let store = use_store();
    let (t, lang) = (strings(store.lang), store.lang);
    let summary = use_summary();
    let rows = use_rows();
    crate::app::takeover::use_takeover();
    let built = rows.built;
    let fw = &store.fw;
    let precise = fw.scale.decimals > 0;
    let columns = if precise { 6 } else { 5 };
    let kind = |upper: bool| fw.kind_name(upper).map_or("", |k| k.get(lang));
    let group_row = |class: &'static str, kind: &str, p: &PartLine| {
        html! {
            <tr class={classes!("group", class)} data-testid={format!("group-{}", p.id)}>
                <th colspan={columns.to_string()} scope="colgroup">
                    <span class="kind">{ kind }{ " " }</span>{ p.name.clone() }
                    <span class="meta">
                        { " \u{b7} " }{ t.weight }{ " " }{ p.weight.clone() }{ " \u{b7} " }{ t.value }{ " " }{ p.value.clone() }
                        { " " }{ delta_badge(&p.delta, p.delta_sign, t.change) }
                    </span>
                </th>
            </tr>
        }
    };
    let aspects_of = |d: usize| {
        fw.domains
            .get(d)
            .map_or(0..fw.aspects.len(), |x| x.aspects.clone())
            .filter(|a| fw.aspects[*a].indicators.start < built)
    };
    let pending = rows.pending();
    html! {
        <section class="indicators table-mode" id="indikator" aria-labelledby="indicators-title">
            <div class="table-scroll">
                <table class="entry-table" aria-labelledby="indicators-title" aria-describedby="keyboard-hint"
                    aria-busy={pending.then_some("true")} data-pending={pending.then_some("")}>
                    <thead>
                        <tr>
                            <th scope="col" class="no">{ "No" }</th>
                            <th scope="col">{ t.indicator_col }</th>
                            <th scope="col" class="num">{ t.weight }</th>
                            <th scope="col">{ if precise { t.quick_picks } else { t.level } }</th>
                            if precise { <th scope="col">{ t.value_field }</th> }
                            <th scope="col" class="num">{ t.change }</th>
                        </tr>
                    </thead>
                    // Each keyed list in a fragment of its own: yew flattens a `for` into its
                    // parent's children, and a list with one unkeyed child is matched by
                    // position from its end, so each step of rows would build every row again.
                    <>{ for summary.domains.iter().enumerate().filter(|(d, _)| aspects_of(*d).next().is_some()).map(|(d, lines)| html! {
                        <tbody key={d}>
                            if let Some(domain) = &lines.domain { { group_row("domain", kind(true), domain) } }
                            <>{ for aspects_of(d).zip(lines.aspects.iter()).map(|(a, line)| html! {
                                <key={a}>
                                    { group_row("aspect", kind(false), line) }
                                    <>{ for fw.aspects[a].indicators.clone().filter(|i| *i < built).map(|i| html! {
                                        <IndicatorTableRow key={i} fw={rows.fw.clone()} index={i}
                                            value={rows.levels.get(i).copied().unwrap_or_default()}
                                            base={rows.baseline.get(i).copied().unwrap_or_default()}
                                            lang={lang} onlevel={rows.onlevel.clone()}
                                            onaction={rows.onaction.clone()} options={rows.planning.at(i)}
                                            source={rows.sources.get(i).copied().flatten()} columns={columns} />
                                    }) }</>
                                </>
                            }) }</>
                        </tbody>
                    }) }</>
                </table>
            </div>
        </section>
    }
}
