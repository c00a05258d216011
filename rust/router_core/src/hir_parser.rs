//! The table's regexes translated straight into `regex-syntax` HIR, without
//! the AST `regex_syntax::Parser` builds first.
//!
//! A guarded walk's first use parses its benign side, and the four action
//! signals' benign sides are 190-230 KB of regex each: `regex-syntax` spends
//! about 0.5 us per byte on them (the AST, its translation and dropping it),
//! 100-120 ms before a first risky prompt can be answered. The table only uses
//! a small part of the syntax (literals, punctuation escapes, `\b`, `.`,
//! classes, non-capturing groups, alternation and greedy or lazy
//! repetitions), and the HIR of that part is built from the same smart
//! constructors the translator calls (`Hir::concat`, `Hir::alternation`,
//! `Hir::class`, `Hir::repetition`), in the same tree shape, so the result is
//! equal to what `regex-syntax` gives.
//!
//! Anything outside that part (capturing or flag groups, Perl classes,
//! anchors, nested or `[:ascii:]` classes, set operations, a quantifier with
//! nothing to repeat, non-ASCII, deep nesting) makes [`parse`] return `None`,
//! and the caller parses with `regex-syntax`, whose result and error messages
//! are then the ones used. Tests compare both parsers on every regex of the
//! real table and on random patterns.

use regex_syntax::hir::{Class, ClassBytes, ClassBytesRange, Dot, Hir, Look, Repetition};

/// A bound on nesting well under `regex-syntax`'s limit (250 levels of
/// groups, alternations, concatenations, repetitions and classes): a deeper
/// pattern goes to `regex-syntax`, which decides whether it is too deep.
const MAX_DEPTH: u32 = 60;

/// The HIR `regex_syntax::ParserBuilder::new().unicode(false).utf8(false)`
/// builds for `source`, or `None` when `source` uses syntax this parser
/// leaves to `regex-syntax` (including every pattern that does not parse).
pub(crate) fn parse(source: &str) -> Option<Hir> {
    let mut parser = Parser {
        bytes: source.as_bytes(),
        at: 0,
    };
    let hir = parser.alternation(0)?;
    (parser.at == parser.bytes.len()).then_some(hir)
}

