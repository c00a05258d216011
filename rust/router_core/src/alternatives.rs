//! A pattern's source split into alternatives, without parsing it.
//!
//! An anchored check at a word hit needs only the alternatives that can
//! start with that word, and parsing is most of what a signal's first use
//! costs. So the table keeps each pattern's source split into alternatives:
//! the top-level ones, and inside a leading `\b(?:a|b|c)rest` one per group
//! alternative (`\b(?:a)rest`, `\b(?:b)rest`, ...), the shape of most of the
//! table's patterns. The split is a pure function of the source, so an index
//! written at release time can name alternatives by position.
//!
//! The scanner knows the shared dialect's syntax that affects nesting:
//! escapes, character classes (a `]` right after `[` or `[^` is literal) and
//! groups. A pattern with anything else it cannot vouch for (an inline-flag
//! group such as `(?i)`, unbalanced brackets) is not split. Splitting never
//! changes which texts a pattern matches somewhere, or where a match can
//! start: only which alternative is tried first, which an existence check
//! does not see.

use std::ops::Range;

/// One alternative of a pattern, as byte ranges of the pattern's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Alternative {
    /// Which top-level branch it comes from.
    branch: usize,
    /// The branch, or the group alternative when the branch was distributed.
    body: Range<usize>,
    /// What follows the leading group (distributed branches only).
    tail: Option<Range<usize>>,
}

/// The leading group a branch is distributed over.
const OPEN: &str = r"\b(?:";

/// The alternatives of `pattern` (just the whole pattern when it has one or
/// cannot be split safely).
pub(crate) fn split(pattern: &str) -> Vec<Alternative> {
    let whole = || {
        vec![Alternative {
            branch: 0,
            body: 0..pattern.len(),
            tail: None,
        }]
    };
    let Some(branches) = top_level(pattern) else {
        return whole();
    };
    let mut alternatives = Vec::new();
    for (branch, range) in branches.into_iter().enumerate() {
        match distribute_leading_group(pattern, range.clone()) {
            Some((groups, tail)) => {
                alternatives.extend(groups.map(|body| Alternative {
                    branch,
                    body,
                    tail: Some(tail.clone()),
                }));
            }
            None => alternatives.push(Alternative {
                branch,
                body: range,
                tail: None,
            }),
        }
    }
    alternatives
}

/// The byte ranges of `pattern`'s top-level alternatives, in order (one
/// range when it has no `|` at the top), or `None` when the source holds
/// something the split does not handle.
pub(crate) fn top_level(pattern: &str) -> Option<Vec<Range<usize>>> {
    let bars = top_level_bars(pattern)?;
    Some(pieces(0..pattern.len(), &bars).collect())
}

/// The source of `alternatives` (of `pattern`, in split order) as one
/// regex: neighbours from the same distributed branch are joined back into
/// its group, so what follows the group is parsed once, not per alternative.
pub(crate) fn join(pattern: &str, alternatives: &[&Alternative]) -> String {
    let mut source = String::new();
    let mut previous: Option<&Alternative> = None;
    for alternative in alternatives {
        let body = &pattern[alternative.body.clone()];
        match (previous, &alternative.tail) {
            (Some(before), Some(_)) if before.branch == alternative.branch => {
                // Same group: reopen it (drop its `)tail`), add this one.
                let tail = before.tail.clone().map_or(0, |tail| tail.len() + 1);
                source.truncate(source.len() - tail);
                source.push('|');
            }
            _ => {
                if previous.is_some() {
                    source.push('|');
                }
                if alternative.tail.is_some() {
                    source.push_str(OPEN);
                }
            }
        }
        source.push_str(body);
        if let Some(tail) = &alternative.tail {
            source.push(')');
            source.push_str(&pattern[tail.clone()]);
        }
        previous = Some(alternative);
    }
    source
}

/// A distributed branch `\b(?:a|b)rest`: the ranges of `a`, `b`, ... and of
/// `rest`, or `None` for another shape. Not when the group is quantified:
/// `(?:a|b){2}` also matches `ab`.
fn distribute_leading_group(
    pattern: &str,
    branch: Range<usize>,
) -> Option<(impl Iterator<Item = Range<usize>>, Range<usize>)> {
    if !pattern[branch.clone()].starts_with(OPEN) {
        return None;
    }
    let group_start = branch.start + OPEN.len();
    let close = group_start + group_end(&pattern[group_start..branch.end])?;
    let tail = close + 1..branch.end;
    if pattern[tail.clone()].starts_with(['?', '*', '+', '{']) {
        return None;
    }
    let bars: Vec<usize> = top_level_bars(&pattern[group_start..close])?
        .into_iter()
        .map(|bar| group_start + bar)
        .collect();
    if bars.is_empty() {
        return None;
    }
    Some((
        pieces(group_start..close, &bars)
            .collect::<Vec<_>>()
            .into_iter(),
        tail,
    ))
}

/// `range` cut at the positions `bars` (all inside it).
fn pieces(range: Range<usize>, bars: &[usize]) -> impl Iterator<Item = Range<usize>> + '_ {
    let starts = std::iter::once(range.start).chain(bars.iter().map(|&bar| bar + 1));
    let ends = bars.iter().copied().chain(std::iter::once(range.end));
    starts.zip(ends).map(|(start, end)| start..end)
}

/// How many chunk classes there are: one per word byte a-z, 0-9 and `_`
/// (the bytes a normalized text's word runs are made of).
pub(crate) const CHUNK_CLASSES: usize = 37;

