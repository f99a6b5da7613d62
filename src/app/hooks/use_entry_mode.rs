//! The entry layout (compact table or detailed cards) is a preference of this device: kept in
//! `localStorage` and used again on the next visit, whatever the link says.

use yew::prelude::*;

use crate::state::EntryMode;

const KEY: &str = "spbe.entry";

/// The layout chosen on an earlier visit, if any.
pub fn remembered_entry() -> Option<EntryMode> {
    gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(KEY)
        .ok()
        .flatten()
        .and_then(|c| EntryMode::from_code(&c))
}

#[hook]
pub fn use_entry_mode(mode: EntryMode) {
    use_effect_with(mode, |mode| {
        if let Ok(Some(s)) = gloo_utils::window().local_storage() {
            let _ = s.set_item(KEY, mode.code());
        }
    });
}
