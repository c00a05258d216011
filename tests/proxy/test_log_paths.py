"""One routing-log location everywhere: packaged proxy config, presets, init, replay and feedback.

``init`` and every preset log to ``~/.model-router/logs/routing-events.jsonl``;
``replay`` / ``feedback`` default to the same place, and fall back to the
0.5.3 location (``~/.model-router/routing-events.jsonl``) only when that is
the one that exists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import model_router
from model_router.cli.observability_commands import DEFAULT_EVENTS_PATH, DEFAULT_FEEDBACK_PATH

BIN = Path(sys.executable).parent
CLI_COMMAND = [str(BIN / "model-router")] if (BIN / "model-router").exists() else [sys.executable, "-m", "model_router.cli"]
DATA = Path(model_router.__file__).parent / "data"
LOG_PATH = "~/.model-router/logs/routing-events.jsonl"


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(home))
    return subprocess.run(CLI_COMMAND + list(args), capture_output=True, text=True, env=env, timeout=60, check=True)


def test_defaults_name_the_logs_directory() -> None:
    assert DEFAULT_EVENTS_PATH == LOG_PATH
    assert DEFAULT_FEEDBACK_PATH == "~/.model-router/logs/routing-feedback.jsonl"


@pytest.mark.parametrize(
    "config", ["routing_proxy.yaml"] + sorted(f"presets/{path.name}" for path in (DATA / "presets").glob("*.yaml"))
)
def test_packaged_proxy_config_and_presets_log_where_replay_reads(config: str) -> None:
    observability = yaml.safe_load((DATA / config).read_text(encoding="utf-8"))["observability"]
    assert observability["enabled"] is True
    assert observability["log_path"] == LOG_PATH


def test_presets_are_all_there() -> None:
    names = {path.stem for path in (DATA / "presets").glob("*.yaml")}
    assert names == {"lmstudio", "ollama", "llamacpp", "localai", "hosted-openai-compatible"}


def test_replay_reads_the_logs_directory_by_default(tmp_path: Path) -> None:
    result = json.loads(run_cli(tmp_path, "replay", "--json").stdout)
    logs = tmp_path / ".model-router" / "logs"
    assert result["missing_files"] == [str(logs / "routing-events.jsonl"), str(logs / "routing-feedback.jsonl")]


def test_replay_falls_back_to_the_0_5_3_log_when_only_it_exists(tmp_path: Path) -> None:
    legacy = tmp_path / ".model-router" / "routing-events.jsonl"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("not json\n", encoding="utf-8")
    result = json.loads(run_cli(tmp_path, "replay", "--json").stdout)
    assert result["malformed_lines"] == 1  # the legacy file was read
    assert result["missing_files"] == [str(tmp_path / ".model-router" / "logs" / "routing-feedback.jsonl")]
    # Once the new log exists it wins.
    current = tmp_path / ".model-router" / "logs" / "routing-events.jsonl"
    current.parent.mkdir(parents=True)
    current.write_text("", encoding="utf-8")
    assert json.loads(run_cli(tmp_path, "replay", "--json").stdout)["malformed_lines"] == 0


def test_feedback_writes_beside_the_log_unless_a_0_5_3_file_is_in_use(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    run_cli(fresh, "feedback", "req-1", "fast_local")
    written = fresh / ".model-router" / "logs" / "routing-feedback.jsonl"
    assert json.loads(written.read_text(encoding="utf-8").splitlines()[0])["request_id"] == "req-1"

    upgraded = tmp_path / "upgraded"
    legacy = upgraded / ".model-router" / "routing-feedback.jsonl"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("", encoding="utf-8")
    run_cli(upgraded, "feedback", "req-2", "fast_local")
    assert json.loads(legacy.read_text(encoding="utf-8").splitlines()[0])["request_id"] == "req-2"
    assert not (upgraded / ".model-router" / "logs").exists()
