//! The five predicate bands as one bar, with a marker at the index.

use yew::prelude::*;

use crate::view::BandSegment;

#[derive(Properties, PartialEq)]
pub struct BandBarProps {
    pub bands: Vec<BandSegment>,
    /// Position of the index, in thousandths of the bar.
    pub marker: u32,
    pub label: AttrValue,
    /// Only the coloured track and the marker (the phone's summary strip).
    #[prop_or_default]
    pub compact: bool,
}

fn percent(permille: u32) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

#[component]
pub fn BandBar(props: &BandBarProps) -> Html {
    if props.compact {
        return html! {
            <div class="band-bar compact" aria-hidden="true">
                <div class="band-track">
                    { for props.bands.iter().map(|b| html! {
                        <div class={classes!("band", b.current.then_some("current"))}
                            style={format!("left:{};width:{};background:{}", percent(b.start), percent(b.width), b.color)}>
                        </div>
                    }) }
                    <div class="band-marker" style={format!("left:{}", percent(props.marker))}></div>
                </div>
            </div>
        };
    }
    html! {
        <figure class="band-bar" aria-label={props.label.clone()}>
            <div class="band-track">
                { for props.bands.iter().map(|b| html! {
                    <div class={classes!("band", b.current.then_some("current"))}
                        style={format!("left:{};width:{};background:{}", percent(b.start), percent(b.width), b.color)}
                        title={format!("{} ≥ {}", b.name, b.from)}>
                        <span class="band-name">{ b.name.clone() }</span>
                    </div>
                }) }
                <div class="band-marker" style={format!("left:{}", percent(props.marker))} aria-hidden="true"></div>
            </div>
            <div class="band-edges" aria-hidden="true">
                { for props.bands.iter().skip(1).map(|b| html! {
                    <span style={format!("left:{}", percent(b.start))}>{ b.from.clone() }</span>
                }) }
            </div>
            <figcaption class="sr-only">
                { props.bands.iter().map(|b| format!("{} ≥ {}", b.name, b.from)).collect::<Vec<_>>().join("; ") }
            </figcaption>
        </figure>
    }
}
