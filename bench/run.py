"""Median time per operation for both backends, and their ratios, as JSON.

Run: ``python -m bench.run`` (add ``--repeat N`` for more samples). One run
measures both backends on the same inputs, so the ratios are meaningful even
on a noisy machine; quote ratios rather than single absolute times.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable

from bench.backend_tables import README_ROUTES, build_tables, long_prompt


def median_ns(operation: Callable[[], object], per_call: int, repeat: int) -> float:
    """Median over ``repeat`` samples of the time of one operation, in ns.

    Each sample times a loop sized to last about 20 ms, so timer overhead
    does not count.
    """
    started = time.perf_counter_ns()
    operation()
    single = max(time.perf_counter_ns() - started, 1)
    loops = max(1, 20_000_000 // single)
    samples = []
    for _ in range(repeat):
        started = time.perf_counter_ns()
        for _ in range(loops):
            operation()
        samples.append((time.perf_counter_ns() - started) / (loops * per_call))
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    """Print the JSON report; exit 1 if a backend answers wrongly."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="samples per measurement (default 7)")
    args = parser.parse_args(argv)

    tables = build_tables()
    prompts = list(README_ROUTES)
    expected = list(README_ROUTES.values())
    prompt_6kb = long_prompt(6 * 1024)
    prompt_64kb = long_prompt(64 * 1024)
    report: dict[str, object] = {"backends": sorted(tables), "median_ns": {}}
    medians: dict[str, dict[str, float]] = {}
    for name, tables_of in sorted(tables.items()):
        route_fast = tables_of.route_table.route_fast
        analyze = tables_of.scorer.analyze
        if [route_fast(prompt) for prompt in prompts] != expected:
            print(f"{name}: route_fast disagrees with the README routing table", file=sys.stderr)
            return 1
        medians[name] = {
            "route_fast_readme": median_ns(
                lambda: [route_fast(prompt) for prompt in prompts], len(prompts), args.repeat
            ),
            "route_fast_6kb": median_ns(lambda: route_fast(prompt_6kb), 1, args.repeat),
            "route_fast_64kb": median_ns(lambda: route_fast(prompt_64kb), 1, args.repeat),
            "analyze_readme": median_ns(
                lambda: [analyze(prompt) for prompt in prompts], len(prompts), args.repeat
            ),
            "analyze_64kb": median_ns(lambda: analyze(prompt_64kb), 1, args.repeat),
        }
    report["median_ns"] = {name: {key: round(value, 1) for key, value in values.items()} for name, values in medians.items()}
    report["route_fast_64kb_gb_per_s"] = {
        name: round(len(prompt_64kb.encode()) / values["route_fast_64kb"], 3) for name, values in medians.items()
    }
    if "rust" in medians:
        report["rust_over_python"] = {
            key: round(medians["rust"][key] / medians["python"][key], 4) for key in medians["python"]
        }
        report["python_over_rust_speedup"] = {
            key: round(medians["python"][key] / medians["rust"][key], 1) for key in medians["python"]
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
