//! The compiled pattern table: signal names, the word prefilter and the
//! per-signal matchers.
//!
//! Python owns the table (`model_router/features.py`); this module compiles it
//! once. Matching runs on normalized (pure ASCII) text, so every regex is built
//! with Unicode mode off: `\b`, `\w` and `(?i)` are ASCII-only, which on ASCII
//! text is exactly what Python `re` does.
//!
//! How a text is matched (see `docs/backends.md`):
//!
//! 1. **Word prefilter.** Construction derives, per signal, the first words
//!    every match must start with ([`crate::literals`]) and inverts them into
//!    one `word -> signal mask` index. A scan walks the text's word runs
//!    (`[a-z0-9_]+`) in order and looks each up.
//! 2. **Anchored check.** A hit of signal `s` at a word start `p` whose
//!    head filter ([`HeadFilter`]) allows the bytes after the word runs, anchored
//!    at `p`, a lazy DFA (stopping at its first match state) of only those
//!    alternatives of `s`'s regex that have a first word starting with the
//!    byte at `p` (its *chunk*; [`crate::alternatives`]): a first use parses
//!    and compiles a small part of a signal, not all of it. Presence signals
//!    are then set and leave the scan; a guarded signal whose positive regex
//!    matched runs its benign/positive walk once.
//! 3. Alternatives without usable first words (the *remainder*) are searched
//!    unanchored, after the words and only for signals the words left
//!    undecided, each alternative as its own regex, and only if the
//!    text holds one of the few bytes every match of it needs
//!    ([`crate::literals::required_bytes`]: `.` for file names, `@`, `/`).
//!
//! Every regex is compiled on first use (`OnceLock`), so building a table only
//! parses the patterns (or, from an index, nothing). Per-call state (the normalized text and the lazy-DFA
//! caches) lives in a pool of scratch spaces: no allocation per call once warm.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson;
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::{Anchored, Input, MatchKind};

use crate::alternatives::{self, chunk_class, Alternative, CHUNK_CLASSES};
use crate::dialect::{parse, syntax_config, SharedParses};
use crate::error::TableError;
use crate::first_words_index::{self, Fingerprint, SignalWords};
use regex_syntax::hir::{Class, Hir, HirKind};

use crate::literals::{
    first_words_of, is_word_byte, required_bytes, FirstWords, HEAD_LENGTH, OPEN_HEAD,
};
use crate::normalize::normalize_into;
use crate::{SignalBits, MAX_SIGNALS};

/// Texts up to this long check the remainders' bytes in one byte loop.
const SHORT_TEXT: usize = 256;

/// How many distinct compiled tables [`PatternTable::shared`] keeps.
const SHARED_TABLE_COUNT: usize = 4;

/// Recently compiled tables, most recent first, each with whether it was
/// built with an index given (the key is the table's own strings: see
/// [`PatternTable::holds`]).
type SharedTables = Mutex<Vec<(bool, Arc<PatternTable>)>>;
static SHARED_TABLES: OnceLock<SharedTables> = OnceLock::new();

/// Scratch buffers larger than this are released after a call, so one huge
/// prompt does not pin its buffer for the life of the table.
const KEEP_BUFFER_BYTES: usize = 1 << 20;

/// A regex of the table: borrowed when the table is compiled into the
/// program (the extension's packaged copy), owned when handed in.
pub type PatternText = Cow<'static, str>;

/// A presence signal: set when `pattern` matches anywhere.
#[derive(Debug, Clone)]
pub struct PresencePattern {
    /// Signal name.
    pub name: String,
    /// Regex in the shared dialect.
    pub pattern: PatternText,
}

/// A guarded signal: set when scanning `(?:benign)|(positive)` finds a match
/// in which group 1 took part.
#[derive(Debug, Clone)]
pub struct GuardedPattern {
    /// Signal name.
    pub name: String,
    /// Regex whose matches exempt the text they cover.
    pub benign: PatternText,
    /// Regex whose matches (outside a benign match) set the signal.
    pub positive: PatternText,
}

/// What one word of the text may start, as signal masks.
#[derive(Debug, Default, Clone, Copy)]
struct WordHits {
    /// Signals (presence patterns, guarded positives) a match may start with it.
    candidates: SignalBits,
    /// Signals for which the word alone is a match (no regex needed).
    certain: SignalBits,
    /// Guarded signals whose benign side may start with it.
    benign: SignalBits,
    /// Candidates with a [`HeadFilter`] for this word (whole words only).
    filtered: SignalBits,
    /// Where this word's filters start in [`WordIndex::head_filters`], one
    /// per bit of `filtered`, in bit order.
    filters_at: u32,
}

impl WordHits {
    /// Records that signal `bit`'s benign side (or its positive side) may
    /// start with this word.
    fn mark(&mut self, bit: SignalBits, benign: bool) {
        if benign {
            self.benign |= bit;
        } else {
            self.candidates |= bit;
        }
    }
}

/// The heads ([`FirstWords::heads`]) that can follow one whole word in a
/// match of one signal, hashed into 256 bits: a text whose bytes after the
/// word hash to a clear bit cannot match there, so the anchored check is
/// skipped. A set bit proves nothing (the check runs).
#[derive(Debug, Clone, Copy, Default)]
struct HeadFilter([u64; 4]);

impl HeadFilter {
    /// (word, bit) of `head` in the filter.
    #[inline]
    fn slot(head: [u8; HEAD_LENGTH]) -> (usize, u64) {
        let packed = u32::from(head[0]) | u32::from(head[1]) << 8 | u32::from(head[2]) << 16;
        let hash = packed.wrapping_mul(0x9E37_79B1) >> 24;
        ((hash >> 6) as usize, 1 << (hash & 63))
    }

    fn union(&mut self, other: Self) {
        for (word, more) in self.0.iter_mut().zip(other.0) {
            *word |= more;
        }
    }

    fn insert(&mut self, head: [u8; HEAD_LENGTH]) {
        let (word, bit) = Self::slot(head);
        self.0[word] |= bit;
    }

    #[inline]
    fn may_hold(&self, head: [u8; HEAD_LENGTH]) -> bool {
        let (word, bit) = Self::slot(head);
        self.0[word] & bit != 0
    }
}

/// Longest word kept inline in a [`WordTable`] slot; longer words (rare on
/// both sides) go to a plain map.
const INLINE_WORD: usize = 16;

/// Zero bytes kept after the normalized text so a word's 16 inline bytes can
/// always be loaded with two fixed-size reads.
const PADDING: usize = INLINE_WORD;

/// The low `count` bytes of a little-endian word.
#[inline]
const fn low_bytes(word: u64, count: usize) -> u64 {
    if count >= 8 {
        word
    } else if count == 0 {
        0
    } else {
        word & (u64::MAX >> (64 - 8 * count))
    }
}

/// A word of at most [`INLINE_WORD`] bytes as two little-endian words, zero
/// padded, read from `padded[start..start + length]` (`padded` holds at
/// least [`PADDING`] bytes past the word).
#[inline]
fn pack_at(padded: &[u8], start: usize, length: usize) -> (u64, u64) {
    let read = |at: usize| {
        padded
            .get(at..at + 8)
            .and_then(|bytes| <[u8; 8]>::try_from(bytes).ok())
            .map_or(0, u64::from_le_bytes)
    };
    (
        low_bytes(read(start), length),
        low_bytes(read(start + 8), length.saturating_sub(8)),
    )
}

/// [`pack_at`] for a word without padding (construction only).
fn pack(word: &[u8]) -> (u64, u64) {
    // On the stack: construction packs every word of the index.
    let mut padded = [0u8; INLINE_WORD + PADDING];
    let length = word.len().min(INLINE_WORD);
    padded[..length].copy_from_slice(&word[..length]);
    pack_at(&padded, 0, length)
}

/// `word -> WordHits` for short ASCII words: open addressing over packed
/// keys with a one-byte tag per slot (a miss usually reads only the tags),
/// one multiply to hash, no allocation or byte loop per lookup. The keys come
/// from our own table, so a fixed hash is fine (text words are only looked
/// up, never inserted).
#[derive(Debug, Default)]
struct WordTable {
    /// 0 for an empty slot, else `0x80 | 7 hash bits`.
    tags: Vec<u8>,
    /// Packed words ([`pack_at`]). No length: word bytes are never 0, so
    /// the zero padding tells a word from its prefixes.
    keys: Vec<(u64, u64)>,
    hits: Vec<WordHits>,
    shift: u32,
    /// Inline words held (at most half the slots).
    len: usize,
    long: HashMap<Box<[u8]>, WordHits>,
}

impl WordTable {
    /// (slot, tag) of a packed word.
    #[inline]
    fn home(&self, low: u64, high: u64, length: usize) -> (usize, u8) {
        let mixed = (low ^ high.rotate_left(29) ^ ((length as u64) << 58))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mixed = mixed ^ (mixed >> 32);
        let slot = (mixed.wrapping_mul(0x2545_F491_4F6C_DD1D) >> self.shift) as usize;
        (slot, 0x80 | (mixed as u8 & 0x7f))
    }

