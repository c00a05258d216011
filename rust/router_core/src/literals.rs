//! First-word extraction: the literal words a pattern's matches must start
//! with, for the word prefilter of [`crate::PatternTable`].
//!
//! The idea is the one of the Python twin's word prefilter (`_word_filter` in
//! `scorer_py.py`), derived independently here from the regex syntax tree so
//! that a slip in one derivation shows up in the differential tests instead of
//! being copied into both backends:
//!
//! 1. The pattern is split into its top-level alternatives (from the AST, so
//!    escapes, classes and groups are respected).
//! 2. Each alternative is translated to HIR with every ASCII word boundary
//!    `\b` replaced by a marker byte ([`BOUNDARY`]) that normalized text never
//!    contains, and `regex-syntax`'s prefix [`Extractor`] lists literals every
//!    match starts with (the marker stands where a `\b` must hold).
//! 3. A literal that starts with the marker followed by word bytes `w` says:
//!    the match starts where a word run of the text starts, and that run is
//!    exactly `w` (a *whole* word) when a non-word byte or another boundary
//!    follows `w` inside the literal, or starts with `w` (a *prefix*) when the
//!    literal ends after `w`. Any other literal (or an infinite literal set)
//!    makes the alternative unusable; unusable alternatives form the
//!    pattern's *remainder*, which is always searched.
//!
//! The result is a superset test: a text whose word runs contain none of a
//! pattern's words cannot match the pattern's usable alternatives.

use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Capture, Hir, HirKind, Look, Repetition};

/// Stands for `\b` inside extracted literals. Normalized text never contains
/// a NUL byte (ASCII controls become spaces), so the marker never appears in
/// what is searched.
const BOUNDARY: u8 = 0;

/// The words any match of a pattern's usable alternatives starts with.
///
/// `W` is how a word is held: owned bytes when derived from a pattern,
/// slices of the index text when read from an index (no allocation per
/// word: an index has thousands).
#[derive(Debug, Clone)]
pub struct FirstWords<W = Vec<u8>> {
    /// Word runs a match can start with, exactly.
    pub whole: Vec<W>,
    /// Whole words that are a complete match on their own (`\bword\b` is
    /// one of the alternatives): a word run equal to one of them at a word
    /// start *is* a match, no regex needed.
    pub certain: Vec<W>,
    /// Prefixes of the word run a match can start with.
    pub prefixes: Vec<W>,
    /// Per whole word, the first [`HEAD_LENGTH`] bytes that can follow it
    /// in a match (the text right after the word run): a check at that
    /// word is skipped when the text goes on otherwise. [`OPEN_HEAD`] says
    /// some match may go on with anything, or the bytes are not known.
    /// Every whole word has at least one entry.
    pub heads: Vec<(W, [u8; HEAD_LENGTH])>,
    /// The alternatives without a usable literal set, as one alternation
    /// (searched on every text), or `None` when every alternative is usable.
    pub remainder: Option<Hir>,
}

impl<W> Default for FirstWords<W> {
    fn default() -> Self {
        Self {
            whole: Vec::new(),
            certain: Vec::new(),
            prefixes: Vec::new(),
            heads: Vec::new(),
            remainder: None,
        }
    }
}

impl FirstWords {
    fn add(&mut self, tokens: Tokens) {
        self.whole.extend(tokens.whole);
        self.certain.extend(tokens.certain);
        self.prefixes.extend(tokens.prefixes);
        self.heads.extend(tokens.heads);
    }

    /// Sorts and dedups every list (after words were added in any order),
    /// and opens the heads of a whole word that one of the prefixes also
    /// fits: that prefix's matches may go on with anything.
    pub(crate) fn sort(&mut self) {
        for list in [&mut self.whole, &mut self.certain, &mut self.prefixes] {
            list.sort_unstable();
            list.dedup();
        }
        let prefixes = &self.prefixes;
        for (word, head) in &mut self.heads {
            if (1..=word.len()).any(|length| {
                prefixes
                    .binary_search_by(|prefix| prefix.as_slice().cmp(&word[..length]))
                    .is_ok()
            }) {
                *head = OPEN_HEAD;
            }
        }
        self.heads.sort_unstable();
        self.heads.dedup();
    }
}

