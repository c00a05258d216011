"""`setup wizard` driven through a real subprocess with scripted stdin."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.setup_fixtures import build_fake_home, install_fake_hf, read_hf_log, run_cli, setup_env

from model_router import ModelRouter
from model_router.config import load_router_config
from tests.test_routing import README_TABLE

README_ROUTING = dict(README_TABLE)  # the product README table, defined once


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*.tmp")]


@pytest.fixture
def machine(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    home = tmp_path / "home"
    build_fake_home(home)
    install_fake_hf(tmp_path / "bin")
    return home, setup_env(home, tmp_path / "bin")


def test_full_local_flow_with_every_kind_of_answer(
    tmp_path: Path, machine: tuple[Path, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, env = machine
    output = tmp_path / "configs" / "local.yaml"
    answers = [
        "1",  # mode: local
        "",  # simple: the default (the matching local model)
        "llama3.1",  # balanced: part of an option label
        "banana",  # reasoning: invalid -> keeps the default
        "",  # coding: default (the coder model)
        "99",  # research: out of range -> keeps the default
        "0",  # vision: keep the engine as configured
        "download",  # image generation: the recommended download
        "y",  # write
        "y",  # run the selected download
    ]
    result = run_cli(["setup", "wizard", "--output", str(output)], env=env, cwd=tmp_path, stdin="\n".join(answers) + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert out.startswith("ModelRouter setup wizard")
    assert "Hugging Face `hf` CLI is missing." not in out  # hf is on PATH
    assert "  0. Keep engine fast_local (model: modelrouter-fast-local; adapter: local_chat; path: none)" in out
    assert "  1. Local model lmstudio-community/Qwen3-0.6B-GGUF (lm_studio)" in out
    assert "Unknown choice 'banana'; keeping reasoning_local." in out
    assert "Unknown choice '99'; keeping web_research." in out
    assert f"wrote recommended config: {output}" in out
    assert "Wired downloaded models (image_generation)" in out

    engines = load_router_config(output).engines
    assert engines["fast_local"].model == "lmstudio-community/Qwen3-0.6B-GGUF"
    assert engines["balanced_local"].model == "llama3.1:8b"
    assert engines["reasoning_local"].model == "llama3.1:8b"
    assert engines["code_agent"].model == "qwen2.5-coder:7b"
    assert engines["multimodal_vision"].model == "modelrouter-vision-local"
    assert engines["image_generation"].model == "stabilityai/sdxl-turbo"
    assert Path(engines["image_generation"].availability.required_paths[0]).is_dir()
    assert [call[1] for call in read_hf_log(home / "hf-calls.jsonl")] == ["stabilityai/sdxl-turbo"]
    text = output.read_text()
    assert "Wizard mode selected: local." in text and "Not downloaded yet" not in text

    monkeypatch.chdir(tmp_path)
    router = ModelRouter.from_config(str(output))
    for prompt, engine in README_ROUTING.items():
        assert router.route_fast(prompt) == engine, prompt


def test_end_of_input_stops_without_writing(tmp_path: Path, machine: tuple[Path, dict[str, str]]) -> None:
    _home, env = machine
    output = tmp_path / "local.yaml"
    result = run_cli(["setup", "wizard", "--output", str(output)], env=env, cwd=tmp_path, stdin="1\n\n")
    assert result.returncode == 1
    assert "Input ended: setup wizard stopped. No config written." in result.stdout
    assert "Traceback" not in result.stderr
    assert not output.exists() and _no_temp_files(tmp_path)


def test_declining_to_write_writes_nothing(tmp_path: Path, machine: tuple[Path, dict[str, str]]) -> None:
    _home, env = machine
    output = tmp_path / "local.yaml"
    result = run_cli(["setup", "wizard", "--output", str(output)], env=env, cwd=tmp_path, stdin="\n" * 8 + "n\n")
    assert result.returncode == 0
    assert "Write this config to" in result.stdout and "No config written." in result.stdout
    assert not output.exists()


def test_existing_config_is_the_default_and_overwrite_is_asked(
    tmp_path: Path, machine: tuple[Path, dict[str, str]]
) -> None:
    _home, env = machine
    output = tmp_path / "local.yaml"
    # An existing valid config whose coding target is reasoning_local.
    original = "routing_targets:\n  coding: reasoning_local\n" + load_default_engines()
    output.write_text(original)
    kept = run_cli(["setup", "wizard", "--output", str(output)], env=env, cwd=tmp_path, stdin="\n" * 8 + "y\nn\n")
    assert "Config already exists" in kept.stdout and "No config written." in kept.stdout
    assert "  0. Keep engine reasoning_local" in kept.stdout
    assert output.read_text() == original
    replaced = run_cli(["setup", "wizard", "--output", str(output)], env=env, cwd=tmp_path, stdin="\n" * 8 + "y\ny\n")
    assert replaced.returncode == 0, replaced.stdout
    assert load_router_config(output).routing_targets["coding"] == "reasoning_local"  # the kept default


def load_default_engines() -> str:
    from model_router.config import default_config_text

    text = default_config_text()
    return text[text.index("\nengines:") :]


def test_json_mode_prompts_on_stderr_and_prints_json(tmp_path: Path, machine: tuple[Path, dict[str, str]]) -> None:
    _home, env = machine
    output = tmp_path / "local.yaml"
    result = run_cli(
        ["setup", "wizard", "--json", "--output", str(output)], env=env, cwd=tmp_path, stdin="mix\n" + "\n" * 7 + "y\n"
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["written"] is True and payload["mode"] == "mixed"
    assert payload["routing_targets"]["confirmation"] == "human_confirm"
    assert "Mode [3]:" in result.stderr
    load_router_config(output)


def test_missing_hf_is_offered_first_and_declining_is_safe(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = setup_env(home, tmp_path / "bin")
    output = tmp_path / "local.yaml"
    result = run_cli(["setup", "wizard", "--output", str(output)], env=env, cwd=tmp_path, stdin="n\n" + "\n" * 8 + "y\n")
    assert result.returncode == 0, result.stdout
    lines = result.stdout
    assert lines.index("Hugging Face `hf` CLI is missing.") < lines.index("Mode [3]:")
    assert "Install it into this Python environment now? [y/N]" in lines
    load_router_config(output)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_at_a_prompt_leaves_no_file(tmp_path: Path, machine: tuple[Path, dict[str, str]]) -> None:
    _home, env = machine
    output = tmp_path / "local.yaml"
    process = subprocess.Popen(
        [sys.executable, "-m", "model_router.cli", "setup", "wizard", "--output", str(output)],
        env=env,
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as at a terminal: a test runner started in the background by a
        # shell without job control inherits SIGINT ignored, and so would the wizard.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        seen = b""
        deadline = time.monotonic() + 30
        while b"Mode [3]: " not in seen and time.monotonic() < deadline:
            chunk = os.read(process.stdout.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
        assert b"Mode [3]: " in seen
        process.send_signal(signal.SIGINT)
        # Wait with stdin still open: closing it would give the wizard an
        # end-of-input way out (exit 1) that this test is not about.
        process.wait(timeout=30)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, err
    assert b"Interrupted." in err and b"Traceback" not in err
    assert not output.exists() and _no_temp_files(tmp_path)
