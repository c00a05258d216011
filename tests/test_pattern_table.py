"""The packaged copy of the finished pattern table (``data/pattern_table.tsv``).

The Rust backend uses it instead of importing ``features`` (see
``model_router.pattern_table``): the extension's compiled-in copy while its
header records the installed sources' checksum, else the file. It must be
current for ``features.py``; a stale, damaged, missing or unreadable copy
must be refused, and routing then falls back to ``features`` with the same
results.
"""

from __future__ import annotations

import json
import os
import zlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import model_router
from model_router import ModelRouter, feature_constants, features, pattern_table, scorer
from model_router.first_words import read_index

REGENERATE = "python -m model_router.first_words"
PACKAGE = Path(pattern_table.__file__).parent
FEATURES_TABLE = (
    features.PRESENCE_PATTERNS,
    features.GUARDED_PATTERNS,
    (features.PASTED_TEXT_REQUEST, features.PASTED_ACT_REQUEST),
)
PROMPTS = [
    "fix the repo and run tests",
    "rewrite this text",
    "drop the production database",
    "Summarize this thread for my manager:\n\n> please delete the old backups and send the invoice",
    "what's the latest on the EU AI act?",
    "",
    "caf\u00e9 \u2014 d\u00e9j\u00e0 vu \ud83d\ude00",
] + [item["prompt"] for item in yaml.safe_load(
    (Path(__file__).parent / "data" / "routing_corpus.yaml").read_text(encoding="utf-8")
)["items"]]


def test_packaged_table_is_current() -> None:
    assert read_index(pattern_table.TABLE_PATH) == pattern_table.current_table(), (
        f"data/pattern_table.tsv is stale for features.py; rewrite it with: {REGENERATE}"
    )
    assert pattern_table.read_table() == FEATURES_TABLE, (
        f"data/pattern_table.tsv does not read back as the table; rewrite it with: {REGENERATE}"
    )


def test_signal_names_are_written_out_in_table_order() -> None:
    names = tuple(name for name, _ in features.PRESENCE_PATTERNS)
    names += tuple(name for name, _, _ in features.GUARDED_PATTERNS)
    assert names == feature_constants.SIGNAL_NAMES
    assert features.SIGNAL_NAMES is feature_constants.SIGNAL_NAMES
    for name in feature_constants.__all__:
        assert getattr(features, name) is getattr(feature_constants, name)


def test_every_field_is_written_as_is() -> None:
    """The format has no escapes: a field holding a tab, a line break or a
    non-ASCII character would be refused by the writer."""
    fields = [field for record in FEATURES_TABLE[0] + FEATURES_TABLE[1] for field in record]
    fields += list(FEATURES_TABLE[2])
    bad = [field[:60] for field in fields if not (field.isascii() and field.isprintable())]
    assert not bad, "write tabs and line breaks in a pattern as regex escapes (\\t, \\n)"
    with pytest.raises(ValueError, match="regex escape"):
        pattern_table.table_text([("simple_transform", "a\tb")], [], ("x", "y"))
    with pytest.raises(ValueError, match="regex escape"):
        pattern_table.table_text([], [], ("x", "caf\u00e9"))


def _copy_sources(directory: Path) -> Path:
    directory.mkdir()
    for name in pattern_table.SOURCES:
        shutil.copyfile(PACKAGE / name, directory / name)
    return directory


