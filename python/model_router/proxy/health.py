"""The backend probe shared by ``GET /health?detail=1`` and ``model-router doctor``.

One implementation, synchronous and stdlib-only (urllib), so ``doctor`` works
without the proxy extra; the proxy runs it in worker threads. A backend is ok
when ``GET <base_url>/models`` answers 2xx/3xx and lists the configured model
(a body that is not an OpenAI model list passes with "model list
unavailable"). Details never include keys, URLs or host names.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any

from model_router.proxy_config import BackendConfig

__all__ = ["BackendProbe", "probe_backend", "probe_backends"]

_MAX_MODEL_LIST_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class BackendProbe:
    """Result of probing one backend."""

    backend: str
    reachable: bool
    ok: bool
    status_code: int | None
    detail: str

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (key order as declared)."""
        return asdict(self)


def _listed_models(body: bytes) -> list[str] | None:
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(data, list):
        return None
    return [item["id"] for item in data if isinstance(item, dict) and isinstance(item.get("id"), str)]


def probe_backend(backend: BackendConfig, timeout: float) -> BackendProbe:
    """Probe one backend with ``GET <base_url>/models``."""
    headers = {"Accept": "application/json"}
    if backend.api_key:
        headers["Authorization"] = f"Bearer {backend.api_key}"
    request = urllib.request.Request(backend.models_url, headers=headers, method="GET")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - configured backend URL
            status = response.status
            body = response.read(_MAX_MODEL_LIST_BYTES)
    except urllib.error.HTTPError as exc:
        exc.close()
        return BackendProbe(backend.name, True, False, exc.code, f"reachable but returned HTTP {exc.code}")
    except urllib.error.URLError as exc:
        reason = exc.reason
        text = "timed out" if isinstance(reason, (TimeoutError, socket.timeout)) else _reason_text(reason)
        return BackendProbe(backend.name, False, False, None, f"request failed: {text}")
    except (TimeoutError, socket.timeout):
        return BackendProbe(backend.name, False, False, None, "request failed: timed out")
    except (OSError, ValueError) as exc:
        return BackendProbe(backend.name, False, False, None, f"request failed: {_reason_text(exc)}")
    models = _listed_models(body)
    if models is None:
        return BackendProbe(backend.name, True, True, status, f"HTTP {status}; model list unavailable")
    listed = backend.model in models
    state = "listed" if listed else "not listed"
    return BackendProbe(backend.name, True, listed, status, f"HTTP {status}; configured model {backend.model!r} {state}")


def _reason_text(reason: object) -> str:
    # OSError's str() has the errno text ("Connection refused") and no host;
    # other exception texts may echo the URL, so only their class is shown.
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    if isinstance(reason, BaseException):
        return reason.__class__.__name__
    return str(reason)


def probe_backends(backends: Iterable[BackendConfig], timeout: float) -> list[BackendProbe]:
    """Probe every backend concurrently; results in the given order."""
    backend_list = list(backends)
    if not backend_list:
        return []
    with ThreadPoolExecutor(max_workers=min(8, len(backend_list)), thread_name_prefix="backend-probe") as pool:
        return list(pool.map(lambda backend: probe_backend(backend, timeout), backend_list))
