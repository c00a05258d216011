//! `RouteTable`: the whole `route_fast` decision in one call.

use std::collections::HashMap;
use std::sync::OnceLock;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use router_core::Safety;

use crate::errors::to_py_err;
use crate::scorer::FeatureScorer;

/// The six `safety` values, each read with Python truthiness.
type SafetyFlags<'py> = (
    Bound<'py, PyAny>,
    Bound<'py, PyAny>,
    Bound<'py, PyAny>,
    Bound<'py, PyAny>,
    Bound<'py, PyAny>,
    Bound<'py, PyAny>,
);

/// Scorer, safety flags and per-target chains of `(engine, max_context)`.
#[pyclass(frozen, module = "model_router._rust")]
pub struct RouteTable {
    core: router_core::RouteTable,
    /// Engine names built once as Python strings, indexed like
    /// `core.engines()`: `route_fast` returns a new reference, no allocation.
    engine_names: Vec<Py<PyString>>,
    target_names: Vec<Py<PyString>>,
    /// Python callable for what `route_fast_public` does not decide itself.
    fallback: OnceLock<Py<PyAny>>,
}

#[pymethods]
impl RouteTable {
    #[new]
    fn new(
        py: Python<'_>,
        scorer: &Bound<'_, FeatureScorer>,
        safety: SafetyFlags<'_>,
        chains: HashMap<String, Vec<(String, i64)>>,
        fail_closed: String,
    ) -> PyResult<Self> {
        // `bool(flag)`, as the Python twin does.
        let flags = [
            safety.0.is_truthy()?,
            safety.1.is_truthy()?,
            safety.2.is_truthy()?,
            safety.3.is_truthy()?,
            safety.4.is_truthy()?,
            safety.5.is_truthy()?,
        ];
        let core = router_core::RouteTable::new(
            scorer.get().core.clone(),
            Safety::from_flags(flags),
            chains
                .iter()
                .map(|(target, chain)| (target.as_str(), chain.clone())),
            &fail_closed,
        )
        .map_err(to_py_err)?;
        let engine_names = core
            .engines()
            .iter()
            .map(|name| PyString::intern(py, name).unbind())
            .collect();
        let target_names = router_core::Target::ALL
            .iter()
            .map(|target| PyString::intern(py, target.name()).unbind())
            .collect();
        Ok(Self {
            core,
            engine_names,
            target_names,
            fallback: OnceLock::new(),
        })
    }

    /// The selected engine's name (`fail_closed` when no chain entry fits).
    #[pyo3(signature = (prompt, confirmed = false))]
    fn route_fast(&self, py: Python<'_>, prompt: &str, confirmed: bool) -> Py<PyString> {
        self.engine_names[self.core.route_fast(prompt, confirmed)].clone_ref(py)
    }

    /// `ModelRouter.route_fast` itself, bound per router: an exact `str`
    /// prompt without hints is decided here with no Python frame in between;
    /// anything else (hints, `None`, other types, lone surrogates) is handed
    /// to the fallback set with `set_fallback`.
    #[pyo3(signature = (prompt, hints = None, *, confirmed = false))]
    fn route_fast_public(
        &self,
        py: Python<'_>,
        prompt: &Bound<'_, PyAny>,
        hints: Option<&Bound<'_, PyAny>>,
        confirmed: bool,
    ) -> PyResult<Py<PyAny>> {
        let hinted = match hints {
            Some(hints) => hints.is_truthy()?,
            None => false,
        };
        if !hinted {
            if let Ok(text) = prompt.cast_exact::<PyString>() {
                if let Ok(text) = text.to_str() {
                    return Ok(self.engine_names[self.core.route_fast(text, confirmed)]
                        .clone_ref(py)
                        .into_any());
                }
            }
        }
        let fallback = self
            .fallback
            .get()
            .ok_or_else(|| PyRuntimeError::new_err("RouteTable.set_fallback was not called"))?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("confirmed", confirmed)?;
        fallback.call(py, (prompt, hints), Some(&kwargs))
    }

    /// Set, once, the callable `route_fast_public` delegates to.
    fn set_fallback(&self, fallback: Py<PyAny>) -> PyResult<()> {
        self.fallback
            .set(fallback)
            .map_err(|_| PyRuntimeError::new_err("RouteTable fallback is already set"))
    }

    /// `route_fast` over a list, element by element (not confirmed).
    fn route_fast_many(&self, py: Python<'_>, prompts: Vec<String>) -> Vec<Py<PyString>> {
        prompts
            .iter()
            .map(|prompt| self.engine_names[self.core.route_fast(prompt, false)].clone_ref(py))
            .collect()
    }

    /// The routing target name (a `routing_targets` key).
    #[pyo3(signature = (prompt, confirmed = false))]
    fn target(&self, py: Python<'_>, prompt: &str, confirmed: bool) -> Py<PyString> {
        self.target_names[self.core.target(prompt, confirmed).index()].clone_ref(py)
    }
}