/// How many bytes after a whole word [`FirstWords::heads`] holds: a
/// separator and two letters tell "the latest" from "the production".
pub const HEAD_LENGTH: usize = 3;

/// The head of a whole word that may be followed by anything. Normalized
/// text never holds a NUL byte, so no real head is all NULs.
pub const OPEN_HEAD: [u8; HEAD_LENGTH] = [0; HEAD_LENGTH];

impl<W> FirstWords<W> {
    /// True when the pattern has no usable alternative at all.
    pub fn is_empty(&self) -> bool {
        self.whole.is_empty() && self.prefixes.is_empty()
    }
}

/// A byte of `\w` in ASCII mode: the word runs the prefilter looks up.
#[inline]
pub const fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The first words of `pattern`; a pattern that does not parse has none.
pub fn first_words(pattern: &str) -> FirstWords {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .map(|hir| first_words_of(&hir))
        .unwrap_or_default()
}

/// The first words of a parsed pattern (ASCII mode, as the table compiles
/// it). Never fails: whatever it cannot analyze goes to the remainder.
pub fn first_words_of(hir: &Hir) -> FirstWords {
    let mut words = FirstWords::default();
    let mut remainder: Vec<Hir> = Vec::new();
    let branches = match hir.kind() {
        HirKind::Alternation(subs) => subs.clone(),
        _ => vec![hir.clone()],
    };
    for branch in branches {
        add_branch(branch, &mut words, &mut remainder, 0);
    }
    words.sort();
    if !remainder.is_empty() {
        words.remainder = Some(Hir::alternation(remainder));
    }
    words
}

/// How many nested leading groups [`add_branch`] distributes the boundary
/// over: `\b(?:(?:a|b)x|c)` needs two.
const MAX_DISTRIBUTED_GROUPS: usize = 3;

/// Adds the first words of `branch` to `words`, or the branch to `remainder`.
fn add_branch(branch: Hir, words: &mut FirstWords, remainder: &mut Vec<Hir>, depth: usize) {
    if let Some(tokens) = branch_words(&branch) {
        words.add(tokens);
        return;
    }
    // `\b(?:a|b|[x-y]+z)\b`: one unusable alternative inside the group
    // should not spoil the others, so distribute the boundary over them, and
    // again over a group that leads an alternative (the parser lifts a
    // shared `\b` out of top-level branches, which nests them one deeper).
    let distributed = if depth < MAX_DISTRIBUTED_GROUPS {
        distribute_first_group(&branch)
    } else {
        None
    };
    match distributed {
        Some(alternatives) => {
            for alternative in alternatives {
                add_branch(alternative, words, remainder, depth + 1);
            }
        }
        None => remainder.push(branch),
    }
}

/// The first words of one alternative (see [`FirstWords`]).
#[derive(Default)]
struct Tokens {
    whole: Vec<Vec<u8>>,
    certain: Vec<Vec<u8>>,
    prefixes: Vec<Vec<u8>>,
    heads: Vec<(Vec<u8>, [u8; HEAD_LENGTH])>,
}

impl Tokens {
    /// A whole word, followed in the match by `after` (the literal's bytes
    /// after the word, boundary markers included; empty when unknown).
    fn push_whole(&mut self, word: Vec<u8>, after: &[u8]) {
        let mut head = OPEN_HEAD;
        let mut known = 0;
        // A boundary is not a byte of the text: skip its marker.
        for &byte in after.iter().filter(|&&byte| byte != BOUNDARY) {
            if known == HEAD_LENGTH {
                break;
            }
            head[known] = byte;
            known += 1;
        }
        if known < HEAD_LENGTH {
            // The literal ends sooner: what follows is not known.
            head = OPEN_HEAD;
        }
        self.heads.push((word.clone(), head));
        self.whole.push(word);
    }
}

