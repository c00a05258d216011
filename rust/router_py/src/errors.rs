//! The one place core errors become Python exceptions.

use pyo3::exceptions::PyValueError;
use pyo3::PyErr;
use router_core::TableError;

/// Every table error is a bad argument: `ValueError`, message from the core.
pub fn to_py_err(error: TableError) -> PyErr {
    PyValueError::new_err(error.to_string())
}
