//! Prompt normalization: any Unicode prompt becomes lowercase ASCII.
//!
//! The rules mirror `normalize`/`is_separator` of `model_router/features.py`
//! exactly; both backends must produce byte-identical text, because every
//! pattern runs on this text and nothing else:
//!
//! * ASCII letters are lowercased; other printable ASCII is kept.
//! * Separators become a space: ASCII controls and space (`<= 0x20`), DEL
//!   (`0x7f`) and the non-ASCII ranges of [`SEPARATOR_RANGES`].
//! * Every other non-ASCII code point becomes `_` (one `_` per code point).
//! * Runs of spaces collapse to one; leading and trailing spaces are dropped.
//!
//! Because the output is pure ASCII, `\b`, `\w` and case folding mean the same
//! thing in Python `re` and Rust `regex`.

/// Non-ASCII code point ranges (inclusive) that normalize to a space.
///
/// Copied from `SEPARATOR_RANGES` in `features.py`; a Python test compares the
/// two tables through [`crate::normalize`] on every code point.
pub const SEPARATOR_RANGES: &[(u32, u32)] = &[
    (0x0080, 0x00BF),
    (0x00D7, 0x00D7),
    (0x00F7, 0x00F7),
    (0x1680, 0x1680),
    (0x2000, 0x206F),
    (0x2190, 0x2BFF),
    (0x3000, 0x303F),
    (0xFE00, 0xFE0F),
    (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F),
    (0xFEFF, 0xFEFF),
    (0xFF01, 0xFF0F),
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    (0x1F000, 0x1FAFF),
];

/// What an ASCII byte becomes: controls, space and DEL map to a space, upper
/// case letters to lower case, everything else to itself.
const ASCII_MAP: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut byte = 0usize;
    while byte < 128 {
        table[byte] = if byte <= 0x20 || byte == 0x7f {
            b' '
        } else if byte >= b'A' as usize && byte <= b'Z' as usize {
            byte as u8 + (b'a' - b'A')
        } else {
            byte as u8
        };
        byte += 1;
    }
    table
};

/// True for code points that normalize to a space (ASCII and non-ASCII).
pub fn is_separator(code_point: u32) -> bool {
    if code_point < 0x80 {
        return code_point <= 0x20 || code_point == 0x7f;
    }
    SEPARATOR_RANGES
        .iter()
        .any(|&(low, high)| low <= code_point && code_point <= high)
}

/// A normalized prompt: the ASCII text the patterns see, and the length of the
/// original prompt in Unicode code points (Python's `len`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// Lowercase ASCII text, single spaces, trimmed.
    pub text: String,
    /// Number of code points of the original prompt.
    pub char_count: usize,
}