/// The first words of a branch `\b` + literal + anything, or `\b` + an
/// alternation of such: per literal, whole when a non-word byte follows
/// the word inside it, else a prefix (what follows may continue the word).
/// `None` for any other shape.
fn leading_word(hir: &Hir) -> Option<Tokens> {
    let HirKind::Concat(subs) = hir.kind() else {
        return None;
    };
    let [boundary, first, ..] = subs.as_slice() else {
        return None;
    };
    if !matches!(
        boundary.kind(),
        HirKind::Look(Look::WordAscii | Look::WordUnicode)
    ) {
        return None;
    }
    let mut tokens = Tokens::default();
    let starts: &[Hir] = match first.kind() {
        HirKind::Alternation(alternatives) => alternatives,
        _ => std::slice::from_ref(first),
    };
    for start in starts {
        let leading = match start.kind() {
            HirKind::Concat(parts) => parts.first()?,
            _ => start,
        };
        let HirKind::Literal(literal) = leading.kind() else {
            return None;
        };
        let bytes = &literal.0;
        let word_len = bytes.iter().take_while(|&&byte| is_word_byte(byte)).count();
        if word_len == 0 {
            return None;
        }
        let word = bytes[..word_len].to_vec();
        if word_len < bytes.len() {
            // The rest of the literal is only the start of the group: its
            // head is not known.
            tokens.push_whole(word, &[]);
        } else {
            tokens.prefixes.push(word);
        }
    }
    Some(tokens)
}

/// `\b(?:a|b)rest` becomes `[\b a rest, \b b rest]`: same language, split
/// so each alternative is analyzed on its own. `None` when the branch is not
/// a `\b` followed by an alternation.
fn distribute_first_group(branch: &Hir) -> Option<Vec<Hir>> {
    let HirKind::Concat(subs) = branch.kind() else {
        return None;
    };
    let [boundary, group, rest @ ..] = subs.as_slice() else {
        return None;
    };
    if !matches!(
        boundary.kind(),
        HirKind::Look(Look::WordAscii | Look::WordUnicode)
    ) {
        return None;
    }
    let HirKind::Alternation(alternatives) = group.kind() else {
        return None;
    };
    Some(
        alternatives
            .iter()
            .map(|alternative| {
                let mut parts = vec![boundary.clone(), alternative.clone()];
                parts.extend(rest.iter().cloned());
                Hir::concat(parts)
            })
            .collect(),
    )
}

/// (whole words, prefixes) of one alternative, or `None` if some match of it
/// may start somewhere other than at a listed word.
fn branch_words(hir: &Hir) -> Option<Tokens> {
    if may_match_nul(hir) {
        // The marker would be ambiguous with a real NUL in the pattern (a
        // negated class later in the branch, say).
        return leading_word(hir);
    }
    let marked = mark_boundaries(hir);
    let mut extractor = Extractor::new();
    extractor
        .kind(ExtractKind::Prefix)
        .limit_class(16)
        .limit_repeat(4)
        .limit_literal_len(18)
        .limit_total(10_000);
    let seq = extractor.extract(&marked);
    let Some(literals) = seq.literals() else {
        // Too many literals to list (a long word followed by a large
        // alternation): the word the branch starts with is enough.
        return leading_word(hir);
    };
    if literals.is_empty() {
        // An empty finite set means "never matches": nothing to look for,
        // but stay conservative and search it.
        return None;
    }
    let mut tokens = Tokens::default();
    for literal in literals {
        let bytes = literal.as_bytes();
        if bytes.first() != Some(&BOUNDARY) {
            return None;
        }
        let word_len = bytes[1..]
            .iter()
            .take_while(|&&byte| is_word_byte(byte))
            .count();
        if word_len == 0 {
            return None;
        }
        let word = bytes[1..=word_len].to_vec();
        if bytes.len() > word_len + 1 {
            // A non-word byte or a boundary follows the word inside the
            // literal: the text's word run ends right there.
            if literal.is_exact() && bytes.len() == word_len + 2 && bytes[word_len + 1] == BOUNDARY
            {
                // The whole match is `\bword\b`.
                tokens.certain.push(word.clone());
            }
            tokens.push_whole(word, &bytes[word_len + 1..]);
        } else {
            tokens.prefixes.push(word);
        }
    }
    Some(tokens)
}

