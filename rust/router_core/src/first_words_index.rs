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
//! signal 3            the positive side of signal 3 (or its only side)
//! whole refactor      a word run a match may start with
//! whole the 206c61    (positive sides) ... and, in hex, every head the
//!                     text right after it can start with in a match
//!                     ([`FirstWords::heads`]); none listed: any
//! certain refactor    a word run that is a whole match by itself
//! prefix summar       a prefix of the word run a match may start with
//! remainder (?:...)   alternatives without first words, as a regex
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
use crate::patterns::remainder_required_bytes;

/// First line of every index; bump the number when the format changes.
const HEADER: &str = "model-router first-words 4";

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
}

/// FNV-1a over a table's strings, eight bytes per step: stable across builds
/// and Rust versions (unlike `DefaultHasher`), which an index written at
/// release time needs. It only tells tables (and damaged files) apart, so
/// word steps are enough, and they keep hashing the 250 KB table cheap on
/// every first use.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fingerprint(u64);

impl Fingerprint {
    /// The fingerprint of a table given as its strings, in table order.
    pub(crate) fn of<'a>(parts: impl IntoIterator<Item = &'a str>) -> Self {
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for part in parts {
            let bytes = part.as_bytes();
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul(PRIME);
                // Multiplication only carries upwards: fold the high bits
                // back so every input bit reaches the low ones.
                hash ^= hash >> 29;
            }
            // The tail, then the length: ("ab", "c") and ("a", "bc") differ.
            for &byte in chunks.remainder() {
                hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
            }
            hash = (hash ^ bytes.len() as u64 ^ 0x1f00).wrapping_mul(PRIME);
        }
        Self(hash)
    }
}

/// A stand-in for a benign remainder read from a `loose` line: only its
/// required bytes are ever read ([`remainder_required_bytes`]), so one
/// literal per byte, or an empty regex (no bytes known) for a bare `loose`.
fn loose_remainder(bytes: &str) -> Option<Hir> {
    let bytes: Vec<u8> = bytes
        .split_whitespace()
        .map(|hex| u8::from_str_radix(hex, 16).ok())
        .collect::<Option<_>>()?;
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
        out.push_str("remainder ");
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
    let mut out = format!("{HEADER}\nfingerprint {:016x}\n", fingerprint.0);
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

/// The signals of an index written for `fingerprint`, or `None` if the text
/// is for another table or does not read: `guarded[i]` says whether signal
/// `i` has a benign side.
pub(crate) fn read<'a>(
    text: &'a str,
    fingerprint: Fingerprint,
    guarded: &[bool],
) -> Option<Vec<SignalWords<&'a [u8]>>> {
    let (body, end) = text.strip_suffix('\n')?.rsplit_once('\n')?;
    let body = &text[..=body.len()];
    if u64::from_str_radix(end.strip_prefix("end ")?, 16).ok()? != Fingerprint::of([body]).0 {
        return None;
    }
    let mut lines = lines_of(body);
    if lines.next()? != HEADER {
        return None;
    }
    let written = lines.next()?.strip_prefix("fingerprint ")?;
    if u64::from_str_radix(written, 16).ok()? != fingerprint.0 {
        return None;
    }
    let mut positive: Vec<Option<FirstWords<&[u8]>>> = vec![None; guarded.len()];
    let mut chunks: Vec<Vec<Vec<u32>>> = vec![vec![Vec::new(); CHUNK_CLASSES]; guarded.len()];
    let mut benign: Vec<Option<FirstWords<&[u8]>>> = vec![None; guarded.len()];
    let mut signal = 0;
    let mut current: Option<&mut FirstWords<&[u8]>> = None;
    let mut in_benign = false;
    for line in lines {
        if let Some(bytes) = line.strip_prefix("loose") {
            let words = current.as_deref_mut().filter(|_| in_benign)?;
            if words.remainder.is_some() {
                return None;
            }
            words.remainder = Some(loose_remainder(bytes)?);
            continue;
        }
        let space = line.bytes().position(|byte| byte == b' ')?;
        let (kind, value) = (&line[..space], &line[space + 1..]);
        match kind {
            "signal" | "benign" => {
                let index: usize = value.parse().ok()?;
                let side = if kind == "signal" {
                    positive.get_mut(index)?
                } else if *guarded.get(index)? {
                    benign.get_mut(index)?
                } else {
                    return None;
                };
                if side.is_some() {
                    return None;
                }
                signal = index;
                in_benign = kind == "benign";
                current = Some(side.insert(FirstWords::default()));
            }
            "whole" if !in_benign => read_whole(current.as_deref_mut()?, value)?,
            "whole" | "certain" | "prefix" => {
                let words = current.as_deref_mut()?;
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
                current.as_ref().filter(|_| !in_benign)?;
                let (class, alternatives) = read_chunk(value)?;
                let chunk = &mut chunks[signal][class];
                if !chunk.is_empty() {
                    return None;
                }
                *chunk = alternatives;
            }
            "remainder" => {
                let words = current.as_deref_mut().filter(|_| !in_benign)?;
                if words.remainder.is_some() {
                    return None;
                }
                words.remainder = Some(parse(value)?);
            }
            _ => return None,
        }
    }
    // Every signal must be present, and a benign side exactly when guarded.
    positive
        .into_iter()
        .zip(chunks)
        .zip(benign)
        .zip(guarded)
        .map(|(((positive, chunks), benign), &is_guarded)| {
            let mut positive = positive?;
            // `certain` and `heads` are looked up with a binary search.
            positive.certain.sort_unstable();
            positive.heads.sort_unstable();
            if benign.is_some() != is_guarded {
                return None;
            }
            Some(SignalWords {
                positive,
                chunks,
                benign,
            })
        })
        .collect()
}
