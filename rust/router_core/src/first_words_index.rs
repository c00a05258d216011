//! The word prefilter's input, per signal, as a text file a process can load
//! instead of deriving it.
//!
//! Deriving the first words means parsing every pattern (about 50 KB of
//! regex) and extracting their literals: together most of a table's first
//! use. The packaged table ships its index (`model_router/data/`), so a
//! process that loads it parses a signal's regex only when a text first
//! needs that signal's automaton.
//!
//! The index names the table it was written for by a fingerprint of every
//! name and pattern string; a table that does not match (or a file that
//! does not read back) is simply derived again, so a stale index costs time,
//! never correctness.
//!
//! Format (one item per line, fields separated by one space):
//!
//! ```text
//! model-router first-words 4
//! fingerprint 89ab...
//! words 4785 580      distinct whole words and prefixes (both sides): the
//!                     sizes of the word tables, filled in place
//! signal 3            the positive side of signal 3 (or its only side)
//! whole refactor      a word run a match may start with
//! whole the 206c61    (positive sides) ... and, in hex, every head the
//!                     text right after it can start with in a match
//!                     ([`FirstWords::heads`]); none listed: any
//! certain refactor    a word run that is a whole match by itself
//! prefix summar       a prefix of the word run a match may start with
//! needs 2e 40         (positive sides) a remainder follows: each of its
//!                     matches holds one of these bytes (hex); a bare
//!                     `needs`: bytes unknown
//! remainder (?:...)   alternatives without first words, as a regex (parsed
//!                     only when a text first needs it)
//! chunk f 0 3         (positive sides) the alternatives of the pattern
//!                     (by position, [`crate::alternatives::split`]) that
//!                     have a first word starting with `f`
//! benign 3            the benign side of guarded signal 3
//! loose 22 27 2e     (benign sides) some alternatives have no first word,
//!                     and each of their matches holds one of these bytes
//!                     (hex); a bare `loose`: bytes unknown. The prefilter
//!                     needs only that, not the regex
//! end 0123...         a checksum of every line above: a cut or damaged
//!                     file is not read
//! ```

use std::fmt::Write as _;

use regex_syntax::hir::Hir;

use crate::alternatives::{chunk_byte, chunk_class, CHUNK_CLASSES};
use crate::dialect::parse;
use crate::error::TableError;
use crate::literals::{FirstWords, HEAD_LENGTH, OPEN_HEAD};
use crate::patterns::{positive_remainder_bytes, remainder_required_bytes, WordCounts};

/// First line of every index; bump the number when the format changes.
const HEADER: &str = "model-router first-words 5";

/// One signal's prefilter input (`W`: see [`FirstWords`]).
#[derive(Debug, Clone)]
pub(crate) struct SignalWords<W = Vec<u8>> {
    /// The first words of its pattern (the positive side when guarded).
    pub(crate) positive: FirstWords<W>,
    /// Per chunk class ([`crate::alternatives::chunk_class`]), the
    /// alternatives of the pattern with a first word starting with a byte of
    /// that class: the only ones an anchored check there needs.
    pub(crate) chunks: Vec<Vec<u32>>,
    /// The first words of its benign side (guarded signals only).
    pub(crate) benign: Option<FirstWords<W>>,
    /// The positive side's remainder as an index holds it, not parsed
    /// (`positive.remainder` is then `None`).
    pub(crate) unparsed_remainder: Option<UnparsedRemainder>,
}

/// A remainder read from an index: its regex, parsed when a text first
/// needs it, and the bytes one of which each of its matches holds.
#[derive(Debug, Clone)]
pub(crate) struct UnparsedRemainder {
    pub(crate) source: Box<str>,
    /// `None`: unknown (some alternative needs no byte we could check).
    pub(crate) needs: Option<Vec<u8>>,
}

/// FNV-1a over a table's strings, eight bytes per step in four independent
/// lanes (32 bytes per round, so the multiplies overlap): stable across
/// builds and Rust versions (unlike `DefaultHasher`), which an index written
/// at release time needs. It only tells tables (and damaged files) apart,
/// so word steps are enough, and they keep hashing the ~1 MB table (and the
/// index's own checksum) cheap on every first use.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fingerprint(pub(crate) u64);

