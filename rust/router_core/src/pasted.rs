//! Which lines of a prompt are the user's own, when it hands over a block:
//! the port of `model_router/pasted.py` (the rules are documented there).
//! Change both together; the differential tests hold them to the same parts.
//!
//! Every test is on ASCII bytes, so byte offsets here and character offsets
//! in Python find the same lines and words.

use std::collections::HashSet;
use std::sync::OnceLock;

use regex_automata::meta::Regex;

use crate::dialect::{check_dialect, syntax_config};
use crate::error::TableError;

/// The user's own parts of a prompt that hands over a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserParts<'a> {
    /// The opening, the closing lines and the continuations, in order.
    pub parts: Vec<&'a str>,
    /// The closing when it is one line after a blank line.
    pub trailer: Option<&'a str>,
}

/// More of the user's own lines than this is not a short ask around a paste
/// (and would cost a scan each): such a prompt is read whole.
pub const MAX_PARTS: usize = 32;

const BLANKS: &[char] = &[' ', '\t', '\r', '\u{c}', '\u{b}'];
const QUOTE_OPENERS: [&str; 9] = [
    "\"", "'", ">", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{ab}", "\u{201e}",
];
const QUOTE_CLOSERS: [&str; 6] = ["\"", "'", "\u{201d}", "\u{2019}", "\u{bb}", "\u{201c}"];
const FENCES: [&str; 2] = ["```", "~~~"];
/// Conventional-commit types ("feat(export): ...", "fix!: ...").
const COMMIT_TYPES: [&str; 13] = [
    "feat", "fix", "chore", "docs", "refactor", "perf", "test", "tests", "build", "ci", "style",
    "revert", "deps",
];
const BULLETS: [&str; 7] = [
    "- ",
    "* ",
    "+ ",
    "\u{2022}",
    "\u{25e6}",
    "\u{2013} ",
    "\u{2014} ",
];
/// Words that start a line the user adds after the block.
const CONTINUATIONS: [&str; 18] = [
    "also",
    "then",
    "and",
    "ps",
    "p.s",
    "pps",
    "btw",
    "oh",
    "after",
    "afterwards",
    "once",
    "when",
    "finally",
    "next",
    "plus",
    "additionally",
    "lastly",
    "now",
];
const READER_WORDS: [&[u8]; 2] = [b"your", b"yours"];
const WEB_ADDRESSES: [&[u8]; 3] = [b"http://", b"https://", b"www."];
/// Endings of a bare domain ("hartwellfarm.co.uk/pumpkins"): a letter or
/// digit, a dot, one of these, then no letter.
const DOMAIN_ENDINGS: [&[u8]; 18] = [
    b".com", b".org", b".net", b".io", b".co.uk", b".org.uk", b".gov.uk", b".ac.uk", b".de",
    b".fr", b".nl", b".eu", b".ie", b".ca", b".app", b".dev", b".info", b".shop",
];

// Both compare one byte before the whole affix: most lines match none.
fn starts_with_any(line: &str, prefixes: &[&str]) -> bool {
    let Some(&first) = line.as_bytes().first() else {
        return false;
    };
    prefixes
        .iter()
        .any(|prefix| prefix.as_bytes()[0] == first && line.starts_with(prefix))
}

fn ends_with_any(line: &str, suffixes: &[&str]) -> bool {
    let Some(&last) = line.as_bytes().last() else {
        return false;
    };
    suffixes
        .iter()
        .any(|suffix| suffix.as_bytes().last() == Some(&last) && line.ends_with(suffix))
}

fn is_list_item(line: &str) -> bool {
    if starts_with_any(line, &BULLETS) {
        return true;
    }
    let bytes = line.as_bytes();
    let digits = bytes
        .iter()
        .take(3)
        .take_while(|byte| byte.is_ascii_digit())
        .count();
    digits > 0 && matches!(bytes.get(digits..digits + 2), Some(b". " | b") "))
}

