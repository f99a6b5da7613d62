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
    /// A unit's file opened in the restricted mode: only that unit's items and narratives,
    /// edited in the file (the work on this device is not touched). Its text as picked, then
    /// the `ShareDoc` read from it — carried opaque, so that the first screen holds no code of
    /// unit files.
    pub share: Option<Opaque>,
    /// The evidence before the last merge of units' files, to restore it (this session only;
    /// dropped by the next change of items).
    pub merged: Option<std::rc::Rc<Vec<Option<crate::evidence::Evidence>>>>,
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

/// A value the first screen only carries: compared by identity, shown as "…", dropped through
/// its own vtable — so the code of its type lives in the chunks that make and read it.
#[derive(Clone)]
pub struct Opaque(std::rc::Rc<dyn std::any::Any>);

impl Opaque {
    pub fn new<T: std::any::Any>(value: T) -> Opaque {
        Opaque(std::rc::Rc::new(value))
    }

    /// The value, when it is a `T`.
    pub fn get<T: std::any::Any>(&self) -> Option<&T> {
        self.0.downcast_ref()
    }
}

impl PartialEq for Opaque {
    fn eq(&self, other: &Opaque) -> bool {
        std::ptr::addr_eq(std::rc::Rc::as_ptr(&self.0), std::rc::Rc::as_ptr(&other.0))
    }
}

impl Eq for Opaque {}

impl std::fmt::Debug for Opaque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opaque(\u{2026})")
    }
}