    /// An empty table for `words` distinct words, filled in place: a quarter
    /// to a half full, so misses (most text words) end within a few tags.
    /// (Four times the words, rounded up, left the packaged table an eighth
    /// full in 1.6 MB that every process faulted in; a hash map collecting
    /// the words first was a third of building a table from its index.)
    fn for_words(words: usize) -> Self {
        let capacity = (words * 2).next_power_of_two().max(16);
        Self {
            tags: vec![0; capacity],
            keys: vec![(0, 0); capacity],
            hits: vec![WordHits::default(); capacity],
            shift: 64 - capacity.trailing_zeros(),
            len: 0,
            long: HashMap::new(),
        }
    }

    /// The slot of the non-empty inline `word`, or of the empty slot where
    /// it would go.
    fn probe(&self, word: &[u8]) -> (usize, u8, (u64, u64)) {
        let (low, high) = pack(word);
        let (mut slot, tag) = self.home(low, high, word.len());
        let mask = self.tags.len() - 1;
        while self.tags[slot] != 0 && (self.tags[slot] != tag || self.keys[slot] != (low, high)) {
            slot = (slot + 1) & mask;
        }
        (slot, tag, (low, high))
    }

    /// The hits of the non-empty `word`, added empty if new; `None` once the
    /// table holds the words it was sized for (an index whose word counts
    /// are wrong is not read).
    fn entry(&mut self, word: &[u8]) -> Option<&mut WordHits> {
        if word.len() > INLINE_WORD {
            return Some(self.long.entry(word.into()).or_default());
        }
        let (slot, tag, key) = self.probe(word);
        if self.tags[slot] == 0 {
            if 2 * (self.len + 1) > self.tags.len() {
                return None;
            }
            self.len += 1;
            self.tags[slot] = tag;
            self.keys[slot] = key;
        }
        self.hits.get_mut(slot)
    }

    /// The hits of the non-empty `word`, if the table holds it.
    fn get_mut(&mut self, word: &[u8]) -> Option<&mut WordHits> {
        if word.len() > INLINE_WORD {
            return self.long.get_mut(word);
        }
        let (slot, _, _) = self.probe(word);
        if self.tags[slot] == 0 {
            return None;
        }
        self.hits.get_mut(slot)
    }

    /// Every word's hits (and empty slots' defaults), in no order.
    fn hits_mut(&mut self) -> impl Iterator<Item = &mut WordHits> {
        self.hits.iter_mut().chain(self.long.values_mut())
    }

