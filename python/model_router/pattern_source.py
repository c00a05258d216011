"""Reading a pattern's source text without compiling it: its top-level
branches and where a character class ends.

Used by the table (``features.py`` builds fillers from its own fixed list)
and by the Python twin (``scorer_py.py`` builds its word filters per
branch). The Rust core has its own reader (``rust/router_core/src/
alternatives.rs``); the differential tests hold the two sides together.
"""

from __future__ import annotations

__all__ = ["class_end", "split_alternatives"]


def split_alternatives(pattern: str) -> list[str] | None:
    """Top-level ``|`` branches of a pattern, or None if unbalanced.

    Character classes are skipped whole: a ``(`` or ``|`` inside ``[(]`` is
    a literal, not a group or a branch."""
    branches, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = class_end(pattern, index)
            if index < 0:
                return None
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches if depth == 0 else None


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
