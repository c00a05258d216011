"""``model-router decide | dispatch-plan | validate-config`` as installed commands."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_routing import README_TABLE

BIN = Path(sys.executable).parent


def _command(name: str) -> list[str]:
    found = BIN / name
    if found.exists():
        return [str(found)]
    which = shutil.which(name)
    assert which, f"{name} is not installed (pip install -e .)"
    return [which]


def run(*args: str, name: str = "model-router", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _command(name) + list(args), capture_output=True, text=True, timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_readme_table_through_decide_json():
    # One process per prompt is slow; the table is small enough to do it anyway.
    for prompt, engine in README_TABLE:
        result = run("decide", "--json", *prompt.split(" "))
        assert result.returncode == 0, result.stderr
        receipt = json.loads(result.stdout)
        assert receipt["selected_engine"] == engine, prompt
        assert "features" not in receipt and "prompt" not in receipt


def test_decide_readable_output():
    result = run("decide", "fix", "the", "repo", "and", "run", "tests")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Selected engine: code_agent"
    assert "Fallback engine: reasoning_local" in lines
    assert "Complexity: 56/100" in lines and "Risk: 38/100" in lines and "Confidence: 90/100" in lines
    assert "Requires code execution: true" in lines and "Config valid: true" in lines
    assert "- needs_tools: True" in lines and "- required_modalities: []" in lines
    for header in ("Requirements:", "Rejected engines:", "Alternatives:", "Availability:", "Reasons:"):
        assert header in lines


def test_legacy_command_and_module_entry_points():
    assert run("decide", "rewrite this text", name="hermes-router").stdout.startswith("Selected engine: fast_local")
    module = subprocess.run(
        [sys.executable, "-m", "hermes.plugins.model_router.cli", "decide", "rewrite this text"],
        capture_output=True, text=True, timeout=60,
    )
    assert module.stdout.startswith("Selected engine: fast_local")


def test_decide_fails_closed_on_bad_config_and_bad_hints(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("engines:\n  fast_local: [\n")
    result = run("decide", "--json", "--config", str(bad), "rewrite this text")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    receipt = json.loads(result.stdout)
    assert receipt["selected_engine"] == "human_confirm" and receipt["config_valid"] is False
    assert str(bad) in receipt["reasons"][-1]
    tier = json.loads(run("decide", "--json", "--max-cost-tier", "platinum", "rewrite this").stdout)
    assert tier["selected_engine"] == "human_confirm"
    assert tier["reasons"][-1].startswith("fail-closed: invalid routing hints: ")


def test_decide_hints_route_to_vision():
    result = run("decide", "--json", "--attachment", "image", "--max-cost-tier", "medium",
                 "--max-latency-tier", "medium", "summarize this attachment")
    receipt = json.loads(result.stdout)
    assert receipt["selected_engine"] == "multimodal_vision"
    assert receipt["requirements"]["required_modalities"] == ["image"]


def test_dispatch_plan(tmp_path):
    plan = json.loads(run("dispatch-plan", "--json", "rewrite this text").stdout)
    assert plan["selected_engine"] == "fast_local" and plan["dry_run"] is True and plan["can_dispatch"] is True
    assert plan["receipt"]["alternatives"] == []
    with_alternatives = json.loads(run("dispatch-plan", "--json", "--include-alternatives", "rewrite this text").stdout)
    assert with_alternatives["receipt"]["alternatives"]
    blocked = run("dispatch-plan", "drop the production database")
    assert "Blocked: true" in blocked.stdout.splitlines()
    missing = run("dispatch-plan", "--json", "--config", str(tmp_path / "nope.yaml"), "rewrite this")
    assert missing.returncode == 0 and "Traceback" not in missing.stderr
    assert json.loads(missing.stdout)["blocked"] is True


def test_validate_config(tmp_path):
    ok = run("validate-config", "--json")
    assert ok.returncode == 0
    report = json.loads(ok.stdout)
    assert report["config_valid"] is True and report["all_available"] is True
    assert "claude_code" not in report["engines"]  # disabled engines are not checked
    readable = run("validate-config")
    assert readable.stdout.splitlines()[:2] == ["Config valid: true", "All enabled engines available: true"]

    bad = tmp_path / "bad.yaml"
    bad.write_text("engines: {}\n")
    failed = run("validate-config", "--json", "--config", str(bad))
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    body = json.loads(failed.stdout)
    assert body["config_valid"] is False and str(bad) in body["error"] and body["engines"] == {}


@pytest.mark.parametrize("args", [["decide"], ["nonsense"], ["decide", "--attachment", "video", "x"]])
def test_usage_errors_exit_2_without_traceback(args):
    result = run(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr and "usage:" in result.stderr


def _subcommands(parser) -> list[str]:
    import argparse

    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return list(action.choices)


def test_command_groups_table_matches_the_registered_parsers():
    from model_router.cli import COMMAND_GROUPS, build_parser

    listed = [command for _, commands in COMMAND_GROUPS for command in commands]
    assert _subcommands(build_parser()) == listed
    for _, commands in COMMAND_GROUPS:
        for command in commands:
            assert _subcommands(build_parser(command)) == list(commands)
    assert _subcommands(build_parser("--help")) == listed
    assert _subcommands(build_parser("no-such-command")) == listed


@pytest.mark.parametrize(
    "argv",
    [
        ["decide", "--json", "--attachment", "image", "fix", "it"],
        ["dispatch-plan", "--include-alternatives", "x"],
        ["validate-config", "--json"],
        ["setup", "scan", "--json"],
        ["replay", "--json"],
    ],
)
def test_a_single_group_parser_parses_like_the_full_one(argv):
    from model_router.cli import build_parser

    assert vars(build_parser(argv[0]).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_decide_imports_only_its_own_command_group():
    code = (
        "import sys\n"
        "from model_router.cli import main\n"
        "main(['decide', 'rewrite this text'])\n"
        "loaded = sorted(name for name in sys.modules if name.startswith('model_router.cli.'))\n"
        "print(loaded, [name for name in ('yaml', 'dataclasses', 'shutil') if name in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "['model_router.cli.routing_commands'] []"


@pytest.mark.parametrize("columns", ["", "0", "abc", "44", "120"])
def test_help_is_formatted_exactly_as_argparse_would(monkeypatch, columns):
    # The CLI's formatter looks up the terminal width without importing
    # shutil; the help text must not change.
    import argparse

    from model_router.cli import _terminal_columns, build_parser

    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    else:
        monkeypatch.delenv("COLUMNS", raising=False)
    assert _terminal_columns() == shutil.get_terminal_size().columns
    for command in (None, "decide", "setup"):
        parser = build_parser(command)
        subparsers = [parser] + [
            sub for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for sub in action.choices.values()
        ]
        for sub in subparsers:
            ours = sub.format_help()
            sub.formatter_class = argparse.HelpFormatter
            assert sub.format_help() == ours
