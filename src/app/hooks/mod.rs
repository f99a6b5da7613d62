//! Custom hooks: the places where the shell touches the browser outside its own DOM.

pub mod use_autosave;
pub mod use_embed;
pub mod use_first_paint;
pub mod use_fragment_sync;
pub mod use_plan;
pub mod use_preferences;
pub mod use_print;
pub mod use_sliced;
