"""Which lines of a prompt are the user's own, when it hands over a block.

People paste an email, notes, a list or a log and ask for something done with
it: "Summarize this thread for my manager:" followed by a thread full of
"please pay", "cancel", "send". The acts in the block are content, not
requests. Only the layout tells the two apart (normalization turns line
breaks into spaces), so the split is made here, on the raw prompt:

* the **opening**: the lines up to the first line that ends with ``:`` or is
  followed by a blank line or a code fence (a prompt with none of these hands
  nothing over);
* the **block**: every line after the opening;
* the **closing**: the block's last paragraph when it has several, else the
  last line of a block paragraph of several lines; a one-line block is
  closing too unless the opening ends with ``:`` ("Summarize this:" hands the
  line over; an email pasted first and a line after it is the user's);
* **continuations**: any other block line that starts with "also", "then",
  "ps", ... (the user adding a request after the paste).

A closing line that a speaker's name opens ("Lotte: And the HR folder stays
...") when the same name opens an earlier line of its paragraph is a
transcript's last line, not the user's (labels that do not repeat, "Option
A:", "Constraints:", may be the user's).

Never the user's: a list item, a quoted line (``"``, ``'``, ``>``, curly
quotes), a line of data (opening with a brace or a bracket and closing one:
a tool's JSON output), the lines of a closed ``` / ~~~ fence or of a closed quotation that
spans lines, the lines of a script from its ``#!`` line to the end of its paragraph
(but for a last line that is a sentence), and a closing line inside the block's last
paragraph that speaks to the document's reader ("your", "yours", a web address or a
bare domain: "Order your permit online at ...") unless it starts like a continuation. A closing paragraph of
one line (the trailer, below) is the user's even when it says "your" ("Rank
your hypotheses.").

``user_parts`` returns the opening, the closing and the continuations; the
scorers then take a prompt's action signals from those parts alone when they
ask for something done with the text (``features.PASTED_TEXT_REQUEST``) and do
not hand the block over to be acted on (``features.PASTED_ACT_REQUEST``).
Every line the split is unsure of counts as the user's: a doubt keeps an act.

A closing that is one line after a blank line is also the **trailer**: the
short instruction people add after a paste ("...\\n\\nOk, transfer the money
then.", or a block of one line after an opening that ended at a blank line,
unless it speaks to a reader). Its acts count even when a reading of the
whole prompt took the line for part of the text it hands over.

All tests here are on ASCII bytes (whitespace, quotes and letters), so the
Rust port (``rust/router_core/src/pasted.rs``) finds the same parts; the
differential tests hold the two to that.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

__all__ = ["MAX_PARTS", "UserParts", "user_parts"]


class UserParts(NamedTuple):
    """The user's own parts of a prompt that hands over a block."""

    parts: list[str]
    #: The closing when it is one line after a blank line, else None.
    trailer: str | None


#: More of the user's own lines than this is not a short ask around a paste
#: (and would cost a scan each): such a prompt is read whole.
MAX_PARTS = 32