    /// Hits of the word `padded[start..start + length]`.
    #[inline]
    fn get_at(&self, padded: &[u8], start: usize, length: usize) -> Option<WordHits> {
        if length > INLINE_WORD {
            return if self.long.is_empty() {
                None
            } else {
                self.long.get(padded.get(start..start + length)?).copied()
            };
        }
        let (low, high) = pack_at(padded, start, length);
        let (mut slot, tag) = self.home(low, high, length);
        let mask = self.tags.len() - 1;
        loop {
            let found = *self.tags.get(slot)?;
            if found == 0 {
                return None;
            }
            if found == tag && self.keys.get(slot) == Some(&(low, high)) {
                return self.hits.get(slot).copied();
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// The inverted first-word index of the whole table.
#[derive(Debug)]
struct WordIndex {
    /// Word run -> what a match may start with it.
    whole: WordTable,
    /// Word-run prefix -> what a match may start with it.
    prefixes: WordTable,
    /// Per first two bytes (as [`PAIR_CLASS`] classes), the lengths of the
    /// prefixes a word starting with them can have (bit `l` for length
    /// `l`): a word is looked up only at those lengths, and most words at
    /// none. Two bytes, not one: "s" alone would send "stable" to every
    /// prefix length of "sc", "se", "sh"...
    prefix_lengths_by_pair: Box<[u64; PAIR_CLASSES * PAIR_CLASSES]>,
    /// The same for prefixes of 3 bytes or more, by a hash of their first 3
    /// bytes, and of 4 bytes or more by their first 4 ([`lead_slot`]; two
    /// leads sharing a slot share their lengths, which only costs a probe).
    /// Most words whose first two bytes start some prefix ("di": "dis",
    /// "diagn") start none of them: a third of the probes remain.
    prefix_lengths_by_lead: Box<[[u64; LEAD_SLOTS]; 2]>,
    /// Prefix lengths of 64 bytes or more (none in practice), tried for
    /// every word long enough.
    long_prefix_lengths: Vec<usize>,
    /// The whole words' head filters (see [`WordHits::filters_at`]).
    head_filters: Vec<HeadFilter>,
}

/// Distinct words of an index: the sizes of its two [`WordTable`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordCounts {
    pub(crate) whole: usize,
    pub(crate) prefixes: usize,
}

impl WordCounts {
    /// The distinct non-empty words of `signals` (both sides).
    pub(crate) fn of<W: AsRef<[u8]>>(signals: &[SignalWords<W>]) -> Self {
        let distinct = |list: fn(&FirstWords<W>) -> &Vec<W>| {
            let mut words: Vec<&[u8]> = signals
                .iter()
                .flat_map(|signal| std::iter::once(&signal.positive).chain(&signal.benign))
                .flat_map(|found| list(found).iter().map(AsRef::as_ref))
                .filter(|word| !word.is_empty())
                .collect();
            words.sort_unstable();
            words.dedup();
            words.len()
        };
        Self {
            whole: distinct(|found| &found.whole),
            prefixes: distinct(|found| &found.prefixes),
        }
    }
}

/// Builds the index straight into its frozen tables, sized beforehand.
#[derive(Debug)]
struct WordIndexBuilder<'a> {
    whole: WordTable,
    prefixes: WordTable,
    /// (whole word, signal index, filter) of every word with heads.
    head_filters: Vec<(&'a [u8], u32, HeadFilter)>,
    prefix_lengths_by_pair: Box<[u64; PAIR_CLASSES * PAIR_CLASSES]>,
    prefix_lengths_by_lead: Box<[[u64; LEAD_SLOTS]; 2]>,
    long_prefix_lengths: Vec<usize>,
}

impl<'a> WordIndexBuilder<'a> {
    fn for_words(counts: WordCounts) -> Self {
        Self {
            whole: WordTable::for_words(counts.whole),
            prefixes: WordTable::for_words(counts.prefixes),
            head_filters: Vec::new(),
            prefix_lengths_by_pair: Box::new([0u64; PAIR_CLASSES * PAIR_CLASSES]),
            prefix_lengths_by_lead: Box::new([[0u64; LEAD_SLOTS]; 2]),
            long_prefix_lengths: Vec::new(),
        }
    }

    /// Adds one side of signal `bit`; `None` if the tables were sized for
    /// fewer words.
    fn add<W: AsRef<[u8]> + Ord>(
        &mut self,
        found: &'a FirstWords<W>,
        bit: SignalBits,
        benign: bool,
    ) -> Option<()> {
        for word in found.whole.iter().map(AsRef::as_ref) {
            if word.is_empty() {
                continue;
            }
            self.whole.entry(word)?.mark(bit, benign);
        }
        if !benign {
            // Only a whole word of this very signal can be certain for it.
            for word in found.certain.iter().map(AsRef::as_ref) {
                if let Some(hits) = self
                    .whole
                    .get_mut(word)
                    .filter(|hits| hits.candidates & bit != 0)
                {
                    hits.certain |= bit;
                }
            }
            self.add_head_filters(found, bit.trailing_zeros());
        }
        for prefix in found.prefixes.iter().map(AsRef::as_ref) {
            if prefix.is_empty() {
                continue;
            }
            // A prefix hit is never certain: the word may go on.
            self.prefixes.entry(prefix)?.mark(bit, benign);
            self.add_prefix_length(prefix);
        }
        Some(())
    }

    /// Records that a word starting like `prefix` must be looked up at its
    /// length (see [`WordIndex::prefix_lengths_by_pair`]).
    fn add_prefix_length(&mut self, prefix: &[u8]) {
        match (prefix.first(), prefix.get(1), prefix.len()) {
            // A one-byte prefix fits every second byte, and none (a
            // one-byte word is looked up with the padding's 0 second).
            (Some(&first), _, 1) => {
                let row = usize::from(PAIR_CLASS[usize::from(first)]) * PAIR_CLASSES;
                for second in 0..PAIR_CLASSES {
                    self.prefix_lengths_by_pair[row + second] |= 1 << 1;
                }
            }
            (Some(&first), Some(&second), length @ 2..=63) => {
                self.prefix_lengths_by_pair[pair_slot(first, second)] |= 1 << length;
                let first_four = first_four(prefix);
                for (lead, table) in [3, 4]
                    .into_iter()
                    .zip(self.prefix_lengths_by_lead.iter_mut())
                {
                    if length >= lead {
                        table[lead_slot(first_four, lead)] |= 1 << length;
                    }
                }
            }
            (Some(_), _, length) => self.long_prefix_lengths.push(length),
            (None, _, _) => {}
        }
    }

    /// The head filters of `found`'s whole words (signal `index`): none for
    /// a word with an open head (or none listed; [`FirstWords::sort`] opened
    /// the heads of words a prefix also fits).
    fn add_head_filters<W: AsRef<[u8]> + Ord>(&mut self, found: &'a FirstWords<W>, index: u32) {
        for group in found.heads.chunk_by(|(one, _), (other, _)| one == other) {
            if group.iter().any(|(_, head)| *head == OPEN_HEAD) {
                continue;
            }
            let mut filter = HeadFilter::default();
            for (_, head) in group {
                filter.insert(*head);
            }
            let word = group[0].0.as_ref();
            if let Some(hits) = self.whole.get_mut(word).filter(|_| !word.is_empty()) {
                hits.filtered |= 1 << index;
                self.head_filters.push((word, index, filter));
            }
        }
    }

    fn build(mut self) -> WordIndex {
        // Each word's filters in one run, in signal order: runs are laid out
        // in slot order, then every filter goes to its rank in its run.
        let mut next = 0u32;
        for hits in self.whole.hits_mut().filter(|hits| hits.filtered != 0) {
            hits.filters_at = next;
            next += hits.filtered.count_ones();
        }
        // Every slot gets at least the one filter that set its bit; a word
        // listed twice for a signal gets the union of its heads.
        let mut head_filters = vec![HeadFilter::default(); next as usize];
        for &(word, index, filter) in &self.head_filters {
            if let Some(hits) = self.whole.get_mut(word) {
                let rank = (hits.filtered & ((1 << index) - 1)).count_ones();
                head_filters[(hits.filters_at + rank) as usize].union(filter);
            }
        }
        self.long_prefix_lengths.sort_unstable();
        self.long_prefix_lengths.dedup();
        WordIndex {
            whole: self.whole,
            prefixes: self.prefixes,
            prefix_lengths_by_pair: self.prefix_lengths_by_pair,
            prefix_lengths_by_lead: self.prefix_lengths_by_lead,
            long_prefix_lengths: self.long_prefix_lengths,
            head_filters,
        }
    }
}

impl WordIndex {
    /// What the word `padded[start..start + length]` may start.
    #[inline]
    fn lookup(&self, padded: &[u8], start: usize, length: usize) -> WordHits {
        let mut hits = self.whole.get_at(padded, start, length).unwrap_or_default();
        let (Some(&first), Some(&second)) = (padded.get(start), padded.get(start + 1)) else {
            return hits;
        };
        // A one-byte word's second byte is whatever follows it (a separator
        // or the padding): only length-1 prefixes fit below.
        let fitting = if length >= 63 {
            u64::MAX
        } else {
            (1u64 << (length + 1)) - 1
        };
        let mut lengths = self.prefix_lengths_by_pair[pair_slot(first, second)] & fitting;
        // Lengths of 3 and more need the word's first 3 bytes to lead some
        // prefix that long, and of 4 and more its first 4.
        if lengths >> 3 != 0 {
            let first_four = first_four(padded.get(start..).unwrap_or_default());
            for (lead, table) in [3, 4].into_iter().zip(self.prefix_lengths_by_lead.iter()) {
                lengths &= ((1 << lead) - 1) | table[lead_slot(first_four, lead)];
            }
        }
        while lengths != 0 {
            let prefix = lengths.trailing_zeros() as usize;
            lengths &= lengths - 1;
            self.add_prefix_hits(&mut hits, padded, start, prefix);
        }
        for &prefix in &self.long_prefix_lengths {
            if prefix > length {
                break;
            }
            self.add_prefix_hits(&mut hits, padded, start, prefix);
        }
        hits
    }

    /// The candidates of `hits` among `pending` to check at a word that
    /// ends at `end`: those whose head filter holds the text's head there.
    #[inline]
    fn checks(
        &self,
        hits: &WordHits,
        pending: SignalBits,
        padded: &[u8],
        end: usize,
    ) -> SignalBits {
        let candidates = hits.candidates & pending;
        let filtered = candidates & hits.filtered;
        if filtered == 0 {
            candidates
        } else {
            candidates & !self.ruled_out(hits, filtered, padded, end)
        }
    }

    /// Which of the signals `filtered` (bits of `hits.filtered`) cannot
    /// match at the word that ends at `end`: the text's head there is not
    /// one their filters hold.
    #[inline]
    fn ruled_out(
        &self,
        hits: &WordHits,
        filtered: SignalBits,
        padded: &[u8],
        end: usize,
    ) -> SignalBits {
        let byte = |at: usize| padded.get(at).copied().unwrap_or(0);
        let head = [byte(end), byte(end + 1), byte(end + 2)];
        let mut ruled_out = 0;
        let mut rest = filtered;
        while rest != 0 {
            let index = rest.trailing_zeros();
            rest &= rest - 1;
            let rank = (hits.filtered & ((1 << index) - 1)).count_ones() as usize;
            let holds = self
                .head_filters
                .get(hits.filters_at as usize + rank)
                .is_none_or(|filter| filter.may_hold(head));
            if !holds {
                ruled_out |= 1 << index;
            }
        }
        ruled_out
    }

    #[inline]
    fn add_prefix_hits(&self, hits: &mut WordHits, padded: &[u8], start: usize, prefix: usize) {
        if let Some(more) = self.prefixes.get_at(padded, start, prefix) {
            // A prefix hit is never certain: the word may go on.
            hits.candidates |= more.candidates;
            hits.benign |= more.benign;
        }
    }
}

/// Classes of the bytes a word run can start with, for
/// [`WordIndex::prefix_lengths_by_pair`]: one per word byte, and one shared
/// by every other byte.
const PAIR_CLASSES: usize = 38;

/// The class of each byte: digits, lower-case letters and `_` (the bytes
/// of the index's words and of normalized text) `0..37`, anything else 37.
static PAIR_CLASS: [u8; 256] = {
    let mut table = [(PAIR_CLASSES - 1) as u8; 256];
    let mut class = 0u8;
    let mut byte = 0u8;
    loop {
        if byte.is_ascii_digit() || byte.is_ascii_lowercase() || byte == b'_' {
            table[byte as usize] = class;
            class += 1;
        }
        if byte == u8::MAX {
            break;
        }
        byte += 1;
    }
    table
};

/// Slots of [`WordIndex::prefix_lengths_by_lead`] per lead length.
const LEAD_SLOTS: usize = 1024;

/// The first four bytes of `bytes` as a little-endian word, zero-padded.
#[inline]
fn first_four(bytes: &[u8]) -> u32 {
    // One load when four bytes are there (always, for a padded text).
    if let Some(word) = bytes
        .get(..4)
        .and_then(|four| <[u8; 4]>::try_from(four).ok())
    {
        return u32::from_le_bytes(word);
    }
    let mut word = [0u8; 4];
    for (to, from) in word.iter_mut().zip(bytes) {
        *to = *from;
    }
    u32::from_le_bytes(word)
}

/// The slot of the first `lead` bytes (3 or 4) of a word whose first four
/// bytes are `first_four` (little-endian) in
/// [`WordIndex::prefix_lengths_by_lead`].
#[inline]
fn lead_slot(first_four: u32, lead: usize) -> usize {
    let packed = if lead >= 4 {
        first_four
    } else {
        first_four & ((1 << (8 * lead)) - 1)
    };
    (packed.wrapping_mul(0x9E37_79B1) >> 22) as usize % LEAD_SLOTS
}

/// The slot of a first and second byte in [`WordIndex::prefix_lengths_by_pair`].
#[inline]
fn pair_slot(first: u8, second: u8) -> usize {
    usize::from(PAIR_CLASS[usize::from(first)]) * PAIR_CLASSES
        + usize::from(PAIR_CLASS[usize::from(second)])
}

/// [`is_word_byte`] as a table.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = is_word_byte(byte as u8);
        byte += 1;
    }
    table
};

/// Anchored-check slots per signal: one per chunk class, then one for the
/// whole pattern (a word starting with a byte outside every class, which
/// only a caller of [`PatternTable::signals`] can pass).
const SLOTS: usize = CHUNK_CLASSES + 1;

/// The slot of the whole pattern.
const WHOLE_SLOT: usize = CHUNK_CLASSES;

/// The anchored-check slot of each byte that can start a word run.
static SLOT_OF_BYTE: [u8; 256] = {
    let mut table = [WHOLE_SLOT as u8; 256];
    let mut byte = 0;
    while byte < 256 {
        if let Some(class) = chunk_class(byte as u8) {
            table[byte] = class as u8;
        }
        byte += 1;
    }
    table
};

/// One signal's regexes, each compiled on first use.
struct Matcher {
    /// Presence pattern, or the positive side of a guarded signal.
    pattern: PatternText,
    /// The benign side (guarded signals only).
    benign: Option<PatternText>,
    /// `pattern` split into alternatives ([`alternatives::split`]).
    alternatives: OnceLock<Vec<Alternative>>,
    /// Per slot, the lazy DFA of that chunk's alternatives (the whole
    /// pattern in [`WHOLE_SLOT`]), for anchored checks at word hits. (Not
    /// boxed, though a DFA is ~700 bytes and most slots stay empty: boxing
    /// saved ~0.3 ms of a first construction but cost every scan a pointer
    /// load per check, 1.5-2% on the README prompts.)
    anchored: Vec<OnceLock<Option<DFA>>>,
    /// The remainder's alternatives, each searched unanchored on its own.
    remainder_parts: OnceLock<Vec<RemainderPart>>,
    /// `[benign, positive]`, leftmost-first: the guarded walk.
    walk: OnceLock<Option<DFA>>,
    /// `pattern` and `[benign, positive]` as meta regexes: only used if a lazy
    /// DFA cannot be built or gives up (neither happens with this config; the
    /// fallback keeps every path total and exact).
    fallback: OnceLock<(Option<Regex>, Option<Regex>)>,
}

/// A leftmost-first lazy DFA of already parsed patterns (parsed once by
/// [`check_dialect`] with the same syntax settings: building from the HIR
/// skips a second parse of the pattern text).
fn lazy_dfa(patterns: &[&Hir]) -> Option<DFA> {
    let nfa = thompson::Compiler::new()
        .configure(thompson::Config::new().nfa_size_limit(None))
        .build_many_from_hir(patterns)
        .ok()?;
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(MatchKind::LeftmostFirst)
                .cache_capacity(16 << 20),
        )
        .build_from_nfa(nfa)
        .ok()
}

