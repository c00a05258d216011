"""The installed commands in subprocesses: model-router-proxy, init, validate-proxy-config, doctor."""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import openai
import pytest
import yaml
from conftest import config_dict
from proxy_fakes import Fault

BIN = Path(sys.executable).parent
PROXY_COMMAND = [str(BIN / "model-router-proxy")] if (BIN / "model-router-proxy").exists() else [
    sys.executable, "-m", "model_router.proxy.cli"
]
CLI_COMMAND = [str(BIN / "model-router")] if (BIN / "model-router").exists() else [sys.executable, "-m", "model_router.cli"]
HELLO = [{"role": "user", "content": "hello there"}]


def home_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["HOME"] = str(home)
    return env


class ProxyProcess:
    """``model-router-proxy`` running in a subprocess; the URL is read from its stdout."""

    def __init__(self, args: list[str], home: Path) -> None:
        self.process = subprocess.Popen(
            PROXY_COMMAND + args, env=home_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: list[str] = []
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            found = re.search(r"listening on (http://\S+)", line)
            if found:
                self.url = found.group(1)
                break
        else:
            raise AssertionError(f"proxy did not start: {self.process.stderr.read()}")

    def stop(self, timeout: float = 10) -> tuple[int, str]:
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            rest_out = self.process.stdout.read()
            err = self.process.stderr.read()
            self.process.stdout.close()
            self.process.stderr.close()
        return code, rest_out + err


def write_config(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_proxy_command_serves_and_shuts_down_gracefully(tmp_path: Path, fake_servers, alpha) -> None:
    data = config_dict(fake_servers)
    del data["proxy"]["confirmation_secret"]  # use the per-install key file
    config = write_config(tmp_path / "proxy.yaml", data)
    proxy = ProxyProcess(["--config", str(config), "--port", "0"], tmp_path)
    try:
        assert proxy.lines[0] == f"model-router-proxy: config {config}"
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", proxy.url) and not proxy.url.endswith(":0")
        with openai.OpenAI(base_url=proxy.url + "/v1", api_key="x", max_retries=0) as sdk:
            assert sdk.chat.completions.create(model="m", messages=HELLO).choices[0].message.content == "answer from alpha"
            with pytest.raises(openai.ConflictError) as caught:
                sdk.chat.completions.create(model="m", messages=[{"role": "user", "content": "delete all my files now"}])
        token = caught.value.response.json()["confirmation_token"]
        key_file = tmp_path / ".model-router" / "confirmation.key"
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        # An in-flight slow stream finishes after SIGTERM.
        alpha.script(Fault("slow_stream", body=0.1))
        result: list[str] = []

        def consume() -> None:
            with openai.OpenAI(base_url=proxy.url + "/v1", api_key="x", max_retries=0) as sdk:
                stream = sdk.chat.completions.create(model="m", messages=HELLO, stream=True)
                result.append("".join(chunk.choices[0].delta.content or "" for chunk in stream))

        reader = threading.Thread(target=consume)
        reader.start()
        _wait_until(lambda: alpha.attempts >= 2)
        code, output = proxy.stop()
        reader.join(10)
        assert code == 0, output
        assert result == ["answer from alpha"]
        assert "Traceback" not in output
    finally:
        if proxy.process.poll() is None:
            proxy.stop()

    # A restarted proxy accepts the token the first one issued (same key file).
    # It runs on the plain asyncio loop (the first one used uvloop when installed).
    again = ProxyProcess(["--config", str(config), "--port", "0", "--event-loop", "asyncio"], tmp_path)
    try:
        with openai.OpenAI(base_url=again.url + "/v1", api_key="x", max_retries=0) as sdk:
            confirmed = sdk.chat.completions.create(
                model="m",
                messages=[{"role": "user", "content": "delete all my files now"}],
                extra_headers={"X-Model-Router-Confirm": token},
            )
        assert confirmed.choices[0].message.content == "answer from alpha"
    finally:
        assert again.stop()[0] == 0


def test_proxy_command_with_two_workers(tmp_path: Path, fake_servers, alpha) -> None:
    config = write_config(tmp_path / "proxy.yaml", config_dict(fake_servers))
    proxy = ProxyProcess(["--config", str(config), "--port", "0", "--workers", "2"], tmp_path)
    try:
        assert "with 2 workers" in proxy.lines[-1]
        with openai.OpenAI(base_url=proxy.url + "/v1", api_key="x", max_retries=2) as sdk:
            for _ in range(6):
                assert sdk.chat.completions.create(model="m", messages=HELLO).choices[0].message.content
    finally:
        code, output = proxy.stop()
    assert code == 0, output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("backends: {}\nengine_backends: {}\n", "backends must be a non-empty mapping"),
        ("proxy: {port: -1}\n", "proxy.port must be a positive integer"),
        ("proxy: [\n", "invalid YAML"),
    ],
)
def test_bad_proxy_config_is_one_line_and_exit_2(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text(content, encoding="utf-8")
    done = subprocess.run(PROXY_COMMAND + ["--config", str(config)], capture_output=True, text=True, env=home_env(tmp_path), timeout=30)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr and "Traceback" not in done.stderr
    assert str(config) in done.stderr


def test_bad_router_config_is_one_line_and_exit_2(tmp_path: Path, fake_servers) -> None:
    data = config_dict(fake_servers)
    data["router_config"] = str(tmp_path / "missing-router.yaml")
    config = write_config(tmp_path / "proxy.yaml", data)
    done = subprocess.run(PROXY_COMMAND + ["--config", str(config), "--port", "0"], capture_output=True, text=True,
                          env=home_env(tmp_path), timeout=30)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "missing-router.yaml" in done.stderr and "Traceback" not in done.stderr


def test_default_config_is_the_packaged_lmstudio_preset(tmp_path: Path) -> None:
    proxy = ProxyProcess(["--port", "0"], tmp_path)
    try:
        assert proxy.lines[0] == "model-router-proxy: config resource://model_router.data/routing_proxy.yaml"
    finally:
        assert proxy.stop()[0] == 0


# -- tooling commands ---------------------------------------------------------


def run_cli(args: list[str], home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(CLI_COMMAND + args, capture_output=True, text=True, env=home_env(home), input=stdin, timeout=60)


def test_init_yes_writes_preset_and_skips_existing(tmp_path: Path) -> None:
    first = run_cli(["init", "--yes", "--preset", "ollama", "--proxy-port", "9100"], tmp_path)
    directory = tmp_path / ".model-router"
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[:5] == [
        f"Created config directory: {directory}",
        f"Created log directory: {directory / 'logs'}",
        "Configuration ready.",
        f"Run: model-router-proxy --config {directory / 'routing_proxy.yaml'}",
        "Agent endpoint: http://127.0.0.1:9100/v1",
    ]
    written = yaml.safe_load((directory / "routing_proxy.yaml").read_text())
    assert written["proxy"]["port"] == 9100
    assert written["router_config"] == str(directory / "model_router.yaml")
    assert written["observability"]["log_path"] == str(directory / "logs" / "routing-events.jsonl")
    assert written["backends"]["balanced"]["model"] == "qwen3:4b"
    from model_router.config import default_config_text

    assert (directory / "model_router.yaml").read_text() == default_config_text()

    second = run_cli(["init", "--yes", "--json"], tmp_path)
    report = json.loads(second.stdout)
    assert second.returncode == 1 and report["ok"] is False and report["written"] == []
    assert report["messages"][0] == "Existing files skipped; pass --force to overwrite."
    assert report["preset"] == "lmstudio" and len(report["skipped"]) == 2

    forced = run_cli(["init", "--yes", "--force", "--json"], tmp_path)
    assert forced.returncode == 0 and len(json.loads(forced.stdout)["written"]) == 2
    validated = run_cli(["validate-proxy-config", "--json"], tmp_path)
    assert validated.returncode == 0 and json.loads(validated.stdout)["config_valid"] is True


def test_init_interactive(tmp_path: Path) -> None:
    answers = "\n".join(["2", "9200", "http://127.0.0.1:5555/v1", "tiny"] + [""] * 6) + "\n"
    done = run_cli(["init", "--config-dir", str(tmp_path / "cfg")], tmp_path, stdin=answers)
    assert done.returncode == 0, done.stderr
    written = yaml.safe_load((tmp_path / "cfg" / "routing_proxy.yaml").read_text())
    assert written["proxy"]["port"] == 9200
    assert written["backends"]["fast"] == {
        "base_url": "http://127.0.0.1:5555/v1", "model": "tiny", "timeout_seconds": 300, "strip_tools": True
    }
    assert written["backends"]["balanced"]["model"] == "qwen3:4b"  # empty answers keep the preset
    bad = run_cli(["init", "--config-dir", str(tmp_path / "other")], tmp_path, stdin="nonsense\n")
    assert bad.returncode == 1
    assert bad.stderr.strip() == "Init failed: preset must be one of: " + ", ".join(
        ["lmstudio", "ollama", "llamacpp", "localai", "hosted-openai-compatible"]
    )


def test_validate_proxy_config_text_and_errors(tmp_path: Path, fake_servers) -> None:
    config = write_config(tmp_path / "proxy.yaml", config_dict(fake_servers))
    ok = run_cli(["validate-proxy-config", "--config", str(config)], tmp_path)
    assert ok.returncode == 0
    assert ok.stdout.splitlines() == [
        "Proxy config valid: true", f"Proxy config: {config}", "Router config: default", "Backends: alpha, beta"
    ]
    data = config_dict(fake_servers)
    data["fallback_backends"] = {"alpha": ["beta"], "beta": ["alpha"]}
    cyclic = write_config(tmp_path / "cyclic.yaml", data)
    bad = run_cli(["validate-proxy-config", "--config", str(cyclic), "--json"], tmp_path)
    assert bad.returncode == 1
    assert json.loads(bad.stdout) == {
        "config_valid": False,
        "error": f"{cyclic}: fallback_backends contains a cycle: alpha -> beta -> alpha",
    }


def test_doctor_uses_the_shared_probe(tmp_path: Path, fake_servers) -> None:
    config = write_config(tmp_path / "proxy.yaml", config_dict(fake_servers))
    done = run_cli(["doctor", "--config", str(config), "--json"], tmp_path)
    report = json.loads(done.stdout)
    assert done.returncode == 1  # beta does not list its configured model
    assert report["proxy_config_valid"] is True and report["router_config_valid"] is True
    assert report["backends"] == [
        {"backend": "alpha", "reachable": True, "ok": True, "status_code": 200,
         "detail": "HTTP 200; configured model 'alpha-model' listed"},
        {"backend": "beta", "reachable": True, "ok": False, "status_code": 200,
         "detail": "HTTP 200; configured model 'beta-model' not listed"},
    ]
    missing = run_cli(["doctor", "--config", str(tmp_path / "nope.yaml")], tmp_path)
    assert missing.returncode == 1
    assert missing.stdout.splitlines()[:5] == [
        "Proxy config valid: false",
        "Router config valid: false",
        "Overall ok: false",
        "Errors:",
        f"- {tmp_path / 'nope.yaml'}: proxy config file not found",
    ]


def _wait_until(condition, timeout: float = 5.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)