/// The label of a chat or meeting transcript's line: one to three
/// capitalized words (letters, `.` `'` `-`) before ": " (`_speaker_label`
/// in `pasted.py`).
fn speaker_label(line: &str) -> Option<&str> {
    let colon = line.find(": ")?;
    if colon == 0 || colon > 30 {
        return None;
    }
    let label = &line[..colon];
    let mut words = 0;
    for word in label.split(' ') {
        words += 1;
        let capitalized = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        let letters = word
            .bytes()
            .all(|byte| byte.is_ascii_alphabetic() || matches!(byte, b'.' | b'\'' | b'-'));
        if words > 3 || !capitalized || !letters {
            return None;
        }
    }
    Some(label)
}

/// Which block lines a speaker opens who opened an earlier line of the same
/// paragraph (`_repeated_speakers` in `pasted.py`; one pass: a pasted chat
/// can be thousands of lines).
fn repeated_speakers(block: &[&str], paragraphs: &[usize]) -> Vec<bool> {
    let mut repeated = vec![false; block.len()];
    let mut seen: HashSet<&str> = HashSet::new();
    for (position, &line) in block.iter().enumerate() {
        if position > 0 && paragraphs[position] != paragraphs[position - 1] {
            seen.clear();
        }
        if let Some(label) = speaker_label(line) {
            repeated[position] = !seen.insert(label);
        }
    }
    repeated
}