fn meta_regex(patterns: &[&str]) -> Option<Regex> {
    Regex::builder()
        .syntax(syntax_config())
        .configure(
            Regex::config()
                .match_kind(MatchKind::LeftmostFirst)
                .nfa_size_limit(None),
        )
        .build_many(patterns)
        .ok()
}

impl Matcher {
    fn new(pattern: PatternText, benign: Option<PatternText>) -> Self {
        Self {
            pattern,
            benign,
            alternatives: OnceLock::new(),
            anchored: (0..SLOTS).map(|_| OnceLock::new()).collect(),
            remainder_parts: OnceLock::new(),
            walk: OnceLock::new(),
            fallback: OnceLock::new(),
        }
    }

    /// The anchored DFA of `slot`: the alternatives `chunk` names, or the
    /// whole pattern (`pattern`, parsed on demand) when the chunk is empty or
    /// one of its alternatives does not parse (neither happens with an index
    /// written for this table; the whole pattern is always exact).
    fn anchored_dfa<'p>(
        &self,
        slot: usize,
        chunk: &[u32],
        pattern: impl FnOnce() -> &'p Hir,
    ) -> Option<&DFA> {
        self.anchored[slot]
            .get_or_init(|| {
                let alternatives = self.alternatives();
                let chosen: Option<Vec<&Alternative>> = chunk
                    .iter()
                    .map(|&id| alternatives.get(id as usize))
                    .collect();
                match chosen
                    .filter(|chosen| !chosen.is_empty())
                    .and_then(|chosen| parse(&alternatives::join(&self.pattern, &chosen)))
                {
                    Some(parsed) => lazy_dfa(&[&parsed]),
                    None => lazy_dfa(&[pattern()]),
                }
            })
            .as_ref()
    }

    fn alternatives(&self) -> &[Alternative] {
        self.alternatives
            .get_or_init(|| alternatives::split(&self.pattern))
    }

    fn walk_dfa(&self, benign: Option<&Hir>, positive: &Hir) -> Option<&DFA> {
        self.walk
            .get_or_init(|| lazy_dfa(&[benign?, positive]))
            .as_ref()
    }

    fn fallback(&self) -> &(Option<Regex>, Option<Regex>) {
        self.fallback.get_or_init(|| {
            let walk = self
                .benign
                .as_deref()
                .and_then(|benign| meta_regex(&[benign, &self.pattern]));
            (meta_regex(&[&self.pattern]), walk)
        })
    }

    /// Whether `pattern` matches starting exactly at `start`, checked with
    /// `slot`'s alternatives (`chunk`).
    fn matches_at<'p>(
        &self,
        slot: usize,
        chunk: &[u32],
        pattern: impl FnOnce() -> &'p Hir,
        text: &[u8],
        start: usize,
        cache: &mut Option<Box<Cache>>,
    ) -> bool {
        let input = Input::new(text)
            .range(start..)
            .anchored(Anchored::Yes)
            .earliest(true);
        if let Some(dfa) = self.anchored_dfa(slot, chunk, pattern) {
            let cache = cache.get_or_insert_with(|| Box::new(dfa.create_cache()));
            if let Ok(found) = dfa.try_search_fwd(cache, &input) {
                return found.is_some();
            }
        }
        self.fallback()
            .0
            .as_ref()
            .is_some_and(|regex| regex.is_match(input))
    }

    /// Whether `remainder` (this signal's alternatives without first words,
    /// one HIR per alternative) matches anywhere.
    fn remainder_matches(&self, remainder: &Remainder, text: &[u8]) -> bool {
        let parts = self.remainder_parts.get_or_init(|| match remainder {
            Remainder::Parsed(alternatives) => {
                alternatives.iter().map(RemainderPart::new).collect()
            }
            Remainder::Unparsed(source) => match parse(source) {
                Some(hir) => alternatives_of(hir)
                    .iter()
                    .map(RemainderPart::new)
                    .collect(),
                // (An index's regex always parses: it was checked when
                // written.) Else the whole pattern is searched instead.
                None => vec![RemainderPart {
                    required: None,
                    regex: None,
                }],
            },
        });
        parts.iter().any(|part| {
            part.may_match(text)
                && match &part.regex {
                    Some(regex) => regex.is_match(text),
                    // An alternative that does not compile on its own (it
                    // always should) is searched as the whole pattern instead.
                    None => self
                        .fallback()
                        .0
                        .as_ref()
                        .is_some_and(|regex| regex.is_match(text)),
                }
        })
    }

    /// Walks the leftmost-first, non-overlapping matches of
    /// `[benign, positive]` and reports whether any came from the positive
    /// side. The forward search ends where the leftmost-first match ends and
    /// names its pattern, which is all the walk needs (no start, no groups).
    fn positive_survives(
        &self,
        benign: Option<&Hir>,
        positive: &Hir,
        text: &[u8],
        cache: &mut Option<Cache>,
    ) -> bool {
        if let Some(dfa) = self.walk_dfa(benign, positive) {
            let cache = cache.get_or_insert_with(|| dfa.create_cache());
            let mut position = 0;
            loop {
                let input = Input::new(text).range(position..);
                match dfa.try_search_fwd(cache, &input) {
                    Ok(None) => return false,
                    Ok(Some(found)) => {
                        if found.pattern().as_usize() == 1 {
                            return true;
                        }
                        // Patterns never match the empty string (checked at
                        // construction); step anyway so the loop always ends.
                        position = found.offset().max(position + 1);
                        if position > text.len() {
                            return false;
                        }
                    }
                    Err(_) => break,
                }
            }
        }
        self.fallback().1.as_ref().is_some_and(|walk| {
            walk.find_iter(text)
                .any(|found| found.pattern().as_usize() == 1)
        })
    }
}

/// One alternative of a remainder: its own regex (each alternative gets the
/// literal strategy that suits it; one regex of all of them often gets none
/// and scans every byte) and the bytes every match of it contains.
struct RemainderPart {
    required: Option<Vec<u8>>,
    regex: Option<Regex>,
}

impl RemainderPart {
    fn new(alternative: &Hir) -> Self {
        let regex = Regex::builder()
            .configure(
                Regex::config()
                    .match_kind(MatchKind::LeftmostFirst)
                    .nfa_size_limit(None),
            )
            .build_from_hir(alternative)
            .ok();
        Self {
            required: required_bytes(alternative),
            regex,
        }
    }

    /// False when `text` lacks every byte a match needs (most short prompts
    /// have no `.`, `/` or `@`): then the regex is not run at all.
    fn may_match(&self, text: &[u8]) -> bool {
        self.required
            .as_deref()
            .is_none_or(|bytes| contains_any(text, bytes))
    }
}

/// Per-call state: the normalized text and the lazy-DFA caches (boxed: one
/// slot per signal and chunk, most of them never used).
#[derive(Default)]
struct Scratch {
    text: Vec<u8>,
    anchored: Vec<Option<Box<Cache>>>,
    walk: Vec<Option<Cache>>,
}

type ScratchFactory =
    Box<dyn Fn() -> Scratch + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// A signal's pattern source and HIR, plus its benign side's (guarded).
type ParsedSignal = (Hir, Option<Hir>);

/// What one scan of a prompt found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scan {
    /// Signals set.
    pub signal_bits: SignalBits,
    /// Length of the prompt in code points.
    pub char_count: usize,
    /// Words of the normalized text, counted up to `word_limit + 1`.
    pub words: usize,
}

/// Signals a scan looks for only when other signals are set: each entry is
/// (signal index, the signals that must all be set), evaluated in order after
/// every other signal is decided. A scorer whose derivation reads a signal
/// only under a condition passes it here, so the signal's words ("how",
/// "should", "from") cost nothing on the prompts that do not need it.
#[derive(Debug, Clone, Default)]
pub struct Conditions {
    list: Vec<(usize, SignalBits)>,
    mask: SignalBits,
}

impl Conditions {
    /// The conditional signals, in evaluation order.
    pub fn new(list: Vec<(usize, SignalBits)>) -> Self {
        let mask = list.iter().fold(0, |mask, &(index, _)| mask | 1 << index);
        Self { list, mask }
    }
}

/// The compiled table. Bit `i` of a [`SignalBits`] is `names()[i]`: the
/// presence signals in order, then the guarded ones.
pub struct PatternTable {
    names: Vec<String>,
    presence_count: usize,
    matchers: Vec<Matcher>,
    /// Each signal's parsed pattern (the positive side for guarded ones):
    /// parsed at construction, or on first need when the table was built
    /// from a first-words index.
    parsed: Vec<OnceLock<Hir>>,
    /// Each guarded signal's parsed benign side, likewise. Apart from the
    /// positive side because it is needed only for a walk, and benign
    /// sides are the table's largest regexes.
    parsed_benign: Vec<OnceLock<Option<Hir>>>,
    /// Derived from `parsed` on the first scan, or read from an index.
    prefilter: OnceLock<Prefilter>,
    /// Names the table's strings (see [`first_words_index`]).
    fingerprint: Fingerprint,
    /// Whether the prefilter was read from an index.
    from_index: bool,
    /// Long alternatives parsed so far, shared between the signals' lazy
    /// parses (empty for a table parsed in full at construction).
    shared_parses: SharedParses,
    scratch: Pool<Scratch, ScratchFactory>,
}

