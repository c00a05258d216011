"""Reading a pattern's source text without compiling it: its top-level
branches, where a group closes and where a character class ends.

Used by the table (``features.py`` builds fillers from its own fixed list)
and by the Python twin (``scorer_py.py`` builds its word filters per
branch). The Rust core has its own reader (``rust/router_core/src/
alternatives.rs``); the differential tests hold the two sides together.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["class_end", "closing_paren", "split_alternatives"]


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The ``(``, ``)`` and ``|`` of ``pattern`` from ``start`` on, with
    their indexes, outside escapes and character classes (a ``(`` or ``|``
    inside ``[(|]`` is a literal). Ends with ``(-1, "")`` at an unclosed
    class."""
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = class_end(pattern, index)
            if index < 0:
                yield -1, ""
                return
        elif char in "()|":
            yield index, char
        index += 1


def split_alternatives(pattern: str) -> list[str] | None:
    """Top-level ``|`` branches of a pattern, or None if unbalanced."""
    branches, depth, start = [], 0, 0
    for index, char in _structure(pattern):
        if index < 0:
            return None
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    branches.append(pattern[start:])
    return branches if depth == 0 else None


def closing_paren(pattern: str, open_index: int) -> int:
    """Index of the ")" closing the group opened at ``open_index``, or -1."""
    depth = 0
    for index, char in _structure(pattern, open_index):
        if index < 0:
            return -1
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


def class_end(pattern: str, open_index: int) -> int:
    """Index of the "]" closing the class opened at ``open_index``, or -1."""
    index = open_index + 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":  # a leading "]" is a literal
        index += 1
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]":
            return index
        index += 1
    return -1
