"""The pattern table: one source, valid in both regex engines, stub in sync."""

from __future__ import annotations

import inspect
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from model_router import features, pattern_source, scorer_py
from model_router.scorer import merge_weights

from tests.strategies import PROMPTS

ALL_PATTERNS = [(name, pattern) for name, pattern in features.PRESENCE_PATTERNS] + [
    (name, part) for name, benign, positive in features.GUARDED_PATTERNS for part in (benign, positive)
]


@pytest.mark.parametrize(("name", "pattern"), ALL_PATTERNS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(ALL_PATTERNS)])
def test_pattern_is_in_the_shared_dialect(name, pattern):
    compiled = re.compile(pattern)
    assert compiled.groups == 0, "capturing groups differ between the engines"
    assert compiled.fullmatch("") is None, "a pattern must not match the empty string"
    assert "(?=" not in pattern and "(?!" not in pattern and "(?<" not in pattern, "no look-around"
    assert "$" not in pattern.replace("\\$", ""), "no $ (Python's matches before a trailing newline)"
    assert re.search(r"\\[1-9]", pattern) is None, "no backreferences"
    assert pattern.isascii()


def test_signal_names_are_unique_and_fit_a_u64():
    assert len(set(features.SIGNAL_NAMES)) == len(features.SIGNAL_NAMES) <= 64
    assert len(features.FEATURE_NAMES) == 31


def test_both_engines_compile_the_table():
    weights = merge_weights(None)
    args = (list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS), weights, 50)
    scorer_py.FeatureScorer(*args)
    try:
        from model_router import _rust
    except ImportError:
        if os.environ.get("MODEL_ROUTER_BACKEND") == "rust":
            raise
        pytest.skip("Rust extension not built")
    _rust.FeatureScorer(*args)


@pytest.mark.parametrize("bad", ["(delete)", "x*", r"(?=a)b", r"(a)\1"])
def test_both_engines_refuse_patterns_outside_the_dialect(bad):
    weights = merge_weights(None)
    presence = [*features.PRESENCE_PATTERNS[:-1], (features.PRESENCE_PATTERNS[-1][0], bad)]
    with pytest.raises(ValueError):
        scorer_py.FeatureScorer(presence, list(features.GUARDED_PATTERNS), weights, 50)
    try:
        from model_router import _rust
    except ImportError:
        return
    with pytest.raises(ValueError):
        _rust.FeatureScorer(presence, list(features.GUARDED_PATTERNS), weights, 50)


@pytest.mark.parametrize("bad", ["(keep)", "x*", r"(?=a)b"])
def test_both_engines_refuse_a_bad_benign_side_when_built(bad):
    # The twin compiles the built-in table's guarded scans on first use; any
    # other table is checked whole at construction, as the Rust side checks a
    # table its index does not vouch for.
    weights = merge_weights(None)
    name, _, positive = features.GUARDED_PATTERNS[-1]
    guarded = [*features.GUARDED_PATTERNS[:-1], (name, bad, positive)]
    with pytest.raises(ValueError):
        scorer_py.FeatureScorer(list(features.PRESENCE_PATTERNS), guarded, weights, 50)
    try:
        from model_router import _rust
    except ImportError:
        return
    with pytest.raises(ValueError):
        _rust.FeatureScorer(list(features.PRESENCE_PATTERNS), guarded, weights, 50)


def test_stub_matches_the_twin_and_the_extension():
    stub = (Path(scorer_py.__file__).parent / "_rust.pyi").read_text()
    stub_classes = dict(re.findall(r"^class (\w+):(.*?)(?=^class |^def |\Z)", stub, flags=re.S | re.M))
    # Module-level functions of the stub are the extension's own (the twin
    # has no first-words index to write and no compiled-in table; the
    # pasted-material split's Python twin is model_router.pasted.user_parts).
    stub_functions = set(re.findall(r"^def (\w+)\(", stub, flags=re.M))
    assert stub_functions == {
        "first_words_index", "user_parts", "compiled_table_header", "compiled_table_names",
        "crc32_of_files",
    }
    assert set(stub_classes) == {"FeatureScorer", "RouteTable"}
    # The one extension-only method: a scorer of the compiled-in table.
    extension_only = {"compiled_in"}
    for class_name, body in stub_classes.items():
        stub_methods = set(re.findall(r"def (\w+)\(", body)) - {"__init__"}
        assert "compiled_in" in stub_methods or class_name != "FeatureScorer"
        stub_methods -= extension_only
        twin = getattr(scorer_py, class_name)
        twin_methods = {n for n, v in vars(twin).items() if inspect.isfunction(v) and not n.startswith("_")}
        assert stub_methods == twin_methods, class_name
        try:
            from model_router import _rust
        except ImportError:
            continue
        assert all(callable(getattr(_rust, name, None)) for name in stub_functions)
        native = getattr(_rust, class_name)
        assert stub_methods <= {n for n in dir(native) if not n.startswith("_")}, class_name
        if class_name == "FeatureScorer":
            assert callable(native.compiled_in)


