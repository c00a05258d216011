//! `model_router._rust`: the `PyO3` binding of `router_core`.
//!
//! This file only assembles the module; each class lives in its own file and
//! all logic lives in `router_core`.

use pyo3::prelude::*;

mod allocator;
mod compiled_table;
mod errors;
mod route_table;
mod scorer;

/// The extension module. `model_router.scorer`/`router` build the classes
/// from `model_router.features` and the loaded config.
#[pymodule]
fn _rust(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<scorer::FeatureScorer>()?;
    module.add_class::<route_table::RouteTable>()?;
    module.add_function(wrap_pyfunction!(scorer::first_words_index, module)?)?;
    module.add_function(wrap_pyfunction!(scorer::user_parts, module)?)?;
    module.add_function(wrap_pyfunction!(
        compiled_table::compiled_table_header,
        module
    )?)?;
    module.add_function(wrap_pyfunction!(
        compiled_table::compiled_table_names,
        module
    )?)?;
    module.add_function(wrap_pyfunction!(compiled_table::crc32_of_files, module)?)?;
    Ok(())
}