/// A signal's alternatives without first words.
enum Remainder {
    /// Parsed, one HIR per alternative (none for most signals).
    Parsed(Vec<Hir>),
    /// The regex an index holds, parsed when a text first needs it.
    Unparsed(Box<str>),
}

/// The word prefilter of a table (see the module docs).
struct Prefilter {
    words: WordIndex,
    /// Per signal, per chunk class, the alternatives an anchored check at a
    /// word starting with a byte of that class runs (see [`SignalWords`]).
    chunks: Vec<Vec<Vec<u32>>>,
    /// Per signal, its alternatives without first words (empty for most).
    remainders: Vec<Remainder>,
    /// Signals with a remainder (searched on every text).
    remainder_signals: SignalBits,
    /// Whether every remainder alternative needs one of a few bytes, and
    /// which: a short text without any of them skips every remainder.
    remainder_bytes: Option<[bool; 256]>,
    /// Signals with at least one first word.
    word_signals: SignalBits,
    /// Guarded signals whose benign side may match without a first word
    /// and without any byte we could check for: they always walk.
    benign_always: SignalBits,
    /// Guarded signals whose benign alternatives without a first word all
    /// need one of a few bytes (a quote, `.`, `(`): they walk only if the
    /// text holds one (or a benign first word).
    benign_loose: Vec<(SignalBits, Vec<u8>)>,
}

impl Prefilter {
    /// The prefilter of `signals`, whose distinct words `counts` gives;
    /// `None` if the signals hold more words than that (an index whose
    /// counts are wrong).
    fn new<W: AsRef<[u8]> + Ord>(
        mut signals: Vec<SignalWords<W>>,
        counts: WordCounts,
    ) -> Option<Self> {
        let mut remainders = Vec::with_capacity(signals.len());
        let mut remainder_signals: SignalBits = 0;
        let mut word_signals: SignalBits = 0;
        let mut benign_always: SignalBits = 0;
        let mut benign_loose = Vec::new();
        let mut chunks = Vec::with_capacity(signals.len());
        // Whether every remainder's matches need one of a few bytes, and
        // which (see [`Prefilter::remainder_bytes`]).
        let mut remainder_bytes = Some([false; 256]);
        for (index, signal) in signals.iter_mut().enumerate() {
            chunks.push(std::mem::take(&mut signal.chunks));
            let bit: SignalBits = 1 << index;
            let (remainder, needs) = match (
                signal.positive.remainder.take(),
                signal.unparsed_remainder.take(),
            ) {
                (Some(hir), _) => {
                    let needs = positive_remainder_bytes(&hir);
                    (Remainder::Parsed(alternatives_of(hir)), needs)
                }
                (None, Some(unparsed)) => (Remainder::Unparsed(unparsed.source), unparsed.needs),
                (None, None) => (Remainder::Parsed(Vec::new()), Some(Vec::new())),
            };
            if !matches!(&remainder, Remainder::Parsed(parts) if parts.is_empty()) {
                remainder_signals |= bit;
                match (needs, remainder_bytes.as_mut()) {
                    (Some(needs), Some(union)) => {
                        for byte in needs {
                            union[usize::from(byte)] = true;
                        }
                    }
                    _ => remainder_bytes = None,
                }
            }
            remainders.push(remainder);
            if !signal.positive.is_empty() {
                word_signals |= bit;
            }
            if let Some(remainder) = signal
                .benign
                .as_ref()
                .and_then(|found| found.remainder.as_ref())
            {
                match remainder_required_bytes(remainder) {
                    Some(bytes) => benign_loose.push((bit, bytes)),
                    None => benign_always |= bit,
                }
            }
        }
        // (Head filters borrow their words from `signals` until frozen.)
        let mut words = WordIndexBuilder::for_words(counts);
        for (index, signal) in signals.iter().enumerate() {
            let bit: SignalBits = 1 << index;
            words.add(&signal.positive, bit, false)?;
            if let Some(found) = &signal.benign {
                words.add(found, bit, true)?;
            }
        }
        Some(Self {
            words: words.build(),
            chunks,
            remainders,
            remainder_signals,
            remainder_bytes,
            word_signals,
            benign_always,
            benign_loose,
        })
    }
}

/// A remainder's top-level alternatives, each searched on its own.
fn alternatives_of(remainder: Hir) -> Vec<Hir> {
    match remainder.kind() {
        HirKind::Alternation(alternatives) => alternatives.clone(),
        _ => vec![remainder],
    }
}

/// The bytes one of which every match of a positive side's `remainder`
/// contains: the union of [`required_bytes`] over its alternatives, or
/// `None` if one has none.
pub(crate) fn positive_remainder_bytes(remainder: &Hir) -> Option<Vec<u8>> {
    let alternatives = match remainder.kind() {
        HirKind::Alternation(alternatives) => alternatives.as_slice(),
        _ => std::slice::from_ref(remainder),
    };
    let mut union = Vec::new();
    for alternative in alternatives {
        union.extend(required_bytes(alternative)?);
    }
    union.sort_unstable();
    union.dedup();
    Some(union)
}

/// The bytes one of which every match of `remainder` (an alternation)
/// contains: the union over its alternatives, or `None` if one has none.
pub(crate) fn remainder_required_bytes(remainder: &Hir) -> Option<Vec<u8>> {
    // A byte class needs one of its bytes, however many (the index reader
    // stores a benign remainder's bytes as one).
    if let HirKind::Class(Class::Bytes(ranges)) = remainder.kind() {
        return Some(
            ranges
                .iter()
                .flat_map(|range| range.start()..=range.end())
                .collect(),
        );
    }
    positive_remainder_bytes(remainder)
}