impl Fingerprint {
    /// The fingerprint of a table given as its strings, in table order.
    pub(crate) fn of<'a>(parts: impl IntoIterator<Item = &'a str>) -> Self {
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        let step = |hash: u64, word: u64| {
            let hash = (hash ^ word).wrapping_mul(PRIME);
            // Multiplication only carries upwards: fold the high bits back
            // so every input bit reaches the low ones.
            hash ^ (hash >> 29)
        };
        let word_at = |bytes: &[u8]| {
            let mut word = [0u8; 8];
            word.copy_from_slice(bytes);
            u64::from_le_bytes(word)
        };
        let mut lanes = [OFFSET, OFFSET ^ 1, OFFSET ^ 2, OFFSET ^ 3];
        for part in parts {
            let bytes = part.as_bytes();
            let mut rounds = bytes.chunks_exact(32);
            for round in &mut rounds {
                for (lane, word) in lanes.iter_mut().zip(round.chunks_exact(8)) {
                    *lane = step(*lane, word_at(word));
                }
            }
            // The rest in the first lane, then the length: ("ab", "c") and
            // ("a", "bc") differ.
            let mut words = rounds.remainder().chunks_exact(8);
            for word in &mut words {
                lanes[0] = step(lanes[0], word_at(word));
            }
            for &byte in words.remainder() {
                lanes[0] = (lanes[0] ^ u64::from(byte)).wrapping_mul(PRIME);
            }
            lanes[0] = (lanes[0] ^ bytes.len() as u64 ^ 0x1f00).wrapping_mul(PRIME);
        }
        Self(
            lanes[1..]
                .iter()
                .fold(lanes[0], |hash, &lane| step(hash, lane)),
        )
    }
}

/// The hex bytes of a `loose` or `needs` line; `None` if one does not read.
fn read_bytes(hex: &str) -> Option<Vec<u8>> {
    hex.split_whitespace()
        .map(|byte| u8::from_str_radix(byte, 16).ok())
        .collect()
}

/// A stand-in for a benign remainder read from a `loose` line: only its
/// required bytes are ever read ([`remainder_required_bytes`]), so one
/// literal per byte, or an empty regex (no bytes known) for a bare `loose`.
fn loose_remainder(bytes: &str) -> Option<Hir> {
    let bytes = read_bytes(bytes)?;
    if bytes.is_empty() {
        return Some(Hir::empty());
    }
    Some(Hir::alternation(
        bytes.into_iter().map(|byte| Hir::literal([byte])).collect(),
    ))
}

/// A word as the index stores it: printable ASCII without spaces.
fn is_plain_word(word: &[u8]) -> bool {
    !word.is_empty() && word.iter().all(u8::is_ascii_graphic)
}

fn write_side(
    out: &mut String,
    label: &str,
    index: usize,
    words: &FirstWords,
) -> Result<(), TableError> {
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{label} {index}");
    for (kind, list) in [
        ("whole", &words.whole),
        ("certain", &words.certain),
        ("prefix", &words.prefixes),
    ] {
        for word in list {
            if !is_plain_word(word) {
                return Err(TableError::Invalid(format!(
                    "signal {index}: first word {word:?} cannot be written to an index"
                )));
            }
            out.push_str(kind);
            out.push(' ');
            out.push_str(&String::from_utf8_lossy(word));
            if kind == "whole" && label == "signal" {
                write_heads(out, words, word);
            }
            out.push('\n');
        }
    }
    if let (Some(remainder), "benign") = (&words.remainder, label) {
        out.push_str("loose");
        for byte in remainder_required_bytes(remainder).unwrap_or_default() {
            let _ = write!(out, " {byte:02x}");
        }
        out.push('\n');
    } else if let Some(remainder) = &words.remainder {
        let source = remainder.to_string();
        // Only a remainder that reads back as the same HIR may be written.
        if source.contains('\n') || parse(&source).as_ref() != Some(remainder) {
            return Err(TableError::Invalid(format!(
                "signal {index}: remainder {source:?} does not read back"
            )));
        }
        out.push_str("needs");
        for byte in positive_remainder_bytes(remainder).unwrap_or_default() {
            let _ = write!(out, " {byte:02x}");
        }
        out.push_str("\nremainder ");
        out.push_str(&source);
        out.push('\n');
    }
    Ok(())
}

/// ` 206c61 ...`: the heads of the whole word `word`, unless one is open.
fn write_heads(out: &mut String, words: &FirstWords, word: &[u8]) {
    let heads = &words.heads;
    let first = heads.partition_point(|(other, _)| other.as_slice() < word);
    let count = heads[first..].partition_point(|(other, _)| other.as_slice() == word);
    let heads = &heads[first..first + count];
    if heads.iter().any(|(_, head)| *head == OPEN_HEAD) {
        return;
    }
    for (_, head) in heads {
        out.push(' ');
        for byte in head {
            let _ = write!(out, "{byte:02x}");
        }
    }
}

/// One head written by [`write_heads`] (hex, no open head).
fn read_head(hex: &[u8]) -> Option<[u8; HEAD_LENGTH]> {
    if hex.len() != 2 * HEAD_LENGTH {
        return None;
    }
    let digit = |byte: u8| {
        char::from(byte)
            .to_digit(16)
            .and_then(|value| u8::try_from(value).ok())
    };
    let mut head = OPEN_HEAD;
    for (byte, pair) in head.iter_mut().zip(hex.chunks_exact(2)) {
        *byte = digit(pair[0])? << 4 | digit(pair[1])?;
    }
    (head != OPEN_HEAD).then_some(head)
}

