"""The Rust extension for tests that compare against it.

Under ``MODEL_ROUTER_BACKEND=rust`` a missing extension is an error, never a
skip; otherwise a module that needs it is skipped when it is not built.
"""

from __future__ import annotations

import os
from types import ModuleType

import pytest


def require_rust_extension() -> ModuleType:
    """``model_router._rust``, or a module-level skip (an error under rust)."""
    try:
        from model_router import _rust
    except ImportError as error:  # pragma: no cover - exercised when the extension is absent
        if os.environ.get("MODEL_ROUTER_BACKEND") == "rust":
            raise ImportError("MODEL_ROUTER_BACKEND=rust but model_router._rust is not built") from error
        pytest.skip("the Rust extension is not built", allow_module_level=True)
    return _rust