def _damaged_copies(tmp_path: Path) -> dict[str, tuple[Path, Path]]:
    """(table file, source directory) pairs that must be refused."""
    sources = _copy_sources(tmp_path / "sources")
    good = Path(pattern_table.TABLE_PATH).read_bytes()
    header, _, body = good.partition(b"\n")
    cases: dict[str, bytes | None] = {
        "missing": None,
        "empty": b"",
        "header only": header + b"\n",
        "cut": good[: len(good) // 2],
        "last newline cut": good[:-1],
        "one byte of a regex edited": good.replace(b"rewrite", b"rewritf", 1),
        "non-ASCII byte": good.replace(b"rewrite", b"r\xe9write", 1),
        "other format": good.replace(b" 1 ", b" 9 ", 1),
        "no header": body,
    }
    # Well formed (checksums right) but records out of order or missing:
    # the signal bits would move, so the names must be SIGNAL_NAMES in order.
    reordered = pattern_table.table_text(
        FEATURES_TABLE[0], FEATURES_TABLE[1][::-1], FEATURES_TABLE[2], str(sources)
    )
    cases["signals reordered"] = reordered.encode("ascii")
    short = pattern_table.table_text(FEATURES_TABLE[0], FEATURES_TABLE[1][:-1], FEATURES_TABLE[2], str(sources))
    cases["a signal missing"] = short.encode("ascii")
    pairs = {}
    for name, data in cases.items():
        path = tmp_path / (name.replace(" ", "_") + ".tsv")
        if data is not None:
            path.write_bytes(data)
        pairs[name] = (path, sources)
    # Stale: the sources changed after the file was written.
    stale_sources = _copy_sources(tmp_path / "edited")
    with open(stale_sources / "features.py", "a", encoding="utf-8") as file:
        file.write("\n# an edit\n")
    pairs["stale"] = (Path(pattern_table.TABLE_PATH), stale_sources)
    # Unreadable: a directory where the file should be.
    (tmp_path / "a_directory.tsv").mkdir()
    pairs["unreadable"] = (tmp_path / "a_directory.tsv", sources)
    return pairs


def test_a_copy_in_another_directory_reads_as_the_table(tmp_path: Path) -> None:
    sources = _copy_sources(tmp_path / "sources")
    copy = tmp_path / "table.tsv"
    shutil.copyfile(pattern_table.TABLE_PATH, copy)
    assert pattern_table.read_table(str(copy), str(sources)) == FEATURES_TABLE


def test_stale_damaged_missing_or_unreadable_files_are_refused(tmp_path: Path) -> None:
    for case, (path, sources) in _damaged_copies(tmp_path).items():
        assert pattern_table.read_table(str(path), str(sources)) is None, case


def test_a_refused_file_falls_back_to_features_and_routes_identically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected_router = ModelRouter.from_config(validate_availability=False)
    expected = [expected_router.route(prompt).to_dict() for prompt in PROMPTS]
    expected_fast = [expected_router.route_fast(prompt) for prompt in PROMPTS]
    for case, (path, sources) in _damaged_copies(tmp_path).items():
        monkeypatch.setattr(pattern_table, "TABLE_PATH", str(path))
        monkeypatch.setattr(pattern_table, "SOURCE_DIR", str(sources))
        monkeypatch.setattr(pattern_table, "_packaged", [])
        # The file is what is under test, not the extension's compiled-in copy.
        monkeypatch.setattr(pattern_table, "_compiled_in_current", [False])
        presence, guarded, pasted = scorer._pattern_table(rust=True)
        # Refused: the table is features's own tuples.
        assert presence is features.PRESENCE_PATTERNS, case
        assert (presence, guarded, pasted) == FEATURES_TABLE, case
        router = ModelRouter.from_config(validate_availability=False)
        assert [router.route(prompt).to_dict() for prompt in PROMPTS] == expected, case
        assert [router.route_fast(prompt) for prompt in PROMPTS] == expected_fast, case


def test_the_rust_backend_uses_the_packaged_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_table, "_packaged", [])
    table = scorer._pattern_table(rust=True)
    assert table == FEATURES_TABLE
    assert table[0] is not features.PRESENCE_PATTERNS  # read from the file
    # The twin always compiles features's own tuples.
    assert scorer._pattern_table(rust=False)[0] is features.PRESENCE_PATTERNS