/// A positive side's `whole` line (`value`: the word, then its heads).
/// A word without heads is open: it gets no entry (and so no filter).
fn read_whole<'a>(words: &mut FirstWords<&'a [u8]>, value: &'a str) -> Option<()> {
    let (word, heads) = match memchr::memchr(b' ', value.as_bytes()) {
        Some(space) => value.as_bytes().split_at(space),
        None => (value.as_bytes(), &[][..]),
    };
    if !is_plain_word(word) {
        return None;
    }
    words.whole.push(word);
    for head in heads.chunks(1 + 2 * HEAD_LENGTH) {
        let (b' ', hex) = head.split_first()? else {
            return None;
        };
        words.heads.push((word, read_head(hex)?));
    }
    Some(())
}

/// The index text of `signals` for a table with `fingerprint`.
pub(crate) fn write(
    fingerprint: Fingerprint,
    signals: &[SignalWords],
) -> Result<String, TableError> {
    let counts = WordCounts::of(signals);
    let mut out = format!(
        "{HEADER}\nfingerprint {:016x}\nwords {} {}\n",
        fingerprint.0, counts.whole, counts.prefixes
    );
    for (index, signal) in signals.iter().enumerate() {
        write_side(&mut out, "signal", index, &signal.positive)?;
        for (class, alternatives) in signal.chunks.iter().enumerate() {
            if !alternatives.is_empty() {
                let _ = write!(out, "chunk {}", char::from(chunk_byte(class)));
                for alternative in alternatives {
                    let _ = write!(out, " {alternative}");
                }
                out.push('\n');
            }
        }
        if let Some(benign) = &signal.benign {
            write_side(&mut out, "benign", index, benign)?;
        }
    }
    let checksum = Fingerprint::of([out.as_str()]);
    let _ = writeln!(out, "end {:016x}", checksum.0);
    Ok(out)
}

/// The lines of `text`, split with memchr (`str::lines` was a tenth of
/// reading an index).
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut next_line = 0;
    std::iter::from_fn(move || {
        let rest = text.get(next_line..).filter(|rest| !rest.is_empty())?;
        let length = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        next_line += length + 1;
        Some(&rest[..length])
    })
}

/// A `chunk` line's value: its class and alternatives.
fn read_chunk(value: &str) -> Option<(usize, Vec<u32>)> {
    let (byte, alternatives) = value.split_once(' ')?;
    let [byte] = byte.as_bytes() else {
        return None;
    };
    let alternatives = alternatives
        .split(' ')
        .map(|alternative| alternative.parse().ok())
        .collect::<Option<Vec<u32>>>()?;
    Some((chunk_class(*byte)?, alternatives))
}

/// The word counts of an index's first three lines, if it is of this
/// format and written for `fingerprint`.
fn read_header<'a>(
    lines: &mut impl Iterator<Item = &'a str>,
    fingerprint: Fingerprint,
) -> Option<WordCounts> {
    if lines.next()? != HEADER {
        return None;
    }
    let written = lines.next()?.strip_prefix("fingerprint ")?;
    if u64::from_str_radix(written, 16).ok()? != fingerprint.0 {
        return None;
    }
    let (whole, prefixes) = lines.next()?.strip_prefix("words ")?.split_once(' ')?;
    Some(WordCounts {
        whole: whole.parse().ok()?,
        prefixes: prefixes.parse().ok()?,
    })
}

/// The signals of an index written for `fingerprint`, or `None` if the text
/// is for another table or does not read: `guarded[i]` says whether signal
/// `i` has a benign side.
pub(crate) fn read<'a>(
    text: &'a str,
    fingerprint: Fingerprint,
    guarded: &[bool],
) -> Option<(WordCounts, Vec<SignalWords<&'a [u8]>>)> {
    let (body, end) = text.strip_suffix('\n')?.rsplit_once('\n')?;
    let body = &text[..=body.len()];
    if u64::from_str_radix(end.strip_prefix("end ")?, 16).ok()? != Fingerprint::of([body]).0 {
        return None;
    }
    let mut lines = lines_of(body);
    let counts = read_header(&mut lines, fingerprint)?;
    let mut reader = Reader::new(guarded);
    for line in lines {
        reader.line(line)?;
    }
    reader.finish().map(|signals| (counts, signals))
}

/// One signal as its lines are read.
#[derive(Clone, Default)]
struct ReadSignal<'a> {
    positive: Option<FirstWords<&'a [u8]>>,
    chunks: Vec<Vec<u32>>,
    benign: Option<FirstWords<&'a [u8]>>,
    unparsed_remainder: Option<UnparsedRemainder>,
}