/// The chunk class of a word byte, or `None` for any other byte.
pub(crate) const fn chunk_class(byte: u8) -> Option<usize> {
    match byte {
        b'a'..=b'z' => Some((byte - b'a') as usize),
        b'0'..=b'9' => Some(26 + (byte - b'0') as usize),
        b'_' => Some(36),
        _ => None,
    }
}

/// The byte of chunk class `class` (its first byte, for the index text).
pub(crate) const fn chunk_byte(class: usize) -> u8 {
    match class {
        0..=25 => b'a' + class as u8,
        26..=35 => b'0' + (class - 26) as u8,
        _ => b'_',
    }
}

/// Where the group whose body starts at `inside[0]` closes, or `None`.
fn group_end(inside: &str) -> Option<usize> {
    let mut depth = 1usize;
    let mut found = None;
    scan(inside, |position, byte| {
        match byte {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    found = Some(position);
                    return false;
                }
            }
            _ => {}
        }
        true
    })?;
    found
}

/// Positions of the `|` that separate `source`'s top-level alternatives, or
/// `None` if the source holds something the split does not handle.
fn top_level_bars(source: &str) -> Option<Vec<usize>> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut bars = Vec::new();
    let mut balanced = true;
    scan(source, |position, byte| {
        match byte {
            b'(' => {
                // Only non-capturing groups: `(?:`; a flag group like `(?i)`
                // changes how everything after it reads.
                if bytes.get(position + 1) == Some(&b'?') && bytes.get(position + 2) != Some(&b':')
                {
                    balanced = false;
                    return false;
                }
                depth += 1;
            }
            b')' => {
                if depth == 0 {
                    balanced = false;
                    return false;
                }
                depth -= 1;
            }
            b'|' if depth == 0 => bars.push(position),
            _ => {}
        }
        true
    })?;
    (balanced && depth == 0).then_some(bars)
}

/// Calls `visit(position, byte)` for every byte of `source` outside escapes
/// and character classes, until it returns false; `None` when a class or an
/// escape is left open.
fn scan(source: &str, mut visit: impl FnMut(usize, u8) -> bool) -> Option<()> {
    let bytes = source.as_bytes();
    let mut position = 0;
    while position < bytes.len() {
        match bytes[position] {
            b'\\' => {
                if position + 1 >= bytes.len() {
                    return None;
                }
                position += 2;
            }
            b'[' => position = class_end(bytes, position)? + 1,
            byte => {
                if !visit(position, byte) {
                    return Some(());
                }
                position += 1;
            }
        }
    }
    Some(())
}

/// The position of the `]` closing the class opened at `open`.
fn class_end(bytes: &[u8], open: usize) -> Option<usize> {
    let mut position = open + 1;
    if bytes.get(position) == Some(&b'^') {
        position += 1;
    }
    // A `]` first in the class is a literal.
    if bytes.get(position) == Some(&b']') {
        position += 1;
    }
    while position < bytes.len() {
        match bytes[position] {
            b'\\' => position += 2,
            // A nested class or a set operation: not in the shared dialect.
            b'[' => return None,
            b']' => return Some(position),
            _ => position += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{join, split};

    /// Each alternative's own source, as `join` gives it alone.
    fn sources(pattern: &str) -> Vec<String> {
        split(pattern)
            .iter()
            .map(|alternative| join(pattern, &[alternative]))
            .collect()
    }

    #[test]
    fn top_level_and_leading_group_alternatives() {
        assert_eq!(
            sources(r"\b(?:fix|repair) (?:the )?bugs?\b|\bdebug\b"),
            [
                r"\b(?:fix) (?:the )?bugs?\b",
                r"\b(?:repair) (?:the )?bugs?\b",
                r"\bdebug\b"
            ]
        );
        assert_eq!(sources(r"\b(?:a|b)\b"), [r"\b(?:a)\b", r"\b(?:b)\b"]);
    }

    #[test]
    fn join_puts_a_group_back_together() {
        let pattern = r"\b(?:a|b|c)x|y|\b(?:d|e)z";
        let alternatives = split(pattern);
        assert_eq!(alternatives.len(), 6);
        let all: Vec<_> = alternatives.iter().collect();
        assert_eq!(join(pattern, &all), r"\b(?:a|b|c)x|y|\b(?:d|e)z");
        let some = [&alternatives[0], &alternatives[2], &alternatives[4]];
        assert_eq!(join(pattern, &some), r"\b(?:a|c)x|\b(?:d)z");
        assert_eq!(join(pattern, &[&alternatives[3]]), "y");
    }

    #[test]
    fn escapes_classes_and_nested_groups_do_not_split() {
        assert_eq!(sources(r"a\|b"), [r"a\|b"]);
        assert_eq!(sources(r"[|]x|y"), [r"[|]x", "y"]);
        assert_eq!(sources(r"[]|]x|y"), [r"[]|]x", "y"]);
        assert_eq!(sources(r"[^]|]x"), [r"[^]|]x"]);
        assert_eq!(
            sources(r"\b(?:(?:a|b) c|d)\b"),
            [r"\b(?:(?:a|b) c)\b", r"\b(?:d)\b"]
        );
    }

    #[test]
    fn quantified_groups_and_unknown_syntax_stay_whole() {
        for pattern in [
            r"\b(?:a|b){2}\b",
            r"\b(?:a|b)?c",
            r"(?i)a|b",
            r"(a|b",
            r"a)|b",
            r"[a|b",
            "a\\",
        ] {
            assert_eq!(sources(pattern), [pattern]);
        }
        assert_eq!(sources(r"\b(?:a|b)+c|d"), [r"\b(?:a|b)+c", "d"]);
    }
}
