"""Replay: a hand-computed case, hinted and confirmed traffic, malformed lines, 100k events, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from tests.observability_logs import PROMPTS, write_big_log

from model_router import ModelRouter
from model_router.replay import LatencyDigest, expand_rotated, read_feedback_labels, replay_events

HELLO, CODE, DELETE, NEWS = "hello there", "fix the repo and run tests", "delete all my files", "what is the latest news on the olympics"


def model_router_command() -> list[str]:
    script = Path(sys.executable).with_name("model-router")
    return [str(script)] if script.exists() else [sys.executable, "-m", "model_router.cli"]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*model_router_command(), *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def router() -> ModelRouter:
    router = ModelRouter.from_config(None, validate_availability=False)
    # The hand-computed numbers below rest on these routes of the default catalog.
    assert router.route_fast(HELLO) == "balanced_local"
    assert router.route_fast(CODE) == "code_agent"
    assert router.route_fast(DELETE) == "human_confirm"
    assert router.route_fast(DELETE, confirmed=True) == "balanced_local"
    assert router.route_fast(NEWS) == "web_research"
    assert router.route_fast(HELLO, {"attachments": ["image"]}) == "multimodal_vision"
    return router


class PerCallRouter:
    """The real router seen without its batch API (exercises the per-call path)."""

    def __init__(self, router: ModelRouter) -> None:
        self.route_fast = router.route_fast


def event(request_id: str, engine: str, latency: float, prompt: str | None = None, **extra: Any) -> str:
    row: dict[str, Any] = {
        "event_type": "routing_event",
        "request_id": request_id,
        "selected_engine": engine,
        "route_latency_ms": latency,
        "status": "forwarded",
    }
    if prompt is not None:
        row["prompt"] = prompt
    row.update(extra)
    return json.dumps(row) + "\n"


@pytest.fixture
def small_case(tmp_path: Path) -> tuple[Path, Path]:
    events = tmp_path / "events.jsonl"
    events.write_text(
        event("a", "fast_local", 0.010, HELLO)
        + event("b", "code_agent", 0.020, CODE)
        + event("c", "human_confirm", 0.030, DELETE)
        + event("d", "balanced_local", 0.040, DELETE, confirmed=True)
        + event("e", "balanced_local", 0.050, HELLO, hints={"attachments": ["image"]})
        + event("f", "fast_local", 0.5, prompt_preview="preview only")
        + event("g", "reasoning_local", 0.060, NEWS)
        + "this line is not json\n"
        + "[1, 2]\n"
        + "\n"
        + json.dumps({"event_type": "routing_feedback", "request_id": "a", "expected_engine": "x"})
        + "\n",
        encoding="utf-8",
    )
    feedback = tmp_path / "feedback.jsonl"
    labels = [("a", "code_agent"), ("a", "balanced_local"), ("b", "code_agent"), ("e", "balanced_local"),
              ("g", "web_research"), ("f", "fast_local"), ("zzz", "code_agent")]
    feedback.write_text(
        "".join(
            json.dumps({"event_type": "routing_feedback", "request_id": rid, "expected_engine": engine}) + "\n"
            for rid, engine in labels
        )
        + "{broken\n",
        encoding="utf-8",
    )
    return events, feedback


@pytest.mark.parametrize("batch", [True, False], ids=["batch", "per_call"])
def test_hand_computed_case(router: ModelRouter, small_case: tuple[Path, Path], batch: bool) -> None:
    events, feedback = small_case
    result = replay_events(router if batch else PerCallRouter(router), [events], [feedback])
    assert result["replay_timing"] == ("batch_mean" if batch else "per_call")
    assert result["events"] == 7
    assert result["replayed"] == 6
    assert result["skipped_no_prompt"] == 1
    assert result["hinted_replayed"] == 1
    assert result["malformed_lines"] == 2
    assert result["malformed_feedback_lines"] == 1
    assert result["feedback_labels"] == 6  # a (last label wins), b, e, g, f, zzz
    assert result["feedback_labels_matched"] == 5
    assert result["labelled_replayed"] == 4
    assert result["route_change_count"] == 3
    assert result["route_changes"] == [
        {"request_id": "a", "historical_engine": "fast_local", "current_engine": "balanced_local"},
        {"request_id": "e", "historical_engine": "balanced_local", "current_engine": "multimodal_vision"},
        {"request_id": "g", "historical_engine": "reasoning_local", "current_engine": "web_research"},
    ]
    assert result["expected_mismatch_count"] == 1
    assert result["expected_mismatches"] == [
        {"request_id": "e", "expected_engine": "balanced_local", "current_engine": "multimodal_vision"}
    ]
    assert result["historical_expected_mismatch_count"] == 2  # a and g were wrong when logged
    assert result["confusion_matrix"] == {
        "balanced_local->balanced_local": 1,
        "balanced_local->multimodal_vision": 1,
        "code_agent->code_agent": 1,
        "web_research->web_research": 1,
    }
    per_engine = result["per_engine"]
    assert per_engine["balanced_local"] == {
        "expected": 2, "predicted": 1, "correct": 1, "precision": 1.0, "recall": 0.5,
        "historical_predicted": 1, "historical_correct": 1, "historical_precision": 1.0, "historical_recall": 0.5,
    }
    assert per_engine["multimodal_vision"]["precision"] == 0.0 and per_engine["multimodal_vision"]["recall"] is None
    assert per_engine["web_research"]["recall"] == 1.0 and per_engine["web_research"]["historical_recall"] == 0.0
    assert per_engine["fast_local"]["historical_precision"] == 0.0 and per_engine["fast_local"]["precision"] is None
    assert per_engine["reasoning_local"]["historical_predicted"] == 1
    # Latency over the six replayed events: 10, 20, ..., 60 microseconds.
    assert result["historical_route_latency_mean_ms"] == 0.035
    historical = result["historical_route_latency"]
    assert (historical["count"], historical["p50_ms"], historical["p90_ms"], historical["p99_ms"]) == (6, 0.03, 0.06, 0.06)
    assert result["replay_route_latency_mean_ms"] > 0
    # Each mean and the delta are rounded to 6 places separately, so they
    # can disagree by one unit in the last place (plus float error).
    assert result["route_latency_delta_mean_ms"] == pytest.approx(
        result["replay_route_latency_mean_ms"] - 0.035, abs=2.5e-6
    )


def test_listing_cap_keeps_counts_exact(router: ModelRouter, small_case: tuple[Path, Path]) -> None:
    events, feedback = small_case
    result = replay_events(router, [events], [feedback], max_listed=1)
    assert result["route_change_count"] == 3 and len(result["route_changes"]) == 1
    assert result["route_changes_truncated"] is True
    assert result["expected_mismatches_truncated"] is False


def test_missing_files_read_as_empty(router: ModelRouter, tmp_path: Path) -> None:
    result = replay_events(router, [tmp_path / "nope.jsonl"], [tmp_path / "nope-feedback.jsonl"])
    assert (result["events"], result["replayed"], result["replay_route_latency_mean_ms"]) == (0, 0, None)
    assert result["route_latency_delta_mean_ms"] is None
    assert len(result["missing_files"]) == 2


def test_last_label_wins(tmp_path: Path) -> None:
    path = tmp_path / "feedback.jsonl"
    path.write_text(
        '{"request_id":"r","expected_engine":"a"}\n{"request_id":"s","expected_engine":"b"}\n'
        '{"request_id":"r","expected_engine":"c","event_type":"routing_feedback"}\n'
    )
    assert read_feedback_labels([path]) == {"s": "b", "r": "c"}


def test_expand_rotated_orders_oldest_first(tmp_path: Path) -> None:
    for name in ("e.jsonl", "e.jsonl.1", "e.jsonl.2", "e.jsonl.10", "e.jsonl.lock"):
        (tmp_path / name).write_text("")
    assert [path.name for path in expand_rotated([tmp_path / "e.jsonl"])] == [
        "e.jsonl.10", "e.jsonl.2", "e.jsonl.1", "e.jsonl"
    ]


def test_latency_digest_exact_then_bounded() -> None:
    small = LatencyDigest()
    for value in (5, 1, 4, 2, 3):
        small.add(value)
    assert (small.percentile(50), small.percentile(80), small.percentile(100), small.mean()) == (3, 4, 5, 3)
    small.add(float("nan"))
    small.add(float("inf"))
    assert small.count == 5

    big = LatencyDigest(exact_limit=100)
    values = [(index % 1000 + 1) / 100 for index in range(200_000)]  # 0.01 .. 10.0 ms
    for value in values:
        big.add(value)
    truth = sorted(values)
    for percent in (50, 90, 99):
        exact = truth[int(percent / 100 * len(truth)) - 1]
        assert big.percentile(percent) == pytest.approx(exact, rel=0.011)
    assert len(big._buckets) < 1000  # bounded: a few hundred counters, not 200k values
    assert big.mean() == pytest.approx(sum(values) / len(values))


@pytest.fixture(scope="module")
def big_log(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return write_big_log(tmp_path_factory.mktemp("big"))


def test_replay_of_100k_events(router: ModelRouter, big_log: tuple[Path, Path]) -> None:
    events, feedback = big_log
    result = replay_events(router, [events], [feedback], max_listed=50)
    # Every 50th event carries a prompt and was logged as fast_local; the
    # prompts cycle through PROMPTS, none of which routes to fast_local now.
    current_engines = [router.route_fast(prompt) for prompt in PROMPTS]
    assert "fast_local" not in current_engines
    assert result["events"] == 100_000
    assert result["replayed"] == 2_000 and result["skipped_no_prompt"] == 98_000
    assert result["route_change_count"] == 2_000 and len(result["route_changes"]) == 50
    assert result["route_changes_truncated"] is True
    # Labels on every 1000th event name its logged engine (fast_local); those
    # events all carry PROMPTS[0] ((1000 * k // 50) % 4 == 0).
    assert result["feedback_labels"] == 100 and result["labelled_replayed"] == 100
    assert result["expected_mismatch_count"] == 100 and result["historical_expected_mismatch_count"] == 0
    assert result["confusion_matrix"] == {f"fast_local->{current_engines[0]}": 100}
    assert result["per_engine"]["fast_local"]["recall"] == 0.0
    assert result["per_engine"]["fast_local"]["historical_recall"] == 1.0
    # Historical latency of replayed event i is (i % 100 + 1) / 1000 with i % 50 == 0.
    assert result["historical_route_latency_mean_ms"] == pytest.approx((0.001 + 0.051) / 2)


def test_replay_memory_does_not_grow_with_the_log(router: ModelRouter, tmp_path: Path) -> None:
    peaks = []
    for size in (2_000, 10_000):
        folder = tmp_path / str(size)
        folder.mkdir()
        events, feedback = write_big_log(folder, events=size, prompt_every=10)
        tracemalloc.start()
        try:
            result = replay_events(router, [events], [feedback], max_listed=20)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert result["events"] == size
    # Five times the events, about the same peak: the log is streamed.
    assert peaks[1] < peaks[0] * 1.5 + 256 * 1024, peaks


def test_cli_replay_json_and_regression_exit(small_case: tuple[Path, Path]) -> None:
    events, feedback = small_case
    completed = run_cli("replay", "--events", str(events), "--feedback", str(feedback), "--json")
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout)
    assert (result["events"], result["replayed"], result["expected_mismatch_count"]) == (7, 6, 1)
    assert completed.stdout == json.dumps(result, indent=2, sort_keys=True) + "\n"

    failing = run_cli("replay", "--events", str(events), "--feedback", str(feedback), "--fail-on-regression")
    assert failing.returncode == 1
    for line in ("Events: 7", "Replayed: 6", "Skipped without full prompt: 1", "Route changes: 3",
                 "Expected mismatches: 1", "Replay mean latency: ", "Malformed lines: 2"):
        assert line in failing.stdout

    clean = feedback.with_name("clean.jsonl")
    clean.write_text('{"request_id":"b","expected_engine":"code_agent"}\n')
    passing = run_cli("replay", "--events", str(events), "--feedback", str(clean), "--fail-on-regression")
    assert passing.returncode == 0, passing.stdout


def test_cli_replay_bad_config_is_one_line(small_case: tuple[Path, Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("engines: [unclosed\n")
    completed = run_cli("replay", "--events", str(small_case[0]), "--config", str(bad))
    assert completed.returncode == 2
    assert completed.stderr.startswith("Replay failed: ") and "Traceback" not in completed.stderr


def test_cli_feedback_writes_and_warns(tmp_path: Path) -> None:
    output = tmp_path / "labels" / "feedback.jsonl"
    completed = run_cli("feedback", "--output", str(output), "--notes", "too small", "req-1", "code_agent")
    assert completed.returncode == 0 and completed.stdout.strip() == f"Feedback written to {output}"
    assert completed.stderr == ""
    unknown = run_cli("feedback", "--output", str(output), "req-2", "no_such_engine")
    assert unknown.returncode == 0 and "no_such_engine" in unknown.stderr and "Warning" in unknown.stderr
    rows = [json.loads(line) for line in output.read_text().splitlines()]
    assert [(row["request_id"], row["expected_engine"], row.get("notes")) for row in rows] == [
        ("req-1", "code_agent", "too small"),
        ("req-2", "no_such_engine", None),
    ]
    blocked = tmp_path / "file"
    blocked.write_text("")
    failed = run_cli("feedback", "--output", str(blocked / "x.jsonl"), "req-3", "code_agent")
    assert failed.returncode == 1 and failed.stderr.strip() == f"Failed to write feedback to {blocked / 'x.jsonl'}"
