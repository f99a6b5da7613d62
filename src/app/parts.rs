//! The split points: every part of the shell a first visit does not need, each in a chunk of
//! its own (see [`super::lazy`]). A part is a render function handed over by a
//! `#[wasm_split(chunk)]` function; only that function reaches the part's components, so the
//! build moves them — and everything only they use — into the chunk. Natively (tests, the
//! prerender) the functions are called directly.
//!
//! A new screen or feature is born here, as a piece with its own chunk.

use std::sync::OnceLock;

use yew::prelude::*;

use super::components::case_panel::CasePanel;
use super::components::catalogue_panel::CataloguePanel;
use super::components::embed_view::EmbedView;
use super::components::files_panel::FilesPanel;
use super::components::framework_about::FrameworkAbout;
use super::components::indicator_details::{IndicatorDetails, IndicatorDetailsProps};
use super::components::indicator_list::IndicatorList;
use super::components::items_piece::ItemsPiece;
use super::components::items_summary::ItemsSummary;
use super::components::marginal_gains::MarginalGains;
use super::components::merge_panel::MergePanel;
use super::components::notice_banner::NoticeBanner;
use super::components::pemdi_start::PemdiStart;
use super::components::planner_panel::PlannerPanel;
use super::components::presenter_view::PresenterView;
use super::components::print_brief::PrintBrief;
use super::components::roadmap_panel::RoadmapPanel;
use super::components::scenario_comparison::ScenarioComparison;
use super::components::scenario_list::ScenarioList;
use super::components::share_panel::SharePanel;
use super::components::share_view::ShareView;
use super::components::standing_view::StandingView;
use super::components::unit_pages::UnitPages;
use super::components::units_panel::UnitsPanel;
use super::components::with_plan::WithPlan;
use super::components::workshop_opener::WorkshopOpener;
use super::components::workshop_panel::WorkshopPanel;
use super::lazy::{LoadFailed, Loading, Render, Room};
use crate::engine::fragment::Part;

/// A split point: with the `split` feature (the release build) a `#[wasm_split(chunk)]`
/// function, whose call fetches its chunk first; without it (component tests, the prerender)
/// the same function, called directly.
macro_rules! split {
    ($chunk:ident: fn $name:ident() -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($chunk, fallible)]
        fn $name() -> $ret $body

        #[cfg(not(feature = "split"))]
        async fn $name() -> $ret $body
    };
}

mod tables;
mod warm;

pub use tables::{
    API, ENGLISH, KEEP, Keep, LINK, PUBLISHED_CALLS, QR, TRANSFER, Transfer, link_reader,
    transfer_for_export,
};
pub use warm::warm;

/// The parts that live in chunks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Piece {
    /// The planning screen: goal seek with its options, cheapest gains.
    Plan,
    /// The scenarios screen: the list, the comparison and its charts.
    Scenarios,
    /// The roadmap screen.
    Roadmap,
    /// The standing screen: published results, ranks, history.
    Standing,
    /// On the standing screen, for work in a framework with a successor (SPBE 2020): the
    /// crosswalk to it and the start of a plan there.
    Crosswalk,
    /// Files and sharing: export, import, the link and its QR code.
    Files,
    /// On the files screen, opened by its heading: the case studies and exercise links for
    /// workshops (a first visit does not use them).
    Workshop,
    /// Presenter mode (the whole page while presenting).
    Presenter,
    /// The printed one-page brief (on the page only while printing).
    Brief,
    /// The evidence work by unit and the timeline of due dates, on the planning screen once
    /// the work keeps evidence items (a first visit never needs it).
    Units,
    /// One printed page per unit (on the page only while printing them).
    UnitPages,
    /// A unit's file in the restricted mode (the whole page while it is open).
    Share,
    /// Merging the files units sent back, on the files screen once the work keeps items.
    Merge,
    /// The calculator inside another site's page.
    Embedded,
    /// The case study or exercise in progress, on the entry screen.
    Case,
    /// What opens under an indicator: criteria, external index, evidence helper, planning
    /// options and note.
    Details,
    /// The detailed cards, the second way of entering levels.
    Cards,
    /// Under "about this framework": what is uncertain, opening a framework of one's own.
    About,
    /// A message above the calculator (a link that could not be read, saved work offered, …):
    /// on the page only while there is one.
    Notice,
    /// The summary's self-assessed and verified indices, while any indicator's value follows
    /// its evidence items.
    Items,
}

