//! The five predicate bands as one bar, with a marker at the index.

use yew::prelude::*;

use crate::view::BandSegment;

fn percent(permille: u32) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

/// The bar of `bands` with the marker at `marker` (thousandths of the bar), named `label`; only
/// the coloured track and the marker when `compact` (the phone's summary strip). A view
/// function, not a component (a component costs the first screen's module its own glue).
pub fn band_bar(bands: &[BandSegment], marker: u32, label: &'static str, compact: bool) -> Html {
    if compact {
        return html! {
            <div class="band-bar compact" aria-hidden="true">
                <div class="band-track">
                    { for bands.iter().map(|b| html! {
                        <div class={classes!("band", b.current.then_some("current"))}
                            style={format!("left:{};width:{};background:{}", percent(b.start), percent(b.width), b.color)}>
                        </div>
                    }) }
                    <div class="band-marker" style={format!("left:{}", percent(marker))}></div>
                </div>
            </div>
        };
    }
    html! {
        <figure class="band-bar" aria-label={label}>
            <div class="band-track">
                { for bands.iter().map(|b| html! {
                    <div class={classes!("band", b.current.then_some("current"))}
                        style={format!("left:{};width:{};background:{}", percent(b.start), percent(b.width), b.color)}
                        title={format!("{} ≥ {}", b.name, b.from)}>
                        <span class="band-name">{ b.name.clone() }</span>
                    </div>
                }) }
                <div class="band-marker" style={format!("left:{}", percent(marker))} aria-hidden="true"></div>
            </div>
            <div class="band-edges" aria-hidden="true">
                { for bands.iter().skip(1).map(|b| html! {
                    <span style={format!("left:{}", percent(b.start))}>{ b.from.clone() }</span>
                }) }
            </div>
            <figcaption class="sr-only">
                { bands.iter().map(|b| format!("{} ≥ {}", b.name, b.from)).collect::<Vec<_>>().join("; ") }
            </figcaption>
        </figure>
    }
}
