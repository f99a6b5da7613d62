//! The published SPBE results in this page: fetched from `data/` when first needed (the
//! standing screen, `spbe.results`, `spbe.rank`), checked, and kept for the rest of the visit.
//! The service worker keeps the file for offline use once it has been fetched.

use std::cell::RefCell;
use std::rc::Rc;

use crate::results::{RESULTS_PATH, Results, ResultsError, ResultsFile};

use super::registry::{fetch_text, parse_json};

/// The published results, compared by pointer (for props).
#[derive(Clone, Debug)]
pub struct ResultsRef(pub Rc<Results>);

impl PartialEq for ResultsRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

thread_local! {
    static DATA: RefCell<Option<Rc<Results>>> = const { RefCell::new(None) };
}

/// The results, fetching them the first time.
pub async fn load() -> Result<Rc<Results>, ResultsError> {
    if let Some(data) = DATA.with(|d| d.borrow().clone()) {
        return Ok(data);
    }
    let text = fetch_text(RESULTS_PATH)
        .await
        .map_err(ResultsError::Fetch)?;
    let file: ResultsFile = parse_json(&text).map_err(|e| ResultsError::Invalid(e.to_string()))?;
    let data = Rc::new(Results::from_file(file).map_err(ResultsError::Invalid)?);
    DATA.with(|d| *d.borrow_mut() = Some(data.clone()));
    Ok(data)
}
