"""Ask running local model servers which models they serve.

LM Studio, Ollama and llama.cpp can serve models whose files live somewhere
the folder scan does not look (an external drive, a custom LM Studio folder).
A running server knows, so the scan asks it, with a short timeout: a server
that is not running costs one refused loopback connection.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DEFAULT_SERVER_TIMEOUT",
    "SERVER_KINDS",
    "ModelServer",
    "ServerReport",
    "configured_servers",
    "parse_servers_spec",
    "query_server",
    "query_servers",
]

#: Seconds to wait for each server; they are asked in parallel.
DEFAULT_SERVER_TIMEOUT = 0.75

#: kind -> (source label, provider for the engine, model-list path, list format)
SERVER_KINDS: dict[str, tuple[str, str, str, str]] = {
    "lmstudio": ("lm_studio_server", "lm_studio", "/v1/models", "openai"),
    "ollama": ("ollama_server", "ollama", "/api/tags", "ollama"),
    "llamacpp": ("llamacpp_server", "llamacpp", "/v1/models", "openai"),
}

_DEFAULT_SPEC = "lmstudio=http://127.0.0.1:1234,ollama=http://127.0.0.1:11434,llamacpp=http://127.0.0.1:8080"
_SERVERS_ENV = "MODEL_ROUTER_SETUP_SERVERS"
_TIMEOUT_ENV = "MODEL_ROUTER_SETUP_SERVER_TIMEOUT"
# Cap on the model-list body; a real list is a few kilobytes.
_MAX_BODY_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class ModelServer:
    """A local server to ask: its kind (``lmstudio``, ``ollama``, ``llamacpp``) and base URL."""

    kind: str
    base_url: str

    @property
    def models_url(self) -> str:
        """The URL of the server's model list."""
        return self.base_url.rstrip("/") + SERVER_KINDS[self.kind][2]


@dataclass(frozen=True)
class ServerReport:
    """What one server answered."""

    kind: str
    base_url: str
    source: str
    provider: str
    reachable: bool
    models: tuple[str, ...] = field(default=())
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON shape used in ``setup scan --json``."""
        return {
            "kind": self.kind,
            "base_url": self.base_url,
            "reachable": self.reachable,
            "models": list(self.models),
            "error": self.error,
        }


def parse_servers_spec(spec: str) -> list[ModelServer]:
    """Parse ``kind=url,kind=url``; an empty string means no servers.

    Raises ``ValueError`` naming the bad entry.
    """
    servers: list[ModelServer] = []
    for entry in spec.split(","):
        entry = entry.strip()
        if not entry:
            continue
        kind, sep, url = entry.partition("=")
        kind = kind.strip().lower()
        url = url.strip()
        if not sep or kind not in SERVER_KINDS or not url.startswith(("http://", "https://")):
            raise ValueError(
                f"bad server entry {entry!r}: expected kind=http://host:port with kind one of "
                + ", ".join(SERVER_KINDS)
            )
        servers.append(ModelServer(kind, url))
    return servers


def configured_servers() -> list[ModelServer]:
    """The servers to ask: ``MODEL_ROUTER_SETUP_SERVERS`` if set, else the usual ports."""
    return parse_servers_spec(os.environ.get(_SERVERS_ENV, _DEFAULT_SPEC))


def _timeout_from_env() -> float:
    raw = os.environ.get(_TIMEOUT_ENV)
    try:
        value = float(raw) if raw else DEFAULT_SERVER_TIMEOUT
    except ValueError:
        return DEFAULT_SERVER_TIMEOUT
    return value if value > 0 else DEFAULT_SERVER_TIMEOUT


def _model_ids(payload: Any, list_format: str) -> list[str]:
    key, id_keys = ("models", ("name", "model")) if list_format == "ollama" else ("data", ("id",))
    entries = payload.get(key) if isinstance(payload, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"answer has no {key!r} list")
    ids: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        for id_key in id_keys:
            value = entry.get(id_key)
            if isinstance(value, str) and value.strip():
                ids.append(value.strip())
                break
    return list(dict.fromkeys(ids))


def query_server(server: ModelServer, *, timeout: float | None = None) -> ServerReport:
    """Fetch one server's model list; never raises."""
    source, provider, _path, list_format = SERVER_KINDS[server.kind]
    # No proxy: these are loopback servers, and an HTTP(S)_PROXY variable
    # must not send the request elsewhere.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(server.models_url, headers={"Accept": "application/json"})
    try:
        with opener.open(request, timeout=timeout or _timeout_from_env()) as response:
            body = response.read(_MAX_BODY_BYTES)
        models = _model_ids(json.loads(body), list_format)
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the response body open
        return ServerReport(server.kind, server.base_url, source, provider, True, error=f"HTTP {exc.code}")
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        reachable = isinstance(exc, ValueError)
        return ServerReport(server.kind, server.base_url, source, provider, reachable, error=str(reason))
    return ServerReport(server.kind, server.base_url, source, provider, True, tuple(models))


def query_servers(servers: Sequence[ModelServer], *, timeout: float | None = None) -> list[ServerReport]:
    """Ask every server in parallel; the reports keep the order of ``servers``."""
    if not servers:
        return []
    with ThreadPoolExecutor(max_workers=min(len(servers), 4)) as pool:
        return list(pool.map(lambda server: query_server(server, timeout=timeout), servers))
