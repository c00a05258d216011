"""``feedback``, ``replay`` and ``report``: label, replay and look at routing logs.

Only argparse work happens at import time; each handler imports what it
needs, so ``model-router decide`` never loads the replay or report code.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Where `model-router init`, every preset and the packaged proxy config log.
DEFAULT_EVENTS_PATH = "~/.model-router/logs/routing-events.jsonl"
DEFAULT_FEEDBACK_PATH = "~/.model-router/logs/routing-feedback.jsonl"
# The 0.5.3 locations: used as defaults only when they exist and the new ones do not.
LEGACY_EVENTS_PATH = "~/.model-router/routing-events.jsonl"
LEGACY_FEEDBACK_PATH = "~/.model-router/routing-feedback.jsonl"


def default_path(current: str, legacy: str) -> Path:
    """``current`` expanded, or the 0.5.3 ``legacy`` path when only that one exists."""
    path = Path(current).expanduser()
    if not path.exists():
        old = Path(legacy).expanduser()
        if old.exists():
            return old
    return path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``feedback``, ``replay`` and ``report`` to the ``model-router`` parser."""
    feedback = subparsers.add_parser(
        "feedback",
        help="label a routed request with the engine it should have gone to",
        description="Append a routing_feedback row for REQUEST_ID (see docs/observability.md).",
    )
    feedback.add_argument(
        "--output",
        default=None,
        help=f"feedback JSONL file (default {DEFAULT_FEEDBACK_PATH}, or {LEGACY_FEEDBACK_PATH} if only that exists)",
    )
    feedback.add_argument("--notes", default=None, help="free-text note stored with the label")
    feedback.add_argument(
        "--config",
        default=None,
        help="router config used to check the engine name (default: the packaged catalog)",
    )
    feedback.add_argument("request_id", metavar="REQUEST_ID")
    feedback.add_argument("expected_engine", metavar="EXPECTED_ENGINE")
    feedback.set_defaults(handler=_run_feedback)

    replay = subparsers.add_parser(
        "replay",
        help="replay logged prompts through the current router config",
        description=(
            "Route every logged event that carries its full prompt again, with its hints, "
            "and compare with the logged route and with feedback labels."
        ),
    )
    replay.add_argument(
        "--events",
        action="append",
        default=None,
        help=f"routing events JSONL (repeatable; default {DEFAULT_EVENTS_PATH}, "
        f"or {LEGACY_EVENTS_PATH} if only that exists)",
    )
    replay.add_argument(
        "--feedback",
        action="append",
        default=None,
        help=f"feedback JSONL (repeatable; default {DEFAULT_FEEDBACK_PATH}, "
        f"or {LEGACY_FEEDBACK_PATH} if only that exists)",
    )
    replay.add_argument("--config", default=None, help="router config to replay against (default: packaged)")
    replay.add_argument("--json", action="store_true", help="print the result as JSON")
    replay.add_argument(
        "--fail-on-regression",
        action="store_true",
        help="exit 1 when any labelled request now routes to another engine than its label",
    )
    replay.add_argument(
        "--include-rotated",
        action="store_true",
        help="also read the rotated backups (<events>.N ... <events>.1) of each events file",
    )
    replay.add_argument(
        "--max-listed",
        type=_non_negative_int,
        default=1000,
        help="list at most N route changes and N mismatches (counts stay exact; 0 = no limit)",
    )
    replay.set_defaults(handler=_run_replay)

    report = subparsers.add_parser(
        "report",
        help="write a self-contained HTML report of a routing event log",
        description="Stream the event log and write one HTML page with inline charts (no network).",
    )
    report.add_argument(
        "--events",
        action="append",
        default=None,
        help=f"routing events JSONL (repeatable; default {DEFAULT_EVENTS_PATH}, "
        f"or {LEGACY_EVENTS_PATH} if only that exists)",
    )
    report.add_argument("--feedback", action="append", default=None, help="feedback JSONL (repeatable)")
    report.add_argument("--output", default="routing-report.html", help="HTML file to write (default routing-report.html)")
    report.add_argument("--include-rotated", action="store_true", help="also read rotated backups of each events file")
    report.add_argument("--json", action="store_true", help="print a JSON summary instead of a sentence")
    report.set_defaults(handler=_run_report)


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a non-negative integer, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a non-negative integer, got {text!r}")
    return value


def _event_paths(args: argparse.Namespace) -> list[Path]:
    from model_router.replay import expand_rotated

    if args.events:
        paths = [Path(path).expanduser() for path in args.events]
    else:
        paths = [default_path(DEFAULT_EVENTS_PATH, LEGACY_EVENTS_PATH)]
    return expand_rotated(paths) if args.include_rotated else paths


def _run_feedback(args: argparse.Namespace) -> int:
    from model_router.routing_log import append_jsonl_row, build_feedback_row

    _warn_unknown_engine(args.expected_engine, args.config)
    output = Path(args.output).expanduser() if args.output else default_path(DEFAULT_FEEDBACK_PATH, LEGACY_FEEDBACK_PATH)
    row = build_feedback_row(args.request_id, args.expected_engine, args.notes)
    if not append_jsonl_row(output, row):
        print(f"Failed to write feedback to {output}", file=sys.stderr)
        return 1
    print(f"Feedback written to {output}")
    return 0


def _warn_unknown_engine(engine: str, config_path: str | None) -> None:
    """Warn (never refuse) when ``engine`` is not an engine of the router config."""
    try:
        from model_router.config import load_router_config

        config = load_router_config(config_path)
    except Exception as exc:  # noqa: BLE001 - the label is written whatever happens here
        print(f"Warning: could not load the router config to check the engine name: {exc}", file=sys.stderr)
        return
    known = set(config.engines) | set(config.routing_targets.values())
    if engine not in known:
        names = ", ".join(sorted(config.engines))
        print(
            f"Warning: engine {engine!r} is not in the router config ({config.source_path or 'default'}); "
            f"writing the label anyway. Known engines: {names}",
            file=sys.stderr,
        )


def _run_replay(args: argparse.Namespace) -> int:
    from model_router.config import RouterConfigError
    from model_router.replay import format_replay_text, replay_events
    from model_router.router import ModelRouter

    try:
        router = ModelRouter.from_config(args.config, validate_availability=False)
    except (RouterConfigError, OSError, ValueError) as exc:
        print(f"Replay failed: {exc}", file=sys.stderr)
        return 2
    if args.feedback:
        feedback = [Path(path).expanduser() for path in args.feedback]
    else:
        feedback = [default_path(DEFAULT_FEEDBACK_PATH, LEGACY_FEEDBACK_PATH)]
    try:
        result = replay_events(router, _event_paths(args), feedback, max_listed=args.max_listed)
    except OSError as exc:
        print(f"Replay failed: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print(format_replay_text(result))
    if args.fail_on_regression and result["expected_mismatch_count"] > 0:
        return 1
    return 0


def _run_report(args: argparse.Namespace) -> int:
    from model_router.report import write_report

    feedback = [Path(path).expanduser() for path in (args.feedback or [])]
    try:
        summary = write_report(_event_paths(args), args.output, feedback)
    except OSError as exc:
        print(f"Report failed: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        print(f"Report written to {summary['output']} ({summary['events']} events, {summary['malformed_lines']} malformed lines)")
    return 0
