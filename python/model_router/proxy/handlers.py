"""HTTP handlers: chat completions, the route sidecar, models and health.

A chat request is routed exactly once (``router.route(prompt, hints,
include_alternatives=False, confirmed=...)``); that decision picks the
backend and is what the routing log records. The finished request's record
is handed to ``app[EVENT_SINK].emit`` in one place, ``_ChatRecord.emit``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from aiohttp import web

from model_router.proxy.confirmation import CONFIRM_HEADER, TokenCheck
from model_router.proxy.errors import (
    HEADER_BACKEND,
    HEADER_ENGINE,
    HEADER_REQUEST_ID,
    ROUTED_BACKEND,
    ROUTED_ENGINE,
    ProxyError,
    request_id_of,
)
from model_router.proxy.messages import (
    BadChatRequest,
    ChatPrompt,
    ParsedChat,
    confirmation_scope_bytes,
    extract_prompt,
    parse_chat_request,
    upstream_payload,
)
from model_router.proxy.upstream import (
    RelayResponse,
    UpstreamUnavailable,
    filtered_response_headers,
    relay_raw,
    relay_sse,
    status_for_unavailable,
    upstream_request_headers,
)

if TYPE_CHECKING:
    from model_router.proxy.app import ProxyState

__all__ = ["chat_completions", "health", "list_models", "route_receipt"]

_CONFIRMATION_MESSAGE = "Human confirmation is required before dispatch."


_STATE_KEY: Any = None


def _state(request: web.Request) -> ProxyState:
    global _STATE_KEY
    if _STATE_KEY is None:  # app.py imports this module, so look the key up on first use
        from model_router.proxy.app import STATE

        _STATE_KEY = STATE
    return request.app[_STATE_KEY]


def _require_auth(request: web.Request, state: ProxyState) -> None:
    if not state.auth.allows(request.headers.get("Authorization")):
        raise ProxyError(401, "Missing or invalid bearer token.", "authentication_error", "invalid_api_key")


async def _read_chat(request: web.Request) -> tuple[ParsedChat, ChatPrompt]:
    raw = await request.read()  # aiohttp enforces client_max_size (413)
    try:
        parsed = parse_chat_request(raw)
    except BadChatRequest as exc:
        raise ProxyError(400, str(exc), "invalid_request_error", exc.code) from None
    chat = extract_prompt(parsed.body["messages"])
    if not chat.prompt:
        raise ProxyError(
            400,
            "The request has no user message with text to route.",
            "invalid_request_error",
            "no_user_message",
        )
    return parsed, chat


def _routing_hints(state: ProxyState, chat: ChatPrompt) -> dict[str, Any] | None:
    """The request's router hints, or None when they cannot change the decision.

    No attachments and a conversation that fits every engine's context
    window (``context_tokens`` only rejects engines whose ``max_context`` is
    smaller) route exactly as no hints at all, which the router answers
    from its hint-free path (memoized; ``route_fast`` in one backend call).
    """
    if chat.attachments or chat.context_tokens > state.min_context_window:
        return chat.hints()
    return None


def _confirmation(request: web.Request, state: ProxyState, body: Mapping[str, Any]) -> tuple[bool, bytes | None]:
    """Whether the request carries a valid confirmation token (403 for a bad one)."""
    token = request.headers.get(CONFIRM_HEADER)
    if token is None:
        return False, None
    canonical = confirmation_scope_bytes(body)
    verdict = state.signer.check(token, canonical)
    if verdict is TokenCheck.EXPIRED:
        raise ProxyError(
            403,
            "The confirmation token has expired; send the request again without it to get a new one.",
            "invalid_request_error",
            "confirmation_token_expired",
        )
    if verdict is not TokenCheck.VALID:
        raise ProxyError(
            403,
            "The confirmation token does not match this request.",
            "invalid_request_error",
            "confirmation_token_invalid",
        )
    return True, canonical


class _ChatRecord:
    """What the routing log gets for one chat request (filled as it goes)."""

    __slots__ = ("fields", "started")

    def __init__(self, request_id: str, started: float) -> None:
        self.started = started
        self.fields: dict[str, Any] = {"request_id": request_id, "fallback_used": False}

    def emit(self, state: ProxyState) -> None:
        """Hand the finished record to the event sink: the one place requests are logged."""
        if not state.event_sink_enabled or "decision" not in self.fields:
            return
        self.fields["total_latency_ms"] = (time.perf_counter() - self.started) * 1000.0
        state.event_sink.emit(self.fields)


async def chat_completions(request: web.Request) -> web.StreamResponse:
    """``POST /v1/chat/completions``: route, then forward (streamed or not)."""
    state = _state(request)
    _require_auth(request, state)
    if state.in_flight >= state.config.proxy.max_concurrency:
        raise ProxyError(
            429,
            "The proxy is at its concurrency limit; retry shortly.",
            "rate_limit_error",
            "proxy_overloaded",
            headers={"Retry-After": "1"},
        )
    state.in_flight += 1
    record = _ChatRecord(request_id_of(request), time.perf_counter())
    try:
        return await _chat(request, state, record)
    finally:
        state.in_flight -= 1
        record.emit(state)


async def _chat(request: web.Request, state: ProxyState, record: _ChatRecord) -> web.StreamResponse:
    parsed, chat = await _read_chat(request)
    body = parsed.body
    confirmed, canonical = _confirmation(request, state, body)
    router = state.router
    route_hints = _routing_hints(state, chat)
    fields = record.fields
    if state.event_sink_enabled:
        route_started = time.perf_counter()
        decision = router.route(chat.prompt, route_hints, include_alternatives=False, confirmed=confirmed)
        route_ms = (time.perf_counter() - route_started) * 1000.0
        engine = decision.selected_engine
        fields.update(
            decision=decision,
            selected_engine=engine,
            route_latency_ms=route_ms,
            prompt=chat.prompt,
            hints=chat.hints(),
            confirmed=confirmed,
        )
    else:
        # Nobody reads the decision record: the engine name is all that is
        # needed (route_fast == route(...).selected_engine, always).
        decision = None
        engine = router.route_fast(chat.prompt, route_hints, confirmed=confirmed)
    request[ROUTED_ENGINE] = engine

    if engine in state.gate_engines:
        fields.update(status="human_confirm", status_code=409)
        if decision is None:  # the 409 body quotes the decision's reasons
            decision = router.route(chat.prompt, route_hints, include_alternatives=False, confirmed=confirmed)
        raise _confirmation_required(state, body, canonical, decision, confirmed)

    backend_name = state.config.engine_backends.get(engine)
    if backend_name is None:
        fields.update(status="routing_backend_missing", status_code=502)
        raise ProxyError(
            502,
            f"No backend configured for selected engine {engine}.",
            "routing_backend_missing",
            "routing_backend_missing",
            extra={"selected_engine": engine},
        )

    stream = body.get("stream") is True
    chain = state.config.backend_chain(backend_name)
    headers = upstream_request_headers(
        accept="text/event-stream" if stream else "application/json",
        # A stream is inspected event by event, so it must arrive plain; a
        # plain body is relayed byte for byte in whatever encoding the
        # client accepts.
        accept_encoding="identity" if stream else request.headers.get("Accept-Encoding", "identity"),
        request_id=request_id_of(request),
    )
    try:
        opened = await state.upstream.open(
            chain, lambda backend: upstream_payload(parsed, backend.model, backend.strip_tools), headers
        )
    except UpstreamUnavailable as exc:
        status, message, error_type, code = status_for_unavailable(exc)
        fields.update(status="upstream_request_failed", status_code=status, fallback_used=exc.attempts > 1)
        raise ProxyError(status, message, error_type, code, extra={"selected_engine": engine}) from None

    backend = opened.backend
    request[ROUTED_BACKEND] = backend.name
    upstream_response = opened.response
    fields.update(
        backend=backend.name,
        backend_model=backend.model,
        fallback_used=opened.fallback_used,
        status_code=upstream_response.status,
        status="forwarded",
    )
    content_type = upstream_response.headers.get("Content-Type", "")
    sse = stream and upstream_response.status == 200 and content_type.startswith("text/event-stream")
    if sse:
        response_headers = filtered_response_headers(
            upstream_response.headers, drop=("content-length", "content-encoding")
        )
        response_headers.setdefault("Cache-Control", "no-cache")
    else:
        response_headers = filtered_response_headers(upstream_response.headers)
        response_headers.setdefault("Content-Type", "application/json")
    response_headers[HEADER_REQUEST_ID] = request_id_of(request)
    response_headers[HEADER_ENGINE] = engine
    response_headers[HEADER_BACKEND] = backend.name
    if not sse and upstream_response.content_length == len(opened.first_chunk):
        # The whole (typically small) answer arrived with its first read:
        # answer in one write instead of headers and body separately.
        upstream_response.release()
        fields["upstream_latency_ms"] = (time.perf_counter() - opened.started_at) * 1000.0
        response_headers.pop("Content-Length", None)
        response_headers.pop("content-length", None)
        return web.Response(status=upstream_response.status, headers=response_headers, body=opened.first_chunk)
    client = RelayResponse(status=upstream_response.status, headers=response_headers)
    try:
        await client.prepare(request)
    except BaseException:
        upstream_response.close()
        raise
    try:
        outcome = await (relay_sse(opened, client) if sse else relay_raw(opened, client, request))
    except asyncio.CancelledError:
        fields["status"] = "stream_interrupted"
        raise
    fields["upstream_latency_ms"] = (time.perf_counter() - opened.started_at) * 1000.0
    if outcome.status != "forwarded":
        fields["status"] = "stream_interrupted"
    return client


def _confirmation_required(
    state: ProxyState, body: Mapping[str, Any], canonical: bytes | None, decision: Any, confirmed: bool
) -> ProxyError:
    engine = decision.selected_engine
    reasons = list(getattr(decision, "reasons", ()) or ())
    # The openai SDK retries 409 by default; a confirmation is not a lock
    # conflict, so tell it not to.
    headers = {"x-should-retry": "false"}
    if confirmed:
        return ProxyError(
            409,
            "No engine can take this request, even with confirmation.",
            "human_confirmation_required",
            "no_engine_available",
            extra={"selected_engine": engine, "reasons": reasons},
            headers=headers,
        )
    token, expires_at = state.signer.issue(canonical if canonical is not None else confirmation_scope_bytes(body))
    return ProxyError(
        409,
        _CONFIRMATION_MESSAGE,
        "human_confirmation_required",
        "human_confirmation_required",
        extra={
            "selected_engine": engine,
            "confirmation_token": token,
            "confirmation_expires_at": expires_at,
            "confirmation_header": CONFIRM_HEADER,
            "reasons": reasons,
        },
        headers=headers,
    )


async def route_receipt(request: web.Request) -> web.Response:
    """``POST /v1/route``: the routing receipt for a chat body; no upstream call."""
    from model_router.receipts import decision_to_receipt

    state = _state(request)
    _require_auth(request, state)
    parsed, chat = await _read_chat(request)
    body = parsed.body
    confirmed, canonical = _confirmation(request, state, body)
    decision = state.router.route(chat.prompt, chat.hints(), include_alternatives=False, confirmed=confirmed)
    engine = decision.selected_engine
    request[ROUTED_ENGINE] = engine
    receipt = decision_to_receipt(decision).to_dict()
    backend_name = state.config.engine_backends.get(engine)
    receipt["backend"] = backend_name
    receipt["backend_model"] = state.config.backends[backend_name].model if backend_name else None
    receipt["confirmed"] = confirmed
    if engine in state.gate_engines and not confirmed:
        token, expires_at = state.signer.issue(canonical if canonical is not None else confirmation_scope_bytes(body))
        receipt["confirmation_token"] = token
        receipt["confirmation_expires_at"] = expires_at
    if backend_name:
        request[ROUTED_BACKEND] = backend_name
    return web.json_response(receipt, dumps=_compact_dumps)


def _compact_dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


async def list_models(request: web.Request) -> web.Response:
    """``GET /v1/models``: the configured model ids (precomputed body)."""
    state = _state(request)
    _require_auth(request, state)
    return web.Response(body=state.models_body, content_type="application/json")


async def health(request: web.Request) -> web.Response:
    """``GET /health``: liveness; ``?detail=1`` adds backend probes (auth when configured)."""
    state = _state(request)
    if request.query.get("detail", "") not in ("1", "true", "yes"):
        return web.Response(body=b'{"status":"ok"}', content_type="application/json")
    _require_auth(request, state)
    from model_router.proxy.health import probe_backends

    config = state.config
    probes = await asyncio.get_running_loop().run_in_executor(
        None, probe_backends, list(config.backends.values()), config.health.backend_timeout_seconds
    )
    body = {
        "status": "ok" if all(probe.ok for probe in probes) else "degraded",
        "backend_health": {probe.backend: {k: v for k, v in probe.to_dict().items() if k != "backend"} for probe in probes},
        "backends": sorted(config.backends),
        "engine_backends": dict(sorted(config.engine_backends.items())),
        "observability": config.observability.summary(),
    }
    return web.json_response(body, dumps=_compact_dumps)
