"""The aiohttp application factory for the routing proxy."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import aiohttp
from aiohttp import web

from model_router.proxy import handlers
from model_router.proxy.auth import BearerAuth
from model_router.proxy.confirmation import ConfirmationSigner
from model_router.proxy.errors import error_middleware
from model_router.proxy.upstream import UpstreamPool, new_upstream_session
from model_router.proxy_config import ProxyConfig, resolve_confirmation_secret

__all__ = [
    "CONFIG",
    "EVENT_SINK",
    "STATE",
    "UPSTREAM_SESSION",
    "EventSink",
    "NullEventSink",
    "ProxyState",
    "create_app",
]

logger = logging.getLogger("model_router.proxy")


class EventSink(Protocol):
    """Receives one record per routed chat request (see ``handlers._ChatRecord``)."""

    def emit(self, record: Mapping[str, Any]) -> Any:
        """Accept a finished request's record; must not block or raise."""


class NullEventSink:
    """The sink used when observability is off: drops every record."""

    def emit(self, record: Mapping[str, Any]) -> None:
        """Do nothing."""


@dataclass
class ProxyState:
    """Everything a handler needs, built once per process."""

    config: ProxyConfig
    router: Any
    auth: BearerAuth
    signer: ConfirmationSigner
    models_body: bytes
    event_sink: EventSink
    event_sink_enabled: bool
    gate_engines: frozenset[str] = frozenset({"human_confirm"})
    """Engines that mean "ask a human": never forwarded (see :func:`confirmation_gates`)."""
    min_context_window: int = 0
    """The smallest ``max_context`` of the router's engines (hints below it change nothing)."""
    upstream: UpstreamPool | None = None  # set when the app starts (needs a running loop)
    in_flight: int = 0


CONFIG = web.AppKey("config", ProxyConfig)
STATE = web.AppKey("state", ProxyState)
EVENT_SINK = web.AppKey("event_sink", EventSink)
UPSTREAM_SESSION = web.AppKey("upstream_session", aiohttp.ClientSession)
"""The process's one pooled upstream ``ClientSession`` (present while the app runs)."""


def build_router(config: ProxyConfig) -> Any:
    """The router this proxy uses, availability checks on (``status: unavailable`` counts).

    Raises ``RouterConfigError`` (a ``ValueError``) for a bad router config.
    """
    from model_router import ModelRouter

    path = str(Path(config.router_config).expanduser()) if config.router_config else None
    return ModelRouter.from_config(path, validate_availability=True)


def confirmation_gates(router: Any) -> frozenset[str]:
    """Every engine name the proxy must answer with 409 instead of forwarding.

    The router's confirmation target, the literal fail-closed ``human_confirm``
    (a chain that runs out ends there even when the confirmation target is a
    custom gate), and every engine the config marks as a confirmation gate.
    """
    from model_router.policy import FAIL_CLOSED_ENGINE

    names = {FAIL_CLOSED_ENGINE, router.confirmation_engine}
    engines = getattr(getattr(router, "config", None), "engines", None) or {}
    names.update(name for name, engine in engines.items() if getattr(engine, "is_confirmation_gate", False))
    return frozenset(names)


def _min_context_window(router: Any) -> int:
    """The smallest context window among the router's engines (0 when unknown)."""
    engines = getattr(getattr(router, "config", None), "engines", None) or {}
    windows = [getattr(engine, "max_context", None) for engine in engines.values()]
    if not windows or not all(isinstance(window, int) for window in windows):
        return 0
    return min(windows)


def _default_event_sink(config: ProxyConfig) -> tuple[EventSink, bool]:
    if not config.observability.enabled:
        return NullEventSink(), False
    from model_router.routing_log import RoutingEventLog

    log = RoutingEventLog.from_observability(config.observability, config_source=config.router_config_label)
    if log is None:
        return NullEventSink(), False
    return log, True


def create_app(
    config: ProxyConfig,
    *,
    router: Any | None = None,
    event_sink: EventSink | None = None,
) -> web.Application:
    """Build the proxy application for ``config``.

    ``router`` defaults to :func:`build_router`; ``event_sink`` to the routing
    event log when ``observability.enabled`` (else a sink that drops
    records). Raises ``ProxyConfigError`` / ``RouterConfigError`` (both
    ``ValueError``) when the config cannot be used.
    """
    if router is None:
        router = build_router(config)
    if event_sink is None:
        event_sink, sink_enabled = _default_event_sink(config)
    else:
        sink_enabled = not isinstance(event_sink, NullEventSink)
    signer = ConfirmationSigner(resolve_confirmation_secret(config), config.proxy.confirmation_ttl_seconds)
    models_body = json.dumps(
        {
            "object": "list",
            "data": [{"id": model_id, "object": "model", "owned_by": "model-router"} for model_id in config.proxy.model_ids],
        },
        separators=(",", ":"),
    ).encode("utf-8")
    state = ProxyState(
        config=config,
        router=router,
        auth=BearerAuth(config.proxy.api_key),
        signer=signer,
        models_body=models_body,
        event_sink=event_sink,
        event_sink_enabled=sink_enabled,
        gate_engines=confirmation_gates(router),
        min_context_window=_min_context_window(router),
    )

    app = web.Application(middlewares=[error_middleware], client_max_size=config.proxy.max_body_bytes)
    app[CONFIG] = config
    app[STATE] = state
    app[EVENT_SINK] = event_sink
    app.cleanup_ctx.append(_upstream_session)
    if sink_enabled:
        app.on_cleanup.append(_close_event_sink)
    for prefix in ("/v1", ""):
        app.router.add_post(f"{prefix}/chat/completions", handlers.chat_completions)
        app.router.add_post(f"{prefix}/route", handlers.route_receipt)
        app.router.add_get(f"{prefix}/models", handlers.list_models, allow_head=False)
        app.router.add_get(f"{prefix}/health", handlers.health, allow_head=False)
    return app


async def _upstream_session(app: web.Application) -> AsyncIterator[None]:
    """One pooled aiohttp ``ClientSession`` per process, opened and closed with the app."""
    state = app[STATE]
    session = new_upstream_session(state.config.proxy.max_concurrency)
    app[UPSTREAM_SESSION] = session
    state.upstream = UpstreamPool(session)
    logger.info(
        "routing proxy ready backends=%s router_config=%s",
        ",".join(sorted(state.config.backends)),
        state.config.router_config_label,
    )
    try:
        yield
    finally:
        state.upstream = None
        await session.close()


async def _close_event_sink(app: web.Application) -> None:
    sink = app[EVENT_SINK]
    close = getattr(sink, "close", None)
    if close is not None:
        close()
