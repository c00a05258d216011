"""The backend choice: reported, forced, and never silently downgraded."""

from __future__ import annotations

import os
import subprocess
import sys

import model_router
from model_router import _backend


def test_backend_is_the_one_requested():
    wanted = os.environ.get("MODEL_ROUTER_BACKEND", "auto")
    active = model_router.backend()
    assert active in ("rust", "python")
    if wanted in ("rust", "python"):
        assert active == wanted
    assert _backend.module().__name__ == ("model_router._rust" if active == "rust" else "model_router.scorer_py")


def _run(code: str, backend: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MODEL_ROUTER_BACKEND=backend)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def test_forcing_python_uses_the_twin():
    result = _run("import model_router; print(model_router.backend())", "python")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "python"


def test_unknown_backend_name_is_a_clear_import_error():
    result = _run("import model_router; model_router.backend()", "fortran")
    assert result.returncode != 0
    assert "MODEL_ROUTER_BACKEND='fortran' is not one of auto, rust, python" in result.stderr


def test_import_loads_no_http_library_and_no_log_module():
    code = (
        "import sys, model_router\n"
        "r = model_router.ModelRouter.from_config()\n"
        "r.route_fast('fix the repo and run tests')\n"
        "bad = [m for m in ('aiohttp', 'fastapi', 'httpx', 'uvicorn', 'model_router.routing_log') if m in sys.modules]\n"
        "print(bad)\n"
    )
    result = _run(code, os.environ.get("MODEL_ROUTER_BACKEND", "auto"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_legacy_import_path_exposes_the_same_objects():
    import hermes.plugins.model_router as legacy
    from hermes.plugins.model_router import config as legacy_config

    assert legacy.__all__[:4] == ["ModelRouter", "build_dispatch_plan", "route_prompt", "score_prompt"]
    assert model_router.__all__[:4] == legacy.__all__[:4]
    for name in legacy.__all__:
        assert getattr(legacy, name) is getattr(model_router, name)
    assert legacy_config.load_router_config is model_router.config.load_router_config


def test_public_submodules_of_0_5_3_import():
    import importlib

    for name in ("config", "availability", "models", "policy", "scorer", "receipts", "dispatch",
                 "routing_log", "proxy_config", "proxy", "product", "setup_assistant", "model_advisor", "cli"):
        module = importlib.import_module(f"model_router.{name}")
        legacy = importlib.import_module(f"hermes.plugins.model_router.{name}")
        assert module.__name__ == f"model_router.{name}"
        if name != "cli":
            assert legacy is module
    from model_router.product import VERSION

    assert model_router.__version__ == VERSION
    from model_router.proxy import create_app

    assert callable(create_app)
