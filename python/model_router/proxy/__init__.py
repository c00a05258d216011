"""The OpenAI-compatible routing proxy (``model-router-proxy``).

Importing this package is cheap and does not import aiohttp: ``health`` and
``messages`` are used by the light CLI too. The server itself lives in
``model_router.proxy.app`` (``create_app``) and ``model_router.proxy.cli``.
"""

from __future__ import annotations

__all__ = ["create_app"]


def __getattr__(name: str) -> object:
    # ``from model_router.proxy import create_app`` (the 0.5.3 spelling)
    # imports aiohttp only when asked for.
    if name == "create_app":
        from model_router.proxy.app import create_app

        return create_app
    raise AttributeError(f"module 'model_router.proxy' has no attribute {name!r}")
