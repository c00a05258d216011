"""Replay logged routing events through the current router config.

``model-router replay`` answers "what would this config change do to real
traffic?": every logged event that carries its full prompt (``prompt_capture:
full``) is routed again, with the hints it was routed with, and compared with
what was routed then and with what a human said it should have been
(``model-router feedback``).

The log is streamed: memory stays bounded whatever its size (labels and the
listed examples are the only things kept per request). A malformed line is
counted, never fatal.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "DEFAULT_MAX_LISTED",
    "JsonlReader",
    "LatencyDigest",
    "expand_rotated",
    "format_replay_text",
    "read_feedback_labels",
    "replay_events",
]

DEFAULT_MAX_LISTED = 1000
_BATCH_SIZE = 256


# --------------------------------------------------------------------------
# Streaming JSONL
# --------------------------------------------------------------------------


@dataclass
class JsonlReader:
    """Streams JSON objects from JSONL files; counts what it cannot read.

    A missing file reads as empty. A line that is not valid UTF-8 JSON, or is
    JSON but not an object, counts in ``malformed``; blank lines are ignored.
    """

    malformed: int = 0
    missing_files: list[str] = field(default_factory=list)

    def rows(self, paths: Iterable[str | os.PathLike[str]]) -> Iterator[dict[str, Any]]:
        """Yield each JSON object of ``paths``, in order."""
        for path in paths:
            file_path = Path(path).expanduser()
            try:
                handle = open(file_path, "rb")
            except FileNotFoundError:
                self.missing_files.append(str(file_path))
                continue
            decode = json.JSONDecoder().decode
            with handle:
                for line in handle:
                    try:
                        text = line.decode("utf-8")
                        if not text or text.isspace():
                            continue
                        row = decode(text)
                    except ValueError:  # includes UnicodeDecodeError
                        self.malformed += 1
                        continue
                    if isinstance(row, dict):
                        yield row
                    else:
                        self.malformed += 1


def expand_rotated(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """For each live log path, its rotated backups (oldest first), then itself."""
    expanded: list[Path] = []
    for path in paths:
        live = Path(path).expanduser()
        backups: list[tuple[int, Path]] = []
        for candidate in live.parent.glob(live.name + ".*"):
            suffix = candidate.name[len(live.name) + 1 :]
            if suffix.isdigit():
                backups.append((int(suffix), candidate))
        expanded.extend(candidate for _index, candidate in sorted(backups, reverse=True))
        expanded.append(live)
    return expanded


def read_feedback_labels(
    paths: Iterable[str | os.PathLike[str]], reader: JsonlReader | None = None
) -> dict[str, str]:
    """``{request_id: expected_engine}`` from feedback files; the last label wins."""
    reader = reader or JsonlReader()
    labels: dict[str, str] = {}
    for row in reader.rows(paths):
        if row.get("event_type", "routing_feedback") != "routing_feedback":
            continue
        request_id = row.get("request_id")
        expected = row.get("expected_engine")
        if isinstance(request_id, str) and isinstance(expected, str):
            labels.pop(request_id, None)  # keep insertion order = order of last label
            labels[request_id] = expected
    return labels


# --------------------------------------------------------------------------
# Latency statistics in bounded memory
# --------------------------------------------------------------------------


class LatencyDigest:
    """Mean and percentiles of latencies, exact for small samples.

    The first ``exact_limit`` values are kept as they are (nearest-rank
    percentiles are then exact); past that they fold into log-spaced buckets
    1% wide, so a million samples cost a few thousand counters and a
    percentile is within 1% of the true value.
    """

    _GROWTH = math.log(1.01)
    _FLOOR_MS = 1e-6

    def __init__(self, exact_limit: int = 4096) -> None:
        self.exact_limit = exact_limit
        self.count = 0
        self.total = 0.0
        self.minimum = math.inf
        self.maximum = -math.inf
        self._exact: list[float] | None = []
        self._buckets: Counter[int] = Counter()

    def add(self, value_ms: float) -> None:
        """Record one latency in milliseconds (negative values count as 0)."""
        value = float(value_ms)
        if not value < 1e300:  # NaN and infinity carry no latency information
            return
        if value < 0.0:
            value = 0.0
        self.count += 1
        self.total += value
        if value < self.minimum:
            self.minimum = value
        if value > self.maximum:
            self.maximum = value
        if self._exact is not None:
            self._exact.append(value)
            if len(self._exact) > self.exact_limit:
                for kept in self._exact:
                    self._buckets[self._bucket(kept)] += 1
                self._exact = None
        else:
            self._buckets[self._bucket(value)] += 1

    def merge(self, other: LatencyDigest) -> None:
        """Add every sample of ``other`` to this digest."""
        if other._exact is not None:
            for value in other._exact:
                self.add(value)
            return
        if self._exact is not None:
            for kept in self._exact:
                self._buckets[self._bucket(kept)] += 1
            self._exact = None
        self._buckets.update(other._buckets)
        self.count += other.count
        self.total += other.total
        self.minimum = min(self.minimum, other.minimum)
        self.maximum = max(self.maximum, other.maximum)

    def _bucket(self, value: float) -> int:
        if value <= self._FLOOR_MS:
            return -1
        return int(math.log(value / self._FLOOR_MS) / self._GROWTH)

    def _bucket_value(self, index: int) -> float:
        if index < 0:
            return 0.0
        # Geometric middle of the bucket.
        return self._FLOOR_MS * math.exp((index + 0.5) * self._GROWTH)

    def mean(self) -> float | None:
        """Arithmetic mean, or None without samples."""
        return self.total / self.count if self.count else None

    def percentile(self, percent: float) -> float | None:
        """Nearest-rank percentile (``percent`` in 0..100), or None without samples."""
        if not self.count:
            return None
        rank = max(1, math.ceil(percent / 100.0 * self.count))
        if self._exact is not None:
            return sorted(self._exact)[rank - 1]
        seen = 0
        for index in sorted(self._buckets):
            seen += self._buckets[index]
            if seen >= rank:
                return min(self.maximum, max(self.minimum, self._bucket_value(index)))
        return self.maximum

    def summary(self, places: int = 6) -> dict[str, Any]:
        """``{count, mean_ms, p50_ms, p90_ms, p95_ms, p99_ms, max_ms}`` rounded to ``places``."""

        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, places)

        return {
            "count": self.count,
            "mean_ms": rounded(self.mean()),
            "p50_ms": rounded(self.percentile(50)),
            "p90_ms": rounded(self.percentile(90)),
            "p95_ms": rounded(self.percentile(95)),
            "p99_ms": rounded(self.percentile(99)),
            "max_ms": rounded(self.maximum if self.count else None),
        }


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 6) if denominator else None


def _per_engine(counts: Mapping[str, Counter[str]]) -> dict[str, dict[str, Any]]:
    """Precision and recall per engine from ``{"expected": .., "predicted": .., "correct": ..}``."""
    engines = set(counts["expected"]) | set(counts["predicted"])
    table: dict[str, dict[str, Any]] = {}
    for engine in sorted(engines):
        expected = counts["expected"][engine]
        predicted = counts["predicted"][engine]
        correct = counts["correct"][engine]
        table[engine] = {
            "expected": expected,
            "predicted": predicted,
            "correct": correct,
            "precision": _ratio(correct, predicted),
            "recall": _ratio(correct, expected),
        }
    return table


# --------------------------------------------------------------------------
# Replay
# --------------------------------------------------------------------------


@dataclass
class _Pending:
    request_id: Any
    historical_engine: Any
    historical_latency: float | None
    label: str | None
    prompt: str
    hints: dict[str, Any] | None
    confirmed: bool


def _hints_of(row: Mapping[str, Any]) -> dict[str, Any] | None:
    hints = row.get("hints")
    return dict(hints) if isinstance(hints, dict) and hints else None


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def replay_events(
    router: Any,
    event_paths: Sequence[str | os.PathLike[str]],
    feedback_paths: Sequence[str | os.PathLike[str]] = (),
    *,
    max_listed: int = DEFAULT_MAX_LISTED,
    clock: Callable[[], int] = time.perf_counter_ns,
) -> dict[str, Any]:
    """Replay the events of ``event_paths`` through ``router``; return the report dict.

    ``router`` needs ``route_fast(prompt, hints, *, confirmed=False)``; when it
    also offers ``route_fast_many(prompts)`` the unhinted prompts are routed in
    batches through it (and ``replay_timing`` says the replay latencies are
    per-prompt averages of each batch). ``max_listed`` caps the example lists
    (``route_changes``, ``expected_mismatches``); 0 lists everything. Counts,
    the confusion matrix and the statistics always cover every event.
    """
    feedback_reader = JsonlReader()
    labels = read_feedback_labels(feedback_paths, feedback_reader)
    reader = JsonlReader()
    route_many = getattr(router, "route_fast_many", None)
    batch_capable = callable(route_many)

    events = replayed = skipped = hinted = replay_errors = 0
    route_change_count = mismatch_count = historical_mismatch_count = 0
    route_changes: list[dict[str, Any]] = []
    mismatches: list[dict[str, Any]] = []
    confusion: Counter[str] = Counter()
    current_counts = {"expected": Counter(), "predicted": Counter(), "correct": Counter()}
    historical_counts = {"expected": Counter(), "predicted": Counter(), "correct": Counter()}
    historical_latency = LatencyDigest()
    replay_latency = LatencyDigest()
    matched_labels: set[str] = set()
    labelled_replayed = 0
    unlimited = max_listed <= 0

    def record(item: _Pending, current: str, elapsed_ms: float) -> None:
        nonlocal replayed, route_change_count, mismatch_count, historical_mismatch_count, labelled_replayed
        replayed += 1
        replay_latency.add(elapsed_ms)
        if item.historical_latency is not None:
            historical_latency.add(item.historical_latency)
        if current != item.historical_engine:
            route_change_count += 1
            if unlimited or len(route_changes) < max_listed:
                route_changes.append(
                    {
                        "request_id": item.request_id,
                        "historical_engine": item.historical_engine,
                        "current_engine": current,
                    }
                )
        if item.label is None:
            return
        labelled_replayed += 1
        confusion[f"{item.label}->{current}"] += 1
        current_counts["expected"][item.label] += 1
        current_counts["predicted"][current] += 1
        historical_counts["expected"][item.label] += 1
        if isinstance(item.historical_engine, str):
            historical_counts["predicted"][item.historical_engine] += 1
        if item.historical_engine == item.label:
            historical_counts["correct"][item.label] += 1
        else:
            historical_mismatch_count += 1
        if current == item.label:
            current_counts["correct"][current] += 1
        else:
            mismatch_count += 1
            if unlimited or len(mismatches) < max_listed:
                mismatches.append(
                    {"request_id": item.request_id, "expected_engine": item.label, "current_engine": current}
                )

    def route_one(item: _Pending) -> None:
        nonlocal replay_errors
        started = clock()
        try:
            if item.confirmed:
                current = router.route_fast(item.prompt, item.hints, confirmed=True)
            else:
                current = router.route_fast(item.prompt, item.hints)
        except Exception:  # noqa: BLE001 - one odd row must not stop a replay
            replay_errors += 1
            return
        record(item, current, (clock() - started) / 1e6)

    batch: list[_Pending] = []

    def flush_batch() -> None:
        nonlocal replay_errors
        if not batch:
            return
        started = clock()
        try:
            engines = list(route_many([item.prompt for item in batch]))  # type: ignore[misc]
        except Exception:  # noqa: BLE001 - fall back to one call per prompt
            engines = []
        if len(engines) != len(batch):
            for item in batch:
                route_one(item)
        else:
            each_ms = (clock() - started) / 1e6 / len(batch)
            for item, current in zip(batch, engines):
                record(item, current, each_ms)
        batch.clear()

    for row in reader.rows(event_paths):
        if row.get("event_type") != "routing_event":
            continue
        events += 1
        request_id = row.get("request_id")
        label = labels.get(request_id) if isinstance(request_id, str) else None
        if label is not None:
            matched_labels.add(request_id)
        prompt = row.get("prompt")
        if not isinstance(prompt, str):
            skipped += 1
            continue
        hints = _hints_of(row)
        item = _Pending(
            request_id=request_id,
            historical_engine=row.get("selected_engine"),
            historical_latency=_number(row.get("route_latency_ms")),
            label=label,
            prompt=prompt,
            hints=hints,
            confirmed=bool(row.get("confirmed")),
        )
        if hints is not None:
            hinted += 1
        if batch_capable and hints is None and not item.confirmed:
            batch.append(item)
            if len(batch) >= _BATCH_SIZE:
                flush_batch()
        else:
            flush_batch()  # keep the listed examples in log order
            route_one(item)
    flush_batch()

    historical_mean = historical_latency.mean()
    replay_mean = replay_latency.mean()
    delta = None
    if historical_mean is not None and replay_mean is not None:
        delta = round(replay_mean - historical_mean, 6)
    current_table = _per_engine(current_counts)
    historical_table = _per_engine(historical_counts)
    per_engine: dict[str, dict[str, Any]] = {}
    for engine in sorted(set(current_table) | set(historical_table)):
        entry = dict(current_table.get(engine, {"expected": 0, "predicted": 0, "correct": 0, "precision": None, "recall": None}))
        past = historical_table.get(engine, {})
        entry["historical_predicted"] = past.get("predicted", 0)
        entry["historical_correct"] = past.get("correct", 0)
        entry["historical_precision"] = past.get("precision")
        entry["historical_recall"] = past.get("recall")
        per_engine[engine] = entry

    return {
        "events": events,
        "feedback_labels": len(labels),
        "feedback_labels_matched": len(matched_labels),
        "labelled_replayed": labelled_replayed,
        "replayed": replayed,
        "hinted_replayed": hinted,
        "skipped_no_prompt": skipped,
        "replay_errors": replay_errors,
        "malformed_lines": reader.malformed,
        "malformed_feedback_lines": feedback_reader.malformed,
        "missing_files": reader.missing_files + feedback_reader.missing_files,
        "route_changes": route_changes,
        "route_change_count": route_change_count,
        "route_changes_truncated": route_change_count > len(route_changes),
        "expected_mismatches": mismatches,
        "expected_mismatch_count": mismatch_count,
        "expected_mismatches_truncated": mismatch_count > len(mismatches),
        "historical_expected_mismatch_count": historical_mismatch_count,
        "confusion_matrix": dict(sorted(confusion.items())),
        "per_engine": per_engine,
        "historical_route_latency_mean_ms": None if historical_mean is None else round(historical_mean, 6),
        "replay_route_latency_mean_ms": None if replay_mean is None else round(replay_mean, 6),
        "route_latency_delta_mean_ms": delta,
        "historical_route_latency": historical_latency.summary(),
        "replay_route_latency": replay_latency.summary(),
        "replay_timing": "batch_mean" if batch_capable else "per_call",
    }


def _fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_replay_text(result: Mapping[str, Any]) -> str:
    """The readable form of a replay result (the 0.5.3 lines, then ours)."""
    replay_mean = result["replay_route_latency_mean_ms"]
    lines = [
        f"Events: {result['events']}",
        f"Replayed: {result['replayed']}",
        f"Skipped without full prompt: {result['skipped_no_prompt']}",
        f"Route changes: {result['route_change_count']}",
        f"Expected mismatches: {result['expected_mismatch_count']}",
        f"Replay mean latency: {'n/a' if replay_mean is None else f'{replay_mean:.6f} ms'}",
        f"Malformed lines: {result['malformed_lines']}",
        f"Feedback labels: {result['feedback_labels']} ({result['labelled_replayed']} replayed)",
    ]
    replay_summary = result["replay_route_latency"]
    if replay_summary["count"]:
        lines.append(
            "Replay latency p50/p99: "
            f"{replay_summary['p50_ms']:.6f} / {replay_summary['p99_ms']:.6f} ms ({result['replay_timing']})"
        )
    if result["per_engine"]:
        lines.append("Per engine (labelled events): precision / recall now, then as logged")
        for engine, entry in result["per_engine"].items():
            lines.append(
                f"- {engine}: {_fmt_ratio(entry['precision'])} / {_fmt_ratio(entry['recall'])}"
                f" (logged {_fmt_ratio(entry['historical_precision'])} / {_fmt_ratio(entry['historical_recall'])})"
            )
    if result["expected_mismatches"]:
        lines.append("Mismatches:")
        for mismatch in result["expected_mismatches"][:20]:
            lines.append(
                f"- {mismatch['request_id']}: expected {mismatch['expected_engine']}, now {mismatch['current_engine']}"
            )
    return "\n".join(lines)
