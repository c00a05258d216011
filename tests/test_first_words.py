"""The packaged first-words index of the Rust prefilter.

``data/first_words.idx`` lets the extension skip deriving its word prefilter
(see ``model_router.first_words``). It must be current for the table in
``features.py``, the default router must actually use it, and a table built
from it must find the same signals as one that derived its words (the Rust
tests in ``rust/router_core/tests/prefilter.rs`` compare the two on random
texts; ``test_equivalence.py`` compares both with the Python twin).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import model_router
from model_router import ModelRouter, features, first_words, pattern_table, scorer_py
from model_router.scorer import merge_weights

from tests.rust_extension import require_rust_extension

_rust = require_rust_extension()

TABLE = (list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS), merge_weights(None), 50)
REGENERATE = "python -m model_router.first_words"


def test_packaged_index_is_current() -> None:
    assert first_words.packaged_index() == first_words.current_index(), (
        f"data/first_words.idx is stale for features.py; rewrite it with: {REGENERATE}"
    )


def test_no_benign_side_walks_on_every_text() -> None:
    """A benign alternative without a first word is looked for by a byte it
    needs ("loose" in the index); a space or a letter there means every
    guarded match walks its whole benign side, whatever the text. Table
    edits have done this by accident (an optional word in front of an edit
    verb, a quoted status whose only cheap requirement was its space)."""
    signal = None
    offenders = []
    for line in first_words.packaged_index().splitlines():
        kind, _, rest = line.partition(" ")
        if kind in ("signal", "benign"):
            signal = rest
        elif kind == "loose":
            needed = {int(byte, 16) for byte in rest.split()}
            if any(byte == 0x20 or chr(byte).isalnum() for byte in needed):
                offenders.append((features.SIGNAL_NAMES[int(signal)], rest))
    assert not offenders, offenders


def test_a_scorer_given_the_packaged_index_reads_it() -> None:
    scorer = _rust.FeatureScorer(*TABLE, first_words.packaged_index())
    assert scorer.loaded_from_index()
    assert not _rust.FeatureScorer(*TABLE).loaded_from_index()


def test_default_router_uses_the_index_on_the_rust_backend() -> None:
    router = ModelRouter.from_config(validate_availability=False)
    scorer = router._extractor.backend_scorer  # noqa: SLF001 - the one place that says which prefilter is in use
    assert scorer.loaded_from_index() is (model_router.backend() == "rust")


def test_an_index_for_another_table_is_ignored_and_results_stay_exact() -> None:
    presence = list(features.PRESENCE_PATTERNS)
    name, pattern = presence[0]
    presence[0] = (name, pattern + r"|\bzyzzyva\b")
    changed = (presence, *TABLE[1:])
    scorer = _rust.FeatureScorer(*changed, first_words.packaged_index())
    assert not scorer.loaded_from_index()
    twin = scorer_py.FeatureScorer(*changed)
    for prompt in ("zyzzyva", "please zyzzyva this", "rewrite this text", "drop the production database"):
        assert scorer.signals(prompt) == twin.signals(prompt)
    assert scorer.signals("zyzzyva") & 1


def test_twin_accepts_and_ignores_the_index() -> None:
    twin = scorer_py.FeatureScorer(*TABLE, first_words.packaged_index())
    assert twin.loaded_from_index() is False
    assert twin.signals("fix the repo and run tests") == _rust.FeatureScorer(*TABLE).signals(
        "fix the repo and run tests"
    )


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "model_router.first_words", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_command_writes_checks_and_reports_a_stale_file(tmp_path: Path) -> None:
    # The same command writes the packaged pattern table (model_router.pattern_table).
    target = tmp_path / "first_words.idx"
    table = tmp_path / "pattern_table.tsv"
    paths = ("--path", str(target), "--table-path", str(table))
    written = _run(*paths)
    assert written.returncode == 0, written.stderr
    assert target.read_text(encoding="ascii") == first_words.current_index()
    assert table.read_text(encoding="ascii") == pattern_table.current_table()
    assert _run("--check", *paths).returncode == 0
    target.write_text(target.read_text(encoding="ascii").replace("whole ", "whole x", 1), encoding="ascii")
    stale = _run("--check", *paths)
    assert stale.returncode == 1
    assert REGENERATE in stale.stderr and str(target) in stale.stderr and str(table) not in stale.stderr
    assert "Traceback" not in stale.stderr
    assert _run(*paths).returncode == 0
    table.write_text(table.read_text(encoding="ascii").replace("rewrite", "rewritf", 1), encoding="ascii")
    stale = _run("--check", *paths)
    assert stale.returncode == 1
    assert REGENERATE in stale.stderr and str(table) in stale.stderr and str(target) not in stale.stderr
    unwritable = _run("--path", str(tmp_path / "missing-dir" / "x.idx"), "--table-path", str(table))
    assert unwritable.returncode == 2
    assert "cannot write" in unwritable.stderr and "Traceback" not in unwritable.stderr
    unwritable = _run("--path", str(target), "--table-path", str(tmp_path / "missing-dir" / "x.tsv"))
    assert unwritable.returncode == 2
    assert "cannot write" in unwritable.stderr and "Traceback" not in unwritable.stderr
