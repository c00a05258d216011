"""Chooses the scoring backend: the Rust extension or its pure-Python twin.

``MODEL_ROUTER_BACKEND=auto`` (the default) uses the extension when it
loads; ``rust`` demands it (a missing extension is an ImportError, never a
silent fallback); ``python`` forces the twin. The choice is made once, on
first use, and ``model_router.backend()`` reports it.
"""

from __future__ import annotations

import os
from types import ModuleType

__all__ = ["BACKEND_ENV", "backend", "module"]

BACKEND_ENV = "MODEL_ROUTER_BACKEND"
_CHOICES = ("auto", "rust", "python")

_chosen: tuple[str, ModuleType] | None = None


def _choose() -> tuple[str, ModuleType]:
    wanted = os.environ.get(BACKEND_ENV, "auto").strip().lower() or "auto"
    if wanted not in _CHOICES:
        raise ImportError(
            f"{BACKEND_ENV}={wanted!r} is not one of {', '.join(_CHOICES)}"
        )
    if wanted != "python":
        try:
            from model_router import _rust
        except ImportError as error:
            if wanted == "rust":
                raise ImportError(
                    f"{BACKEND_ENV}=rust but the Rust extension model_router._rust "
                    f"did not load ({error}); build it with: pip install -e ."
                ) from error
        else:
            return "rust", _rust
    from model_router import scorer_py

    return "python", scorer_py


def module() -> ModuleType:
    """The backend module (``model_router._rust`` or ``model_router.scorer_py``)."""
    global _chosen
    if _chosen is None:
        _chosen = _choose()
    return _chosen[1]


def backend() -> str:
    """``"rust"`` or ``"python"``: which scorer this process uses."""
    global _chosen
    if _chosen is None:
        _chosen = _choose()
    return _chosen[0]
