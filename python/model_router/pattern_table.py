"""The packaged copy of the finished pattern table.

Importing ``features`` builds the table (the word-except tries most of all):
15-25 ms of a ``model-router decide``. The Rust backend only needs the
finished strings, so ``data/pattern_table.tsv`` holds them. The extension
compiles that file (and the first-words index) in, and uses its copy while
the header's sources checksum is the installed sources'
(``compiled_in_is_current``); otherwise the Rust backend reads the file here
(an extension built before the table was rewritten), and failing that
imports ``features``. The pure-Python twin always uses ``features``.

The file is written, with the first-words index, by::

    python -m model_router.first_words

Format (ASCII; fields separated by one tab, records by a newline; the
writer refuses a pattern holding a tab, a line break or any other control
or non-ASCII character, so nothing needs escaping: a regex says ``\\t``)::

    model-router-pattern-table 1 <sources crc> <body crc>
    presence<TAB>name<TAB>regex                 (PRESENCE_PATTERNS, in order)
    guarded<TAB>name<TAB>benign<TAB>positive    (GUARDED_PATTERNS, in order)
    pasted<TAB>text request<TAB>act request     (PASTED_TEXT_REQUEST, PASTED_ACT_REQUEST)

``<sources crc>`` is the CRC-32 of ``features.py`` then ``pattern_source.py``
(the files the table is built from), ``<body crc>`` that of every byte after
the header line, both as eight hex digits. A file written for other sources
(stale), cut, edited or unreadable is not used: the table is then built from
``features`` as before, slower, never different. ``tests/test_pattern_table.py``
fails while the file is stale.
"""

from __future__ import annotations

import os

from model_router.feature_constants import SIGNAL_NAMES

# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    Table = tuple[
        tuple[tuple[str, str], ...], tuple[tuple[str, str, str], ...], tuple[str, str]
    ]

__all__ = [
    "SOURCES", "SOURCE_DIR", "TABLE_PATH", "compiled_in_is_current", "current_table",
    "packaged_table", "read_table", "source_checksum", "table_text",
]

# Plain path strings: routing must not pay for importing pathlib.
SOURCE_DIR = os.path.dirname(os.path.abspath(__file__))
TABLE_PATH = os.path.join(SOURCE_DIR, "data", "pattern_table.tsv")
#: The files (in SOURCE_DIR) the table is built from.
SOURCES = ("features.py", "pattern_source.py")
_MAGIC = "model-router-pattern-table"
_FORMAT = "1"

_packaged: list[Table | None] = []
_compiled_in_current: list[bool] = []


def source_checksum(source_dir: str = SOURCE_DIR) -> str:
    """CRC-32 of the table's source files, as eight hex digits (OSError if
    one cannot be read)."""
    # zlib (0.3-0.5 ms to import) inside the functions, so `import
    # model_router` never loads it; hashlib would cost more and buys nothing
    # against accidents.
    import zlib

    crc = 0
    for name in SOURCES:
        with open(os.path.join(source_dir, name), "rb") as file:
            crc = zlib.crc32(file.read(), crc)
    return f"{crc:08x}"


def table_text(
    presence: Sequence[tuple[str, str]],
    guarded: Sequence[tuple[str, str, str]],
    pasted: tuple[str, str],
    source_dir: str = SOURCE_DIR,
) -> str:
    """The file's text for this table (ValueError for a field that cannot be
    written as is)."""
    import zlib

    records = [("presence", *entry) for entry in presence]
    records += [("guarded", *entry) for entry in guarded]
    records.append(("pasted", *pasted))
    for record in records:
        for field in record[1:]:
            if not (field.isascii() and field.isprintable()):
                label = "pasted cues" if record[0] == "pasted" else f"{record[0]} {record[1]!r}"
                raise ValueError(
                    f"{label}: a field holds a tab, a line break or another control "
                    "or non-ASCII character; write it as a regex escape (\\t, \\n, \\xNN)"
                )
    body = "".join("\t".join(record) + "\n" for record in records)
    body_crc = zlib.crc32(body.encode("ascii"))
    return f"{_MAGIC} {_FORMAT} {source_checksum(source_dir)} {body_crc:08x}\n{body}"


