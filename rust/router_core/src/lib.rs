//! Pure-Rust core of model-router.
//!
//! Python owns the pattern table and the weights; this crate compiles them
//! once and evaluates prompts: [`normalize`] turns a prompt into lowercase
//! ASCII, [`PatternTable`] finds the signals in one `RegexSet` pass, and the
//! scorer and route table (added with the feature derivation) turn signals
//! into features, scores and an engine. Nothing here depends on Python.

mod error;
mod normalize;
mod patterns;

pub use error::TableError;
pub use normalize::{is_separator, normalize, normalize_into, Normalized, SEPARATOR_RANGES};
pub use patterns::{GuardedPattern, PatternTable, PresencePattern};

/// A set of signals: bit `i` is the table's `i`-th signal.
pub type SignalBits = u64;

/// How many signals a table may define.
pub const MAX_SIGNALS: usize = SignalBits::BITS as usize;
