//! Parsing the table's regexes: the dialect both engines share, and a parse
//! that shares long alternatives between patterns.
//!
//! The benign sides repeat whole forms: one prose form (19 KB of regex) is a
//! top-level alternative of fourteen of them, and three forms of 7-67 KB are
//! in each of the four action signals'. Parsing is much of what a walk's
//! first use costs, so a table parses each long alternative once and clones
//! it into every pattern that holds it. Parses go through [`hir_parser`]
//! first (the dialect straight to HIR) and fall back to `regex-syntax` for
//! anything it leaves alone, so results and error messages are
//! `regex-syntax`'s.

use std::collections::HashMap;
use std::sync::Mutex;

use regex_automata::util::syntax;
use regex_syntax::hir::Hir;

use crate::alternatives;
use crate::error::TableError;
use crate::hir_parser;

/// Top-level alternatives at least this long are parsed once per table.
/// Shorter ones are parsed in place: looking them up would cost about what
/// parsing them does.
const SHARED_LENGTH: usize = 1024;

/// The syntax settings of every regex: ASCII-only classes, boundaries and
/// case folding (the text is ASCII after normalization).
pub(crate) fn syntax_config() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

/// Parses a regex the table wrote or split itself (an alternative of a
/// checked pattern, an index's remainder) with the table's syntax settings.
pub(crate) fn parse(source: &str) -> Option<Hir> {
    hir_parser::parse(source).or_else(|| parser().parse(source).ok())
}

fn parser() -> regex_syntax::Parser {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
}

/// Rejects what the two engines would treat differently: a regex that does
/// not parse (look-around and backreferences do not parse in Rust) or one that
/// can match the empty string (Python and Rust step past empty matches
/// differently), or one with a capturing group (see below).
pub(crate) fn check_dialect(
    signal: &str,
    part: &'static str,
    pattern: &str,
) -> Result<Hir, TableError> {
    let hir = match hir_parser::parse(pattern) {
        Some(hir) => hir,
        None => parser()
            .parse(pattern)
            .map_err(|error| invalid(signal, part, error.to_string()))?,
    };
    check_properties(signal, part, pattern, hir)
}

fn invalid(signal: &str, part: &'static str, problem: String) -> TableError {
    TableError::InvalidPattern {
        signal: signal.to_owned(),
        part,
        problem,
    }
}

fn check_properties(
    signal: &str,
    part: &'static str,
    pattern: &str,
    hir: Hir,
) -> Result<Hir, TableError> {
    let properties = hir.properties();
    if properties.minimum_len() == Some(0) {
        return Err(invalid(
            signal,
            part,
            format!("{pattern:?} can match the empty string"),
        ));
    }
    if properties.explicit_captures_len() > 0 {
        // The guarded walk reads "which alternative matched"; Python reads
        // group 1. They agree only while the table's groups are non-capturing.
        return Err(invalid(
            signal,
            part,
            format!("{pattern:?} has a capturing group; write (?:...)"),
        ));
    }
    if properties.minimum_len().is_none() {
        return Err(invalid(
            signal,
            part,
            format!("{pattern:?} can never match"),
        ));
    }
    Ok(hir)
}

/// The long top-level alternatives a table has parsed, by their source.
#[derive(Default)]
pub(crate) struct SharedParses(Mutex<HashMap<Box<str>, Hir>>);

impl SharedParses {
    /// [`check_dialect`], with each long top-level alternative parsed once
    /// per table. The parser builds a top-level `|` as the alternation of its
    /// alternatives' HIRs, so parsing them one by one and joining them gives
    /// the same HIR; a pattern that does not split cleanly, or any part that
    /// does not parse, is parsed whole, so errors read the same.
    pub(crate) fn check_dialect(
        &self,
        signal: &str,
        part: &'static str,
        pattern: &str,
    ) -> Result<Hir, TableError> {
        let whole = || check_dialect(signal, part, pattern);
        let Some(ranges) = alternatives::top_level(pattern) else {
            return whole();
        };
        if !ranges.iter().any(|range| range.len() >= SHARED_LENGTH) {
            return whole();
        }
        // Each alternative parsed alone, then joined as the parser joins them:
        // the same HIR as a whole parse, simplifications included.
        let mut parts = Vec::with_capacity(ranges.len());
        for range in ranges {
            let source = &pattern[range];
            let parsed = if source.len() >= SHARED_LENGTH {
                self.parse_shared(source)
            } else {
                parse(source)
            };
            let Some(hir) = parsed else {
                return whole();
            };
            parts.push(hir);
        }
        check_properties(signal, part, pattern, Hir::alternation(parts))
    }

    fn parse_shared(&self, source: &str) -> Option<Hir> {
        if let Some(hir) = self.lock().get(source) {
            return Some(hir.clone());
        }
        // Parsed outside the lock: two threads may both parse a first use.
        let hir = parse(source)?;
        self.lock().insert(source.into(), hir.clone());
        Some(hir)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Box<str>, Hir>> {
        // A panic while holding the lock cannot leave the map half-written.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long_form(word: &str) -> String {
        // A long alternative: a group of many words, then a tail.
        let words: Vec<String> = (0..400).map(|n| format!("{word}{n}")).collect();
        format!(r"\b(?:{}) tail", words.join("|"))
    }

    #[test]
    fn shared_parse_equals_whole_parse() {
        let shared = SharedParses::default();
        let form = long_form("w");
        let other = long_form("x");
        let patterns = [
            format!("a b|{form}|c|d"),
            form.clone(),
            format!("{other}|e f|{form}"),
            format!("x|y|{form}|{other}"),
        ];
        for pattern in &patterns {
            let expected = check_dialect("s", "benign", pattern).expect("parses");
            let got = shared
                .check_dialect("s", "benign", pattern)
                .expect("parses");
            assert_eq!(got, expected, "{pattern}");
        }
        // Both long forms were parsed once and kept.
        assert_eq!(shared.lock().len(), 2);
    }

    #[test]
    fn shared_parse_equals_whole_parse_on_the_real_table() {
        let shared = SharedParses::default();
        let mut checked = 0;
        for pattern in &crate::table_file::packaged_regexes() {
            let expected = check_dialect("s", "benign", pattern).expect("parses");
            let got = shared
                .check_dialect("s", "benign", pattern)
                .expect("parses");
            assert!(got == expected, "{}", &pattern[..pattern.len().min(80)]);
            checked += 1;
        }
        assert!(checked > 30, "{checked}");
        // The benign sides share long forms: fewer kept than parsed.
        assert!(!shared.lock().is_empty());
    }

    #[test]
    fn shared_parse_reports_errors_like_whole_parse() {
        let shared = SharedParses::default();
        let form = long_form("w");
        for pattern in [
            format!("(a|{form}"),
            format!("{form}|a(?=b)"),
            format!("{form}|(a)"),
            format!("{form}|a*"),
        ] {
            let expected = check_dialect("s", "benign", &pattern).expect_err("invalid");
            let got = shared
                .check_dialect("s", "benign", &pattern)
                .expect_err("invalid");
            assert_eq!(got.to_string(), expected.to_string(), "{pattern}");
        }
    }
}
