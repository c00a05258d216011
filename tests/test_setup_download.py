"""`setup download`: plans, a fake `hf` on PATH, confirmation, failures and usage errors."""

from __future__ import annotations

import json
from pathlib import Path

from tests.setup_fixtures import install_fake_hf, read_hf_log, run_cli, setup_env


def _env(tmp_path: Path, **extra: str) -> tuple[Path, dict[str, str]]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return home, setup_env(home, tmp_path / "bin", extra=extra)


def test_plan_without_execute_runs_nothing(tmp_path: Path) -> None:
    home, env = _env(tmp_path)
    install_fake_hf(tmp_path / "bin")
    result = run_cli(["setup", "download", "--json", "--no-default-dirs"], env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["executed"] is False and report["ok"] is True
    assert {item["status"] for item in report["results"]} == {"planned"}
    fast = next(item for item in report["results"] if item["route"] == "fast_local")
    assert fast["command"][:3] == ["hf", "download", fast["repo_id"]]
    assert fast["command"][-2:] == ["--local-dir", f"models/fast_local/{fast['repo_id'].replace('/', '--')}"]
    assert "--include" in fast["command"]
    assert read_hf_log(home / "hf-calls.jsonl") == []


def test_route_filter_local_root_and_unknown_route_note(tmp_path: Path) -> None:
    _home, env = _env(tmp_path)
    result = run_cli(
        ["setup", "download", "--json", "--no-default-dirs", "--route", "fast_local", "--route", "nonsense",
         "--local-root", "/data/llm"],
        env=env,
        cwd=tmp_path,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert [item["route"] for item in report["results"]] == ["fast_local"]
    assert report["results"][0]["local_dir"].startswith("/data/llm/fast_local/")
    assert any(note.startswith("No download suggestions for routes: nonsense") for note in report["notes"])


def test_execute_with_yes_runs_fake_hf_and_reports_per_item(tmp_path: Path) -> None:
    home, env = _env(tmp_path, FAKE_HF_FAIL_FOR="Qwen2.5-3B")
    install_fake_hf(tmp_path / "bin")
    result = run_cli(
        ["setup", "download", "--json", "--no-default-dirs", "--profile", "lightweight", "--route", "fast_local",
         "--route", "balanced_local", "--execute", "--yes"],
        env=env,
        cwd=tmp_path,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert result.returncode == 1  # one item failed
    statuses = {item["route"]: (item["status"], item["returncode"]) for item in report["results"]}
    assert statuses == {"fast_local": ("completed", 0), "balanced_local": ("failed", 3)}
    calls = read_hf_log(home / "hf-calls.jsonl")
    assert [call[:2] for call in calls] == [["download", "lmstudio-community/Qwen3-0.6B-GGUF"],
                                             ["download", "Qwen/Qwen2.5-3B-Instruct-GGUF"]]  # fmt: skip
    # Progress goes to stderr: a start and an end line per item, with the child's output.
    assert "[1/2] downloading lmstudio-community/Qwen3-0.6B-GGUF" in result.stderr
    assert "[1/2] lmstudio-community/Qwen3-0.6B-GGUF: completed in" in result.stderr
    assert "[2/2] Qwen/Qwen2.5-3B-Instruct-GGUF: failed with exit code 3" in result.stderr
    assert "fake hf: repository not found" in result.stderr
    assert (tmp_path / "models" / "fast_local" / "lmstudio-community--Qwen3-0.6B-GGUF").is_dir()


def test_missing_hf_is_reported_per_item(tmp_path: Path) -> None:
    _home, env = _env(tmp_path)
    result = run_cli(
        ["setup", "download", "--json", "--no-default-dirs", "--route", "fast_local", "--route", "code_agent",
         "--execute", "--yes"],
        env=env,
        cwd=tmp_path,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert [(item["status"], item["returncode"]) for item in report["results"]] == [("missing_command", 127)] * 2


def test_execute_asks_first_and_no_means_nothing_runs(tmp_path: Path) -> None:
    home, env = _env(tmp_path)
    install_fake_hf(tmp_path / "bin")
    args = ["setup", "download", "--no-default-dirs", "--route", "fast_local", "--execute"]
    declined = run_cli(args, env=env, cwd=tmp_path, stdin="n\n")
    assert "Run these hf download commands? [y/N]" in declined.stdout
    assert "confirmation_required" in declined.stdout and declined.returncode == 1
    eof = run_cli(args, env=env, cwd=tmp_path, stdin="")
    assert eof.returncode == 1 and "Traceback" not in eof.stderr
    assert read_hf_log(home / "hf-calls.jsonl") == []
    accepted = run_cli(args, env=env, cwd=tmp_path, stdin="y\n")
    assert accepted.returncode == 0, accepted.stderr
    assert "- fast_local: completed" in accepted.stdout
    assert len(read_hf_log(home / "hf-calls.jsonl")) == 1


def test_json_execute_without_yes_requires_confirmation(tmp_path: Path) -> None:
    home, env = _env(tmp_path)
    install_fake_hf(tmp_path / "bin")
    result = run_cli(
        ["setup", "download", "--json", "--no-default-dirs", "--route", "fast_local", "--execute"], env=env, cwd=tmp_path
    )
    report = json.loads(result.stdout)
    assert [item["status"] for item in report["results"]] == ["confirmation_required"]
    assert "Pass --yes or confirm interactively to execute." in report["notes"]
    assert result.returncode == 1
    assert read_hf_log(home / "hf-calls.jsonl") == []


def test_custom_repo_id(tmp_path: Path) -> None:
    home, env = _env(tmp_path)
    install_fake_hf(tmp_path / "bin")
    result = run_cli(
        ["setup", "download", "--json", "--no-default-dirs", "--route", "balanced_local", "--repo-id",
         "custom-org/custom-model", "--execute", "--yes"],
        env=env,
        cwd=tmp_path,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stderr
    item = report["results"][0]
    assert (item["route"], item["status"]) == ("balanced_local", "completed")
    assert item["command"] == ["hf", "download", "custom-org/custom-model", "--local-dir",
                               "models/balanced_local/custom-org--custom-model"]  # fmt: skip
    assert "Custom Hugging Face repo requested by user." in report["notes"]
    assert read_hf_log(home / "hf-calls.jsonl")[0][1] == "custom-org/custom-model"


def test_repo_id_with_two_routes_is_a_usage_error(tmp_path: Path) -> None:
    _home, env = _env(tmp_path)
    result = run_cli(
        ["setup", "download", "--repo-id", "a/b", "--route", "fast_local", "--route", "code_agent"], env=env, cwd=tmp_path
    )
    assert result.returncode == 2
    assert "--repo-id" in result.stderr and "Traceback" not in result.stderr