/// Whether `text` holds any of `bytes`.
fn contains_any(text: &[u8], bytes: &[u8]) -> bool {
    match *bytes {
        [] => false,
        [a] => memchr::memchr(a, text).is_some(),
        [a, b] => memchr::memchr2(a, b, text).is_some(),
        [a, b, c] => memchr::memchr3(a, b, c, text).is_some(),
        _ => text.iter().any(|byte| bytes.contains(byte)),
    }
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

impl PatternTable {
    /// Compiles the table; fails with the offending signal named.
    ///
    /// Only parses and checks the dialect: the prefilter is derived on the
    /// first scan and every regex is compiled the first time a text needs it.
    pub fn new(
        presence: impl Into<Vec<PresencePattern>>,
        guarded: impl Into<Vec<GuardedPattern>>,
    ) -> Result<Self, TableError> {
        Self::with_index(presence, guarded, None)
    }

    /// [`PatternTable::new`], reading the prefilter from `index` (written by
    /// [`PatternTable::first_words_index`] for this very table) instead of
    /// deriving it: then no pattern is parsed until a text needs it. An
    /// index for another table, or one that does not read, is ignored.
    ///
    /// The table keeps the pattern strings it is given (owned vectors are
    /// moved in, not copied: the packaged table is about 1 MB of text).
    pub fn with_index(
        presence: impl Into<Vec<PresencePattern>>,
        guarded: impl Into<Vec<GuardedPattern>>,
        index: Option<&str>,
    ) -> Result<Self, TableError> {
        let (presence, guarded) = (presence.into(), guarded.into());
        let count = presence.len() + guarded.len();
        if count > MAX_SIGNALS {
            return Err(TableError::TooManySignals(count));
        }
        let fingerprint = Fingerprint::of(table_strings(&presence, &guarded));
        let is_guarded: Vec<bool> = (0..count).map(|index| index >= presence.len()).collect();
        if let Some(prefilter) = index
            .and_then(|text| first_words_index::read(text, fingerprint, &is_guarded))
            .and_then(|(counts, signals)| Prefilter::new(signals, counts))
        {
            return Self::unparsed(presence, guarded, fingerprint, prefilter);
        }
        let presence_count = presence.len();
        // (pattern HIR, benign side's HIR): each regex is parsed exactly
        // once, here, before the strings move into the matchers.
        let mut sources: Vec<ParsedSignal> = Vec::with_capacity(count);
        let shared = SharedParses::default();
        for entry in &presence {
            sources.push((
                shared.check_dialect(&entry.name, "pattern", &entry.pattern)?,
                None,
            ));
        }
        for entry in &guarded {
            let benign = shared.check_dialect(&entry.name, "benign", &entry.benign)?;
            let positive = shared.check_dialect(&entry.name, "positive", &entry.positive)?;
            sources.push((positive, Some(benign)));
        }
        let (names, matchers) = named_matchers(presence, guarded)?;
        let (parsed, parsed_benign) = sources
            .into_iter()
            .map(|(hir, benign)| (OnceLock::from(hir), OnceLock::from(benign)))
            .unzip();
        Ok(Self {
            names,
            presence_count,
            matchers,
            parsed,
            parsed_benign,
            prefilter: OnceLock::new(),
            fingerprint,
            from_index: false,
            shared_parses: SharedParses::default(),
            scratch: scratch_pool(count),
        })
    }

    /// A table whose prefilter comes from an index: names are checked, no
    /// regex is parsed. The index carries this table's fingerprint, so the
    /// table was checked in full when the index was written.
    fn unparsed(
        presence: Vec<PresencePattern>,
        guarded: Vec<GuardedPattern>,
        fingerprint: Fingerprint,
        prefilter: Prefilter,
    ) -> Result<Self, TableError> {
        let count = presence.len() + guarded.len();
        let presence_count = presence.len();
        let (names, matchers) = named_matchers(presence, guarded)?;
        Ok(Self {
            names,
            presence_count,
            matchers,
            parsed: (0..count).map(|_| OnceLock::new()).collect(),
            parsed_benign: (0..count).map(|_| OnceLock::new()).collect(),
            prefilter: OnceLock::from(prefilter),
            fingerprint,
            from_index: true,
            shared_parses: SharedParses::default(),
            scratch: scratch_pool(count),
        })
    }

    /// Whether this table read its prefilter from a first-words index (false
    /// when none was given or it did not fit the table).
    pub fn loaded_from_index(&self) -> bool {
        self.from_index
    }

    /// Signal `index`'s parsed pattern (the positive side when guarded),
    /// parsed now if the table was built from an index.
    fn parsed(&self, index: usize) -> &Hir {
        self.parsed[index].get_or_init(|| {
            let matcher = &self.matchers[index];
            let part = if matcher.benign.is_some() {
                "positive"
            } else {
                "pattern"
            };
            self.parse_lazily(index, part, &matcher.pattern)
        })
    }

    /// Signal `index`'s parsed benign side (guarded signals), likewise.
    fn parsed_benign(&self, index: usize) -> Option<&Hir> {
        self.parsed_benign[index]
            .get_or_init(|| {
                let benign = self.matchers[index].benign.as_deref()?;
                Some(self.parse_lazily(index, "benign", benign))
            })
            .as_ref()
    }

    /// Parses a regex of a table built from an index. Cannot fail (the index
    /// was written for this table, which was checked in full then); a
    /// pattern that did fail would never match.
    fn parse_lazily(&self, index: usize, part: &'static str, pattern: &str) -> Hir {
        self.shared_parses
            .check_dialect(&self.names[index], part, pattern)
            .unwrap_or_else(|_| Hir::fail())
    }

    /// The prefilter input of this table as index text, for
    /// [`PatternTable::with_index`]. Parses every pattern not parsed yet.
    pub fn first_words_index(&self) -> Result<String, TableError> {
        let signals: Vec<SignalWords> = (0..self.names.len())
            .map(|index| self.signal_words(index))
            .collect();
        first_words_index::write(self.fingerprint, &signals)
    }

    /// Signal `index`'s first words and chunks, derived from its regexes.
    fn signal_words(&self, index: usize) -> SignalWords {
        let (positive, chunks) = self
            .split_words(index)
            .unwrap_or_else(|| (first_words_of(self.parsed(index)), Vec::new()));
        SignalWords {
            positive,
            chunks,
            benign: self.parsed_benign(index).map(first_words_of),
            unparsed_remainder: None,
        }
    }

    /// The first words of signal `index`'s pattern gathered alternative by
    /// alternative, and its chunks; `None` when the pattern has a single
    /// alternative or one does not parse (then every check runs the whole
    /// pattern, as an empty chunk says).
    fn split_words(&self, index: usize) -> Option<(FirstWords, Vec<Vec<u32>>)> {
        let matcher = &self.matchers[index];
        let alternatives = matcher.alternatives();
        if alternatives.len() < 2 {
            return None;
        }
        let mut words = FirstWords::default();
        let mut remainder = Vec::new();
        let mut chunks = vec![Vec::new(); CHUNK_CLASSES];
        for (id, alternative) in alternatives.iter().enumerate() {
            let parsed = parse(&alternatives::join(&matcher.pattern, &[alternative]))?;
            let found = first_words_of(&parsed);
            let mut classes = [false; CHUNK_CLASSES];
            // A first word starting outside every class (an uppercase
            // letter, say) never starts a normalized text's word, and any
            // other text's word is checked with the whole pattern.
            for word in found.whole.iter().chain(&found.prefixes) {
                if let Some(class) = word.first().copied().and_then(chunk_class) {
                    classes[class] = true;
                }
            }
            for (class, used) in classes.into_iter().enumerate() {
                if used {
                    chunks[class].push(id as u32);
                }
            }
            words.whole.extend(found.whole);
            words.certain.extend(found.certain);
            words.prefixes.extend(found.prefixes);
            words.heads.extend(found.heads);
            if let Some(more) = found.remainder {
                if let HirKind::Alternation(parts) = more.kind() {
                    remainder.extend(parts.iter().cloned());
                } else {
                    remainder.push(more);
                }
            }
        }
        words.sort();
        if !remainder.is_empty() {
            words.remainder = Some(Hir::alternation(remainder));
        }
        Some((words, chunks))
    }

    /// The compiled table of `presence` and `guarded`, shared with every
    /// other caller that passed the same table.
    ///
    /// Compiling is a pure function of the pattern strings, and a process
    /// normally compiles the one table of `features.py` again for every
    /// router it builds; the last few distinct tables are kept (with their
    /// already compiled DFAs), so only the first build pays for parsing.
    pub fn shared(
        presence: impl Into<Vec<PresencePattern>>,
        guarded: impl Into<Vec<GuardedPattern>>,
    ) -> Result<Arc<Self>, TableError> {
        Self::shared_with_index(presence, guarded, None)
    }

    /// [`PatternTable::shared`], built with [`PatternTable::with_index`]
    /// when no caller compiled this table yet.
    pub fn shared_with_index(
        presence: impl Into<Vec<PresencePattern>>,
        guarded: impl Into<Vec<GuardedPattern>>,
        index: Option<&str>,
    ) -> Result<Arc<Self>, TableError> {
        let (presence, guarded) = (presence.into(), guarded.into());
        // A table built from an index is kept apart from a derived one, so a
        // process (the tests) can hold both.
        let with_index = index.is_some();
        let cache = SHARED_TABLES.get_or_init(|| Mutex::new(Vec::new()));
        // A poisoned lock only means another thread panicked mid-update of a
        // cache: start from an empty one rather than propagate.
        let mut tables = cache.lock().unwrap_or_else(|poisoned| {
            let mut guard = poisoned.into_inner();
            guard.clear();
            guard
        });
        if let Some(position) = tables.iter().position(|(known_with_index, known)| {
            *known_with_index == with_index && known.holds(&presence, &guarded)
        }) {
            let entry = tables.remove(position);
            let table = Arc::clone(&entry.1);
            tables.insert(0, entry);
            return Ok(table);
        }
        let table = Arc::new(Self::with_index(presence, guarded, index)?);
        tables.insert(0, (with_index, Arc::clone(&table)));
        tables.truncate(SHARED_TABLE_COUNT);
        Ok(table)
    }

    /// Whether this table was compiled from exactly these signals (names,
    /// kinds, order and strings): the shared-table cache's key, compared
    /// against the strings the table keeps rather than a copy of them.
    fn holds(&self, presence: &[PresencePattern], guarded: &[GuardedPattern]) -> bool {
        self.kept_strings().eq(table_strings(presence, guarded))
    }

    /// The strings this table keeps, in the order of [`table_strings`].
    fn kept_strings(&self) -> impl Iterator<Item = &str> {
        self.names
            .iter()
            .zip(&self.matchers)
            .flat_map(|(name, matcher)| {
                let kind = if matcher.benign.is_some() { "g" } else { "p" };
                [kind, name.as_str()]
                    .into_iter()
                    .chain(matcher.benign.as_deref())
                    .chain(std::iter::once(&*matcher.pattern))
            })
    }

    /// Signal names in bit order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Bit index of a signal, if the table defines it.
    pub fn bit_of(&self, name: &str) -> Option<u32> {
        self.names
            .iter()
            .position(|candidate| candidate == name)
            .map(|index| index as u32)
    }

    /// The signals that `text` (already normalized) sets.
    pub fn signals(&self, text: &[u8]) -> SignalBits {
        let mut scratch = self.scratch.get();
        let Scratch {
            text: buffer,
            anchored,
            walk,
        } = &mut *scratch;
        buffer.clear();
        buffer.extend_from_slice(text);
        buffer.resize(text.len() + PADDING, 0);
        self.scan_text(buffer, text.len(), anchored, walk, &Conditions::default())
    }

    /// Normalizes `prompt` into a pooled buffer and scans it; `word_limit`
    /// bounds the word count (only "at most N words" is ever asked).
    pub fn scan(&self, prompt: &str, word_limit: usize) -> Scan {
        self.scan_conditional(prompt, word_limit, &Conditions::default())
    }

    /// [`PatternTable::scan`], looking for each conditional signal only when
    /// its condition holds (see [`Conditions`]).
    pub fn scan_conditional(
        &self,
        prompt: &str,
        word_limit: usize,
        conditions: &Conditions,
    ) -> Scan {
        let mut scratch = self.scratch.get();
        let Scratch {
            text,
            anchored,
            walk,
        } = &mut *scratch;
        let char_count = normalize_into(prompt, text);
        let length = text.len();
        text.resize(length + PADDING, 0);
        let signal_bits = self.scan_text(text, length, anchored, walk, conditions);
        text.truncate(length);
        let words = if text.is_empty() {
            0
        } else {
            text.iter()
                .filter(|&&byte| byte == b' ')
                .take(word_limit)
                .count()
                + 1
        };
        if text.capacity() > KEEP_BUFFER_BYTES {
            *text = Vec::new();
        }
        drop_guard(scratch);
        Scan {
            signal_bits,
            char_count,
            words,
        }
    }

    /// The signals of a normalized text, without the word prefilter: every
    /// pattern searched unanchored. The reference the prefilter must agree
    /// with (tests); far slower.
    pub fn signals_unfiltered(&self, text: &[u8]) -> SignalBits {
        let mut bits = 0;
        for (index, matcher) in self.matchers.iter().enumerate() {
            let (whole, walk) = matcher.fallback();
            let set = if index < self.presence_count {
                whole.as_ref().is_some_and(|regex| regex.is_match(text))
            } else {
                walk.as_ref().is_some_and(|walk| {
                    walk.find_iter(text)
                        .any(|found| found.pattern().as_usize() == 1)
                })
            };
            if set {
                bits |= 1 << index;
            }
        }
        bits
    }

    /// Whether signal `index` matches at the word start `start`, checked with
    /// the alternatives of `slot` (the chunk of the byte there).
    fn matches_at(
        &self,
        prefilter: &Prefilter,
        index: usize,
        slot: usize,
        text: &[u8],
        start: usize,
        anchored: &mut [Option<Box<Cache>>],
    ) -> bool {
        let chunk = prefilter.chunks[index]
            .get(slot)
            .map_or(&[][..], Vec::as_slice);
        self.matchers[index].matches_at(
            slot,
            chunk,
            || self.parsed(index),
            text,
            start,
            &mut anchored[index * SLOTS + slot],
        )
    }

    /// The word prefilter, derived from the patterns on first use when no
    /// index gave it.
    fn prefilter(&self) -> &Prefilter {
        self.prefilter.get_or_init(|| {
            let signals: Vec<SignalWords> = (0..self.names.len())
                .map(|index| self.signal_words(index))
                .collect();
            let counts = WordCounts::of(&signals);
            // Counted from these very signals: the tables always fit.
            Prefilter::new(signals, counts).unwrap_or_else(|| unreachable!("words counted exactly"))
        })
    }

    /// Signals of `padded[..length]`; `padded` has [`PADDING`] zero bytes
    /// after the text (for the word loads).
    fn scan_text(
        &self,
        padded: &[u8],
        length: usize,
        anchored: &mut [Option<Box<Cache>>],
        walk: &mut [Option<Cache>],
        conditions: &Conditions,
    ) -> SignalBits {
        let text = &padded[..length.min(padded.len())];
        let prefilter = self.prefilter();
        let presence_mask: SignalBits = if self.presence_count >= MAX_SIGNALS {
            SignalBits::MAX
        } else {
            (1 << self.presence_count) - 1
        };
        let mut bits: SignalBits = 0;
        // Guarded signals whose positive side matched somewhere: they still
        // have to survive their benign phrases.
        let mut positive: SignalBits = 0;
        // Signals not decided yet; the scan ends early once none is left.
        let mut pending = prefilter.word_signals & !conditions.mask;
        let mut benign_seen = prefilter.benign_always;
        // Guarded signals a benign phrase may start for at or before the word
        // where their positive side first matched (see the walk below).
        let mut benign_early = prefilter.benign_always;
        let length = text.len();
        let mut position = 0;
        while position < length {
            if !WORD_BYTES[usize::from(text[position])] {
                position += 1;
                continue;
            }
            if pending == 0 {
                // Words after this one are not looked at: their benign hits
                // are unknown, so every confirmed guarded signal walks.
                benign_seen = SignalBits::MAX;
                break;
            }
            let start = position;
            while position < length && WORD_BYTES[usize::from(text[position])] {
                position += 1;
            }
            let hits = prefilter.words.lookup(padded, start, position - start);
            benign_seen |= hits.benign;
            benign_early |= hits.benign & !positive;
            let certain = hits.certain & pending;
            bits |= certain & presence_mask;
            positive |= certain & !presence_mask;
            pending &= !certain;
            let mut candidates = prefilter.words.checks(&hits, pending, padded, position);
            let slot = usize::from(SLOT_OF_BYTE[usize::from(text[start])]);
            while candidates != 0 {
                let index = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                if self.matches_at(prefilter, index, slot, text, start, anchored) {
                    pending &= !(1 << index);
                    if index < self.presence_count {
                        bits |= 1 << index;
                    } else {
                        positive |= 1 << index;
                    }
                }
            }
        }
        // Remainders of signals the words left undecided: short texts (most
        // prompts) are checked for the remainders' bytes in one pass; longer
        // ones per alternative, with memchr.
        let mut remainders = match &prefilter.remainder_bytes {
            Some(needed)
                if text.len() <= SHORT_TEXT
                    && !text.iter().any(|&byte| needed[usize::from(byte)]) =>
            {
                0
            }
            _ => prefilter.remainder_signals,
        } & !(bits | positive | conditions.mask);
        // Positive matches found by a remainder, at no known word.
        let mut positive_unplaced: SignalBits = 0;
        while remainders != 0 {
            let index = remainders.trailing_zeros() as usize;
            remainders &= remainders - 1;
            if self.matchers[index].remainder_matches(&prefilter.remainders[index], text) {
                if index < self.presence_count {
                    bits |= 1 << index;
                } else {
                    positive |= 1 << index;
                    positive_unplaced |= 1 << index;
                }
            }
        }
        // Benign alternatives without a first word need one of a few bytes:
        // looked for only while a positive match still waits on the answer.
        for (bit, bytes) in &prefilter.benign_loose {
            if positive & !benign_seen & bit != 0 && contains_any(text, bytes) {
                benign_seen |= bit;
                benign_early |= bit;
            }
        }
        // A positive match with no benign phrase able to start anywhere in
        // the text survives the walk for sure: the walk's first positive
        // match is reported as such. So does one found at a word before any
        // word a benign phrase may start with: the walk's first match starts
        // at or before that word, where only the positive side can match
        // (words run in order, and a signal's candidates are checked at every
        // word until its first match). Otherwise walk.
        let mut walks = positive & benign_seen & (benign_early | positive_unplaced);
        bits |= positive & !walks;
        while walks != 0 {
            let index = walks.trailing_zeros() as usize;
            walks &= walks - 1;
            if self.matchers[index].positive_survives(
                self.parsed_benign(index),
                self.parsed(index),
                text,
                &mut walk[index],
            ) {
                bits |= 1 << index;
            }
        }
        for &(index, condition) in &conditions.list {
            if bits & condition == condition && self.matches_anywhere(index, text, walk) {
                bits |= 1 << index;
            }
        }
        bits
    }

    /// Whether signal `index` is set in `text`, searched in full (a
    /// conditional signal, looked for once its condition holds).
    fn matches_anywhere(&self, index: usize, text: &[u8], walk: &mut [Option<Cache>]) -> bool {
        let matcher = &self.matchers[index];
        if index < self.presence_count {
            matcher
                .fallback()
                .0
                .as_ref()
                .is_some_and(|regex| regex.is_match(text))
        } else {
            matcher.positive_survives(
                self.parsed_benign(index),
                self.parsed(index),
                text,
                &mut walk[index],
            )
        }
    }
}

/// A table's strings in order, each signal led by its kind: what the
/// fingerprint hashes and what a cached table is compared with
/// ([`PatternTable::holds`]).
fn table_strings<'a>(
    presence: &'a [PresencePattern],
    guarded: &'a [GuardedPattern],
) -> impl Iterator<Item = &'a str> {
    presence
        .iter()
        .flat_map(|entry| ["p", entry.name.as_str(), &*entry.pattern])
        .chain(
            guarded
                .iter()
                .flat_map(|entry| ["g", entry.name.as_str(), &*entry.benign, &*entry.positive]),
        )
}

