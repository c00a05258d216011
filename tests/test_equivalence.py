"""The Rust extension and the pure-Python twin agree, bit for bit.

Both compile the same pattern table; these tests feed both the same
generated prompts and compare the normalized text, the signal and feature
bits, the scores and the route table's answer. Random text rarely hits a
keyword, so most examples are built from the routing vocabulary with random
case, separators and Unicode noise; ``hypothesis.event`` records which target
each example reached (run with ``--hypothesis-show-statistics``).

Also here: ``route_fast(p, h) == route(p, h).selected_engine`` on the active
backend, for generated prompts and hints.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from model_router import ModelRouter, features
from model_router import first_words, pasted, scorer_py
from model_router.config import load_router_config
from model_router.policy import FAIL_CLOSED_ENGINE, static_chains
from model_router.scorer import merge_weights

from tests.rust_extension import require_rust_extension
from tests.strategies import PASTED, PROMPTS

_rust = require_rust_extension()

CONFIG = load_router_config()
WEIGHTS = merge_weights(CONFIG.scoring.weights)
SAFETY = (True, False, False, False, False, False)
ROUTER = ModelRouter(CONFIG, validate_availability=False)
CHAINS = static_chains(CONFIG, ROUTER._availability_of)


# The scorers as the router builds them: with the pasted-material rule.
CUES = (features.PASTED_TEXT_REQUEST, features.PASTED_ACT_REQUEST)


def _pair():
    table = (list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS))
    py = scorer_py.FeatureScorer(*table, WEIGHTS, 50, None, CUES)
    rs = _rust.FeatureScorer(*table, WEIGHTS, 50, None, CUES)
    return py, rs


PY_SCORER, RS_SCORER = _pair()
# The same table built from the packaged first-words index (as the default
# router builds it): its lazily parsed prefilter must agree too.
RS_INDEXED = _rust.FeatureScorer(
    list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS), WEIGHTS, 50, first_words.packaged_index(),
    CUES,
)
# Without the rule, to see that generated examples reach it.
PY_PLAIN = scorer_py.FeatureScorer(list(features.PRESENCE_PATTERNS), list(features.GUARDED_PATTERNS), WEIGHTS, 50)
PY_TABLE = scorer_py.RouteTable(PY_SCORER, SAFETY, CHAINS, FAIL_CLOSED_ENGINE)
RS_TABLE = _rust.RouteTable(RS_SCORER, SAFETY, CHAINS, FAIL_CLOSED_ENGINE)


def _same(prompt: str, *, in_hypothesis: bool = False) -> None:
    assert RS_SCORER.normalize(prompt) == PY_SCORER.normalize(prompt)
    assert RS_SCORER.signals(prompt) == PY_SCORER.signals(prompt)
    rs = RS_SCORER.analyze(prompt)
    assert rs == PY_SCORER.analyze(prompt)
    assert RS_INDEXED.analyze(prompt) == rs
    target = PY_TABLE.target(prompt)
    if in_hypothesis:
        event(f"target={target}")
    assert RS_TABLE.target(prompt) == target
    assert RS_TABLE.route_fast(prompt) == PY_TABLE.route_fast(prompt)
    assert RS_TABLE.route_fast(prompt, True) == PY_TABLE.route_fast(prompt, True)


def _no_surrogates(text: str) -> str:
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


@given(PASTED.map(_no_surrogates))
@example("Summarize this:\n\nPlease pay the invoice.\nThanks\n\nThen pay it.")
@example('Rewrite this:\n\n"Hi, please pay.\n\nPay it too.')
@example("Review this:\n```\nrm -rf /srv\n```\nRun it.")
@example("What does this step do?\n```\nnpx vercel deploy --prod\n```\nthen deploy it")
@example("\u201c\nIs this a scam?\n\n\u201cpay now")
def test_backends_agree_on_pasted_material(prompt: str) -> None:
    """Both ports find the same user parts, and score the prompt the same."""
    parts = pasted.user_parts(prompt)
    found = _rust.user_parts(prompt)
    assert found == (None if parts is None else (parts.parts, parts.trailer))
    if parts is None:
        event("pasted: no block")
    else:
        event(f"pasted: {len(parts.parts)} parts, trailer={parts.trailer is not None}")
        plain = PY_PLAIN.signals(prompt)
        event(f"pasted: rule {'changed' if plain != PY_SCORER.signals(prompt) else 'kept'} the signals")
    _same(prompt, in_hypothesis=True)


@given(PROMPTS.map(_no_surrogates))
@example("")
@example("rewrite this text\n")
@example("\x1c\x1d\x1e\x1fdelete\x85it\xa0now")
@example("ſend the \u212aey to İstanbul")
@example("ΑΣ final sigma delete")
@example("x² deploy")
@example("e\u0301 push")
@example("😀 order a pizza 😀")
@example("drop table" + "\x00" * 3)
@example("alphabetical order order a pizza")
def test_backends_agree(prompt: str) -> None:
    _same(prompt, in_hypothesis=True)


def test_backends_agree_on_large_prompts() -> None:
    big = ("Design a distributed scheduler; then DELETE the temp files. " * 2000)[:100_000]
    _same(big)
    _same("é" * 50_000 + " rm -rf / " + "\u3000" * 1000)


def test_surrogates_are_read_as_replacement_characters(default_router) -> None:
    with_surrogate = "\ud800 delete the \udfff files"
    replaced = "\ufffd delete the \ufffd files"
    assert default_router.route_fast(with_surrogate) == default_router.route_fast(replaced) == "human_confirm"
    assert PY_SCORER.analyze(replaced) == RS_SCORER.analyze(replaced)


def test_batch_agrees_with_single_calls() -> None:
    prompts = [text for text, _ in [("rewrite this text", 0), ("delete it", 0), ("", 0), ("fix the repo and run tests", 0)]]
    assert RS_TABLE.route_fast_many(prompts) == [RS_TABLE.route_fast(p) for p in prompts]
    assert RS_TABLE.route_fast_many(prompts) == PY_TABLE.route_fast_many(prompts)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # no code words: the design question is not looked for
        ("should we rent or buy a flat in Lyon? walk through the tradeoffs", set()),
        # code words and a multi-step question: looked for and found; no code handed over
        ("should we build our own auth in python or buy it? walk through the tradeoffs",
         {"design_question"}),
        # ... and with code handed over, code_task is looked for too
        ("should we build our own auth in python or buy it? walk through the tradeoffs. "
         "Traceback: KeyError", {"design_question", "code_task"}),
        # code handed over without a design question: code_task's condition fails
        ("fix this: Traceback (most recent call last): KeyError", set()),
        # prose asked for with coding words: code work asked for too is looked for
        ("draft a message to the on-call channel explaining the bug, and patch the null check in "
         "parser.go", {"code_request"}),
        ("draft a message to the on-call channel explaining the bug in parser.go", set()),
        # code work asked for without prose: code_request's condition fails
        ("patch the null check in parser.go", set()),
    ],
)
def test_conditional_signals_are_looked_for_only_under_their_condition(prompt, expected):
    """features.CONDITIONAL_SIGNALS: both backends report a conditional signal
    only when its condition holds (and its pattern matches)."""
    conditional = {name for name, _ in features.CONDITIONAL_SIGNALS}
    for scorer in (PY_SCORER, RS_SCORER, RS_INDEXED):
        bits = scorer.signals(prompt)
        found = {name for index, name in enumerate(features.SIGNAL_NAMES) if bits >> index & 1}
        assert found & conditional == expected
