//! `FeatureScorer`: compiles the pattern table once, then scores prompts.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use router_core::{GuardedPattern, PatternTable, PresencePattern, SignalBits};

/// Compiled pattern table (see `model_router.features`).
#[pyclass(frozen, module = "model_router._rust")]
pub struct FeatureScorer {
    table: PatternTable,
}

#[pymethods]
impl FeatureScorer {
    #[new]
    fn new(presence_patterns: Vec<(String, String)>, guarded_patterns: Vec<(String, String, String)>) -> PyResult<Self> {
        let presence: Vec<PresencePattern> = presence_patterns
            .into_iter()
            .map(|(name, pattern)| PresencePattern { name, pattern })
            .collect();
        let guarded: Vec<GuardedPattern> = guarded_patterns
            .into_iter()
            .map(|(name, benign, positive)| GuardedPattern { name, benign, positive })
            .collect();
        let table = PatternTable::new(&presence, &guarded).map_err(|error| PyValueError::new_err(error.to_string()))?;
        Ok(Self { table })
    }

    fn normalize(&self, prompt: &str) -> String {
        router_core::normalize(prompt).text
    }

    fn signals(&self, prompt: &str) -> SignalBits {
        let normalized = router_core::normalize(prompt);
        self.table.signals(normalized.text.as_bytes())
    }
}
