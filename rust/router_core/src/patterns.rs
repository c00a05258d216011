//! The compiled pattern table: signal names, one `RegexSet` and the guarded
//! scans.
//!
//! Python owns the table (`model_router/features.py`); this module compiles it
//! once. Matching runs on normalized (pure ASCII) text, so every regex is built
//! with Unicode mode off: `\b`, `\w` and `(?i)` are ASCII-only, which on ASCII
//! text is exactly what Python `re` does.

use regex::bytes::{CaptureLocations, Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use crate::error::TableError;
use crate::{SignalBits, MAX_SIGNALS};

/// Regex size limit per compiled program; the default table needs far less.
const REGEX_SIZE_LIMIT: usize = 64 * 1024 * 1024;
/// Lazy-DFA cache per regex. Large enough that scanning big prompts with the
/// whole table in one set does not thrash the cache.
const DFA_SIZE_LIMIT: usize = 16 * 1024 * 1024;

/// A presence signal: set when `pattern` matches anywhere.
#[derive(Debug, Clone)]
pub struct PresencePattern {
    /// Signal name.
    pub name: String,
    /// Regex in the shared dialect.
    pub pattern: String,
}

/// A guarded signal: set when scanning `(?:benign)|(positive)` finds a match
/// in which group 1 took part.
#[derive(Debug, Clone)]
pub struct GuardedPattern {
    /// Signal name.
    pub name: String,
    /// Regex whose matches exempt the text they cover.
    pub benign: String,
    /// Regex whose matches (outside a benign match) set the signal.
    pub positive: String,
}

/// The compiled table. Bit `i` of a [`SignalBits`] is `names()[i]`: the
/// presence signals in order, then the guarded ones.
#[derive(Debug, Clone)]
pub struct PatternTable {
    names: Vec<String>,
    /// Presence patterns, then each guarded signal's positive regex as a probe.
    set: RegexSet,
    presence_count: usize,
    /// `(?:benign)|(positive)` per guarded signal, run only if its probe hit.
    guarded_scans: Vec<Regex>,
}

impl PatternTable {
    /// Compiles the table; fails with the offending signal named.
    pub fn new(presence: &[PresencePattern], guarded: &[GuardedPattern]) -> Result<Self, TableError> {
        let count = presence.len() + guarded.len();
        if count > MAX_SIGNALS {
            return Err(TableError::TooManySignals(count));
        }
        let mut names: Vec<String> = Vec::with_capacity(count);
        let mut set_patterns: Vec<&str> = Vec::with_capacity(count);
        for entry in presence {
            check_dialect(&entry.name, "pattern", &entry.pattern)?;
            push_name(&mut names, &entry.name)?;
            set_patterns.push(&entry.pattern);
        }
        let mut guarded_scans = Vec::with_capacity(guarded.len());
        for entry in guarded {
            check_dialect(&entry.name, "benign", &entry.benign)?;
            check_dialect(&entry.name, "positive", &entry.positive)?;
            push_name(&mut names, &entry.name)?;
            set_patterns.push(&entry.positive);
            let scan = format!("(?:{})|({})", entry.benign, entry.positive);
            guarded_scans.push(build_regex(&scan).map_err(|problem| TableError::InvalidPattern {
                signal: entry.name.clone(),
                part: "benign|positive",
                problem,
            })?);
        }
        let set = RegexSetBuilder::new(&set_patterns)
            .unicode(false)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(DFA_SIZE_LIMIT)
            .build()
            .map_err(|error| TableError::Invalid(format!("pattern table does not compile as one set: {error}")))?;
        Ok(Self {
            names,
            set,
            presence_count: presence.len(),
            guarded_scans,
        })
    }

    /// Signal names in bit order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Bit index of a signal, if the table defines it.
    pub fn bit_of(&self, name: &str) -> Option<u32> {
        self.names.iter().position(|candidate| candidate == name).map(|index| index as u32)
    }

    /// The signals that `text` (already normalized) sets.
    pub fn signals(&self, text: &[u8]) -> SignalBits {
        let matched = self.set.matches(text);
        if !matched.matched_any() {
            return 0;
        }
        let mut bits: SignalBits = 0;
        for index in &matched {
            let is_set = match index.checked_sub(self.presence_count) {
                None => true,
                Some(guarded_index) => positive_match_survives(&self.guarded_scans[guarded_index], text),
            };
            if is_set {
                bits |= 1 << index;
            }
        }
        bits
    }
}

/// Walks the leftmost-first, non-overlapping matches of `(?:benign)|(positive)`
/// and reports whether any of them came from the positive group.
fn positive_match_survives(scan: &Regex, text: &[u8]) -> bool {
    let mut locations: CaptureLocations = scan.capture_locations();
    let mut start = 0usize;
    while start <= text.len() {
        let Some(found) = scan.captures_read_at(&mut locations, text, start) else {
            return false;
        };
        if locations.get(1).is_some() {
            return true;
        }
        // Patterns cannot match the empty string (checked at compile time);
        // the `max` keeps the walk finite regardless.
        start = found.end().max(found.start() + 1);
    }
    false
}

fn push_name(names: &mut Vec<String>, name: &str) -> Result<(), TableError> {
    if names.iter().any(|existing| existing == name) {
        return Err(TableError::DuplicateSignal(name.to_owned()));
    }
    names.push(name.to_owned());
    Ok(())
}

fn build_regex(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
        .map_err(|error| error.to_string())
}

/// Rejects what the two engines would treat differently: a regex that does
/// not parse (look-around and backreferences do not parse in Rust) or one that
/// can match the empty string (Python and Rust step past empty matches
/// differently).
fn check_dialect(signal: &str, part: &'static str, pattern: &str) -> Result<(), TableError> {
    let invalid = |problem: String| TableError::InvalidPattern {
        signal: signal.to_owned(),
        part,
        problem,
    };
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .map_err(|error| invalid(error.to_string()))?;
    if hir.properties().minimum_len().unwrap_or(0) == 0 && hir.properties().minimum_len().is_some() {
        return Err(invalid(format!("{pattern:?} can match the empty string")));
    }
    if hir.properties().minimum_len().is_none() {
        return Err(invalid(format!("{pattern:?} can never match")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presence(name: &str, pattern: &str) -> PresencePattern {
        PresencePattern {
            name: name.to_owned(),
            pattern: pattern.to_owned(),
        }
    }

    fn guarded(name: &str, benign: &str, positive: &str) -> GuardedPattern {
        GuardedPattern {
            name: name.to_owned(),
            benign: benign.to_owned(),
            positive: positive.to_owned(),
        }
    }

    fn table() -> PatternTable {
        PatternTable::new(
            &[presence("coding", r"\b(?:code|repo)\b"), presence("year", r"\b20[2-3][0-9]\b")],
            &[guarded(
                "purchase",
                r"\b(?:in (?:alphabetical|reverse) order|order (?:of|to))\b",
                r"\b(?:order|buy)\b",
            )],
        )
        .expect("table compiles")
    }

    #[test]
    fn presence_bits_follow_table_order() {
        let table = table();
        assert_eq!(table.names(), ["coding", "year", "purchase"]);
        assert_eq!(table.signals(b"fix the repo"), 0b001);
        assert_eq!(table.signals(b"in 2024"), 0b010);
        assert_eq!(table.signals(b"repos in 20245"), 0);
        assert_eq!(table.signals(b""), 0);
        assert_eq!(table.bit_of("year"), Some(1));
        assert_eq!(table.bit_of("missing"), None);
    }

    #[test]
    fn benign_match_exempts_only_its_own_occurrence() {
        let table = table();
        assert_eq!(table.signals(b"sort in alphabetical order"), 0);
        assert_eq!(table.signals(b"in order to win"), 0);
        assert_eq!(table.signals(b"sort in alphabetical order and order a pizza"), 0b100);
        assert_eq!(table.signals(b"order of operations"), 0);
        assert_eq!(table.signals(b"buy it"), 0b100);
    }

    #[test]
    fn word_boundaries_are_ascii() {
        let table = table();
        // `_` is a word character in both engines, so it blocks `\b`.
        assert_eq!(table.signals(b"code_"), 0);
        assert_eq!(table.signals(b"code-"), 0b001);
    }

    #[test]
    fn rejects_patterns_outside_the_shared_dialect() {
        let cases = [
            presence("look_ahead", r"foo(?=bar)"),
            presence("back_reference", r"(a)\1"),
            presence("empty", r"\b(?:x)?"),
            presence("unbalanced", r"(foo"),
        ];
        for case in cases {
            let error = PatternTable::new(std::slice::from_ref(&case), &[]).unwrap_err();
            assert!(matches!(&error, TableError::InvalidPattern { signal, .. } if *signal == case.name), "{error}");
        }
        let error = PatternTable::new(&[], &[guarded("g", "ok", "a*")]).unwrap_err();
        assert!(error.to_string().contains("positive"), "{error}");
    }

    #[test]
    fn rejects_duplicate_names_and_oversized_tables() {
        let error = PatternTable::new(&[presence("a", "x"), presence("a", "y")], &[]).unwrap_err();
        assert_eq!(error, TableError::DuplicateSignal("a".to_owned()));
        let many: Vec<PresencePattern> = (0..=MAX_SIGNALS).map(|i| presence(&format!("s{i}"), "x")).collect();
        assert_eq!(
            PatternTable::new(&many, &[]).unwrap_err(),
            TableError::TooManySignals(MAX_SIGNALS + 1)
        );
    }
}