_BLANKS = " \t\r\f\v"
_HEX_DIGITS = "0123456789abcdef"
# Conventional-commit types ("feat(export): ...", "fix!: ...").
_COMMIT_TYPES = (
    "feat", "fix", "chore", "docs", "refactor", "perf", "test", "tests", "build", "ci", "style",
    "revert", "deps",
)
_QUOTE_OPENERS = ('"', "'", ">", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u201e")
_QUOTE_CLOSERS = ('"', "'", "\u201d", "\u2019", "\u00bb", "\u201c")
_FENCES = ("```", "~~~")
_BULLETS = ("- ", "* ", "+ ", "\u2022", "\u25e6", "\u2013 ", "\u2014 ")
# Words that start a line the user adds after the block ("Also, send it to
# Dana.", "Then file it under Q3.", "PS: pay the overdue one.").
_CONTINUATIONS = (
    "also", "then", "and", "ps", "p.s", "pps", "btw", "oh", "after", "afterwards", "once",
    "when", "finally", "next", "plus", "additionally", "lastly", "now",
)
_READER_WORDS = ("your", "yours")
_WEB_ADDRESSES = ("http://", "https://", "www.")
# A bare domain ("Buy tickets at hartwellfarm.co.uk/pumpkins"): a letter or
# digit, a dot, one of these endings, then no letter.
_DOMAIN_ENDINGS = (
    ".com", ".org", ".net", ".io", ".co.uk", ".org.uk", ".gov.uk", ".ac.uk", ".de", ".fr", ".nl", ".eu",
    ".ie", ".ca", ".app", ".dev", ".info", ".shop",
)
_ASCII_WORD = re.compile("[a-z]+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def _is_letter(char: str) -> bool:
    return "a" <= char <= "z"


def _is_list_item(line: str) -> bool:
    if line.startswith(_BULLETS):
        return True
    digits = 0
    while digits < len(line) and digits < 3 and "0" <= line[digits] <= "9":
        digits += 1
    return 0 < digits and line[digits : digits + 2] in (". ", ") ")


def _speaker_label(line: str) -> str | None:
    """The label of a chat or meeting transcript's line: one to three
    capitalized words (letters, "." "'" "-") before ": " ("Lotte: ..."; not
    "Priya (Northgale): ...": a bracket ends it)."""
    colon = line.find(": ")
    if colon <= 0 or colon > 30:
        return None
    words = line[:colon].split(" ")
    if len(words) <= 3 and all(
        word and "A" <= word[0] <= "Z" and all(_is_letter(_lower(char)) or char in ".'-" for char in word)
        for word in words
    ):
        return line[:colon]
    return None


def _repeated_speakers(block: list[str], paragraphs: list[int]) -> list[bool]:
    """Which block lines a speaker opens who opened an earlier line of the same
    paragraph (one pass: a pasted chat can be thousands of lines)."""
    repeated = [False] * len(block)
    seen: set[str] = set()
    for position, line in enumerate(block):
        if position > 0 and paragraphs[position] != paragraphs[position - 1]:
            seen = set()
        label = _speaker_label(line)
        if label is not None:
            repeated[position] = label in seen
            seen.add(label)
    return repeated


def _starts_continuation(line: str) -> bool:
    for word in _CONTINUATIONS:
        if _lower(line[: len(word)]) == word and not _is_letter(_lower(line[len(word) : len(word) + 1])):
            return True
    return False


def _speaks_to_reader(line: str) -> bool:
    """A document's line to its reader: "your"/"yours" or a web address."""
    lowered = _lower(line)
    if any(address in lowered for address in _WEB_ADDRESSES) or _names_domain(lowered):
        return True
    return any(word in _READER_WORDS for word in _ASCII_WORD.findall(lowered))


def _names_domain(lowered: str) -> bool:
    for ending in _DOMAIN_ENDINGS:
        start = lowered.find(ending)
        while start >= 0:
            after = start + len(ending)
            token_start = max(lowered.rfind(" ", 0, start), lowered.rfind("\t", 0, start)) + 1
            # (an email address names a person, not a page: "make lucas@outlook.com an Owner")
            if (
                start > 0
                and _is_ascii_alnum(lowered[start - 1])
                and not ("a" <= lowered[after : after + 1] <= "z")
                and "@" not in lowered[token_start:start]
            ):
                return True
            start = lowered.find(ending, start + 1)
    return False


def _is_ascii_alnum(char: str) -> bool:
    return "a" <= char <= "z" or "0" <= char <= "9"


def _is_data_line(line: str) -> bool:
    """A line of JSON or a literal (opens with a brace or bracket and closes
    one), or a line a tool printed (``_is_tool_line``)."""
    literal = line.startswith(("{", "[")) and line.endswith(("}", "]", "},", "],"))
    return literal or _is_tool_line(line)


def _is_digit(char: str) -> bool:
    return "0" <= char <= "9"


def _shaped(line: str, shape: str) -> bool:
    """Whether ``line`` starts like ``shape``, whose 0s stand for any digit."""
    if len(line) < len(shape):
        return False
    return all(_is_digit(char) if want == "0" else char == want for char, want in zip(line, shape))


def _is_tool_line(line: str) -> bool:
    """A line of a log, a diff, a compiler's output or a commit list: agents
    paste these whole, and "feat: bulk delete" or "E: could not publish" in
    them reports what happened, not a request.

    A timestamp first ("10:14:02 ...", "2026-03-04 12:00 ..."), a diagnostic's
    ``path:line:`` ("harbor/events.py:18: error: ..."), a diff line ("+x = 1",
    "-x = 0", "@@ ...", "+++ b/app.py"), a shell prompt ("$ ls"), a commit's
    short hash ("a1b2c3d Fix login") or a conventional-commit subject
    ("feat(export): CSV export", "fix!: ..."). ASCII tests only (the Rust port
    reads bytes).
    """
    # (to the second, or a date with its time: "12:30 works for me, book it" is the user's)
    if _shaped(line, "00:00:00") or _shaped(line, "0000-00-00 0") or _shaped(line, "0000-00-00T0"):
        return True
    if line.startswith(("+++", "---", "@@", "diff --git", "$ ")):
        return True
    if line[:1] in ("+", "-") and line[1:2] not in ("", " ", "\t", "+", "-") and not _is_digit(line[1:2]):
        return True
    token = line.split(" ", 1)[0]
    colon = token.find(":")
    if colon > 0 and ("." in token[:colon] or "/" in token[:colon]) and _is_digit(token[colon + 1 : colon + 2]):
        return True
    hex_length = 0
    while hex_length < len(token) and token[hex_length] in _HEX_DIGITS:
        hex_length += 1
    if 7 <= hex_length == len(token) <= 40 and " " in line and any(_is_digit(char) for char in token):
        return True
    subject = token.split("(", 1)[0].rstrip("!:")
    return subject in _COMMIT_TYPES and token.endswith(":") and len(token) < 40


def _opens_quotation(line: str) -> bool:
    """A line that opens a quotation it does not close (a lone quote mark too)."""
    return line.startswith(_QUOTE_OPENERS) and (line in _QUOTE_OPENERS or not line.endswith(_QUOTE_CLOSERS))


def _closes_fence(line: str) -> bool:
    return line.startswith(_FENCES)


def _closes_quotation(line: str) -> bool:
    return line.endswith(_QUOTE_CLOSERS)


def _next_lines(lines: list[str], closes: Callable[[str], bool]) -> list[int]:
    """For each line, the index of the first later line that ``closes`` (-1: none)."""
    found = [-1] * len(lines)
    following = -1
    for index in range(len(lines) - 1, -1, -1):
        found[index] = following
        if closes(lines[index]):
            following = index
    return found


def _quoted_lines(lines: list[str], paragraphs: list[int]) -> list[bool]:
    """Which (stripped, non-blank) block lines are quoted, fenced or a script."""
    quoted = [False] * len(lines)
    # Precomputed, so many unclosed quotation marks cost one pass, not one each.
    next_fence = _next_lines(lines, _closes_fence)
    next_closer = _next_lines(lines, _closes_quotation)
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith(_FENCES):
            closing = next_fence[index]
        elif _opens_quotation(line):
            closing = next_closer[index]
        else:
            quoted[index] = line.startswith(_QUOTE_OPENERS) or _is_data_line(line)
            index += 1
            continue
        # An unclosed fence or quotation marks its own line only: what follows
        # may be the user's.
        end = closing if closing >= 0 else index
        for other in range(index, end + 1):
            quoted[other] = True
        index = end + 1
    # A script pasted with its shebang ("#!/usr/bin/env bash") is code to the end
    # of its paragraph: its last line ("rsync -a --delete build/ $SITE_DIR") is
    # not the user's closing line, unless that line is a sentence ("If it looks
    # fine, run it in the prod workspace."): a doubt keeps an act.
    script_paragraph = -1
    for index, line in enumerate(lines):
        if line.startswith("#!"):
            script_paragraph = paragraphs[index]
        if paragraphs[index] != script_paragraph:
            continue
        ends_paragraph = index == len(lines) - 1 or paragraphs[index + 1] != script_paragraph
        if not (ends_paragraph and _is_sentence(line)):
            quoted[index] = True
    return quoted


def _is_sentence(line: str) -> bool:
    """A line that opens with a capital letter and ends a sentence: prose, not code."""
    return "A" <= line[0] <= "Z" and line.endswith((".", "!", "?"))


def user_parts(prompt: str) -> UserParts | None:
    """The user's own parts of a prompt that hands over a block, or ``None``."""
    if "\n" not in prompt:
        return None
    lines = prompt.split("\n")
    stripped = [line.strip(_BLANKS) for line in lines]
    opening_end = -1
    for index in range(len(lines) - 1):
        following = stripped[index + 1]
        if stripped[index] and (stripped[index].endswith(":") or not following or following.startswith(_FENCES)):
            opening_end = index
            break
    if opening_end < 0:
        return None
    # The block's non-blank lines and the paragraph each is in.
    block: list[str] = []
    paragraphs: list[int] = []
    paragraph = 0
    for text in stripped[opening_end + 1 :]:
        if not text:
            if block and paragraphs[-1] == paragraph:
                paragraph += 1
            continue
        block.append(text)
        paragraphs.append(paragraph)
    if not block:
        return None
    quoted = _quoted_lines(block, paragraphs)
    last = paragraphs[-1]
    closing_start = len(block) - 1
    if last > 0:
        while closing_start > 0 and paragraphs[closing_start - 1] == last:
            closing_start -= 1
    elif len(block) == 1 and stripped[opening_end].endswith(":"):
        closing_start = len(block)
    # One line after a blank line at the end: the last paragraph, or the whole
    # block after an opening that ended at a blank line (unless that line speaks
    # to a reader: "Is this a scam?\n\nUSPS: pay your fee at www...").
    alone = len(block) == 1 and not _speaks_to_reader(block[0])
    trailer_at = len(block) - 1 if closing_start == len(block) - 1 and (last > 0 or alone) else -1
    repeated_speaker = _repeated_speakers(block, paragraphs)
    parts = ["\n".join(lines[: opening_end + 1])]
    trailer = None
    for position, text in enumerate(block):
        if quoted[position] or _is_list_item(text):
            continue
        continues = _starts_continuation(text)
        if (
            continues
            or position == trailer_at
            or (
                position >= closing_start
                and not _speaks_to_reader(text)
                and not repeated_speaker[position]
            )
        ):
            parts.append(text)
            if position == trailer_at:
                trailer = text
    if len(parts) > MAX_PARTS:
        return None
    return UserParts(parts, trailer)
