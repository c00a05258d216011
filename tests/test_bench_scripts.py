"""The 0.5.3 latency scripts keep their flags, env budgets and JSON fields."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _run(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / script), *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_guard_reports_the_0_5_3_fields():
    result = _run("check_route_fast_latency.py", "--iterations", "200", "--repeat", "2", "--json")
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    for key in ("iterations", "repeat", "prompts", "validate_availability", "route_fast_runs_us",
                "route_fast_mean_us", "route_fast_best_us", "routes_per_second_best", "max_best_us",
                "max_mean_us", "passed", "failures"):
        assert key in report
    assert report["iterations"] == 200 and report["repeat"] == 2 and report["prompts"] == 5
    assert len(report["route_fast_runs_us"]) == 2
    assert report["passed"] == (result.returncode == 0) == (report["failures"] == [])


def test_guard_fails_when_over_budget():
    result = _run("check_route_fast_latency.py", "--iterations", "100", "--repeat", "1", "--json",
                  "--max-best-us", "0.000001", "--max-mean-us", "0.000001")
    assert result.returncode == 1
    assert json.loads(result.stdout)["passed"] is False


def test_bad_env_budget_is_a_usage_error_without_traceback():
    result = _run("check_route_fast_latency.py", "--iterations", "10", env={"ROUTE_FAST_MAX_MEAN_US": "-3"})
    assert result.returncode == 2
    assert "ROUTE_FAST_MAX_MEAN_US must be a positive float" in result.stderr
    assert "Traceback" not in result.stderr


def test_benchmark_script_prompt_flag():
    result = _run("benchmark_route_fast.py", "--iterations", "50", "--repeat", "1", "--json",
                  "--prompt", "rewrite this text")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["prompts"] == 1 and "max_best_us" not in report