const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` that equals `byte`, exactly (no
/// borrow between bytes).
#[inline]
const fn bytes_equal(word: u64, byte: u8) -> u64 {
    let diff = word ^ (LOW_BITS * byte as u64);
    !(((diff & !HIGH_BITS) + !HIGH_BITS) | diff | !HIGH_BITS)
}

/// Eight ASCII bytes that normalize to themselves lowercased, if they are
/// plain: printable ASCII or single spaces, no space right after a space
/// (`after_space` says whether the previous output byte was one).
#[inline]
const fn plain_chunk(word: u64, after_space: bool) -> Option<u64> {
    // Any non-ASCII byte, DEL, or control byte (< 0x20) ends the fast path.
    let non_ascii = word & HIGH_BITS;
    let control = word.wrapping_sub(LOW_BITS * 0x20) & !word & HIGH_BITS;
    let delete = bytes_equal(word, 0x7f);
    if non_ascii | control | delete != 0 {
        return None;
    }
    let spaces = bytes_equal(word, b' ');
    // Two spaces in a row, or a leading space after a space, must collapse.
    if spaces & (spaces << 8) != 0 || (after_space && spaces & 0x80 != 0) {
        return None;
    }
    // Upper-case letters (0x41..=0x5a) get 0x20 added: no byte overflows
    // because every byte is below 0x80 here.
    let at_least_a = word.wrapping_add(LOW_BITS * (0x80 - 0x41));
    let past_z = word.wrapping_add(LOW_BITS * (0x80 - 0x5b));
    let upper = at_least_a & !past_z & HIGH_BITS;
    Some(word | (upper >> 2))
}

/// Normalizes `prompt` into `out` (cleared first) and returns the number of
/// code points of `prompt`.
///
/// Reusing `out` lets a caller keep one buffer across calls. Runs of eight
/// plain ASCII bytes are lowercased and copied as one 64-bit word; other
/// ASCII bytes take a table lookup each; only non-ASCII characters are
/// decoded.
pub fn normalize_into(prompt: &str, out: &mut Vec<u8>) -> usize {
    let bytes = prompt.as_bytes();
    out.clear();
    // Written by index into a zeroed buffer, truncated at the end: the
    // output is never longer than the input.
    out.resize(bytes.len(), 0);
    let mut written = 0usize;
    // Starts "after a space" so leading separators are dropped.
    let mut last_was_space = true;
    let mut non_ascii_extra = 0usize;
    let mut index = 0usize;
    while index < bytes.len() {
        if let Some(chunk) = bytes.get(index..index + 8) {
            let word = u64::from_le_bytes([
                chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
            ]);
            if let Some(lowered) = plain_chunk(word, last_was_space) {
                out[written..written + 8].copy_from_slice(&lowered.to_le_bytes());
                written += 8;
                index += 8;
                last_was_space = lowered >> 56 == u64::from(b' ');
                continue;
            }
        }
        // Slow path for the next up to eight bytes (whole characters).
        let stop = (index + 8).min(bytes.len());
        while index < stop {
            let byte = bytes[index];
            let mapped = if byte < 0x80 {
                index += 1;
                ASCII_MAP[byte as usize]
            } else {
                // `prompt` is valid UTF-8 and `index` is on a char boundary here.
                let (code_point, width) = decode_at(bytes, index);
                index += width;
                non_ascii_extra += width - 1;
                if is_separator(code_point) {
                    b' '
                } else {
                    b'_'
                }
            };
            if mapped == b' ' {
                if !last_was_space {
                    out[written] = b' ';
                    written += 1;
                    last_was_space = true;
                }
            } else {
                out[written] = mapped;
                written += 1;
                last_was_space = false;
            }
        }
    }
    if last_was_space && written > 0 {
        written -= 1;
    }
    out.truncate(written);
    bytes.len() - non_ascii_extra
}

/// Normalizes a prompt (see the module docs).
pub fn normalize(prompt: &str) -> Normalized {
    let mut buffer = Vec::new();
    let char_count = normalize_into(prompt, &mut buffer);
    // Every byte pushed above is ASCII, so this cannot fail; the fallback
    // keeps the function total without a panic path.
    let text = String::from_utf8(buffer).unwrap_or_default();
    Normalized { text, char_count }
}

/// Decodes the multi-byte UTF-8 sequence starting at `index` (whose first
/// byte is `>= 0x80`), returning the code point and its width in bytes.
#[inline]
fn decode_at(bytes: &[u8], index: usize) -> (u32, usize) {
    let lead = u32::from(bytes[index]);
    let continuation =
        |offset: usize| u32::from(bytes.get(index + offset).copied().unwrap_or(0x80) & 0x3f);
    if lead < 0xe0 {
        (((lead & 0x1f) << 6) | continuation(1), 2)
    } else if lead < 0xf0 {
        (
            ((lead & 0x0f) << 12) | (continuation(1) << 6) | continuation(2),
            3,
        )
    } else {
        (
            ((lead & 0x07) << 18)
                | (continuation(1) << 12)
                | (continuation(2) << 6)
                | continuation(3),
            4,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(prompt: &str) -> String {
        normalize(prompt).text
    }

    #[test]
    fn lowercases_ascii_and_collapses_separators() {
        assert_eq!(
            text("  Fix THE\tRepo\n\nand Run   tests\r\n"),
            "fix the repo and run tests"
        );
        assert_eq!(text(""), "");
        assert_eq!(text(" \t\n "), "");
    }

    #[test]
    fn every_ascii_control_and_del_is_a_space() {
        for code_point in (0u8..=0x20).chain(std::iter::once(0x7f)) {
            let prompt = format!("a{}b", char::from(code_point));
            assert_eq!(text(&prompt), "a b", "control {code_point:#x}");
        }
        assert_eq!(text("a\u{1c}\u{1d}\u{1e}\u{1f}b"), "a b");
        assert_eq!(text("nul\0byte"), "nul byte");
    }

    #[test]
    fn non_ascii_becomes_underscore_or_space() {
        // NBSP, NEL, em dash, curly quotes, ideographic space, BOM: separators.
        assert_eq!(
            text("a\u{a0}b\u{85}c\u{2014}d\u{201c}e\u{3000}f\u{feff}g"),
            "a b c d e f g"
        );
        // Letters outside ASCII: one underscore per code point, no case folding.
        assert_eq!(text("caf\u{e9}"), "caf_");
        assert_eq!(text("\u{17f}\u{212a}\u{130}\u{3a3}\u{3c2}"), "_____");
        // Superscript two is in the Latin-1 punctuation range: a separator.
        assert_eq!(text("x\u{b2}y\u{b2}"), "x y");
        // Combining acute accent (U+0301) is not a separator.
        assert_eq!(text("e\u{301}"), "e_");
        // Astral emoji is a separator; an astral letter is not.
        assert_eq!(text("ship \u{1f680} it"), "ship it");
        assert_eq!(text("\u{10400}"), "_");
    }

    #[test]
    fn counts_code_points_like_python_len() {
        assert_eq!(normalize("").char_count, 0);
        assert_eq!(normalize("abc").char_count, 3);
        assert_eq!(normalize("h\u{e9}\u{1f680}").char_count, 3);
        assert_eq!(normalize("  a  ").char_count, 5);
    }

    #[test]
    fn output_is_ascii_for_every_code_point() {
        for code_point in (0u32..0x11_0000).step_by(7) {
            if let Some(character) = char::from_u32(code_point) {
                let normalized = text(&format!("a{character}b"));
                assert!(normalized.is_ascii());
                let expected = if is_separator(code_point) {
                    "a b".to_owned()
                } else if code_point < 0x80 {
                    format!("a{}b", character.to_ascii_lowercase())
                } else {
                    "a_b".to_owned()
                };
                assert_eq!(normalized, expected, "code point {code_point:#x}");
            }
        }
    }

    /// The byte-at-a-time definition the fast path must agree with.
    fn reference(prompt: &str) -> (String, usize) {
        let mut out = String::new();
        let mut last_was_space = true;
        for character in prompt.chars() {
            let code_point = u32::from(character);
            let mapped = if is_separator(code_point) {
                ' '
            } else if code_point < 0x80 {
                character.to_ascii_lowercase()
            } else {
                '_'
            };
            if mapped == ' ' {
                if !last_was_space {
                    out.push(' ');
                }
                last_was_space = true;
            } else {
                out.push(mapped);
                last_was_space = false;
            }
        }
        if out.ends_with(' ') {
            out.pop();
        }
        (out, prompt.chars().count())
    }

    #[test]
    fn fast_path_agrees_at_every_alignment() {
        // Pieces that stress the 8-byte chunks: double spaces across chunk
        // edges, upper case at both ends of the range, `@` and `[` (next to
        // `A` and `Z`), DEL, controls, multi-byte characters split across
        // chunks, leading and trailing separators.
        let pieces = [
            "Hello World",
            "  ",
            " ",
            "AZ@[`az{",
            "\u{7f}",
            "\t\n",
            "x",
            "caf\u{e9}",
            "\u{2014}",
            "\u{1f680}",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "0123456789",
            "a  b",
            "\u{a0}\u{a0}",
            "__",
        ];
        let mut prompts = Vec::new();
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    prompts.push(format!("{first}{second}{third}"));
                }
            }
        }
        for pad in 0..9 {
            prompts.push(format!(
                "{}Fix THE  Repo {}",
                "y".repeat(pad),
                " ".repeat(pad)
            ));
            prompts.push(format!("{}\u{e9}ABCDEFGH  IJ", " ".repeat(pad)));
        }
        let mut buffer = Vec::new();
        for prompt in &prompts {
            let count = normalize_into(prompt, &mut buffer);
            let (text, chars) = reference(prompt);
            assert_eq!(
                String::from_utf8(buffer.clone()).unwrap(),
                text,
                "prompt {prompt:?}"
            );
            assert_eq!(count, chars, "prompt {prompt:?}");
        }
    }

    #[test]
    fn long_plain_text_is_lowercased_with_single_spaces() {
        let prompt = "Please Refactor THE Payment Module. ".repeat(100);
        let (text, chars) = reference(&prompt);
        assert_eq!(
            normalize(&prompt),
            Normalized {
                text,
                char_count: chars
            }
        );
    }

    #[test]
    fn reused_buffer_is_cleared() {
        let mut buffer = b"stale".to_vec();
        let count = normalize_into("New", &mut buffer);
        assert_eq!(buffer, b"new");
        assert_eq!(count, 3);
    }
}
