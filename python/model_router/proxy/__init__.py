"""The OpenAI-compatible routing proxy (``model-router-proxy``).

Importing this package is cheap and does not import aiohttp: ``health`` and
``messages`` are used by the light CLI too. The server itself lives in
``model_router.proxy.app`` (``create_app``) and ``model_router.proxy.cli``.
"""

from __future__ import annotations

__all__: list[str] = []
