"""Rust vs Python scorer, side by side (pytest-benchmark).

Run: ``pytest bench/bench_backends.py --benchmark-only`` (or with
``--benchmark-disable`` as a smoke test). Groups: ``features`` and
``route_fast`` (both backends' classes side by side) and ``route`` (the public
``ModelRouter`` API on this process's backend). Every benchmark asserts its result,
so a fast wrong answer fails instead of scoring well.
"""

from __future__ import annotations

import pytest

from bench.backend_tables import PASTED_PROMPT, README_ROUTES, build_tables, long_prompt
from model_router import ModelRouter, backend

TABLES = build_tables()
BACKENDS = sorted(TABLES)
PROMPT_6KB = long_prompt(6 * 1024)
PROMPT_64KB = long_prompt(64 * 1024)
# The Python twin's answers are the reference for the long prompts.
EXPECTED_ANALYSIS = {
    size: TABLES["python"].scorer.analyze(prompt)
    for size, prompt in (("6kb", PROMPT_6KB), ("64kb", PROMPT_64KB))
}
EXPECTED_ENGINE = {
    size: TABLES["python"].route_table.route_fast(prompt)
    for size, prompt in (("6kb", PROMPT_6KB), ("64kb", PROMPT_64KB))
}


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.benchmark(group="route_fast")
def test_route_fast_readme_prompts(benchmark, backend: str) -> None:
    route_fast = TABLES[backend].route_table.route_fast
    prompts = list(README_ROUTES)

    def route_all() -> list[str]:
        return [route_fast(prompt) for prompt in prompts]

    assert benchmark(route_all) == list(README_ROUTES.values())


@pytest.mark.parametrize("size", ["6kb", "64kb"])
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.benchmark(group="route_fast")
def test_route_fast_long_prompt(benchmark, backend: str, size: str) -> None:
    prompt = PROMPT_6KB if size == "6kb" else PROMPT_64KB
    assert benchmark(TABLES[backend].route_table.route_fast, prompt) == EXPECTED_ENGINE[size]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.benchmark(group="route_fast")
def test_route_fast_pasted_prompt(benchmark, backend: str) -> None:
    # A summary asked of a thread full of acts: not a confirmation.
    assert benchmark(TABLES[backend].route_table.route_fast, PASTED_PROMPT) == README_ROUTES["summarize these notes"]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.benchmark(group="features")
def test_analyze_readme_prompts(benchmark, backend: str) -> None:
    analyze = TABLES[backend].scorer.analyze
    reference = TABLES["python"].scorer.analyze
    prompts = list(README_ROUTES)

    def analyze_all() -> list[tuple[int, ...]]:
        return [analyze(prompt) for prompt in prompts]

    assert benchmark(analyze_all) == [reference(prompt) for prompt in prompts]


@pytest.mark.parametrize("size", ["6kb", "64kb"])
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.benchmark(group="features")
def test_analyze_long_prompt(benchmark, backend: str, size: str) -> None:
    prompt = PROMPT_6KB if size == "6kb" else PROMPT_64KB
    assert benchmark(TABLES[backend].scorer.analyze, prompt) == EXPECTED_ANALYSIS[size]


# The public API runs on the backend this process chose (MODEL_ROUTER_BACKEND),
# so the `route` group shows one backend per run: run it once with
# MODEL_ROUTER_BACKEND=rust and once with =python to compare.
ROUTER = ModelRouter.from_config(validate_availability=False)


@pytest.mark.parametrize("alternatives", [True, False], ids=["with_alternatives", "no_alternatives"])
@pytest.mark.benchmark(group="route")
def test_route_readme_prompts(benchmark, alternatives: bool) -> None:
    route = ROUTER.route
    prompts = list(README_ROUTES)
    benchmark.extra_info["backend"] = backend()

    def route_all() -> list[str]:
        return [route(prompt, include_alternatives=alternatives).selected_engine for prompt in prompts]

    assert benchmark(route_all) == list(README_ROUTES.values())


@pytest.mark.benchmark(group="route")
def test_public_route_fast_readme_prompts(benchmark) -> None:
    route_fast = ROUTER.route_fast
    prompts = list(README_ROUTES)
    benchmark.extra_info["backend"] = backend()
    assert benchmark(lambda: [route_fast(prompt) for prompt in prompts]) == list(README_ROUTES.values())
