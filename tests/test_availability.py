"""Declarative availability: env vars, commands on PATH and paths, set up for real."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
import yaml

from model_router.availability import validate_engine_availability, validate_router_availability
from model_router.config import EngineConfig, RouterConfig, default_config_text, load_router_config, parse_router_config

REPO_ROOT = Path(__file__).resolve().parents[1]
# The C loader/dumper keep the many small round trips of these tests fast.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def engine_with(availability: dict[str, Any] | None, *, enabled: bool = True) -> EngineConfig:
    """A real EngineConfig parsed from the default catalog plus one extra engine."""
    data = yaml.load(default_config_text(), Loader=FAST_LOADER)
    entry: dict[str, Any] = {
        "provider": "local",
        "model": "m",
        "adapter": "local_chat",
        "strengths": [],
        "max_context": 8192,
        "cost_tier": "free",
        "latency_tier": "low",
        "enabled": enabled,
    }
    if availability is not None:
        entry["availability"] = availability
    data["engines"]["probe"] = entry
    return parse_router_config(data, "test.yaml").engines["probe"]


def make_fake_command(directory: Path, name: str, marker: Path) -> Path:
    """An executable that leaves ``marker`` behind if anything ever runs it."""
    path = directory / name
    path.write_text(f"#!/bin/sh\ntouch '{marker}'\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def test_no_requirements() -> None:
    result = validate_engine_availability(engine_with(None))
    assert (result.engine, result.available, result.reasons) == ("probe", True, ("no availability requirements declared",))


def test_marked_unavailable_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROBE_KEY", "set")
    result = validate_engine_availability(engine_with({"status": "unavailable", "required_env": ["PROBE_KEY"]}))
    assert (result.available, result.reasons) == (False, ("marked unavailable in config",))


def test_marked_available_still_checks_requirements(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROBE_KEY", raising=False)
    engine = engine_with({"status": "available", "required_env": ["PROBE_KEY"]})
    assert validate_engine_availability(engine).reasons == ("missing env var PROBE_KEY",)
    monkeypatch.setenv("PROBE_KEY", "x")
    result = validate_engine_availability(engine)
    assert (result.available, result.reasons) == (True, ("marked available in config",))


def test_env_vars_present_empty_and_missing_never_leak_values(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-live-do-not-print-0123456789"
    monkeypatch.setenv("PROBE_PRESENT", secret)
    monkeypatch.setenv("PROBE_EMPTY", "")
    monkeypatch.delenv("PROBE_MISSING", raising=False)
    result = validate_engine_availability(engine_with({"required_env": ["PROBE_PRESENT", "PROBE_EMPTY", "PROBE_MISSING"]}))
    assert result.available is False
    assert result.reasons == ("missing env var PROBE_EMPTY", "missing env var PROBE_MISSING")
    assert secret not in repr(result.to_dict())

    result = validate_engine_availability(engine_with({"required_env": ["PROBE_PRESENT"]}))
    assert (result.available, result.reasons) == (True, ("availability checks passed",))
    assert secret not in repr(result.to_dict())


def test_commands_are_looked_up_on_path_and_never_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    marker = tmp_path / "was-run"
    make_fake_command(bin_dir, "probe-agent", marker)
    not_executable = bin_dir / "probe-plain"
    not_executable.write_text("#!/bin/sh\n", encoding="utf-8")
    not_executable.chmod(0o644)
    monkeypatch.setenv("PATH", str(bin_dir))

    found = validate_engine_availability(engine_with({"required_commands": ["probe-agent"]}))
    assert (found.available, found.reasons) == (True, ("availability checks passed",))
    missing = validate_engine_availability(engine_with({"required_commands": ["probe-agent", "probe-plain", "probe-absent"]}))
    assert (missing.available, missing.reasons) == (False, ("missing command probe-plain", "missing command probe-absent"))
    assert not marker.exists(), "availability checks must never run a command"

    monkeypatch.setenv("PATH", str(tmp_path / "elsewhere"))
    assert validate_engine_availability(engine_with({"required_commands": ["probe-agent"]})).reasons == (
        "missing command probe-agent",
    )


def test_paths_absolute_relative_and_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model_dir = tmp_path / "models" / "fast_local" / "Qwen--Qwen3-0.6B"
    model_dir.mkdir(parents=True)
    home = tmp_path / "home"
    (home / "weights").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)

    present = ["models/fast_local/Qwen--Qwen3-0.6B", str(model_dir), "~/weights"]
    result = validate_engine_availability(engine_with({"required_paths": present}))
    assert (result.available, result.reasons) == (True, ("availability checks passed",))

    result = validate_engine_availability(engine_with({"required_paths": ["models/absent", "~/nothing", str(model_dir)]}))
    assert (result.available, result.reasons) == (False, ("missing path models/absent", "missing path ~/nothing"))


def test_reasons_list_env_then_commands_then_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROBE_KEY", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    result = validate_engine_availability(
        engine_with({"required_paths": ["weights"], "required_commands": ["probe-cli"], "required_env": ["PROBE_KEY"]})
    )
    assert result.reasons == ("missing env var PROBE_KEY", "missing command probe-cli", "missing path weights")


def test_router_report_checks_enabled_engines_sorted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no `claude`/`codex` here: they are disabled anyway
    report = validate_router_availability(load_router_config())
    assert list(report.engines) == sorted(
        ["intent_router", "fast_local", "balanced_local", "reasoning_local", "code_agent", "web_research", "multimodal_vision", "image_generation", "human_confirm"]
    )
    assert report.all_available is True
    assert report.engines["human_confirm"].reasons == ("marked available in config",)
    assert report.engines["code_agent"].reasons == ("no availability requirements declared",)


def test_local_example_reports_missing_model_directories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_router_config(REPO_ROOT / "configs" / "model_router.local.example.yaml")
    monkeypatch.chdir(tmp_path)
    report = validate_router_availability(config)
    assert report.all_available is False
    assert report.engines["fast_local"].reasons == ("missing path models/fast_local/Qwen--Qwen3-0.6B",)
    assert report.engines["code_agent"].available is True

    for engine in config.engines.values():
        for path in engine.availability.required_paths:
            (tmp_path / path).mkdir(parents=True)
    report = validate_router_availability(config)
    assert report.all_available is True
    assert report.engines["fast_local"].reasons == ("availability checks passed",)


def test_report_without_enabled_engines_is_not_all_available() -> None:
    base = load_router_config()
    disabled = {
        name: EngineConfig(**{**{f: getattr(engine, f) for f in EngineConfig.__dataclass_fields__}, "enabled": False})
        for name, engine in base.engines.items()
    }
    config = RouterConfig(engines=disabled, routing_targets=dict(base.routing_targets), source_path="test")
    report = validate_router_availability(config)
    assert report.engines == {}
    assert report.all_available is False


def test_disabled_engines_are_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    report = validate_router_availability(load_router_config())
    assert "openai_api" not in report.engines
    # The same engine checked on its own reports what is missing.
    assert validate_engine_availability(load_router_config().engines["openai_api"]).reasons == (
        "missing env var OPENAI_API_KEY",
    )


def test_any_non_empty_env_value_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only presence matters: any non-empty value passes.
    monkeypatch.setenv("OPENAI_API_KEY", " ")
    assert validate_engine_availability(load_router_config().engines["openai_api"]).available is True
