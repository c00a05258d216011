//! Pure-Rust core of model-router.
//!
//! Python owns the pattern table and the weights (`model_router/features.py`);
//! this crate compiles them once and evaluates prompts:
//!
//! * [`normalize`] turns a prompt into lowercase ASCII,
//! * [`PatternTable`] finds the signals: a word prefilter picks the
//!   candidate patterns, each checked by its own lazily compiled DFA,
//! * [`Scorer`] derives features and scores (a port of `scorer_py.py`),
//! * [`user_parts`] finds the user's own lines around a pasted block,
//! * [`RouteTable`] picks the target and walks its chain (`route_fast`),
//! * [`read_table_file`] reads the packaged copy of the table (the extension
//!   compiles it in; tests, examples), [`crc32`] checks it.
//!
//! Nothing here depends on Python; `rust/router_py` is the binding.

mod alternatives;
mod crc32;
mod dialect;
mod error;
mod first_words_index;
mod hir_parser;
mod literals;
mod normalize;
mod pasted;
mod patterns;
mod route;
mod scorer;
mod table_file;

pub use crc32::crc32;
pub use error::TableError;
pub use literals::{first_words, FirstWords};
pub use normalize::{is_separator, normalize, normalize_into, Normalized, SEPARATOR_RANGES};
pub use pasted::{user_parts, PastedCues, UserParts};
pub use patterns::{Conditions, GuardedPattern, PatternTable, PatternText, PresencePattern, Scan};
pub use route::{
    ambiguous_sensitive, confirmation_required, select_target, EngineId, RouteTable, Safety, Target,
};
pub use scorer::{
    feature, saturate, scan_conditions, Analysis, ComplexityWeights, ConfidenceWeights,
    RiskWeights, Scorer, Weights, FEATURE_NAMES, REQUIRED_SIGNALS,
};
pub use table_file::{read_compiled_table, read_table_file, TableFile, TableHeader};

/// A set of signals: bit `i` is the table's `i`-th signal.
pub type SignalBits = u64;

/// How many signals a table may define.
pub const MAX_SIGNALS: usize = SignalBits::BITS as usize;