def current_table() -> str:
    """The file's text for the table ``features.py`` builds now."""
    from model_router import features as F

    return table_text(
        F.PRESENCE_PATTERNS, F.GUARDED_PATTERNS, (F.PASTED_TEXT_REQUEST, F.PASTED_ACT_REQUEST)
    )


def read_table(path: str = TABLE_PATH, source_dir: str = SOURCE_DIR) -> Table | None:
    """(presence, guarded, pasted cues) from the file at ``path``, or None if
    it is missing, unreadable, damaged or written for other sources than
    those in ``source_dir``."""
    import zlib

    try:
        # Bytes, then decode: a text-mode open costs more than the decoding.
        with open(path, "rb") as file:
            data = file.read()
        sources = source_checksum(source_dir)
    except OSError:
        return None
    header_end = data.find(b"\n")
    header = data[:header_end].split(b" ") if header_end > 0 else []
    if (
        len(header) != 4
        or header[0] != _MAGIC.encode()
        or header[1] != _FORMAT.encode()
        or header[2] != sources.encode()
        or header[3] != b"%08x" % zlib.crc32(memoryview(data)[header_end + 1 :])
        or not data.endswith(b"\n")
    ):
        return None
    # Each field is decoded straight from the file's bytes: every extra copy
    # of the 1.4 MB (a decoded whole, split lines) cost a fresh process
    # ~1 ms, mostly page faults.
    view = memoryview(data)
    presence: list[tuple[str, str]] = []
    guarded: list[tuple[str, str, str]] = []
    pasted: list[tuple[str, str]] = []
    start, end = header_end + 1, len(data)
    try:
        while start < end:
            stop = data.find(b"\n", start)  # found: the data ends with one
            fields = []
            while True:
                tab = data.find(b"\t", start, stop)
                if tab < 0:
                    break
                fields.append(str(view[start:tab], "ascii"))
                start = tab + 1
            fields.append(str(view[start:stop], "ascii"))
            start = stop + 1
            kind = fields[0]
            if kind == "presence" and len(fields) == 3:
                presence.append((fields[1], fields[2]))
            elif kind == "guarded" and len(fields) == 4:
                guarded.append((fields[1], fields[2], fields[3]))
            elif kind == "pasted" and len(fields) == 3:
                pasted.append((fields[1], fields[2]))
            else:
                return None
    except UnicodeDecodeError:
        return None
    finally:
        view.release()
    # Bit i of every signal mask is SIGNAL_NAMES[i] (scorer.py reads them so).
    names = tuple(entry[0] for entry in presence) + tuple(entry[0] for entry in guarded)
    if names != SIGNAL_NAMES or len(pasted) != 1:
        return None
    return tuple(presence), tuple(guarded), pasted[0]


def packaged_table() -> Table | None:
    """The shipped table (read once per process), or None if it cannot be
    used."""
    if not _packaged:
        _packaged.append(read_table(TABLE_PATH, SOURCE_DIR))
    return _packaged[0]


def compiled_in_is_current(extension: Any) -> bool:
    """Whether the table compiled into ``extension`` (``model_router._rust``)
    is the one the sources in ``SOURCE_DIR`` build: its header records their
    checksum and its signals are ``SIGNAL_NAMES`` in order. Checked once per
    process (0.3-0.9 ms: the extension reads and checksums the 380 KB of
    sources and parses its copy's names, which building the scorer reuses)."""
    if not _compiled_in_current:
        _compiled_in_current.append(_check_compiled_in(extension))
    return _compiled_in_current[0]


def _check_compiled_in(extension: Any) -> bool:
    header = extension.compiled_table_header()
    if header is None:
        return False
    try:
        sources = extension.crc32_of_files([os.path.join(SOURCE_DIR, name) for name in SOURCES])
        names = tuple(extension.compiled_table_names())
    except (OSError, ValueError):
        return False
    return header[0] == sources and names == SIGNAL_NAMES
