//! The one error type of the core: a table or configuration that cannot be
//! compiled. Matching itself never fails.

use std::fmt;

/// Why a pattern table, weight map or route table was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    /// A regex does not parse, or leaves the dialect both engines share.
    InvalidPattern {
        /// The signal the pattern belongs to.
        signal: String,
        /// Which part of the signal: `"pattern"`, `"benign"` or `"positive"`.
        part: &'static str,
        /// What is wrong with it.
        problem: String,
    },
    /// Two signals share a name, so their bits could not be told apart.
    DuplicateSignal(String),
    /// More signals than fit a 64-bit mask.
    TooManySignals(usize),
    /// Any other invalid argument (weights, saturation constant, route table).
    Invalid(String),
}

impl fmt::Display for TableError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidPattern {
                signal,
                part,
                problem,
            } => {
                write!(
                    formatter,
                    "signal {signal:?}: invalid {part} regex: {problem}"
                )
            }
            Self::DuplicateSignal(name) => {
                write!(formatter, "signal {name:?} is defined more than once")
            }
            Self::TooManySignals(count) => {
                write!(
                    formatter,
                    "{count} signals defined; at most {} fit the signal mask",
                    crate::MAX_SIGNALS
                )
            }
            Self::Invalid(message) => formatter.write_str(message),
        }
    }
}

impl std::error::Error for TableError {}