struct Parser<'s> {
    bytes: &'s [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<u8> {
        self.bytes.get(self.at + offset).copied()
    }

    /// Branches up to an unmatched `)` or the end, joined as the translator
    /// joins them (one branch is itself, several are `Hir::alternation`).
    fn alternation(&mut self, depth: u32) -> Option<Hir> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut branches = vec![self.concatenation(depth)?];
        while self.peek() == Some(b'|') {
            self.at += 1;
            branches.push(self.concatenation(depth)?);
        }
        Some(if branches.len() == 1 {
            branches.pop().expect("one branch")
        } else {
            Hir::alternation(branches)
        })
    }

    /// Items up to `|`, `)` or the end. `Hir::concat` merges adjacent
    /// literals, flattens nested concatenations and drops empty items, as the
    /// translator's literal frames and its concatenation do; an empty branch
    /// is `Hir::empty()` either way.
    fn concatenation(&mut self, depth: u32) -> Option<Hir> {
        let mut items = Vec::new();
        while let Some(byte) = self.peek() {
            let atom = match byte {
                b'|' | b')' => break,
                b'(' => self.group(depth)?,
                b'[' => self.class()?,
                b'.' => {
                    self.at += 1;
                    Hir::dot(Dot::AnyByteExcept(b'\n'))
                }
                b'\\' => match self.escape()? {
                    Escape::Literal(byte) => Hir::literal([byte]),
                    Escape::Boundary(look) => {
                        // A repeated assertion is left to regex-syntax.
                        if matches!(self.peek(), Some(b'?' | b'*' | b'+' | b'{')) {
                            return None;
                        }
                        items.push(Hir::look(look));
                        continue;
                    }
                },
                // Anchors, stray closers and quantifiers with nothing to repeat.
                b'^' | b'$' | b']' | b'}' | b'?' | b'*' | b'+' | b'{' => return None,
                0x20..=0x7e => {
                    self.at += 1;
                    Hir::literal([byte])
                }
                _ => return None,
            };
            items.push(self.quantified(atom)?);
        }
        Some(Hir::concat(items))
    }

    /// `(?:...)`: a non-capturing group is its contents.
    fn group(&mut self, depth: u32) -> Option<Hir> {
        if self.peek_at(1) != Some(b'?') || self.peek_at(2) != Some(b':') {
            return None;
        }
        self.at += 3;
        let inner = self.alternation(depth + 1)?;
        if self.peek() != Some(b')') {
            return None;
        }
        self.at += 1;
        Some(inner)
    }

    /// `atom` with the quantifier that follows it, if any.
    fn quantified(&mut self, atom: Hir) -> Option<Hir> {
        let (min, max) = match self.peek() {
            Some(b'?') => (0, Some(1)),
            Some(b'*') => (0, None),
            Some(b'+') => (1, None),
            Some(b'{') => return self.counted(atom),
            _ => return Some(atom),
        };
        self.at += 1;
        self.repetition(atom, min, max)
    }

    /// `{m}`, `{m,}` or `{m,n}`, digits only (anything else, such as spaces
    /// or `{,n}`, is left to regex-syntax).
    fn counted(&mut self, atom: Hir) -> Option<Hir> {
        self.at += 1;
        let min = self.number()?;
        let max = match self.peek()? {
            b'}' => Some(min),
            b',' => {
                self.at += 1;
                if self.peek()? == b'}' {
                    None
                } else {
                    Some(self.number()?)
                }
            }
            _ => return None,
        };
        if self.peek()? != b'}' || max.is_some_and(|max| max < min) {
            return None;
        }
        self.at += 1;
        self.repetition(atom, min, max)
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.at;
        while self.peek().is_some_and(|byte| byte.is_ascii_digit()) {
            self.at += 1;
        }
        let digits = &self.bytes[start..self.at];
        if digits.is_empty() || digits.len() > 9 {
            return None;
        }
        std::str::from_utf8(digits).ok()?.parse().ok()
    }

    /// A repetition, greedy unless a `?` follows; a second quantifier is
    /// left to regex-syntax.
    fn repetition(&mut self, atom: Hir, min: u32, max: Option<u32>) -> Option<Hir> {
        let greedy = self.peek() != Some(b'?');
        if !greedy {
            self.at += 1;
        }
        if matches!(self.peek(), Some(b'?' | b'*' | b'+' | b'{')) {
            return None;
        }
        Some(Hir::repetition(Repetition {
            min,
            max,
            greedy,
            sub: Box::new(atom),
        }))
    }

    /// `\b`, `\B` or an escaped punctuation character.
    fn escape(&mut self) -> Option<Escape> {
        let byte = self.peek_at(1)?;
        self.at += 2;
        match byte {
            b'b' => Some(Escape::Boundary(Look::WordAscii)),
            b'B' => Some(Escape::Boundary(Look::WordAsciiNegate)),
            _ if is_escaped_punctuation(byte) => Some(Escape::Literal(byte)),
            _ => None,
        }
    }

    /// A bracketed class of ASCII bytes: literals, punctuation escapes and
    /// ranges, `^` first to negate, `]` first and `-` first or last as
    /// literals. Nested classes, `[:name:]`, set operations (`&&`, `--`,
    /// `~~`), Perl classes and a `-` anywhere else are left to regex-syntax.
    fn class(&mut self) -> Option<Hir> {
        self.at += 1;
        let negated = self.peek() == Some(b'^');
        if negated {
            self.at += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let byte = self.peek()?;
            if byte == b']' && !first {
                self.at += 1;
                break;
            }
            if matches!(byte, b'[' | b'&' | b'~' | b'-') && self.peek_at(1) == Some(byte) {
                return None;
            }
            if byte == b'-' && !first && self.peek_at(1) != Some(b']') {
                return None;
            }
            let start = self.class_literal()?;
            let end = if self.peek() == Some(b'-') && !matches!(self.peek_at(1), Some(b']' | b'-'))
            {
                self.at += 1;
                let end = self.class_literal()?;
                if end < start {
                    return None;
                }
                end
            } else {
                start
            };
            ranges.push(ClassBytesRange::new(start, end));
            first = false;
        }
        let mut class = ClassBytes::new(ranges);
        if negated {
            class.negate();
        }
        Some(Hir::class(Class::Bytes(class)))
    }

    /// One literal byte inside a class (`[` starts nested syntax there).
    fn class_literal(&mut self) -> Option<u8> {
        match self.peek()? {
            b'\\' => {
                let byte = self.peek_at(1)?;
                self.at += 2;
                is_escaped_punctuation(byte).then_some(byte)
            }
            b'[' => None,
            byte @ 0x20..=0x7e => {
                self.at += 1;
                Some(byte)
            }
            _ => None,
        }
    }
}

