//! The compiled pattern table: signal names, one `RegexSet` and the guarded
//! scans.
//!
//! Python owns the table (`model_router/features.py`); this module compiles it
//! once. Matching runs on normalized (pure ASCII) text, so every regex is built
//! with Unicode mode off: `\b`, `\w` and `(?i)` are ASCII-only, which on ASCII
//! text is exactly what Python `re` does.

use std::fmt;
use std::sync::OnceLock;

use regex_automata::hybrid::dfa::{Cache, OverlappingState, DFA};
use regex_automata::meta::Regex;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind};

use crate::error::TableError;
use crate::{SignalBits, MAX_SIGNALS};

/// Lazy-DFA cache of the signal set. Big enough that scanning large prompts
/// with the whole table in one automaton does not keep clearing the cache.
const SET_CACHE_CAPACITY: usize = 16 * 1024 * 1024;

type CacheFactory = Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

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
pub struct PatternTable {
    names: Vec<String>,
    /// The set patterns: presence patterns, then each guarded signal's
    /// positive regex as a probe. Bit `i` of the set is signal `i`.
    set_patterns: Vec<String>,
    /// One lazy DFA over all set patterns (overlapping search: one pass
    /// reports every pattern that matches somewhere).
    set: DFA,
    set_caches: Pool<Cache, CacheFactory>,
    /// Per-pattern regexes, built only if the lazy DFA ever gives up.
    fallback: OnceLock<Vec<Regex>>,
    presence_count: usize,
    /// Per guarded signal, the two-pattern regex `[benign, positive]` with
    /// leftmost-first semantics: exactly the alternation `(?:benign)|(positive)`,
    /// and the pattern id of a match says which side it came from.
    guarded_scans: Vec<Regex>,
}

impl fmt::Debug for PatternTable {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("PatternTable")
            .field("names", &self.names)
            .field("presence_count", &self.presence_count)
            .finish_non_exhaustive()
    }
}

fn syntax_config() -> syntax::Config {
    // ASCII-only classes, boundaries and case folding: the text is ASCII.
    syntax::Config::new().unicode(false).utf8(false)
}

impl PatternTable {
    /// Compiles the table; fails with the offending signal named.
    pub fn new(presence: &[PresencePattern], guarded: &[GuardedPattern]) -> Result<Self, TableError> {
        let count = presence.len() + guarded.len();
        if count > MAX_SIGNALS {
            return Err(TableError::TooManySignals(count));
        }
        let mut names: Vec<String> = Vec::with_capacity(count);
        let mut set_patterns: Vec<String> = Vec::with_capacity(count);
        for entry in presence {
            check_dialect(&entry.name, "pattern", &entry.pattern)?;
            push_name(&mut names, &entry.name)?;
            set_patterns.push(entry.pattern.clone());
        }
        let mut guarded_scans = Vec::with_capacity(guarded.len());
        for entry in guarded {
            check_dialect(&entry.name, "benign", &entry.benign)?;
            check_dialect(&entry.name, "positive", &entry.positive)?;
            push_name(&mut names, &entry.name)?;
            set_patterns.push(entry.positive.clone());
            let scan = Regex::builder()
                .syntax(syntax_config())
                .configure(Regex::config().match_kind(MatchKind::LeftmostFirst))
                .build_many(&[entry.benign.as_str(), entry.positive.as_str()])
                .map_err(|error| TableError::InvalidPattern {
                    signal: entry.name.clone(),
                    part: "benign|positive",
                    problem: error.to_string(),
                })?;
            guarded_scans.push(scan);
        }
        let set = DFA::builder()
            .syntax(syntax_config())
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .cache_capacity(SET_CACHE_CAPACITY),
            )
            .build_many(&set_patterns)
            .map_err(|error| TableError::Invalid(format!("pattern table does not compile as one set: {error}")))?;
        let factory_dfa = set.clone();
        let factory: CacheFactory = Box::new(move || factory_dfa.create_cache());
        Ok(Self {
            names,
            set_patterns,
            set,
            set_caches: Pool::new(factory),
            fallback: OnceLock::new(),
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
        let candidates = self.set_matches(text);
        if candidates == 0 {
            return 0;
        }
        // Presence bits are final; a guarded probe hit still has to survive
        // its benign phrases.
        let presence_mask: SignalBits = if self.presence_count >= MAX_SIGNALS {
            SignalBits::MAX
        } else {
            (1 << self.presence_count) - 1
        };
        let mut bits = candidates & presence_mask;
        let mut probes = candidates & !presence_mask;
        while probes != 0 {
            let index = probes.trailing_zeros() as usize;
            probes &= probes - 1;
            if positive_match_survives(&self.guarded_scans[index - self.presence_count], text) {
                bits |= 1 << index;
            }
        }
        bits
    }

    /// Bit `i` set when set pattern `i` matches somewhere in `text`.
    fn set_matches(&self, text: &[u8]) -> SignalBits {
        let input = Input::new(text);
        let mut cache = self.set_caches.get();
        let mut state = OverlappingState::start();
        let mut bits: SignalBits = 0;
        loop {
            if self.set.try_search_overlapping_fwd(&mut cache, &input, &mut state).is_err() {
                // The lazy DFA only gives up when configured to; stay total anyway.
                return self.set_matches_slow(text);
            }
            match state.get_match() {
                Some(found) => bits |= 1 << found.pattern().as_usize(),
                None => return bits,
            }
        }
    }

    fn set_matches_slow(&self, text: &[u8]) -> SignalBits {
        let regexes = self.fallback.get_or_init(|| {
            self.set_patterns
                .iter()
                .filter_map(|pattern| Regex::builder().syntax(syntax_config()).build(pattern).ok())
                .collect()
        });
        regexes
            .iter()
            .enumerate()
            .filter(|(_, regex)| regex.is_match(text))
            .fold(0, |bits, (index, _)| bits | (1 << index))
    }
}

/// Walks the leftmost-first, non-overlapping matches of `[benign, positive]`
/// and reports whether any of them came from the positive pattern.
fn positive_match_survives(scan: &Regex, text: &[u8]) -> bool {
    scan.find_iter(text).any(|found| found.pattern().as_usize() == 1)
}

fn push_name(names: &mut Vec<String>, name: &str) -> Result<(), TableError> {
    if names.iter().any(|existing| existing == name) {
        return Err(TableError::DuplicateSignal(name.to_owned()));
    }
    names.push(name.to_owned());
    Ok(())
}

/// Rejects what the two engines would treat differently: a regex that does
/// not parse (look-around and backreferences do not parse in Rust) or one that
/// can match the empty string (Python and Rust step past empty matches
/// differently), or one with a capturing group (see below).
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
    if hir.properties().explicit_captures_len() > 0 {
        // The guarded walk reads "which alternative matched"; Python reads
        // group 1. They agree only while the table's groups are non-capturing.
        return Err(invalid(format!("{pattern:?} has a capturing group; write (?:...)")));
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
            presence("capturing", r"\b(foo|bar)\b"),
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
