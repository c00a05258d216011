"""Shared helpers for the setup-assistant tests: fake homes, a fake `hf`, a model-list server.

Everything is real: files on disk, an executable on PATH, an HTTP server on
127.0.0.1, and the CLI run in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
PYTHON_SOURCE = REPO_ROOT / "python"


def build_fake_home(home: Path) -> dict[str, Path]:
    """Lay out LM Studio, Ollama and Hugging Face cache folders with tiny fake models."""
    paths: dict[str, Path] = {}
    # LM Studio: ~/.lmstudio/models/<owner>/<model>/<file>.gguf
    lm_model = home / ".lmstudio" / "models" / "lmstudio-community" / "Qwen3-0.6B-GGUF"
    lm_model.mkdir(parents=True)
    (lm_model / "Qwen3-0.6B-Q4_K_M.gguf").write_bytes(b"GGUF")
    # A folder without model files is not a model.
    (home / ".lmstudio" / "models" / "lmstudio-community" / "empty-folder").mkdir()
    paths["lm_studio"] = lm_model
    # Ollama: manifests/<registry>/<namespace>/<model>/<tag>
    manifests = home / ".ollama" / "models" / "manifests" / "registry.ollama.ai"
    (manifests / "library" / "qwen2.5-coder").mkdir(parents=True)
    (manifests / "library" / "qwen2.5-coder" / "7b").write_text("{}")
    (manifests / "library" / "llama3.1").mkdir(parents=True)
    (manifests / "library" / "llama3.1" / "8b").write_text("{}")
    (manifests / "someone" / "gemini-helper").mkdir(parents=True)
    (manifests / "someone" / "gemini-helper" / "latest").write_text("{}")
    (home / ".ollama" / "models" / "blobs").mkdir()
    paths["ollama_coder"] = manifests / "library" / "qwen2.5-coder" / "7b"
    # Hugging Face cache: ~/.cache/huggingface/hub/models--org--name/...
    hf_model = home / ".cache" / "huggingface" / "hub" / "models--Qwen--Qwen2.5-VL-7B-Instruct"
    (hf_model / "snapshots" / "abc123").mkdir(parents=True)
    (hf_model / "snapshots" / "abc123" / "config.json").write_text("{}")
    paths["hf_cache"] = hf_model
    return paths


FAKE_HF_SOURCE = """\
import json, os, sys, time
args = sys.argv[1:]
with open(os.environ["FAKE_HF_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(args) + "\\n")
print("fake hf: fetching " + (args[1] if len(args) > 1 else "?"), flush=True)
time.sleep(float(os.environ.get("FAKE_HF_SLEEP", "0")))
fail_for = os.environ.get("FAKE_HF_FAIL_FOR", "")
if fail_for and len(args) > 1 and fail_for in args[1]:
    print("fake hf: repository not found", file=sys.stderr, flush=True)
    sys.exit(3)
if "--local-dir" in args:
    target = args[args.index("--local-dir") + 1]
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "model-Q4_K_M.gguf"), "wb") as handle:
        handle.write(b"GGUF")
print("fake hf: done", flush=True)
"""


def install_fake_hf(bin_dir: Path) -> Path:
    """Put an executable ``hf`` in ``bin_dir`` that logs its argv to ``$FAKE_HF_LOG``."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    script = bin_dir / "hf"
    script.write_text(f"#!{sys.executable}\n{FAKE_HF_SOURCE}", encoding="utf-8")
    script.chmod(0o755)
    return script


def read_hf_log(log: Path) -> list[list[str]]:
    """The argument vectors the fake ``hf`` was called with."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]


def setup_env(home: Path, bin_dir: Path, *, servers: str = "", extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """A clean environment: fake HOME, PATH with only ``bin_dir``, no API keys, no real servers."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    env = {
        "HOME": str(home),
        "PATH": str(bin_dir),
        "PYTHONPATH": str(PYTHON_SOURCE),
        "MODEL_ROUTER_BACKEND": os.environ.get("MODEL_ROUTER_BACKEND", "python"),
        "MODEL_ROUTER_COMMAND_DISCOVERY_PATH_ONLY": "1",
        "MODEL_ROUTER_SETUP_SERVERS": servers,
        "FAKE_HF_LOG": str(home / "hf-calls.jsonl"),
        "LANG": "C.UTF-8",
    }
    env.update(extra or {})
    return env


def run_cli(
    args: list[str], *, env: Mapping[str, str], cwd: Path, stdin: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m model_router.cli ARGS`` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "model_router.cli", *args],
        env=dict(env),
        cwd=cwd,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


class _ModelListHandler(BaseHTTPRequestHandler):
    routes: dict[str, Any] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        payload = self.routes.get(self.path)
        if payload is None:
            self.send_response(404)
            self.end_headers()
            return
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output quiet
        return


@contextmanager
def model_list_server(routes: Mapping[str, Any]) -> Iterator[str]:
    """Serve fixed JSON bodies per path on 127.0.0.1; yields the base URL."""
    handler = type("Handler", (_ModelListHandler,), {"routes": dict(routes)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