enum Escape {
    Literal(u8),
    Boundary(Look),
}

/// The escapes `regex-syntax` reads as the character itself: printable ASCII
/// that is not a letter, a digit, `<` or `>` (`\<` and `\>` are assertions).
fn is_escaped_punctuation(byte: u8) -> bool {
    byte.is_ascii_graphic() && !byte.is_ascii_alphanumeric() && byte != b'<' && byte != b'>'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(source: &str) -> Option<Hir> {
        regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(source)
            .ok()
    }

    /// Either this parser declines, or both parsers give the same HIR.
    fn check(source: &str) -> bool {
        match parse(source) {
            None => false,
            Some(hir) => {
                assert_eq!(Some(&hir), reference(source).as_ref(), "{source:?}");
                true
            }
        }
    }

    #[test]
    fn translates_the_dialect_like_regex_syntax() {
        for source in [
            r"\bdrop (?:the |a )?(?:prod|production) (?:database|db)\b",
            r"\b(?:a|ab|abc)\b|x",
            r"foo(?:bar)?baz",
            r"a(?:b\bc)d",
            r"[a-z0-9'-]+ [^ .!?]{1,40}?\.",
            r"[]a]|[^]a]|[-a]|[a-]|[\]\-\\]",
            r#"\"quoted\" \(x\) \$5 \[y\] \. \+ \*"#,
            r"x{2}y{2,}z{0,4000}w{1,3}?",
            r"a??b*?c+?",
            r"(?:)|a|",
            r"\Bx.y",
            r"(?:(?:(?:a|b)c)?d|e)+",
            "[a-cx-z']+",
            "# not a comment",
        ] {
            assert!(check(source), "declined {source:?}");
        }
    }

    #[test]
    fn translates_every_regex_of_the_real_table() {
        let mut checked = 0;
        for pattern in &crate::table_file::packaged_regexes() {
            // All of them, so a first use never pays for the AST.
            let hir = parse(pattern).expect("in the dialect this parser reads");
            assert!(
                Some(&hir) == reference(pattern).as_ref(),
                "{}",
                &pattern[..pattern.len().min(80)]
            );
            checked += 1;
        }
        assert!(checked > 30, "{checked}");
    }

    #[test]
    fn leaves_the_rest_to_regex_syntax() {
        for source in [
            "(a)",
            "(?i:a)",
            "(?P<x>a)",
            r"\d",
            r"\w+",
            r"\<word",
            "^a",
            "a$",
            "*a",
            "a**",
            r"\b+",
            "a{,3}",
            "a{ 2}",
            "a{3,2}",
            "a{99999999999}",
            "[[:alpha:]]",
            "[a&&b]",
            "[a--b]",
            "[a-c-e]",
            "[z-a]",
            "[abc",
            "(?:a",
            "a)",
            "]",
            "caf\u{e9}",
            r"\x41",
        ] {
            assert!(parse(source).is_none(), "accepted {source:?}");
        }
    }

    #[test]
    fn deep_nesting_is_left_to_regex_syntax() {
        let deep = format!("{}a{}", "(?:".repeat(70), ")".repeat(70));
        assert!(parse(&deep).is_none());
        let shallow = format!("{}a{}", "(?:".repeat(20), ")".repeat(20));
        assert!(check(&shallow));
    }

    #[test]
    fn random_patterns_agree_with_regex_syntax() {
        // Patterns assembled from the dialect's pieces, some of them broken:
        // whatever this parser accepts must be what regex-syntax builds.
        const PIECES: &[&str] = &[
            "a", "b", "ab", " ", "'", "-", "\\b", "\\B", "\\.", "\\\"", "\\(", "\\)", ".", "(?:",
            ")", "|", "?", "*", "+", "??", "{2}", "{0,3}", "{1,}", "[a-z]", "[^ .]", "[]x]",
            "[-x]", "[x-]", "[\\]\\-]", "[", "]", "{", "}", "(", "^", "$", "\\d", "[a&&b]",
            "[a-c-e]", "#", "0", "9",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let (mut accepted, mut declined) = (0, 0);
        for _ in 0..20_000 {
            let length = 1 + (next() % 12) as usize;
            let source: String = (0..length)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            if check(&source) {
                accepted += 1;
            } else {
                declined += 1;
            }
        }
        // Both sides are exercised.
        assert!(
            accepted > 2_000 && declined > 2_000,
            "{accepted} accepted, {declined} declined"
        );
    }
}