@pytest.mark.parametrize(
    ("branch", "required"),
    [
        (r"\b[-/-9_a-z]{2,}\.(?:py|js)\b", "."),
        (r"\b(?:[a-z0-9_/-]{2,}[.](?:py|js))\b", "."),
        (r"@(?:workspace|codebase)\b", "@"),
        (r"\b[a-z][a-z0-9]*_[a-z0-9_]*\(", "("),
        (r"--ar [0-9]", "-"),
        (r"\b[\]x]+;", ";"),  # an escaped "]" does not end the class
        (r"\b[a-z]{2,5}x", None),  # a quantifier's comma is not a literal
        (r"(?:a\.b)?c", None),  # optional group
        (r"(?:a|\.)x", None),  # only one alternative has it
        (r"a[.]?b", None),  # optional class
        (r"\bgo to (?:x|y)\.z", "."),  # a space only when nothing rarer follows
        (r"\bgo to (?:x|y)", " "),
    ],
)
def test_twin_required_character_is_only_what_every_match_contains(branch: str, required: str | None) -> None:
    """The twin skips a remainder part when the text lacks this character,
    so a wrong answer would lose matches; None (always search) is safe."""
    assert scorer_py._required_char(branch) == required
    if required is not None:
        compiled = re.compile(branch)
        for sample in ("main.py", "@workspace", "parse_args(", "--ar 16", "xx;", "ab x"):
            match = compiled.search(sample)
            assert match is None or required in match.group()


def test_twin_shares_the_compiled_table_but_not_the_weights() -> None:
    """Compiling the table with re is most of the twin's construction, so
    scorers of the same table share it; weights stay per scorer."""
    table = (list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS))
    plain = scorer_py.FeatureScorer(*table, merge_weights(None), 50)
    heavy_weights = merge_weights({"complexity": {"coding_intent": 90}})
    heavy = scorer_py.FeatureScorer(*table, heavy_weights, 50)
    assert plain._matchers is heavy._matchers  # noqa: SLF001 - the sharing is the point
    prompt = "fix the repo and run tests"
    assert plain.signals(prompt) == heavy.signals(prompt)
    assert heavy.analyze(prompt)[4] > plain.analyze(prompt)[4]  # complexity
    other = scorer_py.FeatureScorer(table[0][:-1] + [(table[0][-1][0], r"\bzyzzyva\b")], table[1], merge_weights(None), 50)
    assert other._matchers is not plain._matchers  # noqa: SLF001


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|b", ["a", "b"]),
        (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),
        # a "(" or "|" inside a class is a literal, not a group or a branch
        (r"x[(]y|z", ["x[(]y", "z"]),
        (r"x[|]y|z", ["x[|]y", "z"]),
        (r"(?:[.]|[a-z][(])\bgo|\bstop", [r"(?:[.]|[a-z][(])\bgo", r"\bstop"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"\(|\)", [r"\(", r"\)"]),
        (r"(a|b", None),
        (r"a)|b", None),
    ],
)
def test_pattern_source_splits_top_level_branches_around_classes(pattern: str, branches: list[str] | None) -> None:
    """The twin builds its word filters per top-level branch; a mis-split
    glues branches together and can skip a search that would match."""
    assert pattern_source.split_alternatives(pattern) == branches
    if branches is not None:
        assert "|".join(branches) == pattern


def _plain_signals(text: str) -> int:
    """What the table says of a normalized text by plain ``re`` searches,
    without any of the twin's filters."""
    bits = 0
    for index, (_, pattern) in enumerate(features.PRESENCE_PATTERNS):
        if re.search(pattern, text):
            bits |= 1 << index
    offset = len(features.PRESENCE_PATTERNS)
    for index, (_, benign, positive) in enumerate(features.GUARDED_PATTERNS):
        walk = re.compile(f"(?:{benign})|({positive})")
        if any(match.group(1) is not None for match in walk.finditer(text)):
            bits |= 1 << (offset + index)
    # A conditional signal counts only when its condition holds (in order).
    bit = {name: 1 << index for index, name in enumerate(features.SIGNAL_NAMES)}
    for name, condition in features.CONDITIONAL_SIGNALS:
        needed = sum(bit[other] for other in condition)
        if bits & needed != needed:
            bits &= ~bit[name]
    return bits


_TWIN = scorer_py.FeatureScorer(
    list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS), merge_weights(None), 50
)


@settings(deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
@given(PROMPTS)
@example("buy-in ")  # a benign phrase inside a branch that starts with a class holding "("
@example("please buy it")
def test_twin_filters_never_change_what_the_table_says(prompt: str) -> None:
    """The twin's word filters and skipped walks are shortcuts: the signals
    must be exactly those of searching every pattern in full (the Rust
    backend is held to the same answers by test_equivalence)."""
    text = _TWIN.normalize(prompt)
    assert _TWIN.signals(prompt) == _plain_signals(text)
