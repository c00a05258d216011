"""The packaged first-words index of the pattern table.

The Rust backend's word prefilter needs, per signal, the words a match can
start with. Deriving them means parsing every pattern of ``features.py``
(about 50 KB of regex) and extracting literals: most of the cost of the first
router a process builds. ``data/first_words.idx`` holds them, written by the
extension itself for the table in ``features.py``; with it, a pattern is
parsed only when a prompt first needs it.

The index carries a fingerprint of the table it was written for. If the
table changes and the file is not rewritten, the extension ignores the file
and derives the words as before: slower, never wrong. A test fails while the
file is stale; rewrite it with::

    python -m model_router.first_words

The same command writes ``data/pattern_table.tsv``, the packaged copy of the
finished table the Rust backend reads instead of importing ``features``
(see ``model_router.pattern_table``), so one command follows a table edit.
The pure-Python twin derives its own words and ignores the index.
"""

from __future__ import annotations

import os
import sys

__all__ = ["INDEX_PATH", "current_index", "main", "packaged_index", "read_index"]

# A plain path string: routing must not pay for importing pathlib.
INDEX_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "first_words.idx")

_packaged: list[str | None] = []


def read_index(path: str) -> str | None:
    """The index text at ``path``, or None if it cannot be read."""
    # Bytes, then decode: a text-mode open looks up the codec and builds a
    # TextIOWrapper, several times the cost of reading this file.
    try:
        with open(path, "rb") as file:
            return file.read().decode("ascii")
    except (OSError, UnicodeDecodeError):
        return None


def packaged_index() -> str | None:
    """The shipped index text (read once per process), or None if absent."""
    if not _packaged:
        _packaged.append(read_index(INDEX_PATH))
    return _packaged[0]


def current_index() -> str:
    """The index of the table in ``features.py``, as the extension writes it."""
    from model_router import _rust
    from model_router import features as F

    return _rust.first_words_index(list(F.PRESENCE_PATTERNS), list(F.GUARDED_PATTERNS))


def main(argv: list[str] | None = None) -> int:
    import argparse

    from model_router import pattern_table

    parser = argparse.ArgumentParser(
        prog="python -m model_router.first_words",
        description="Rewrite (or --check) the packaged first-words index and the packaged copy "
        "of the pattern table.",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if either file is stale")
    parser.add_argument("--path", default=INDEX_PATH, help="index file (default: the packaged one)")
    parser.add_argument(
        "--table-path", default=pattern_table.TABLE_PATH, help="table file (default: the packaged one)"
    )
    args = parser.parse_args(argv)
    try:
        files = [(args.path, current_index()), (args.table_path, pattern_table.current_table())]
    except ImportError as error:
        print(f"the Rust extension is needed to write the index: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:
        print(f"cannot write the table: {error}", file=sys.stderr)
        return 2
    if args.check:
        stale = [path for path, text in files if read_index(path) != text]
        for path, _ in files:
            if path not in stale:
                print(f"{path} is current")
        for path in stale:
            print(f"{path} is stale; rewrite it with: python -m model_router.first_words", file=sys.stderr)
        return 1 if stale else 0
    for path, text in files:
        try:
            with open(path, "w", encoding="ascii", newline="") as file:
                file.write(text)
        except OSError as error:
            print(f"cannot write {path}: {error.strerror or error}", file=sys.stderr)
            return 2
        print(f"wrote {path} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
