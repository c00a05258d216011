"""Median time per operation for both backends, and their ratios, as JSON.

Run: ``python -m bench.run`` (``--repeat N`` for more samples, ``--quick`` for
a CI smoke run that only fails when a backend misroutes). One run measures
both backends on the same inputs, so the ratios are meaningful even on a noisy
machine; quote ratios rather than single absolute times.

What is measured, per backend:

* ``api``: the public API. The backend is chosen once per process
  (``MODEL_ROUTER_BACKEND``), so each backend runs in its own child process
  (``--worker``): ``ModelRouter.route_fast`` over the README prompts (mean ns
  per prompt over the whole list, and the median over the prompts of each
  prompt's own median), on 6 KB and 64 KB prompts (ns and GB/s), on a pasted
  email thread asked to be summarized (``bench.backend_tables.PASTED_PROMPT``:
  its layout is read and the user's own lines scanned again), ``route(...,
  include_alternatives=False)`` and ``route(...)`` over the README prompts,
  and ``ModelRouter.from_config`` (the first call in the process and the
  median of later ones, in ms).
* ``classes``: the backend classes called directly (``RouteTable.route_fast``,
  ``FeatureScorer.analyze``), both backends in this process.
* ``import_ms``: wall time of ``python -c "import model_router"`` in a fresh
  interpreter minus a bare ``python -c pass`` (median of several runs).
* ``decide``: wall and CPU time of ``model-router decide`` (Rust backend when
  built) and of a bare ``python -c pass``, alternated (see ``decide_ms``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# `python bench/run.py` (as .ci/run calls it) puts bench/ on the path, not the
# repo root; `python -m bench.run` needs nothing.
REPO_ROOT = Path(__file__).resolve().parents[1]
if not __package__:
    sys.path.insert(0, str(REPO_ROOT))

from bench.backend_tables import (  # noqa: E402
    PASTED_PROMPT,
    README_ROUTES,
    backend_modules,
    build_tables,
    long_prompt,
)

#: Target duration of one timing sample, in ns (``--quick`` uses a tenth).
SAMPLE_NS = 20_000_000


def median_ns(operation: Callable[[], object], per_call: int, repeat: int, sample_ns: int = SAMPLE_NS) -> float:
    """Median over ``repeat`` samples of the time of one operation, in ns.

    Each sample times a loop sized to last about ``sample_ns``, so timer
    overhead does not count.
    """
    started = time.perf_counter_ns()
    operation()
    single = max(time.perf_counter_ns() - started, 1)
    loops = max(1, sample_ns // single)
    samples = []
    for _ in range(repeat):
        started = time.perf_counter_ns()
        for _ in range(loops):
            operation()
        samples.append((time.perf_counter_ns() - started) / (loops * per_call))
    return statistics.median(samples)


def measure_api(repeat: int, sample_ns: int) -> dict[str, object]:
    """The public-API measurements of this process's backend (worker side)."""
    started = time.perf_counter_ns()
    from model_router import ModelRouter, backend

    import_ns = time.perf_counter_ns() - started
    started = time.perf_counter_ns()
    router = ModelRouter.from_config(validate_availability=False)
    first_from_config_ms = (time.perf_counter_ns() - started) / 1e6
    prompts = list(README_ROUTES)
    expected = list(README_ROUTES.values())
    route_fast = router.route_fast
    route = router.route
    # The first call also pays for anything compiled lazily; report it.
    started = time.perf_counter_ns()
    first_answers = [route_fast(prompt) for prompt in prompts]
    first_route_fast_ms = (time.perf_counter_ns() - started) / 1e6
    errors = []
    if first_answers != expected:
        errors.append(f"route_fast disagrees with the README routing table: {first_answers}")
    routed = [route(prompt).selected_engine for prompt in prompts]
    if routed != expected:
        errors.append(f"route disagrees with the README routing table: {routed}")
    prompt_6kb = long_prompt(6 * 1024)
    prompt_64kb = long_prompt(64 * 1024)

    def from_config() -> object:
        return ModelRouter.from_config(validate_availability=False)

    median = {
        "route_fast_readme_ns": median_ns(lambda: [route_fast(p) for p in prompts], len(prompts), repeat, sample_ns),
        "route_fast_6kb_ns": median_ns(lambda: route_fast(prompt_6kb), 1, repeat, sample_ns),
        "route_fast_64kb_ns": median_ns(lambda: route_fast(prompt_64kb), 1, repeat, sample_ns),
        "route_fast_pasted_ns": median_ns(lambda: route_fast(PASTED_PROMPT), 1, repeat, sample_ns),
        "route_no_alternatives_readme_ns": median_ns(
            lambda: [route(p, include_alternatives=False) for p in prompts], len(prompts), repeat, sample_ns
        ),
        "route_readme_ns": median_ns(lambda: [route(p) for p in prompts], len(prompts), repeat, sample_ns),
        "from_config_ms": median_ns(from_config, 1, repeat, sample_ns) / 1e6,
    }
    # The spec's figure is a median over the README prompts: each prompt
    # timed on its own, then the median of those (the mean above weighs the
    # slowest prompts in too).
    per_prompt = {
        prompt: median_ns(lambda prompt=prompt: route_fast(prompt), 1, repeat, sample_ns // len(prompts))
        for prompt in prompts
    }
    median["route_fast_readme_median_over_prompts_ns"] = statistics.median(per_prompt.values())
    return {
        "backend": backend(),
        "errors": errors,
        "route_fast_readme_per_prompt_ns": {prompt: round(value, 1) for prompt, value in per_prompt.items()},
        "first_import_in_worker_ms": round(import_ns / 1e6, 2),
        "first_from_config_ms": round(first_from_config_ms, 3),
        "first_route_fast_readme_ms": round(first_route_fast_ms, 3),
        "median": {key: round(value, 4 if key.endswith("_ms") else 1) for key, value in median.items()},
        "route_fast_6kb_gb_per_s": round(len(prompt_6kb.encode()) / median["route_fast_6kb_ns"], 3),
        "route_fast_64kb_gb_per_s": round(len(prompt_64kb.encode()) / median["route_fast_64kb_ns"], 3),
    }


def run_worker(name: str, repeat: int, quick: bool) -> dict[str, object]:
    """``measure_api`` in a child process that uses backend ``name``."""
    command = [sys.executable, "-m", "bench.run", "--worker", "--repeat", str(repeat)]
    if quick:
        command.append("--quick")
    environment = dict(os.environ, MODEL_ROUTER_BACKEND=name)
    completed = subprocess.run(
        command, env=environment, cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        return {"backend": name, "errors": [f"worker failed: {completed.stderr.strip()[-2000:]}"]}
    return json.loads(completed.stdout)


def import_ms(name: str, runs: int) -> float:
    """Median wall ms of ``import model_router`` minus a bare interpreter."""
    environment = dict(os.environ, MODEL_ROUTER_BACKEND=name)

    def wall(code: str) -> float:
        started = time.perf_counter_ns()
        subprocess.run([sys.executable, "-c", code], env=environment, check=True)
        return (time.perf_counter_ns() - started) / 1e6

    bare = statistics.median(wall("pass") for _ in range(runs))
    loaded = statistics.median(wall("import model_router") for _ in range(runs))
    return round(loaded - bare, 2)


def decide_ms(name: str, runs: int) -> dict[str, float]:
    """``model-router decide`` in a fresh process, against a bare interpreter.

    Runs alternate between the two so machine load hits both alike; medians
    of wall time and of CPU time (user + system) in ms. Bytecode caching is
    left on (``PYTHONDONTWRITEBYTECODE`` removed), as in a real install.
    """
    import resource

    environment = dict(os.environ, MODEL_ROUTER_BACKEND=name)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    script = Path(sys.executable).parent / "model-router"
    if script.exists():
        decide = [str(script)]
    else:
        decide = [sys.executable, "-c", "import re, sys; from model_router.cli import main; sys.exit(main())"]
    commands = {"bare": [sys.executable, "-c", "pass"], "decide": [*decide, "decide", "fix the repo and run tests"]}
    wall: dict[str, list[float]] = {key: [] for key in commands}
    cpu: dict[str, list[float]] = {key: [] for key in commands}

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    for command in commands.values():  # warm-up: writes .pyc files, fills the page cache
        subprocess.run(command, env=environment, check=True, stdout=subprocess.DEVNULL)
    for _ in range(runs):
        for key, command in commands.items():
            cpu_before, started = children_cpu(), time.perf_counter_ns()
            subprocess.run(command, env=environment, check=True, stdout=subprocess.DEVNULL)
            wall[key].append((time.perf_counter_ns() - started) / 1e6)
            cpu[key].append((children_cpu() - cpu_before) * 1e3)
    result = {f"{key}_wall_ms": round(statistics.median(values), 1) for key, values in wall.items()}
    result.update({f"{key}_cpu_ms": round(statistics.median(values), 1) for key, values in cpu.items()})
    result["decide_over_bare_wall"] = round(result["decide_wall_ms"] / result["bare_wall_ms"], 2)
    return result


def measure_classes(repeat: int, sample_ns: int) -> tuple[dict[str, dict[str, float]], list[str]]:
    """The backend classes called directly, both backends in this process."""
    tables = build_tables()
    prompts = list(README_ROUTES)
    expected = list(README_ROUTES.values())
    prompt_6kb = long_prompt(6 * 1024)
    prompt_64kb = long_prompt(64 * 1024)
    medians: dict[str, dict[str, float]] = {}
    errors = []
    for name, tables_of in sorted(tables.items()):
        route_fast = tables_of.route_table.route_fast
        analyze = tables_of.scorer.analyze
        if [route_fast(prompt) for prompt in prompts] != expected:
            errors.append(f"{name}: RouteTable.route_fast disagrees with the README routing table")
            continue
        if route_fast(PASTED_PROMPT) != README_ROUTES["summarize these notes"]:
            errors.append(f"{name}: RouteTable.route_fast confirms the pasted thread it was asked to summarize")
            continue
        medians[name] = {
            "route_fast_readme": median_ns(lambda: [route_fast(p) for p in prompts], len(prompts), repeat, sample_ns),
            "route_fast_6kb": median_ns(lambda: route_fast(prompt_6kb), 1, repeat, sample_ns),
            "route_fast_64kb": median_ns(lambda: route_fast(prompt_64kb), 1, repeat, sample_ns),
            "route_fast_pasted": median_ns(lambda: route_fast(PASTED_PROMPT), 1, repeat, sample_ns),
            "analyze_readme": median_ns(lambda: [analyze(p) for p in prompts], len(prompts), repeat, sample_ns),
            "analyze_64kb": median_ns(lambda: analyze(prompt_64kb), 1, repeat, sample_ns),
        }
    return medians, errors


def ratios(rust: dict[str, float], python: dict[str, float]) -> dict[str, float]:
    """rust/python for every key both have (below 1: Rust is faster)."""
    return {key: round(rust[key] / python[key], 4) for key in python if key in rust and python[key]}


def main(argv: list[str] | None = None) -> int:
    """Print the JSON report; exit 1 if a backend answers wrongly."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="samples per measurement (default 7)")
    parser.add_argument("--quick", action="store_true", help="few short samples (CI smoke); fails only on misroutes")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    repeat = min(args.repeat, 2) if args.quick else args.repeat
    sample_ns = SAMPLE_NS // 10 if args.quick else SAMPLE_NS

    if args.worker:
        print(json.dumps(measure_api(repeat, sample_ns)))
        return 0

    names = sorted(backend_modules())
    report: dict[str, object] = {"backends": names, "repeat": repeat, "quick": args.quick}
    api = {name: run_worker(name, repeat, args.quick) for name in names}
    errors = [f"{name}: {error}" for name, result in api.items() for error in result.get("errors", [])]
    classes, class_errors = measure_classes(repeat, sample_ns)
    errors += class_errors
    report["api"] = api
    report["import_ms"] = {name: import_ms(name, 3 if args.quick else 9) for name in names}
    report["decide"] = decide_ms("rust" if "rust" in names else names[0], 3 if args.quick else 11)
    report["classes_median_ns"] = {
        name: {key: round(value, 1) for key, value in values.items()} for name, values in classes.items()
    }
    if "rust" in api and "python" in api and "median" in api["rust"] and "median" in api["python"]:
        report["api_rust_over_python"] = ratios(api["rust"]["median"], api["python"]["median"])
    if "rust" in classes and "python" in classes:
        report["classes_rust_over_python"] = ratios(classes["rust"], classes["python"])
    report["errors"] = errors
    print(json.dumps(report, indent=2))
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