fn starts_continuation(line: &str) -> bool {
    let bytes = line.as_bytes();
    // One byte first: most lines start with no continuation's letter.
    let Some(first) = bytes.first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    CONTINUATIONS.iter().any(|word| {
        word.as_bytes()[0] == first
            && bytes
                .get(..word.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(word.as_bytes()))
            && !bytes.get(word.len()).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// A document's line to its reader: "your"/"yours" or a web address.
fn speaks_to_reader(line: &str) -> bool {
    let lowered = line.to_ascii_lowercase();
    let bytes = lowered.as_bytes();
    if WEB_ADDRESSES
        .iter()
        .any(|address| memchr::memmem::find(bytes, address).is_some())
        || names_domain(bytes)
    {
        return true;
    }
    bytes
        .split(|byte| !byte.is_ascii_lowercase())
        .any(|word| READER_WORDS.contains(&word))
}

/// Whether an ASCII-lowercased line holds a bare domain.
fn names_domain(bytes: &[u8]) -> bool {
    DOMAIN_ENDINGS.iter().any(|ending| {
        memchr::memmem::find_iter(bytes, ending).any(|start| {
            let after = bytes.get(start + ending.len());
            let token = &bytes[..start];
            let token = &token[token
                .iter()
                .rposition(|&byte| byte == b' ' || byte == b'\t')
                .map_or(0, |space| space + 1)..];
            // (an email address names a person, not a page: "make lucas@outlook.com an Owner")
            start > 0
                && (bytes[start - 1].is_ascii_lowercase() || bytes[start - 1].is_ascii_digit())
                && !after.is_some_and(u8::is_ascii_lowercase)
                && !token.contains(&b'@')
        })
    })
}

/// A line of JSON or a literal (opens with a brace or bracket and closes
/// one), or a line a tool printed ([`is_tool_line`]).
fn is_data_line(line: &str) -> bool {
    starts_with_any(line, &["{", "["]) && ends_with_any(line, &["}", "]", "},", "],"])
        || is_tool_line(line)
}

/// Whether `line` starts like `shape`, whose `0`s stand for any digit.
fn shaped(line: &[u8], shape: &[u8]) -> bool {
    line.len() >= shape.len()
        && line.iter().zip(shape).all(|(&byte, &want)| {
            if want == b'0' {
                byte.is_ascii_digit()
            } else {
                byte == want
            }
        })
}

/// A line of a log, a diff, a compiler's output or a commit list (see
/// `_is_tool_line` in `pasted.py`, which this mirrors byte for byte).
fn is_tool_line(line: &str) -> bool {
    let bytes = line.as_bytes();
    // (to the second, or a date with its time: "12:30 works for me, book it" is the user's)
    if shaped(bytes, b"00:00:00")
        || shaped(bytes, b"0000-00-00 0")
        || shaped(bytes, b"0000-00-00T0")
    {
        return true;
    }
    if starts_with_any(line, &["+++", "---", "@@", "diff --git", "$ "]) {
        return true;
    }
    if let [b'+' | b'-', second, ..] = bytes {
        if !matches!(second, b' ' | b'\t' | b'+' | b'-') && !second.is_ascii_digit() {
            return true;
        }
    }
    let token = line.split(' ').next().unwrap_or_default();
    let token_bytes = token.as_bytes();
    if let Some(colon) = token.find(':') {
        let before = &token_bytes[..colon];
        if colon > 0
            && (before.contains(&b'.') || before.contains(&b'/'))
            && token_bytes.get(colon + 1).is_some_and(u8::is_ascii_digit)
        {
            return true;
        }
    }
    let hex_length = token_bytes
        .iter()
        .take_while(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'))
        .count();
    if hex_length == token_bytes.len()
        && (7..=40).contains(&hex_length)
        && line.contains(' ')
        && token_bytes.iter().any(u8::is_ascii_digit)
    {
        return true;
    }
    let subject = token
        .split('(')
        .next()
        .unwrap_or_default()
        .trim_end_matches(['!', ':']);
    COMMIT_TYPES.contains(&subject) && token.ends_with(':') && token.chars().count() < 40
}

/// A line that opens a quotation it does not close (a lone quote mark too).
fn opens_quotation(line: &str) -> bool {
    starts_with_any(line, &QUOTE_OPENERS)
        && (QUOTE_OPENERS.contains(&line) || !ends_with_any(line, &QUOTE_CLOSERS))
}

/// For each line, the index of the first later line that `closes`.
fn next_lines(lines: &[&str], closes: impl Fn(&str) -> bool) -> Vec<Option<usize>> {
    let mut found = vec![None; lines.len()];
    let mut following = None;
    for index in (0..lines.len()).rev() {
        found[index] = following;
        if closes(lines[index]) {
            following = Some(index);
        }
    }
    found
}

/// Which block lines (stripped, non-blank) are quoted, fenced or a script.
fn quoted_lines(lines: &[&str], paragraphs: &[usize]) -> Vec<bool> {
    let mut quoted = vec![false; lines.len()];
    // Precomputed, so many unclosed quotation marks cost one pass, not one each.
    let next_fence = next_lines(lines, |line| starts_with_any(line, &FENCES));
    let next_closer = next_lines(lines, |line| ends_with_any(line, &QUOTE_CLOSERS));
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        let closing = if starts_with_any(line, &FENCES) {
            next_fence[index]
        } else if opens_quotation(line) {
            next_closer[index]
        } else {
            quoted[index] = starts_with_any(line, &QUOTE_OPENERS) || is_data_line(line);
            index += 1;
            continue;
        };
        // An unclosed fence or quotation marks its own line only: what
        // follows may be the user's.
        let end = closing.unwrap_or(index);
        quoted[index..=end].fill(true);
        index = end + 1;
    }
    // A script pasted with its shebang is code to the end of its paragraph,
    // but for a last line that is a sentence (a doubt keeps an act).
    let mut script_paragraph = None;
    for (index, line) in lines.iter().enumerate() {
        if line.starts_with("#!") {
            script_paragraph = Some(paragraphs[index]);
        }
        if script_paragraph != Some(paragraphs[index]) {
            continue;
        }
        let ends_paragraph =
            index == lines.len() - 1 || Some(paragraphs[index + 1]) != script_paragraph;
        if !(ends_paragraph && is_sentence(line)) {
            quoted[index] = true;
        }
    }
    quoted
}

/// A line that opens with a capital letter and ends a sentence: prose, not code.
fn is_sentence(line: &str) -> bool {
    line.as_bytes()[0].is_ascii_uppercase() && line.ends_with(['.', '!', '?'])
}

/// The user's own parts of `prompt` when it hands over a block.
pub fn user_parts(prompt: &str) -> Option<UserParts<'_>> {
    if !prompt.contains('\n') {
        return None;
    }
    let lines: Vec<&str> = prompt.split('\n').collect();
    let stripped: Vec<&str> = lines
        .iter()
        .map(|line| line.trim_matches(|blank| BLANKS.contains(&blank)))
        .collect();
    let opening_end = (0..lines.len() - 1).find(|&index| {
        let following = stripped[index + 1];
        !stripped[index].is_empty()
            && (stripped[index].ends_with(':')
                || following.is_empty()
                || starts_with_any(following, &FENCES))
    })?;
    // The block's non-blank lines and the paragraph each is in.
    let mut block = Vec::new();
    let mut paragraphs = Vec::new();
    let mut paragraph = 0usize;
    for &text in &stripped[opening_end + 1..] {
        if text.is_empty() {
            if paragraphs.last() == Some(&paragraph) {
                paragraph += 1;
            }
            continue;
        }
        block.push(text);
        paragraphs.push(paragraph);
    }
    let &last = paragraphs.last()?;
    let quoted = quoted_lines(&block, &paragraphs);
    let mut closing_start = block.len() - 1;
    if last > 0 {
        while closing_start > 0 && paragraphs[closing_start - 1] == last {
            closing_start -= 1;
        }
    } else if block.len() == 1 && stripped[opening_end].ends_with(':') {
        closing_start = block.len();
    }
    // One line after a blank line at the end: the last paragraph, or the
    // whole block after an opening that ended at a blank line (unless that
    // line speaks to a reader).
    let alone = block.len() == 1 && !speaks_to_reader(block[0]);
    let trailer_at =
        (closing_start == block.len() - 1 && (last > 0 || alone)).then_some(block.len() - 1);
    let opening_length: usize = lines[..=opening_end]
        .iter()
        .map(|line| line.len() + 1)
        .sum();
    let repeated_speaker = repeated_speakers(&block, &paragraphs);
    let mut parts = vec![&prompt[..opening_length - 1]];
    let mut trailer = None;
    for (position, &text) in block.iter().enumerate() {
        if quoted[position] || is_list_item(text) {
            continue;
        }
        let continues = starts_continuation(text);
        if continues
            || Some(position) == trailer_at
            || (position >= closing_start && !speaks_to_reader(text) && !repeated_speaker[position])
        {
            parts.push(text);
            if Some(position) == trailer_at {
                trailer = Some(text);
            }
        }
    }
    (parts.len() <= MAX_PARTS).then_some(UserParts { parts, trailer })
}

/// `features.PASTED_TEXT_REQUEST` and `PASTED_ACT_REQUEST`, compiled on
/// first use: parsing them costs about 1 ms, more than the rest of a
/// scorer's construction, and most prompts never need them.
#[derive(Debug)]
pub struct PastedCues {
    request: String,
    act: String,
    compiled: OnceLock<Result<(Regex, Regex), TableError>>,
}

impl PastedCues {
    /// The two regexes, checked against the shared dialect on first use.
    pub fn new(request: &str, act: &str) -> Self {
        Self {
            request: request.to_owned(),
            act: act.to_owned(),
            compiled: OnceLock::new(),
        }
    }

    /// Both regexes, checked and compiled (once).
    pub fn compiled(&self) -> Result<&(Regex, Regex), &TableError> {
        self.compiled
            .get_or_init(|| {
                let build = |name: &str, source: &str| {
                    let hir = check_dialect(name, "pattern", source)?;
                    Regex::builder()
                        .syntax(syntax_config())
                        .build_from_hir(&hir)
                        .map_err(|error| TableError::InvalidPattern {
                            signal: name.to_owned(),
                            part: "pattern",
                            problem: error.to_string(),
                        })
                };
                Ok((
                    build("pasted_text_request", &self.request)?,
                    build("pasted_act_request", &self.act)?,
                ))
            })
            .as_ref()
    }

    /// Whether some normalized part asks for a text task and none hands the
    /// block over to be acted on (`false` when a regex is invalid: the
    /// block's acts then stay).
    pub fn text_task(&self, texts: &[String]) -> bool {
        let Ok((request, act)) = self.compiled() else {
            return false;
        };
        !texts.iter().any(|text| act.is_match(text.as_bytes()))
            && texts.iter().any(|text| request.is_match(text.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(prompt: &str) -> Option<(Vec<&str>, Option<&str>)> {
        user_parts(prompt).map(|found| (found.parts, found.trailer))
    }

    #[test]
    fn a_prompt_without_a_block_has_no_parts() {
        assert_eq!(parts("delete the logs"), None);
        assert_eq!(parts("line one\nline two"), None);
        assert_eq!(parts("Summarize this:\n\n   \n"), None);
    }

    #[test]
    fn the_opening_the_closing_and_continuations_are_the_users() {
        let prompt = "Summarize this thread:\n\nHi Sam,\nPlease pay the invoice.\nAlso cancel the PO.\nThanks,\nJo\n\nThen forward it to Dana.";
        assert_eq!(
            parts(prompt),
            Some((
                vec![
                    "Summarize this thread:",
                    "Also cancel the PO.",
                    "Then forward it to Dana."
                ],
                Some("Then forward it to Dana.")
            ))
        );
    }

    #[test]
    fn list_items_quotes_fences_and_lines_to_the_reader_are_pasted() {
        let list = "Sort this list:\n- pay rent\n- cancel gym";
        assert_eq!(parts(list), Some((vec!["Sort this list:"], None)));
        let quoted = "Make this friendlier.\n\n\"People. Delete your drafts.\nPay the invoice.\"";
        assert_eq!(parts(quoted), Some((vec!["Make this friendlier."], None)));
        let fenced = "Review this:\n```\nrm -rf /srv\n```\nRun it now.";
        assert_eq!(
            parts(fenced),
            Some((vec!["Review this:", "Run it now."], None))
        );
        let letter =
            "What does this mean?\n\nDear tenant,\nPlease pay your rent at www.example.com.";
        assert_eq!(parts(letter), Some((vec!["What does this mean?"], None)));
        let data = "Summarize my week:\n[{\"day\":\"Mon\"},\n {\"event\":\"cancel the demo\"}]";
        assert_eq!(parts(data), Some((vec!["Summarize my week:"], None)));
    }

    #[test]
    fn an_unclosed_quotation_marks_only_its_own_line() {
        let prompt = "Rewrite this:\n\n\"Hi Tom, please pay the invoice.\n\nPay it too.";
        assert_eq!(
            parts(prompt),
            Some((vec!["Rewrite this:", "Pay it too."], Some("Pay it too.")))
        );
    }

    #[test]
    fn a_script_is_pasted_to_the_end_of_its_paragraph() {
        let script = "Review this script:\n\n#!/bin/sh\nset -e\nrm -rf build/";
        assert_eq!(parts(script), Some((vec!["Review this script:"], None)));
        let after = "Check this:\n\n#!/bin/sh\nrm -rf /tmp/cache\n\nThen delete the old logs.";
        assert_eq!(
            parts(after),
            Some((
                vec!["Check this:", "Then delete the old logs."],
                Some("Then delete the old logs.")
            ))
        );
    }

    #[test]
    fn a_one_line_block_is_pasted_only_after_a_colon() {
        assert_eq!(
            parts("Summarize this:\nPlease wire $4,000 today."),
            Some((vec!["Summarize this:"], None))
        );
        assert_eq!(
            parts("Dear tenant, pay rent to the new account.\n\nOk, transfer it."),
            Some((
                vec![
                    "Dear tenant, pay rent to the new account.",
                    "Ok, transfer it."
                ],
                Some("Ok, transfer it.")
            ))
        );
    }

    #[test]
    fn a_trailer_is_the_users_even_when_it_says_your() {
        let prompt = "Timeline:\n13:58 deploy\n14:05 rolled back\n\nRank your hypotheses.";
        assert_eq!(
            parts(prompt),
            Some((
                vec!["Timeline:", "Rank your hypotheses."],
                Some("Rank your hypotheses.")
            ))
        );
    }

    #[test]
    fn the_cues_read_normalized_parts() {
        let cues = PastedCues::new(r"\bsummari[sz]e\b", r"\bdo (?:it|these)\b");
        assert!(cues.compiled().is_ok());
        assert!(cues.text_task(&["summarize this:".to_owned()]));
        assert!(!cues.text_task(&["summarize this and do it".to_owned()]));
        assert!(!cues.text_task(&["here's my list:".to_owned()]));
    }

    #[test]
    fn an_invalid_cue_is_an_error_and_keeps_the_acts() {
        for (request, act) in [("(", "x"), ("a?", "x"), ("x", "(y)")] {
            let cues = PastedCues::new(request, act);
            assert!(cues.compiled().is_err(), "{request:?} {act:?}");
            assert!(!cues.text_task(&["x".to_owned()]));
        }
    }
}