/// What a part is given by the component that shows it.
#[derive(Clone, PartialEq)]
pub enum PieceProps {
    None,
    /// What an embedded calculator shows, and whether it is read-only.
    Embedded(Part, bool),
    Details(IndicatorDetailsProps),
}

impl Piece {
    /// Every piece, in the order [`warm`] fetches them: the likely next steps of a visit first.
    pub const ALL: [Piece; 20] = [
        Piece::Details,
        Piece::Plan,
        Piece::Units,
        Piece::Scenarios,
        Piece::Roadmap,
        Piece::Files,
        Piece::Standing,
        Piece::Crosswalk,
        Piece::Brief,
        Piece::UnitPages,
        Piece::Merge,
        Piece::Share,
        Piece::Case,
        Piece::Workshop,
        Piece::Cards,
        Piece::About,
        Piece::Notice,
        Piece::Presenter,
        Piece::Embedded,
        Piece::Items,
    ];

    /// What a first visit fetches once it is idle: the screens, and what opens under a row of
    /// the entry screen; so that the calculator works offline after one visit. The features a
    /// first visit does not use (printing, presenting, workshops and their cases, QR codes,
    /// the cards, "about this framework", the messages) are fetched when first used, or on a
    /// later visit. (Read by `scripts/sizes.mjs` for the first visit's budget.)
    pub const FIRST_VISIT: [Piece; 6] = [
        Piece::Details,
        Piece::Plan,
        Piece::Scenarios,
        Piece::Roadmap,
        Piece::Files,
        Piece::Standing,
    ];

    /// Its name in user-timing marks (`warm-plan`, …).
    fn name(self) -> &'static str {
        match self {
            Piece::Plan => "plan",
            Piece::Scenarios => "scenarios",
            Piece::Roadmap => "roadmap",
            Piece::Standing => "standing",
            Piece::Crosswalk => "crosswalk",
            Piece::Files => "files",
            Piece::Workshop => "workshop",
            Piece::Presenter => "presenter",
            Piece::Brief => "brief",
            Piece::Units => "units",
            Piece::UnitPages => "unit-pages",
            Piece::Share => "share",
            Piece::Merge => "merge",
            Piece::Embedded => "embedded",
            Piece::Case => "case",
            Piece::Details => "details",
            Piece::Cards => "cards",
            Piece::About => "about",
            Piece::Notice => "notice",
            Piece::Items => "items",
        }
    }

    /// The room its fallback holds.
    pub fn room(self) -> Room {
        match self {
            Piece::Details | Piece::Case | Piece::About | Piece::Crosswalk | Piece::Workshop => {
                Room::Block
            }
            Piece::Brief | Piece::UnitPages | Piece::Notice | Piece::Items => Room::None,
            Piece::Units | Piece::Merge => Room::Block,
            _ => Room::Screen,
        }
    }

    fn slot(self) -> &'static OnceLock<Render> {
        static SLOTS: [OnceLock<Render>; Piece::ALL.len()] =
            [const { OnceLock::new() }; Piece::ALL.len()];
        &SLOTS[self as usize]
    }

    /// Its render function, when its chunk is loaded.
    pub fn loaded(self) -> Option<Render> {
        self.slot().get().copied()
    }

    /// Make sure its chunk is loaded; resolves to its render function.
    pub async fn ensure(self) -> Result<Render, LoadFailed> {
        if let Some(render) = self.loaded() {
            return Ok(render);
        }
        // The chunks' style sheet is fetched beside the first chunk, and the part waits for it.
        let style = super::lazy::screens_style();
        let render = self.load().await?;
        style.await;
        Ok(*self.slot().get_or_init(|| render))
    }

    fn load(self) -> Loading<Render> {
        match self {
            Piece::Plan => Box::pin(plan()),
            Piece::Scenarios => Box::pin(scenarios()),
            Piece::Roadmap => Box::pin(roadmap()),
            Piece::Standing => Box::pin(standing()),
            Piece::Crosswalk => Box::pin(crosswalk()),
            Piece::Files => Box::pin(files()),
            Piece::Workshop => Box::pin(workshop()),
            Piece::Presenter => Box::pin(presenter()),
            Piece::Brief => Box::pin(brief()),
            Piece::Units => Box::pin(units()),
            Piece::UnitPages => Box::pin(unit_pages()),
            Piece::Share => Box::pin(share_view()),
            Piece::Merge => Box::pin(merge()),
            Piece::Embedded => Box::pin(embed()),
            Piece::Case => Box::pin(case()),
            Piece::Details => Box::pin(details()),
            Piece::Cards => Box::pin(cards()),
            Piece::About => Box::pin(about()),
            Piece::Notice => Box::pin(notice()),
            Piece::Items => Box::pin(items()),
        }
    }
}

