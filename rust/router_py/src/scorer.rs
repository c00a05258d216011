//! `FeatureScorer`: compiles the pattern table once, then analyzes prompts.

use std::collections::HashMap;
use std::sync::Arc;

use pyo3::prelude::*;
use router_core::{GuardedPattern, PresencePattern, Scorer, SignalBits, Weights};

use crate::errors::to_py_err;

/// The seven numbers `analyze` returns: `(signal_bits, feature_bits,
/// prompt_length, estimated_tokens, complexity, risk, confidence)`.
type AnalysisTuple = (SignalBits, u64, usize, usize, i64, i64, i64);

/// Compiled pattern table plus merged weights (see `model_router.features`).
#[pyclass(frozen, module = "model_router._rust")]
pub struct FeatureScorer {
    pub(crate) core: Arc<Scorer>,
}

#[pymethods]
impl FeatureScorer {
    #[new]
    fn new(
        presence_patterns: Vec<(String, String)>,
        guarded_patterns: Vec<(String, String, String)>,
        weights: HashMap<String, HashMap<String, i64>>,
        saturation_k: i64,
    ) -> PyResult<Self> {
        let presence: Vec<PresencePattern> = presence_patterns
            .into_iter()
            .map(|(name, pattern)| PresencePattern { name, pattern })
            .collect();
        let guarded: Vec<GuardedPattern> = guarded_patterns
            .into_iter()
            .map(|(name, benign, positive)| GuardedPattern {
                name,
                benign,
                positive,
            })
            .collect();
        let lookup = |dimension: &str, name: &str| {
            weights
                .get(dimension)
                .and_then(|values| values.get(name))
                .copied()
        };
        let merged = Weights::from_lookup(&lookup);
        let core = Scorer::new(&presence, &guarded, merged, saturation_k).map_err(to_py_err)?;
        Ok(Self {
            core: Arc::new(core),
        })
    }

    /// Lowercase ASCII text the patterns see.
    #[allow(clippy::unused_self)] // a method, like the Python twin
    fn normalize(&self, prompt: &str) -> String {
        router_core::normalize(prompt).text
    }

    /// Signal bitmask of a prompt (bit `i` = `features.SIGNAL_NAMES[i]`).
    fn signals(&self, prompt: &str) -> SignalBits {
        self.core.signals(prompt)
    }

    /// `(signal_bits, feature_bits, prompt_length, estimated_tokens,
    /// complexity, risk, confidence)`.
    fn analyze(&self, prompt: &str) -> AnalysisTuple {
        let analysis = self.core.analyze(prompt);
        (
            analysis.signal_bits,
            analysis.feature_bits,
            analysis.prompt_length,
            analysis.estimated_tokens,
            analysis.complexity,
            analysis.risk,
            analysis.confidence,
        )
    }
}
