//! How the calculator is shown: embedded, presenting, a case study or an exercise.

/// How the calculator is shown. Set by the first link (`embed`, `show`, `readonly`, `allow`,
/// `present`) and, for presenting, by a button; never saved with the work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mode {
    /// Inside another site's page.
    pub embed: Option<Embed>,
    /// Presenter mode: large index, one group at a time, keyboard driven.
    pub present: bool,
    /// The case study opened last (a preset of the framework), for "start again".
    pub case: Option<usize>,
    /// A workshop exercise opened from a link.
    pub exercise: Option<Exercise>,
    /// The exercise's best plan is shown.
    pub revealed: bool,
}

/// A workshop exercise: from `start`, reach `target` with the least effort, at most `pace`
/// steps per indicator. It lives in the link (`exercise=1&target=…&pace=…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exercise {
    pub start: Vec<u32>,
    pub target: crate::engine::plan::Target,
    pub pace: Option<u32>,
}

/// An embedded calculator's options.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    pub show: crate::engine::fragment::Part,
    /// Levels cannot be changed on screen; the host page may still set them.
    pub read_only: bool,
    /// Host origins it may talk to (empty: its parent page's origin, whatever it is).
    pub allow: Vec<String>,
}

impl Mode {
    /// The levels can be changed on screen.
    pub fn editable(&self) -> bool {
        !self.embed.as_ref().is_some_and(|e| e.read_only)
    }
}
