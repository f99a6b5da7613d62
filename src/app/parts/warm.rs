//! Fetching ahead, once a visit is idle, the chunks it may need next.

use super::Piece;

/// Fetch the chunks a visit may need next, one after another. On a first visit the service
/// worker fetches and keeps the chunks of [`Piece::FIRST_VISIT`], the link reader
/// ([`super::LINK`]) and the English texts ([`super::ENGLISH`]; `spbeExtras.warm`), so
/// that the calculator works offline after one visit while this page compiles none of them
/// until a screen is opened (compiling and starting them here took the page's thread while
/// the visitor could already act); where there is no worker, or it could not keep them all,
/// the page loads them itself. On a later visit (the service worker controlled the page
/// already) every piece is loaded and kept ready, and then the worker fetches the rest
/// (`warm`: the other frameworks, the XLSX module, the published results). Runs once the first
/// screen is idle; not while the browser is offline or asks to save data, and it stops at the
/// first failure (a part is tried again when it is shown). Not for an embedded calculator,
/// which shows only its own part. When it is done (or has stopped), `<html data-warm="done">`
/// says so (for tests and measurements).
pub async fn warm() {
    let later = crate::app::tasks::later_visit();
    if !later && crate::app::tasks::worker_keeps("warm-first").await {
        crate::app::tasks::mark("warm-first");
        crate::app::tasks::mark_warm();
        return;
    }
    let pieces: &[Piece] = if later {
        &Piece::ALL
    } else {
        &Piece::FIRST_VISIT
    };
    let mut complete = true;
    for &piece in pieces {
        if piece == Piece::Embedded || piece.loaded().is_some() {
            continue;
        }
        if !crate::app::tasks::online() || piece.ensure().await.is_err() {
            complete = false;
            break;
        }
        crate::app::tasks::mark(&format!("warm-{}", piece.name()));
    }
    // The link reader too, so that a link opens offline after one visit.
    if complete && crate::app::tasks::online() && super::LINK.ensure().await.is_ok() {
        crate::app::tasks::mark("warm-link");
    }
    // And the English texts, so that English works offline after one visit.
    if complete && crate::app::tasks::online() && super::ENGLISH.ensure().await.is_ok() {
        crate::app::tasks::mark("warm-english");
    }
    if later {
        // Not waited for: the worker goes on with the rest on its own.
        let _ = crate::app::tasks::worker_warm("warm");
    }
    crate::app::tasks::mark_warm();
}
