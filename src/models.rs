//! The framework files bundled into the app. Each is plain data under `assets/models/`; the
//! engine validates it when it is loaded.

/// `(model id, file contents)` of every bundled framework, the default first.
pub const BUNDLED: &[(&str, &str)] =
    &[("spbe-2020", include_str!("../assets/models/spbe-2020.json"))];

/// The id of the framework the calculator opens with.
pub const DEFAULT_MODEL: &str = "spbe-2020";