/// Whether some literal or class of `hir` can match the byte 0.
fn may_match_nul(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Literal(literal) => literal.0.contains(&0),
        HirKind::Class(regex_syntax::hir::Class::Bytes(class)) => class
            .ranges()
            .first()
            .is_some_and(|range| range.start() == 0),
        HirKind::Class(regex_syntax::hir::Class::Unicode(class)) => class
            .ranges()
            .first()
            .is_some_and(|range| range.start() == '\0'),
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Repetition(repetition) => may_match_nul(&repetition.sub),
        HirKind::Capture(capture) => may_match_nul(&capture.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(may_match_nul),
    }
}

/// A copy of `hir` with every `\b` replaced by the literal [`BOUNDARY`].
fn mark_boundaries(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Look(Look::WordAscii | Look::WordUnicode) => Hir::literal(vec![BOUNDARY]),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
        HirKind::Repetition(repetition) => Hir::repetition(Repetition {
            min: repetition.min,
            max: repetition.max,
            greedy: repetition.greedy,
            sub: Box::new(mark_boundaries(&repetition.sub)),
        }),
        HirKind::Capture(capture) => Hir::capture(Capture {
            index: capture.index,
            name: capture.name.clone(),
            sub: Box::new(mark_boundaries(&capture.sub)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(mark_boundaries).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(mark_boundaries).collect()),
    }
}

/// Most bytes a [`required_bytes`] set may hold: checking the text for more
/// would cost about as much as the search it saves.
const MAX_REQUIRED_BYTES: usize = 3;

/// A few bytes at least one of which every match of `hir` contains, or
/// `None` if no small such set is known. A text without any of them cannot
/// match, which a byte search (`memchr`) tells far faster than the regex.
/// Punctuation is preferred over letters: it is rarer in prompts.
pub fn required_bytes(hir: &Hir) -> Option<Vec<u8>> {
    let mut bytes = required(hir)?;
    bytes.sort_unstable();
    bytes.dedup();
    (bytes.len() <= MAX_REQUIRED_BYTES).then_some(bytes)
}

fn required(hir: &Hir) -> Option<Vec<u8>> {
    match hir.kind() {
        HirKind::Literal(literal) => {
            let bytes = &literal.0;
            let rare = bytes.iter().find(|&&byte| !is_word_byte(byte));
            rare.or_else(|| bytes.first()).map(|&byte| vec![byte])
        }
        HirKind::Class(class) => {
            let mut bytes = Vec::new();
            match class {
                regex_syntax::hir::Class::Bytes(ranges) => {
                    for range in ranges.iter() {
                        for byte in range.start()..=range.end() {
                            bytes.push(byte);
                            if bytes.len() > MAX_REQUIRED_BYTES {
                                return None;
                            }
                        }
                    }
                }
                regex_syntax::hir::Class::Unicode(ranges) => {
                    for range in ranges.iter() {
                        for character in range.start()..=range.end() {
                            bytes.push(u8::try_from(u32::from(character)).ok()?);
                            if bytes.len() > MAX_REQUIRED_BYTES {
                                return None;
                            }
                        }
                    }
                }
            }
            Some(bytes)
        }
        HirKind::Repetition(repetition) if repetition.min > 0 => required(&repetition.sub),
        HirKind::Capture(capture) => required(&capture.sub),
        // Any child's requirement holds for the whole: take the smallest,
        // preferring one without word bytes, then one without a space (in
        // nearly every text, so it would rule nothing out).
        HirKind::Concat(children) => children.iter().filter_map(required).min_by_key(|bytes| {
            (
                bytes.iter().any(|&byte| is_word_byte(byte)),
                bytes.contains(&b' '),
                bytes.len(),
            )
        }),
        // Each alternative needs one of its own bytes: the union.
        HirKind::Alternation(children) => {
            let mut union = Vec::new();
            for child in children {
                union.extend(required(child)?);
                union.sort_unstable();
                union.dedup();
                if union.len() > MAX_REQUIRED_BYTES {
                    return None;
                }
            }
            Some(union)
        }
        HirKind::Empty | HirKind::Look(_) | HirKind::Repetition(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pattern: &str) -> Hir {
        regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(pattern)
            .unwrap()
    }

    fn words(list: &[&str]) -> Vec<Vec<u8>> {
        let mut out: Vec<Vec<u8>> = list.iter().map(|word| word.as_bytes().to_vec()).collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn whole_words_of_a_word_alternation() {
        let found =
            first_words(r"\b(?:rewrite|clean up|fix (?:a |the )?typos?|copy-edit|20[2-3][0-9])\b");
        let mut expected = vec!["rewrite", "clean", "fix", "copy"];
        let years: Vec<String> = (2020..2040).map(|year| year.to_string()).collect();
        expected.extend(years.iter().map(String::as_str));
        assert_eq!(found.whole, words(&expected));
        assert!(found.prefixes.is_empty());
        assert_eq!(found.remainder, None);
    }

    #[test]
    fn heads_are_the_bytes_after_a_whole_word_or_open() {
        let found = first_words(r"\bthe (?:latest|newest)\b|\bthe-art|\bfix (?:a|the)\b|\bship\b");
        let heads = |word: &str| -> Vec<[u8; HEAD_LENGTH]> {
            found
                .heads
                .iter()
                .filter(|(other, _)| other == word.as_bytes())
                .map(|&(_, head)| head)
                .collect()
        };
        // The boundary marker is not a byte of the text: " la", not " \0l".
        assert_eq!(heads("the"), vec![*b" la", *b" ne", *b"-ar"]);
        // " a" then a boundary: two bytes known, so anything may follow.
        assert_eq!(heads("fix"), vec![OPEN_HEAD, *b" th"]);
        // A whole match (`\bship\b`) goes on with anything.
        assert_eq!(heads("ship"), vec![OPEN_HEAD]);
        assert_eq!(found.heads.len(), 6, "every whole word has a head");
    }

    #[test]
    fn optional_suffixes_give_both_spellings() {
        let found = first_words(r"\b(?:tests?|jpe?g|stack ?trace|node[.]?js)\b");
        assert_eq!(
            found.whole,
            words(&[
                "jpeg",
                "jpg",
                "node",
                "nodejs",
                "stack",
                "stacktrace",
                "test",
                "tests"
            ])
        );
    }

    #[test]
    fn a_literal_without_a_closing_boundary_is_a_prefix() {
        let found = first_words(r"\bforce push|\bforce-push|\bdd if=|\bpkill\b|\bmkfs");
        assert_eq!(found.whole, words(&["dd", "force", "pkill"]));
        assert_eq!(found.prefixes, words(&["mkfs"]));
    }

    #[test]
    fn alternatives_without_a_leading_word_go_to_the_remainder() {
        let found = first_words(r"\b(?:file|patch|[a-z0-9_-]+[.](?:py|rs))\b|foo|\b-x");
        // The class alternative is split out of its group; `foo` (no `\b`)
        // and `\b-x` (no word after the boundary) are unusable too.
        assert_eq!(found.whole, words(&["file", "patch"]));
        assert_eq!(found.certain, words(&["file", "patch"]));
        assert_eq!(
            found.remainder,
            Some(parse(r"\b[a-z0-9_-]+[.](?:py|rs)\b|foo|\b-x"))
        );
        let split = first_words(r"\b(?:file|patch)\b|\b[a-z0-9_-]+[.](?:py|rs)\b");
        assert_eq!(split.whole, words(&["file", "patch"]));
        assert_eq!(split.remainder, Some(parse(r"\b[a-z0-9_-]+[.](?:py|rs)\b")));
    }

    #[test]
    fn nested_leading_groups_are_distributed_too() {
        // Two top-level branches that both start with `\b` parse as
        // `\b(?:(?:edit|fix)[^x]*: |most ...)`: the inner group leads one
        // alternative, and a class that can match NUL keeps the extractor out.
        let found = first_words(r"\b(?:(?:make|turn) it|summari[sz]e)[^']*: '|\bmost recent\b");
        // (`make`/`turn` are prefixes: the extractor does not run on a
        // branch that may match NUL, and the leading word alone cannot
        // tell whether " it" follows)
        assert_eq!(found.whole, words(&["most"]));
        assert_eq!(found.prefixes, words(&["make", "summari", "turn"]));
        assert_eq!(found.remainder, None);
    }

    #[test]
    fn inline_flags_apply_to_every_alternative() {
        // Case-insensitive literals come out in every case; only the
        // lowercase ones can meet normalized text, the others are harmless.
        let found = first_words(r"(?i)\bfoo\b|\bbar\b");
        assert!(found.whole.contains(&b"foo".to_vec()) && found.whole.contains(&b"bar".to_vec()));
        assert_eq!(found.remainder, None);
    }

    #[test]
    fn certain_words_are_complete_matches() {
        let found = first_words(r"\b(?:what|what is|tests?|dd if=)\b|\bmkfs");
        assert_eq!(found.whole, words(&["dd", "test", "tests", "what"]));
        assert_eq!(found.certain, words(&["test", "tests", "what"]));
        assert_eq!(found.prefixes, words(&["mkfs"]));
    }

    #[test]
    fn patterns_that_may_match_nul_are_read_only_up_to_their_first_word() {
        // The literal extractor is not used (its NUL marker would be
        // ambiguous); the leading `\b` + literal still names the word.
        let found = first_words(r"\b(?:a\x00b)\b");
        assert_eq!(found.whole, vec![b"a".to_vec()]);
        assert!(found.remainder.is_none());
        let found = first_words(r"[^a]\x00");
        assert!(found.is_empty());
        assert!(found.remainder.is_some());
    }

    #[test]
    fn optional_leading_group_is_unusable() {
        let found = first_words(r"\b(?:very )?good\b");
        assert_eq!(found.whole, words(&["good", "very"]));
        let found = first_words(r"(?:\bvery )?good\b");
        assert!(found.is_empty());
        assert!(found.remainder.is_some());
    }

    fn required_of(pattern: &str) -> Option<Vec<u8>> {
        let hir = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(pattern)
            .expect("parses");
        required_bytes(&hir)
    }

    #[test]
    fn required_bytes_prefer_punctuation_and_union_alternatives() {
        assert_eq!(required_of(r"\b[a-z]+\.(?:py|js)\b"), Some(vec![b'.']));
        assert_eq!(
            required_of(r"/imagine\b|--ar [0-9]"),
            Some(vec![b'-', b'/'])
        );
        assert_eq!(required_of(r"@(?:workspace|terminal)"), Some(vec![b'@']));
        assert_eq!(required_of(r"\bfoo\b"), Some(vec![b'f']));
        // A space rules nothing out: the quotes are the requirement.
        assert_eq!(
            required_of(r#"['"`]\bsend (?:pending|failed)"#),
            Some(vec![b'"', b'\'', b'`'])
        );
        // Optional parts require nothing; big classes are not worth a check.
        assert_eq!(required_of(r"(?:\.)?[a-z]+"), None);
        assert_eq!(required_of(r"[a-z]+"), None);
        assert_eq!(required_of(r"a|b|c|d"), None);
        assert_eq!(required_of(r"x*"), None);
    }

    #[test]
    fn a_branch_too_large_to_list_still_gives_its_first_word() {
        // 40 x 40 continuations exceed the extractor's limit.
        let objects: Vec<String> = (0..40).map(|index| format!("thing{index}")).collect();
        let tails: Vec<String> = (0..40).map(|index| format!("tail{index}")).collect();
        let pattern = format!(
            r"\bproofread (?:{}) (?:{})",
            objects.join("|"),
            tails.join("|")
        );
        let words = first_words(&pattern);
        assert!(words.remainder.is_none(), "{:?}", words.remainder);
        assert_eq!(words.whole, vec![b"proofread".to_vec()]);
        // Nor a leading alternation of words followed by too much.
        let pattern = format!(
            r"\b(?:make|turn|fix the grammar) (?:{}) (?:{}) (?:{})",
            objects.join("|"),
            tails.join("|"),
            objects.join("|")
        );
        let words = first_words(&pattern);
        assert!(words.remainder.is_none(), "{:?}", words.remainder);
        let found: Vec<&[u8]> = words
            .whole
            .iter()
            .chain(&words.prefixes)
            .map(Vec::as_slice)
            .collect();
        for word in [&b"fix"[..], b"make", b"turn"] {
            assert!(found.contains(&word), "{found:?}");
        }
        // A NUL-matching class later on does not hide the first word either.
        let words = first_words(r"\bsummar[a-z]* [^x]+ (?:this|that)");
        assert!(words.remainder.is_none(), "{:?}", words.remainder);
        assert_eq!(words.prefixes, vec![b"summar".to_vec()]);
    }
}
