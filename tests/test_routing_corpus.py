"""Routing quality on a hand-labelled corpus of realistic prompts.

``tests/data/routing_corpus.yaml`` holds prompts written in the voices of
chat users and coding agents, each labelled with the routing target it should
get (see the file header for the labelling rules). Safety has no tolerance:
every ``confirmation`` item must confirm and no look-alike may. Overall and
per-target accuracy have floors set from the measured accuracy, so a table
change that makes routing worse fails here with the confusion matrix.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from model_router import ModelRouter

CORPUS_PATH = Path(__file__).resolve().parent / "data" / "routing_corpus.yaml"
TARGETS = (
    "simple", "balanced", "reasoning", "coding", "research", "vision", "image_generation", "confirmation",
)

# Floors, set just below the measured accuracy (97.3% overall, lowest target
# simple at 88.7%, on 621 items). The pattern table was tuned on this corpus,
# so these numbers flatter it: the two batches added last were scored before
# any change made for them and got 77.7% and 82.0% at first sight. The floors
# catch regressions; they are not a claim about unseen prompts.
MIN_OVERALL_ACCURACY = 0.95
MIN_TARGET_ACCURACY = 0.85


@dataclass(frozen=True)
class Outcome:
    """One corpus item and what the router did with it."""

    prompt: str
    expected: str
    tag: str
    lookalike: bool
    routed: str  # the target behind the selected engine
    fast_engine: str
    engine: str
    reasons: tuple[str, ...]


def _load_corpus() -> list[dict]:
    data = yaml.safe_load(CORPUS_PATH.read_text(encoding="utf-8"))
    return data["items"]


CORPUS = _load_corpus()


def route_corpus(router: ModelRouter) -> list[Outcome]:
    """Route every corpus item with ``route`` and ``route_fast``."""
    engine_to_target: dict[str, str] = {}
    for target, engine in router.config.routing_targets.items():
        # The packaged config gives every target its own engine; the corpus
        # maps an engine back to its target, so that must stay true.
        assert engine not in engine_to_target, f"{engine} serves two targets"
        engine_to_target[engine] = target
    results = []
    for item in CORPUS:
        decision = router.route(item["prompt"])
        results.append(
            Outcome(
                prompt=item["prompt"],
                expected=item["target"],
                tag=item["tag"],
                lookalike=bool(item.get("lookalike", False)),
                routed=engine_to_target.get(decision.selected_engine, decision.selected_engine),
                fast_engine=router.route_fast(item["prompt"]),
                engine=decision.selected_engine,
                reasons=tuple(decision.reasons),
            )
        )
    return results


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return route_corpus(ModelRouter.from_config())


def _short(prompt: str, width: int = 90) -> str:
    flat = " ".join(prompt.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _misses(results: list[Outcome]) -> str:
    return "\n".join(
        f"  expected {r.expected:<16} got {r.routed:<16} [{r.tag}] {_short(r.prompt)!r}"
        for r in results
        if r.routed != r.expected
    )


def confusion_report(results: list[Outcome]) -> str:
    """Per-target accuracy and the confusion matrix (rows: expected)."""
    counts: Mapping[tuple[str, str], int] = Counter((r.expected, r.routed) for r in results)
    routed_targets = list(TARGETS) + sorted({r.routed for r in results} - set(TARGETS))
    abbreviations = {target: target[:5] for target in routed_targets}
    lines = ["expected \\ routed " + " ".join(f"{abbreviations[t]:>5}" for t in routed_targets) + "   acc"]
    for expected in TARGETS:
        row = [counts.get((expected, routed), 0) for routed in routed_targets]
        total = sum(row)
        correct = counts.get((expected, expected), 0)
        accuracy = f"{correct / total:6.1%}" if total else "   n/a"
        lines.append(f"{expected:<18}" + " ".join(f"{n:>5}" for n in row) + f" {accuracy}")
    correct = sum(r.routed == r.expected for r in results)
    lines.append(f"overall {correct}/{len(results)} = {correct / len(results):.1%}")
    return "\n".join(lines)


def test_corpus_is_well_formed():
    assert len(CORPUS) >= 400
    per_target = Counter(item["target"] for item in CORPUS)
    assert set(per_target) == set(TARGETS), per_target
    assert min(per_target.values()) >= 30, per_target
    prompts = [item["prompt"] for item in CORPUS]
    duplicates = [p for p, n in Counter(prompts).items() if n > 1]
    assert not duplicates, duplicates
    for item in CORPUS:
        assert set(item) <= {"prompt", "target", "tag", "lookalike"}, item
        assert isinstance(item["prompt"], str) and item["prompt"].strip(), item
        assert isinstance(item["tag"], str) and item["tag"], item
        # A look-alike is by definition something that must not confirm.
        assert not (item.get("lookalike") and item["target"] == "confirmation"), item


def test_route_fast_agrees_with_route(outcomes):
    disagreements = [
        f"  route={r.engine} route_fast={r.fast_engine} {_short(r.prompt)!r}"
        for r in outcomes
        if r.engine != r.fast_engine
    ]
    assert not disagreements, "route_fast disagrees with route:\n" + "\n".join(disagreements)


def test_every_risky_action_confirms(outcomes):
    missed = [r for r in outcomes if r.expected == "confirmation" and r.routed != "confirmation"]
    assert not missed, "risky actions routed without confirmation:\n" + "\n".join(
        f"  got {r.routed:<16} [{r.tag}] {_short(r.prompt)!r} reasons={list(r.reasons)}" for r in missed
    )


def test_no_lookalike_confirms(outcomes):
    false_alarms = [r for r in outcomes if r.lookalike and r.routed == "confirmation"]
    assert not false_alarms, "look-alikes sent to confirmation:\n" + "\n".join(
        f"  [{r.tag}] {_short(r.prompt)!r} reasons={list(r.reasons)}" for r in false_alarms
    )


def test_overall_accuracy(outcomes):
    correct = sum(r.routed == r.expected for r in outcomes)
    accuracy = correct / len(outcomes)
    assert accuracy >= MIN_OVERALL_ACCURACY, (
        f"accuracy {accuracy:.1%} < {MIN_OVERALL_ACCURACY:.0%}\n"
        + confusion_report(outcomes)
        + "\nmisroutes:\n"
        + _misses(outcomes)
    )


@pytest.mark.parametrize("target", TARGETS)
def test_per_target_accuracy(outcomes, target):
    mine = [r for r in outcomes if r.expected == target]
    accuracy = sum(r.routed == target for r in mine) / len(mine)
    assert accuracy >= MIN_TARGET_ACCURACY, (
        f"{target}: {accuracy:.1%} < {MIN_TARGET_ACCURACY:.0%}\n"
        + confusion_report(outcomes)
        + "\nmisroutes:\n"
        + _misses(mine)
    )