/// The state of [`read`] between lines.
struct Reader<'a, 'g> {
    guarded: &'g [bool],
    signals: Vec<ReadSignal<'a>>,
    /// The side being read: (signal, benign?), once a side was opened.
    side: Option<(usize, bool)>,
    /// The bytes of a `needs` line waiting for its `remainder` (empty: a
    /// bare `needs`, bytes unknown).
    needs: Option<Vec<u8>>,
}

impl<'a, 'g> Reader<'a, 'g> {
    fn new(guarded: &'g [bool]) -> Self {
        let signal = ReadSignal {
            chunks: vec![Vec::new(); CHUNK_CLASSES],
            ..ReadSignal::default()
        };
        Self {
            guarded,
            signals: vec![signal; guarded.len()],
            side: None,
            needs: None,
        }
    }

    /// The words of the side being read, and whether it is a benign side.
    fn words(&mut self) -> Option<(&mut FirstWords<&'a [u8]>, bool)> {
        let (index, benign) = self.side?;
        let signal = &mut self.signals[index];
        let words = if benign {
            signal.benign.as_mut()
        } else {
            signal.positive.as_mut()
        };
        Some((words?, benign))
    }

    fn line(&mut self, line: &'a str) -> Option<()> {
        if let Some(bytes) = line.strip_prefix("loose") {
            let (words, true) = self.words()? else {
                return None;
            };
            if words.remainder.is_some() {
                return None;
            }
            words.remainder = Some(loose_remainder(bytes)?);
            return Some(());
        }
        if let Some(bytes) = line.strip_prefix("needs") {
            if self.needs.is_some() || self.words()?.1 {
                return None;
            }
            self.needs = Some(read_bytes(bytes)?);
            return Some(());
        }
        // A `needs` line is followed by its `remainder`, nothing else.
        if self.needs.is_some() && !line.starts_with("remainder ") {
            return None;
        }
        // A byte scan: `split_once(' ')` (a char searcher over memchr) was a
        // tenth of reading an index, for kinds of at most 9 bytes.
        let space = line.bytes().position(|byte| byte == b' ')?;
        let (kind, value) = (&line[..space], &line[space + 1..]);
        match kind {
            "signal" | "benign" => self.open(value.parse().ok()?, kind == "benign")?,
            "whole" | "certain" | "prefix" => {
                let (words, benign) = self.words()?;
                if kind == "whole" && !benign {
                    return read_whole(words, value);
                }
                if !is_plain_word(value.as_bytes()) {
                    return None;
                }
                let list = match kind {
                    "whole" => &mut words.whole,
                    "certain" => &mut words.certain,
                    _ => &mut words.prefixes,
                };
                list.push(value.as_bytes());
            }
            "chunk" => {
                let (index, _) = self.side.filter(|&(_, benign)| !benign)?;
                let (class, alternatives) = read_chunk(value)?;
                let chunk = &mut self.signals[index].chunks[class];
                if !chunk.is_empty() {
                    return None;
                }
                *chunk = alternatives;
            }
            "remainder" => {
                let (index, _) = self.side.filter(|&(_, benign)| !benign)?;
                let needs = self.needs.take()?;
                let unparsed = &mut self.signals[index].unparsed_remainder;
                if unparsed.is_some() {
                    return None;
                }
                *unparsed = Some(UnparsedRemainder {
                    source: value.into(),
                    needs: (!needs.is_empty()).then_some(needs),
                });
            }
            _ => return None,
        }
        Some(())
    }

    /// Starts side `benign` of signal `index` (each side once; a benign
    /// side only for a guarded signal).
    fn open(&mut self, index: usize, benign: bool) -> Option<()> {
        let signal = self.signals.get_mut(index)?;
        let side = if benign {
            self.guarded.get(index).filter(|&&guarded| guarded)?;
            &mut signal.benign
        } else {
            &mut signal.positive
        };
        if side.is_some() {
            return None;
        }
        *side = Some(FirstWords::default());
        self.side = Some((index, benign));
        Some(())
    }

    /// Every signal read, with a benign side exactly when guarded.
    fn finish(self) -> Option<Vec<SignalWords<&'a [u8]>>> {
        if self.needs.is_some() {
            return None;
        }
        self.signals
            .into_iter()
            .zip(self.guarded)
            .map(|(signal, &guarded)| {
                if signal.benign.is_some() != guarded {
                    return None;
                }
                // (A word's heads come from its one `whole` line, so they
                // are already together, as the prefilter's builder needs.)
                Some(SignalWords {
                    positive: signal.positive?,
                    chunks: signal.chunks,
                    benign: signal.benign,
                    unparsed_remainder: signal.unparsed_remainder,
                })
            })
            .collect()
    }
}
