"""The 0.5.3 route_fast benchmark and latency guard, with their flags and JSON.

``bench/benchmark_route_fast.py`` reports; ``bench/check_route_fast_latency.py``
also compares against budgets and exits 1 when over. Both keep the 0.5.3
fields (iterations, repeat, prompts, route_fast_runs_us, route_fast_mean_us,
route_fast_best_us, routes_per_second_best, ...) and add medians and
percentiles of per-batch means plus the active backend. The test suite never
enforces absolute times; these scripts are for humans and release checks.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

DEFAULT_PROMPTS = (
    "rewrite this text",
    "fix the repo and run tests",
    "search the web for the latest TypeScript release notes",
    "drop the production database",
    "Design a distributed task scheduler with backpressure and exactly-once delivery semantics.",
)
BATCH = 100  # calls per timed sample for the percentiles


def _positive_float_from_env(parser: argparse.ArgumentParser, variable: str, default: float) -> float:
    raw = os.environ.get(variable)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0 or value != value or value == float("inf"):
        parser.error(f"{variable} must be a positive float")
    return value


def build_parser(description: str, iterations: int, guard: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--config", help="model_router.yaml (default: the packaged catalog)")
    parser.add_argument("--iterations", type=int, default=iterations, help=f"calls per repeat (default {iterations})")
    parser.add_argument("--repeat", type=int, default=5, help="repeats (default 5)")
    parser.add_argument("--prompt", action="append", help="a prompt to route (repeatable; default: five mixed prompts)")
    parser.add_argument("--validate-availability", action="store_true", help="run availability checks at construction")
    parser.add_argument("--json", action="store_true", help="print JSON")
    if guard:
        parser.add_argument("--max-best-us", type=float, default=None, help="budget for the best repeat (default 25)")
        parser.add_argument("--max-mean-us", type=float, default=None, help="budget for the mean of repeats (default 50)")
    return parser


def measure(args: argparse.Namespace) -> dict[str, object]:
    from model_router import ModelRouter, backend

    if args.iterations <= 0 or args.repeat <= 0:
        raise SystemExit("--iterations and --repeat must be positive")
    router = ModelRouter.from_config(args.config, validate_availability=args.validate_availability)
    prompts = list(args.prompt or DEFAULT_PROMPTS)
    route_fast = router.route_fast
    for prompt in prompts:  # one warm-up call per prompt
        route_fast(prompt)
    count = len(prompts)
    runs_us: list[float] = []
    batch_us: list[float] = []
    clock = time.perf_counter_ns
    for _ in range(args.repeat):
        started = clock()
        done = 0
        while done < args.iterations:
            size = min(BATCH, args.iterations - done)
            batch_started = clock()
            for index in range(done, done + size):
                route_fast(prompts[index % count])
            batch_us.append((clock() - batch_started) / size / 1000)
            done += size
        runs_us.append((clock() - started) / args.iterations / 1000)
    best = min(runs_us)
    quantiles = statistics.quantiles(batch_us, n=100) if len(batch_us) > 1 else batch_us * 99
    return {
        "backend": backend(),
        "iterations": args.iterations,
        "repeat": args.repeat,
        "prompts": count,
        "validate_availability": bool(args.validate_availability),
        "route_fast_runs_us": [round(value, 4) for value in runs_us],
        "route_fast_mean_us": round(statistics.fmean(runs_us), 4),
        "route_fast_best_us": round(best, 4),
        "route_fast_median_us": round(statistics.median(runs_us), 4),
        "route_fast_batch_p50_us": round(quantiles[49], 4),
        "route_fast_batch_p90_us": round(quantiles[89], 4),
        "route_fast_batch_p99_us": round(quantiles[98], 4),
        "routes_per_second_best": round(1_000_000 / best) if best > 0 else None,
    }


def run(description: str, iterations: int, guard: bool, argv: list[str] | None = None) -> int:
    parser = build_parser(description, iterations, guard)
    args = parser.parse_args(argv)
    if guard:
        if args.max_best_us is None:
            args.max_best_us = _positive_float_from_env(parser, "ROUTE_FAST_MAX_BEST_US", 25.0)
        if args.max_mean_us is None:
            args.max_mean_us = _positive_float_from_env(parser, "ROUTE_FAST_MAX_MEAN_US", 50.0)
        if not (args.max_best_us > 0 and args.max_mean_us > 0):
            parser.error("budgets must be positive")
    report = measure(args)
    exit_code = 0
    if guard:
        failures = []
        if report["route_fast_best_us"] > args.max_best_us:  # type: ignore[operator]
            failures.append(f"best {report['route_fast_best_us']} us exceeds {args.max_best_us} us")
        if report["route_fast_mean_us"] > args.max_mean_us:  # type: ignore[operator]
            failures.append(f"mean {report['route_fast_mean_us']} us exceeds {args.max_mean_us} us")
        report.update(
            max_best_us=args.max_best_us, max_mean_us=args.max_mean_us, passed=not failures, failures=failures
        )
        exit_code = 1 if failures else 0
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        for key in sorted(report):
            print(f"{key}: {report[key]}")
    return exit_code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(__doc__.splitlines()[0], 300_000, guard=False))
