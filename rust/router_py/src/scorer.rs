//! `FeatureScorer`: compiles the pattern table once, then analyzes prompts.

use std::collections::HashMap;
use std::sync::Arc;

use pyo3::prelude::*;
use router_core::{
    GuardedPattern, PastedCues, PatternTable, PresencePattern, Scorer, SignalBits, Weights,
};

use crate::compiled_table;
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
    #[pyo3(signature = (presence_patterns, guarded_patterns, weights, saturation_k, first_words_index = None, pasted_cues = None))]
    fn new(
        presence_patterns: Vec<(String, String)>,
        guarded_patterns: Vec<(String, String, String)>,
        weights: HashMap<String, HashMap<String, i64>>,
        saturation_k: i64,
        first_words_index: Option<&str>,
        pasted_cues: Option<(String, String)>,
    ) -> PyResult<Self> {
        let (presence, guarded) = table_of(presence_patterns, guarded_patterns);
        let cues = pasted_cues
            .as_ref()
            .map(|(request, act)| (request.as_str(), act.as_str()));
        Self::build(
            presence,
            guarded,
            &weights,
            saturation_k,
            first_words_index,
            cues,
        )
    }

    /// A scorer of the table and index compiled into the extension (see
    /// `model_router.pattern_table.compiled_in_is_current`: the caller
    /// checks that they are the installed sources' table).
    #[staticmethod]
    fn compiled_in(
        weights: HashMap<String, HashMap<String, i64>>,
        saturation_k: i64,
    ) -> PyResult<Self> {
        let table = compiled_table::table()?;
        let (request, act) = &table.pasted_cues;
        Self::build(
            table.presence.clone(),
            table.guarded.clone(),
            &weights,
            saturation_k,
            Some(compiled_table::INDEX_TEXT),
            Some((request, act)),
        )
    }

    /// Whether the table read its prefilter from `first_words_index` (false
    /// when none was given or it was written for another table).
    fn loaded_from_index(&self) -> bool {
        self.core.table().loaded_from_index()
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

impl FeatureScorer {
    fn build(
        presence: Vec<PresencePattern>,
        guarded: Vec<GuardedPattern>,
        weights: &HashMap<String, HashMap<String, i64>>,
        saturation_k: i64,
        first_words_index: Option<&str>,
        pasted_cues: Option<(&str, &str)>,
    ) -> PyResult<Self> {
        let lookup = |dimension: &str, name: &str| {
            weights
                .get(dimension)
                .and_then(|values| values.get(name))
                .copied()
        };
        let merged = Weights::from_lookup(&lookup);
        let mut core =
            Scorer::with_index(presence, guarded, merged, saturation_k, first_words_index)
                .map_err(to_py_err)?;
        if let Some((request, act)) = pasted_cues {
            core = core.with_pasted_cues(PastedCues::new(request, act));
        }
        Ok(Self {
            core: Arc::new(core),
        })
    }
}

/// The pattern table from its Python form (see `model_router.features`).
fn table_of(
    presence_patterns: Vec<(String, String)>,
    guarded_patterns: Vec<(String, String, String)>,
) -> (Vec<PresencePattern>, Vec<GuardedPattern>) {
    let presence = presence_patterns
        .into_iter()
        .map(|(name, pattern)| PresencePattern {
            name,
            pattern: pattern.into(),
        })
        .collect();
    let guarded = guarded_patterns
        .into_iter()
        .map(|(name, benign, positive)| GuardedPattern {
            name,
            benign: benign.into(),
            positive: positive.into(),
        })
        .collect();
    (presence, guarded)
}

/// The first-words index of a pattern table: pass it to `FeatureScorer` as
/// `first_words_index` to skip deriving the prefilter (see
/// `model_router.first_words`). Compiles the table in full.
#[pyfunction]
pub fn first_words_index(
    presence_patterns: Vec<(String, String)>,
    guarded_patterns: Vec<(String, String, String)>,
) -> PyResult<String> {
    let (presence, guarded) = table_of(presence_patterns, guarded_patterns);
    PatternTable::new(presence, guarded)
        .and_then(|table| table.first_words_index())
        .map_err(to_py_err)
}

/// The user's own parts of a prompt that hands over a block, as
/// `model_router.pasted.user_parts` finds them: `(parts, trailer)`, or
/// `None` when the prompt hands nothing over.
#[pyfunction]
pub fn user_parts(prompt: &str) -> Option<(Vec<&str>, Option<&str>)> {
    router_core::user_parts(prompt).map(|found| (found.parts, found.trailer))
}