split! {
    plan: fn plan() -> Result<Render, LoadFailed> {
        Ok(|_| html! {
            <WithPlan><PlannerPanel /><MarginalGains /><ItemsPiece piece={Piece::Units} later=true /></WithPlan>
        })
    }
}

split! {
    compare: fn scenarios() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <><ScenarioList /><ScenarioComparison /></> })
    }
}

split! {
    compare: fn roadmap() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <RoadmapPanel /> })
    }
}

split! {
    standing: fn standing() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <StandingView /> })
    }
}

split! {
    crosswalk: fn crosswalk() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <PemdiStart /> })
    }
}

split! {
    work: fn files() -> Result<Render, LoadFailed> {
        Ok(|_| html! {
            <><FilesPanel /><CataloguePanel /><ItemsPiece piece={Piece::Merge} /><SharePanel /><WorkshopOpener /></>
        })
    }
}

split! {
    workshop: fn workshop() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <WorkshopPanel /> })
    }
}

split! {
    present: fn presenter() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <PresenterView /> })
    }
}

split! {
    brief: fn brief() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <WithPlan><PrintBrief /></WithPlan> })
    }
}

split! {
    units: fn units() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <UnitsPanel /> })
    }
}

split! {
    units: fn unit_pages() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <WithPlan><UnitPages /></WithPlan> })
    }
}

split! {
    share: fn share_view() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <ShareView /> })
    }
}

split! {
    share: fn merge() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <MergePanel /> })
    }
}

split! {
    embed: fn embed() -> Result<Render, LoadFailed> {
        Ok(|p| match p {
            PieceProps::Embedded(show, read_only) => {
                html! { <EmbedView show={*show} read_only={*read_only} /> }
            }
            _ => html! {},
        })
    }
}

split! {
    workshop: fn case() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <CasePanel /> })
    }
}

split! {
    entry: fn details() -> Result<Render, LoadFailed> {
        Ok(|p| match p {
            PieceProps::Details(p) => html! { <IndicatorDetails ..p.clone() /> },
            _ => html! {},
        })
    }
}

split! {
    entry: fn items() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <ItemsSummary /> })
    }
}

split! {
    entry: fn cards() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <IndicatorList /> })
    }
}

split! {
    about: fn about() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <FrameworkAbout /> })
    }
}

split! {
    work: fn notice() -> Result<Render, LoadFailed> {
        Ok(|_| html! { <NoticeBanner /> })
    }
}
