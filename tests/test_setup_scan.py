"""`setup scan`: fake homes with LM Studio, Ollama and HF layouts, and a fake local model server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.setup_fixtures import build_fake_home, model_list_server, run_cli, setup_env

from model_router.setup.servers import ModelServer, parse_servers_spec, query_server


def _scan_json(home: Path, tmp_path: Path, *args: str, servers: str = "") -> dict:
    env = setup_env(home, tmp_path / "bin", servers=servers, extra={"OPENAI_API_KEY": "sk-secret-value"})
    result = run_cli(["setup", "scan", "--json", *args], env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "sk-secret-value" not in result.stdout
    return json.loads(result.stdout)


def test_scan_finds_lm_studio_ollama_and_hf_cache(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = build_fake_home(home)
    report = _scan_json(home, tmp_path)
    models = {model["repo_id"]: model for model in report["models"]}
    assert set(models) == {
        "lmstudio-community/Qwen3-0.6B-GGUF",
        "qwen2.5-coder:7b",
        "llama3.1:8b",
        "someone/gemini-helper:latest",
        "Qwen/Qwen2.5-VL-7B-Instruct",
    }
    assert models["lmstudio-community/Qwen3-0.6B-GGUF"]["source"] == "lm_studio"
    assert models["lmstudio-community/Qwen3-0.6B-GGUF"]["roles"] == ["fast_local"]
    assert models["qwen2.5-coder:7b"]["source"] == "ollama"
    assert models["qwen2.5-coder:7b"]["path"] == str(paths["ollama_coder"].resolve())
    assert models["someone/gemini-helper:latest"]["roles"] == []
    assert models["Qwen/Qwen2.5-VL-7B-Instruct"]["source"] == "huggingface_cache"
    assert report["env_vars"] == {"OPENAI_API_KEY": True, "ANTHROPIC_API_KEY": False, "HF_TOKEN": False}
    assert report["commands"]["hf"] is False


def test_model_dir_adds_to_defaults_and_no_default_dirs_replaces(tmp_path: Path) -> None:
    home = tmp_path / "home"
    build_fake_home(home)
    extra = tmp_path / "extra"
    (extra / "Mistral-7B-Instruct-v0.3").mkdir(parents=True)
    (extra / "Mistral-7B-Instruct-v0.3" / "model.safetensors").write_bytes(b"x")
    added = _scan_json(home, tmp_path, "--model-dir", str(extra))
    repos = {model["repo_id"] for model in added["models"]}
    assert "Mistral-7B-Instruct-v0.3" in repos and "qwen2.5-coder:7b" in repos
    assert str(extra) in added["model_dirs"]

    replaced = _scan_json(home, tmp_path, "--model-dir", str(extra), "--no-default-dirs")
    assert replaced["model_dirs"] == [str(extra)]
    assert [model["repo_id"] for model in replaced["models"]] == ["Mistral-7B-Instruct-v0.3"]


def test_same_model_in_two_folders_is_listed_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for folder in ("a", "b"):
        model = tmp_path / folder / "models--Qwen--Qwen3-8B"
        model.mkdir(parents=True)
        (model / "config.json").write_text("{}")
    report = _scan_json(home, tmp_path, "--no-default-dirs", "--model-dir", str(tmp_path / "a"), "--model-dir", str(tmp_path / "b"))
    assert [model["repo_id"] for model in report["models"]] == ["Qwen/Qwen3-8B"]


def test_running_servers_are_asked_for_their_models(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    routes = {
        "/v1/models": {"object": "list", "data": [{"id": "qwen3-coder-30b"}, {"id": "text-embedding-nomic-embed-text-v1.5"}]},
        "/api/tags": {"models": [{"name": "llama3.2:3b", "model": "llama3.2:3b"}]},
    }
    with model_list_server(routes) as base_url:
        servers = f"lmstudio={base_url},ollama={base_url},llamacpp=http://127.0.0.1:9"
        report = _scan_json(home, tmp_path, "--no-default-dirs", servers=servers)
        text = run_cli(
            ["setup", "scan", "--no-default-dirs"], env=setup_env(home, tmp_path / "bin", servers=servers), cwd=tmp_path
        )
    models = {model["repo_id"]: model for model in report["models"]}
    assert models["qwen3-coder-30b"]["source"] == "lm_studio_server"
    assert models["qwen3-coder-30b"]["server_url"] == base_url
    assert models["qwen3-coder-30b"]["path"] is None
    assert "web_research" in models["text-embedding-nomic-embed-text-v1.5"]["roles"]
    assert models["llama3.2:3b"]["source"] == "ollama_server"
    by_kind = {server["kind"]: server for server in report["servers"]}
    assert by_kind["llamacpp"]["reachable"] is False
    assert by_kind["ollama"]["models"] == ["llama3.2:3b"]
    assert "Local servers:" in text.stdout and "- llama3.2:3b (ollama_server;" in text.stdout

    skipped = _scan_json(home, tmp_path, "--no-default-dirs", "--no-servers", servers=servers)
    assert skipped["models"] == [] and skipped["servers"] == []


def test_server_answers_that_are_not_model_lists_are_reported(tmp_path: Path) -> None:
    with model_list_server({"/v1/models": ["not", "a", "list"]}) as base_url:
        report = query_server(ModelServer("lmstudio", base_url), timeout=2)
        missing = query_server(ModelServer("ollama", base_url), timeout=2)
    assert report.reachable and report.models == () and "data" in (report.error or "")
    assert missing.reachable and missing.error == "HTTP 404"


def test_bad_server_spec_is_a_clear_error(tmp_path: Path) -> None:
    assert parse_servers_spec("") == []
    with pytest.raises(ValueError, match="vllm=http://x"):
        parse_servers_spec("vllm=http://x")
    home = tmp_path / "home"
    home.mkdir()
    result = run_cli(
        ["setup", "scan", "--no-default-dirs"], env=setup_env(home, tmp_path / "bin", servers="vllm=http://x"), cwd=tmp_path
    )
    assert result.returncode == 2
    assert "MODEL_ROUTER_SETUP_SERVERS" in result.stderr and "Traceback" not in result.stderr


def test_text_output_lists_sections(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = run_cli(["setup", "scan", "--no-default-dirs"], env=setup_env(home, tmp_path / "bin"), cwd=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    for header in ("Commands:", "API keys:", "Model directories:", "Models:"):
        assert header in lines
    assert "- hf: missing" in lines and "- none discovered" in lines
