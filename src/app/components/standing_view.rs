//! The standing screen: where the institution stands among the published SPBE results, its
//! history across frameworks, and the start of a Pemdi plan from SPBE 2020 work. The
//! published results are fetched when the screen first opens.

use yew::prelude::*;

use crate::app::hooks::use_plan::use_roadmap_indices;
use crate::app::lazy::Deferred;
use crate::app::parts::Piece;
use crate::app::published::{self, ResultsRef};
use crate::app::registry;
use crate::app::store::{Store, use_store};
use crate::i18n::{results_error, standing_texts};
use crate::results::{Kind, ResultsError};
use crate::view;

use super::distribution_chart::{DistributionChartProps, distribution_chart};
use super::history_panel::HistoryPanel;
use super::institution_search::InstitutionSearch;
use super::peer_card::{PeerCardProps, peer_card};
use super::peer_domains::{PeerDomainsProps, peer_domains};
use super::rank_table::{RankChoice, RankTableProps, rank_table};

/// "Start a Pemdi plan from this", where the framework in use has a successor (its own chunk:
/// the crosswalk, its reader and table; a first visit, on Pemdi, never fetches it).
fn pemdi_start(store: &Store) -> Html {
    let has_successor = registry::catalog()
        .get(&store.fw.id)
        .is_some_and(|e| e.successor.is_some());
    if has_successor {
        html! { <Deferred piece={Piece::Crosswalk} /> }
    } else {
        html! {}
    }
}

#[component]
pub fn StandingView() -> Html {
    let store = use_store();
    let s = standing_texts(store.lang);
    let data: UseStateHandle<Option<Result<ResultsRef, ResultsError>>> = use_state(|| None);
    {
        let data = data.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                data.set(Some(published::load().await.map(ResultsRef)));
            });
        });
    }
    // Where the ranks are taken: the chosen institution's kind and province, or the user's.
    let choice = use_state(|| None::<RankChoice>);
    // The roadmap years' indices: planned only here, when their inputs change (in slices,
    // the markers appearing once done, where that takes longer).
    let roadmap = use_roadmap_indices(&store);
    let ready = match &*data {
        None => {
            return html! {
                <section class="standing" aria-labelledby="standing-title" data-testid="standing">
                    <h2 id="standing-title">{ s.heading }</h2>
                    <p role="status" data-testid="standing-loading">{ s.loading }</p>
                    { pemdi_start(&store) }
                </section>
            };
        }
        Some(Err(e)) => {
            return html! {
                <section class="standing" aria-labelledby="standing-title" data-testid="standing">
                    <h2 id="standing-title">{ s.heading }</h2>
                    <p class="load-problem" role="alert" data-testid="standing-error">{ results_error(e, store.lang) }</p>
                    { pemdi_start(&store) }
                </section>
            };
        }
        Some(Ok(d)) => d.clone(),
    };
    let peer_rows = store
        .peer
        .as_deref()
        .map(|id| ready.0.of_institution(id))
        .unwrap_or_default();
    let peer_kind = peer_rows.last().map(|r| (r.kind, r.province.clone()));
    let years = ready.0.years();
    let chosen = (*choice).clone().unwrap_or_else(|| RankChoice {
        year: years.last().copied().unwrap_or(2024),
        kind: peer_kind.as_ref().map(|k| k.0).or(Some(Kind::Kabupaten)),
        province: peer_kind.and_then(|k| k.1),
    });
    let standing = view::standing(
        &store,
        &ready.0,
        chosen.year,
        chosen.kind,
        chosen.province.as_deref(),
        &roadmap,
    );
    let history = view::history(
        &store,
        &crate::app::registry::catalog(),
        Some(&ready.0),
        &roadmap,
    );
    let onchoice = {
        let choice = choice.clone();
        Callback::from(move |c: RankChoice| choice.set(Some(c)))
    };
    html! {
        <section class="standing" aria-labelledby="standing-title" data-testid="standing">
            <h2 id="standing-title">{ s.heading }</h2>
            <p class="hint">{ s.intro }</p>
            <InstitutionSearch data={ready.clone()} />
            { peer_card(&store, &PeerCardProps { peer: standing.peer.clone() }) }
            if standing.applies {
                { rank_table(&store, &RankTableProps {
                    lines: standing.lines.clone(), choice: chosen.clone(), years,
                    provinces: ready.0.provinces().into_iter().map(str::to_string).collect::<Vec<_>>(), onchoice,
                }) }
                if let Some(chart) = &standing.distribution {
                    { distribution_chart(&DistributionChartProps { chart: chart.clone() }) }
                }
                { peer_domains(&store, &PeerDomainsProps { lines: standing.domains.clone(), heads: standing.domain_heads.clone() }) }
            } else {
                <p class="only-spbe" data-testid="only-spbe">{ s.only_spbe }</p>
            }
            <p class="source hint"><strong>{ s.source }{ ": " }</strong>{ ready.0.source.get(store.lang).to_string() }</p>
            <HistoryPanel history={history} />
            { pemdi_start(&store) }
        </section>
    }
}