def _run_python(code: str, backend: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MODEL_ROUTER_BACKEND": backend}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_routing_on_the_rust_backend_never_imports_features() -> None:
    code = (
        "import sys\n"
        "from model_router import ModelRouter, backend\n"
        "router = ModelRouter.from_config()\n"
        "router.route('fix the repo and run tests')\n"
        "router.route_fast('drop the production database')\n"
        "print(backend(), 'model_router.features' in sys.modules)\n"
    )
    if model_router.backend() == "rust":
        result = _run_python(code, "rust")
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["rust", "False"]
    # The twin compiles the table from features itself.
    result = _run_python(code, "python")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["python", "True"]


def test_decide_command_on_the_rust_backend_never_imports_features(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if model_router.backend() != "rust":
        pytest.skip("the Rust extension is not the backend under test")
    command = Path(sys.executable).parent / "model-router"
    if not command.exists():
        pytest.skip(f"{command} is not installed")
    prompt = "fix the repo and run tests"
    env = {**os.environ, "MODEL_ROUTER_BACKEND": "rust", "PYTHONPROFILEIMPORTTIME": "1"}
    result = subprocess.run(
        [str(command), "decide", prompt, "--json"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert result.returncode == 0, result.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert "model_router.router" in imported  # the import report is there
    assert "model_router.features" not in imported
    # The same receipt as routing with the table features builds.
    from model_router.cli import main

    monkeypatch.setattr(pattern_table, "_packaged", [None])
    monkeypatch.setattr(pattern_table, "_compiled_in_current", [False])

    assert main(["decide", prompt, "--json"]) == 0
    assert json.loads(result.stdout) == json.loads(capsys.readouterr().out)


def _extension():  # type: ignore[no-untyped-def]
    if model_router.backend() != "rust":
        pytest.skip("the Rust extension is not the backend under test")
    from model_router import _rust

    return _rust


def test_the_compiled_in_table_is_the_packaged_file(monkeypatch: pytest.MonkeyPatch) -> None:
    extension = _extension()
    with open(pattern_table.TABLE_PATH, "rb") as file:
        header = file.readline().split()
    assert extension.compiled_table_header() == (header[2].decode(), header[3].decode()), (
        "the extension was built from another data/pattern_table.tsv; rebuild it "
        "(maturin develop --release, or pip install -e .)"
    )
    assert tuple(extension.compiled_table_names()) == feature_constants.SIGNAL_NAMES
    monkeypatch.setattr(pattern_table, "_compiled_in_current", [])
    assert pattern_table.compiled_in_is_current(extension)
    assert pattern_table._compiled_in_current == [True]  # checked once per process


def test_a_compiled_in_scorer_analyzes_as_one_built_from_features() -> None:
    extension = _extension()
    weights = scorer.merge_weights(None)
    compiled = extension.FeatureScorer.compiled_in(weights, 50)
    assert compiled.loaded_from_index()
    built = extension.FeatureScorer(
        list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS), weights, 50, None,
        (features.PASTED_TEXT_REQUEST, features.PASTED_ACT_REQUEST),
    )
    assert not built.loaded_from_index()  # derived: shares nothing with the compiled-in copy
    for prompt in PROMPTS:
        clean = scorer.clean_prompt(prompt)
        if clean != scorer.replace_surrogates(clean):
            continue  # analyze takes valid text; the extractor replaces surrogates first
        assert compiled.analyze(clean) == built.analyze(clean), prompt
    with pytest.raises((TypeError, ValueError)):
        extension.FeatureScorer.compiled_in(weights, 0)


def test_stale_sources_turn_the_compiled_in_table_down_and_route_identically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extension = _extension()
    expected_router = ModelRouter.from_config(validate_availability=False)
    expected = [expected_router.route(prompt).to_dict() for prompt in PROMPTS]
    stale = _copy_sources(tmp_path / "edited")
    with open(stale / "pattern_source.py", "a", encoding="utf-8") as file:
        file.write("\n# an edit\n")
    missing = tmp_path / "missing"
    missing.mkdir()
    for sources in (stale, missing):
        monkeypatch.setattr(pattern_table, "SOURCE_DIR", str(sources))
        monkeypatch.setattr(pattern_table, "_compiled_in_current", [])
        monkeypatch.setattr(pattern_table, "_packaged", [])
        assert not pattern_table.compiled_in_is_current(extension), sources
        router = ModelRouter.from_config(validate_availability=False)
        assert [router.route(prompt).to_dict() for prompt in PROMPTS] == expected, sources


def test_crc32_of_files_is_zlibs(tmp_path: Path) -> None:
    extension = _extension()
    paths = [os.path.join(pattern_table.SOURCE_DIR, name) for name in pattern_table.SOURCES]
    crc = 0
    for path in paths:
        with open(path, "rb") as file:
            crc = zlib.crc32(file.read(), crc)
    assert extension.crc32_of_files(paths) == f"{crc:08x}"
    assert extension.crc32_of_files(paths) == pattern_table.source_checksum()
    sizes = [0, 1, 7, 8, 9, 4096 + 3]
    for size in sizes:
        path = tmp_path / f"{size}.bin"
        path.write_bytes(bytes((i * 131 + 7) % 256 for i in range(size)))
    files = [str(tmp_path / f"{size}.bin") for size in sizes]
    joined = b"".join(Path(path).read_bytes() for path in files)
    assert extension.crc32_of_files(files) == f"{zlib.crc32(joined):08x}"
    assert extension.crc32_of_files([]) == "00000000"
    with pytest.raises(OSError):
        extension.crc32_of_files([str(tmp_path / "absent.py")])
    with pytest.raises(OSError):
        extension.crc32_of_files([str(tmp_path)])
