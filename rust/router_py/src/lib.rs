//! `model_router._rust`: the PyO3 binding of `router_core`.
//!
//! This file only assembles the module; each class lives in its own file.

use pyo3::prelude::*;

mod scorer;

/// The extension module. Python builds the classes from `model_router.features`.
#[pymodule]
fn _rust(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<scorer::FeatureScorer>()?;
    Ok(())
}