/// The pool of per-call scratch spaces of a table with `count` signals.
fn scratch_pool(count: usize) -> Pool<Scratch, ScratchFactory> {
    Pool::new(Box::new(move || Scratch {
        text: Vec::new(),
        anchored: (0..count * SLOTS).map(|_| None).collect(),
        walk: (0..count).map(|_| None).collect(),
    }))
}

/// Returns a scratch space to its pool (explicit, to end the borrow early).
fn drop_guard(guard: PoolGuard<'_, Scratch, ScratchFactory>) {
    drop(guard);
}

/// Signal names in bit order and their matchers, the strings moved in;
/// fails on a name given twice.
fn named_matchers(
    presence: Vec<PresencePattern>,
    guarded: Vec<GuardedPattern>,
) -> Result<(Vec<String>, Vec<Matcher>), TableError> {
    let count = presence.len() + guarded.len();
    let mut names: Vec<String> = Vec::with_capacity(count);
    let mut matchers = Vec::with_capacity(count);
    let signals = presence
        .into_iter()
        .map(|entry| (entry.name, entry.pattern, None))
        .chain(
            guarded
                .into_iter()
                .map(|entry| (entry.name, entry.positive, Some(entry.benign))),
        );
    for (name, pattern, benign) in signals {
        if names.contains(&name) {
            return Err(TableError::DuplicateSignal(name));
        }
        names.push(name);
        matchers.push(Matcher::new(pattern, benign));
    }
    Ok((names, matchers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presence(name: &str, pattern: &str) -> PresencePattern {
        PresencePattern {
            name: name.to_owned(),
            pattern: pattern.to_owned().into(),
        }
    }

    fn guarded(name: &str, benign: &str, positive: &str) -> GuardedPattern {
        GuardedPattern {
            name: name.to_owned(),
            benign: benign.to_owned().into(),
            positive: positive.to_owned().into(),
        }
    }

    fn table() -> PatternTable {
        PatternTable::new(
            &[
                presence("coding", r"\b(?:code|repo)\b"),
                presence("year", r"\b20[2-3][0-9]\b"),
            ],
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
        assert_eq!(
            table.signals(b"sort in alphabetical order and order a pizza"),
            0b100
        );
        assert_eq!(table.signals(b"order of operations"), 0);
        assert_eq!(table.signals(b"buy it"), 0b100);
    }

    #[test]
    fn a_positive_match_before_every_benign_word_needs_no_walk() {
        let table = table();
        // "buy" matches before any word a benign phrase can start with: set
        // without a walk, as the walk would find.
        for text in [
            &b"buy it before the order of operations"[..],
            b"order of operations then buy",
            b"in reverse order buy",
            b"order to buy",
        ] {
            assert_eq!(
                table.signals(text),
                table.signals_unfiltered(text),
                "{text:?}"
            );
        }
        assert_eq!(
            table.signals(b"buy it before the order of operations"),
            0b100
        );
        assert_eq!(table.signals(b"order of operations then buy"), 0b100);
        // A benign phrase may start at the positive word itself: walked.
        assert_eq!(table.signals(b"order to"), 0);
        assert_eq!(table.signals(b"order to buy"), 0b100);
    }

    #[test]
    fn heads_skip_checks_that_cannot_match() {
        let table = PatternTable::new(
            &[presence("fresh", r"\bthe (?:latest|newest)\b|\bnews\b")],
            &[],
        )
        .expect("table compiles");
        for text in [
            &b"the production database"[..],
            b"the production database, the latest news",
            b"the latest",
            b"the late",
            b"the",
            b"the lat",
            b"newest the newest",
        ] {
            assert_eq!(
                table.signals(text),
                table.signals_unfiltered(text),
                "{text:?}"
            );
        }
        assert_eq!(table.signals(b"the production database"), 0);
        assert_eq!(table.signals(b"the production, the newest"), 1);
    }

    #[test]
    fn prefixes_of_one_and_more_bytes_are_found_by_their_first_two_bytes() {
        // "[0-9]" leads one-byte prefixes, "sch"/"s_" longer ones: each
        // word is probed only at the prefix lengths its first two bytes
        // allow, which must still find every match.
        let table = PatternTable::new(
            &[
                presence("number", r"\b[0-9]+ ?kg\b"),
                presence("school", r"\bsch[a-z]*ool\b"),
                presence("snake", r"\bs_[a-z]+\b"),
            ],
            &[],
        )
        .expect("table compiles");
        for (text, expected) in [
            (&b"7kg"[..], 0b001),
            (b"7 kg", 0b001),
            (b"lift 12kg", 0b001),
            (b"kg", 0),
            (b"school", 0b010),
            (b"preschool", 0),
            (b"schedule", 0),
            (b"s", 0),
            (b"sc", 0),
            (b"s_case", 0b100),
            (b"a s_b and 3kg at school", 0b111),
        ] {
            assert_eq!(
                table.signals(text),
                expected,
                "{}",
                String::from_utf8_lossy(text)
            );
            assert_eq!(table.signals(text), table.signals_unfiltered(text));
        }
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
            assert!(
                matches!(&error, TableError::InvalidPattern { signal, .. } if *signal == case.name),
                "{error}"
            );
        }
        let error = PatternTable::new(&[], &[guarded("g", "ok", "a*")]).unwrap_err();
        assert!(error.to_string().contains("positive"), "{error}");
    }

    #[test]
    fn rejects_duplicate_names_and_oversized_tables() {
        let error = PatternTable::new(&[presence("a", "x"), presence("a", "y")], &[]).unwrap_err();
        assert_eq!(error, TableError::DuplicateSignal("a".to_owned()));
        let many: Vec<PresencePattern> = (0..=MAX_SIGNALS)
            .map(|i| presence(&format!("s{i}"), "x"))
            .collect();
        assert_eq!(
            PatternTable::new(&many[..], []).unwrap_err(),
            TableError::TooManySignals(MAX_SIGNALS + 1)
        );
    }

    /// The patterns of [`split_table`]: presence ones, then guarded ones.
    fn split_patterns() -> (Vec<PresencePattern>, Vec<GuardedPattern>) {
        (
            vec![
                presence(
                    "split",
                    r"\b(?:fix|find|Fold) (?:the )?bugs?\b|\b(?:tests?|typo)\b|\bx[0-9]+\.rs\b",
                ),
                presence("whole", r"\b(?:one|two){2}\b"),
            ],
            vec![guarded(
                "guarded",
                r"\bfix the docs\b",
                r"\b(?:fix|test)(?:es|s)?\b",
            )],
        )
    }

    /// A split table and texts that reach its alternatives, their near
    /// misses, and words a normalized text never has (uppercase).
    fn split_table() -> (PatternTable, Vec<&'static [u8]>) {
        let (presence, guarded) = split_patterns();
        let table = PatternTable::new(&presence[..], &guarded[..]).expect("table compiles");
        let texts: Vec<&[u8]> = vec![
            b"fix bug",
            b"find the bugs",
            b"fix the docs",
            b"Fold bug",
            b"fold bug",
            b"tests",
            b"typos",
            b"see x12.rs",
            b"onetwo",
            b"one two",
            b"fixes",
            b"fix the docs and test",
            b"FIX bug",
            b"t",
            b"",
        ];
        (table, texts)
    }

    #[test]
    fn chunked_checks_agree_with_full_searches() {
        let (table, texts) = split_table();
        let index = table.first_words_index().expect("index");
        assert!(index.contains("\nchunk f "), "{index}");
        let (presence, guarded) = split_patterns();
        let from_index = PatternTable::with_index(&presence[..], &guarded[..], Some(&index))
            .expect("table compiles");
        assert!(from_index.loaded_from_index());
        for text in texts {
            let expected = table.signals_unfiltered(text);
            assert_eq!(
                table.signals(text),
                expected,
                "{:?}",
                String::from_utf8_lossy(text)
            );
            assert_eq!(
                from_index.signals(text),
                expected,
                "{:?}",
                String::from_utf8_lossy(text)
            );
        }
        // An uppercase word start has no chunk: the whole pattern decides.
        assert_eq!(table.signals(b"Fold bug"), 0b001);
    }

    #[test]
    fn chunks_naming_missing_alternatives_fall_back_to_the_whole_pattern() {
        let (table, texts) = split_table();
        let mut signals: Vec<SignalWords> = (0..table.names().len())
            .map(|index| table.signal_words(index))
            .collect();
        for chunk in &mut signals[0].chunks {
            if !chunk.is_empty() {
                *chunk = vec![999];
            }
        }
        let (presence, guarded) = split_patterns();
        let counts = WordCounts::of(&signals);
        let prefilter = Prefilter::new(signals, counts).expect("counted words fit");
        let broken = PatternTable::unparsed(
            presence.clone(),
            guarded.clone(),
            table.fingerprint,
            prefilter,
        )
        .expect("table");
        for text in texts {
            assert_eq!(broken.signals(text), table.signals_unfiltered(text));
        }
    }

    /// The index with its `words` line replaced, signed again.
    fn with_word_counts(index: &str, whole: usize, prefixes: usize) -> String {
        let body_end = index.rfind("end ").expect("an end line");
        let mut lines: Vec<String> = index[..body_end].lines().map(str::to_owned).collect();
        assert!(lines[2].starts_with("words "), "{:?}", lines[2]);
        lines[2] = format!("words {whole} {prefixes}");
        let body = lines.join("\n") + "\n";
        let checksum = Fingerprint::of([body.as_str()]);
        format!("{body}end {:016x}\n", checksum.0)
    }

    #[test]
    fn an_index_whose_word_counts_are_too_small_is_not_read() {
        let (table, texts) = split_table();
        let index = table.first_words_index().expect("writes");
        let (presence, guarded) = split_patterns();
        let exact = PatternTable::with_index(presence.clone(), guarded.clone(), Some(&index))
            .expect("table");
        assert!(exact.loaded_from_index());
        // Too few: the tables fill up, so the index is ignored (and the
        // table derived); too many only makes the tables sparser.
        let short = with_word_counts(&index, 1, 1);
        let derived = PatternTable::with_index(presence.clone(), guarded.clone(), Some(&short))
            .expect("table");
        assert!(!derived.loaded_from_index());
        let roomy = with_word_counts(&index, 5000, 5000);
        let sparse = PatternTable::with_index(presence, guarded, Some(&roomy)).expect("table");
        assert!(sparse.loaded_from_index());
        for text in texts {
            let expected = table.signals_unfiltered(text);
            assert_eq!(exact.signals(text), expected);
            assert_eq!(derived.signals(text), expected);
            assert_eq!(sparse.signals(text), expected);
        }
    }
}
