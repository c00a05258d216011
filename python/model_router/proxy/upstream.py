"""Upstream client: open a backend answer with fallbacks, then relay it.

Rules (docs/proxy.md, "Fallbacks and timeouts"):

* Before the first byte of an answer reaches the client, a connection error,
  a timeout (connect or first byte), or a 408 / 429 / 5xx status moves on:
  first to another try of the same backend while its ``max_attempts`` allow
  it (after ``Retry-After`` when the backend sent one within
  ``retry_after_max_seconds``, else a short backoff), then to the next
  backend of ``fallback_backends``. Other 4xx answers are relayed unchanged
  (agents read context-overflow messages). The last candidate's answer is
  relayed whatever its status; when every try failed without any HTTP
  answer the caller gets :class:`UpstreamUnavailable`.
* The proxy commits to a backend only once its first body chunk arrived, so
  a slow or dead first byte still falls back.
* After that, bytes are relayed as they arrive. A stream that breaks, stalls
  longer than ``idle_timeout_seconds``, sends a malformed event or ends
  without ``[DONE]`` is finished with an explicit SSE error event (no
  ``[DONE]`` after it), so a truncated answer never looks like a success.
  A non-streamed body that breaks is cut off (the client sees an incomplete
  response, never a short "complete" one).
* A client that disconnects cancels the handler; the upstream response is
  closed in ``finally`` blocks, so its connection is dropped at once.

The HTTP client is aiohttp's: one pooled :class:`aiohttp.ClientSession` per
process (``app.py`` creates and closes it with the app). Timeouts: connect
through ``ClientTimeout(sock_connect=...)``; first byte and idle with timer
handles armed only while the proxy actually waits (no total timeout, so a
long generation is fine while bytes keep coming).
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import io
import json
import logging
import re
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.payload import BytesPayload
from multidict import CIMultiDict
from yarl import URL

from model_router.product import VERSION
from model_router.proxy_config import BackendConfig

__all__ = [
    "RelayOutcome",
    "RelayResponse",
    "SseRelay",
    "UpstreamOpened",
    "UpstreamPool",
    "UpstreamUnavailable",
    "USER_AGENT",
    "filtered_response_headers",
    "new_upstream_session",
    "is_retryable_status",
    "parse_retry_after",
    "read_chunk",
    "relay_raw",
    "relay_sse",
]

logger = logging.getLogger("model_router.proxy")

_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
        # Set by our own server, or by us:
        "server",
        "date",
        "x-request-id",
        "x-routed-engine",
        "x-routed-backend",
    }
)
_BACKOFF_STEP_SECONDS = 0.1
_MAX_SSE_EVENT_BYTES = 16 * 1024 * 1024
# aiohttp warns (and a raw bytes write blocks the loop) above 1 MiB; larger
# request bodies go as a file-like payload, which aiohttp streams.
_LARGE_PAYLOAD_BYTES = 1024 * 1024
USER_AGENT = f"model-router/{VERSION} aiohttp/{aiohttp.__version__}"
"""The ``User-Agent`` sent upstream: says who is calling, and with what client."""
_SCAN_JSON = json.JSONDecoder().scan_once


def is_retryable_status(status: int) -> bool:
    """Statuses that move on to another try: 408, 429 and every 5xx."""
    return status == 408 or status == 429 or status >= 500


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` in seconds (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


_DROP_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def filtered_response_headers(headers: Mapping[str, str], *, drop: Sequence[str] = ()) -> dict[str, str]:
    """Upstream response headers minus hop-by-hop ones (and those named in ``Connection``)."""
    key = tuple(drop)
    dropped = _DROP_SETS.get(key)
    if dropped is None:
        dropped = _DROP_SETS[key] = _HOP_BY_HOP | {name.lower() for name in drop}
    connection = headers.get("Connection")
    if connection:
        dropped = dropped | {token.strip().lower() for token in connection.split(",") if token.strip()}
    return {name: value for name, value in headers.items() if name.lower() not in dropped}


class UpstreamUnavailable(Exception):
    """Every try failed before any HTTP answer (connection errors or timeouts)."""

    def __init__(self, attempts: int, timed_out: bool, backend: str) -> None:
        super().__init__(f"{attempts} upstream attempts failed")
        self.attempts = attempts
        self.timed_out = timed_out
        self.backend = backend


@dataclass
class UpstreamOpened:
    """An upstream answer the proxy committed to: its first chunk is in hand."""

    backend: BackendConfig
    response: aiohttp.ClientResponse
    first_chunk: bytes
    attempts: int
    fallback_used: bool
    started_at: float
    """``perf_counter`` when the committed attempt was sent."""


@dataclass
class RelayOutcome:
    """How a relay ended."""

    status: str = "forwarded"
    """``forwarded``, ``stream_interrupted`` or ``client_disconnected``."""
    error_code: str | None = None
    bytes_relayed: int = 0


@dataclass
class _Attempt:
    index: int = 0
    tries_here: int = 0
    total: int = 0
    timed_out: bool = False
    history: list[str] = field(default_factory=list)


# Whether the connection the current request was sent on had served an
# earlier request (set by _PoolConnector.connect, in the request's own task).
_REUSED_CONNECTION: contextvars.ContextVar[bool] = contextvars.ContextVar("reused_connection", default=False)


class _PoolConnector(aiohttp.TCPConnector):
    """A ``TCPConnector`` that notes whether it handed out a pooled (reused) connection.

    aiohttp never resends a POST whose keep-alive connection turns out to be
    closed by the server (the idle close racing the reuse). The proxy does,
    once per request, but only when the connection was a reused one; a fresh
    connection that breaks before an answer is a failed try like any other.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._seen: weakref.WeakSet[Any] = weakref.WeakSet()

    async def connect(self, req: Any, traces: Any, timeout: Any) -> Any:  # noqa: D102
        connection = await super().connect(req, traces, timeout)
        protocol = connection.protocol
        seen = self._seen
        if protocol in seen:
            _REUSED_CONNECTION.set(True)
        else:
            seen.add(protocol)
        return connection


def new_upstream_session(max_concurrency: int) -> aiohttp.ClientSession:
    """The process's one pooled upstream session (must be created inside a running loop).

    The pool holds as many connections as requests may be in flight (no
    per-host cap below that), so a burst at the concurrency limit reuses
    them all; DNS answers are cached for 5 minutes; idle connections are
    closed after aiohttp's 15 s, below common server keep-alive timeouts.
    """
    connector = _PoolConnector(limit=max(max_concurrency, 1), limit_per_host=0, ttl_dns_cache=300)
    return aiohttp.ClientSession(
        connector=connector,
        # Bodies are relayed as the backend encoded them (no decompression,
        # hence no recompression): the client's Accept-Encoding is forwarded.
        auto_decompress=False,
        # No total timeout: per request only sock_connect is set (below);
        # first byte and idle gaps are timed by the proxy itself.
        timeout=aiohttp.ClientTimeout(total=None),
        raise_for_status=False,
        # Every request carries our own Accept, Accept-Encoding, Content-Type
        # and User-Agent, so aiohttp adds none of its defaults. (No
        # skip_auto_headers: with it aiohttp builds and copies a header
        # multidict per request.)
        cookie_jar=aiohttp.DummyCookieJar(),
    )


@dataclass(frozen=True)
class _Target:
    """What never changes per backend: its URL (parsed once), headers and timeout."""

    url: URL
    headers: CIMultiDict[str]
    timeout: aiohttp.ClientTimeout


class UpstreamPool:
    """Sends chat requests to backends through the process's one pooled ``ClientSession``."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self._targets: dict[str, _Target] = {}

    def _target_for(self, backend: BackendConfig) -> _Target:
        target = self._targets.get(backend.name)
        if target is None:
            headers: CIMultiDict[str] = CIMultiDict({"Content-Type": "application/json", "User-Agent": USER_AGENT})
            if backend.api_key:
                headers["Authorization"] = f"Bearer {backend.api_key}"
            target = self._targets[backend.name] = _Target(
                url=URL(backend.chat_url),
                headers=headers,
                timeout=aiohttp.ClientTimeout(
                    total=None, connect=None, sock_connect=backend.connect_timeout_seconds, sock_read=None
                ),
            )
        return target

    @staticmethod
    def _next_try(chain: Sequence[BackendConfig], attempt: _Attempt, retry_after: float | None) -> float | None:
        """Advance ``attempt`` to the next try; return the delay before it, or None when none is left."""
        backend = chain[attempt.index]
        retry_allowed = retry_after is None or retry_after <= backend.retry_after_max_seconds
        if attempt.tries_here < backend.max_attempts and retry_allowed:
            return retry_after if retry_after is not None else _BACKOFF_STEP_SECONDS * attempt.tries_here
        if attempt.index + 1 < len(chain):
            attempt.index += 1
            attempt.tries_here = 0
            return 0.0
        return None

    async def open(
        self,
        chain: Sequence[BackendConfig],
        payload_for: Callable[[BackendConfig], bytes],
        headers: Mapping[str, str],
    ) -> UpstreamOpened:
        """Try the chain until a backend's answer starts; see the module docstring.

        ``headers`` are the per-request headers from
        :func:`upstream_request_headers`; each backend adds its own
        ``Content-Type``, ``User-Agent`` and ``Authorization``.
        """
        attempt = _Attempt()
        payload_cache: dict[str, bytes] = {}
        session = self.session
        loop = asyncio.get_running_loop()
        stale_retry_left = True
        while True:
            backend = chain[attempt.index]
            attempt.tries_here += 1
            attempt.total += 1
            payload = payload_cache.get(backend.name)
            if payload is None:
                payload = payload_cache[backend.name] = payload_for(backend)
            target = self._target_for(backend)
            response: aiohttp.ClientResponse | None = None
            retry_delay: float | None = None
            first_chunk = b""
            started_at = time.perf_counter()
            deadline = loop.time() + backend.first_byte_timeout_seconds
            _REUSED_CONNECTION.set(False)
            request_headers = target.headers.copy()
            request_headers.update(headers)
            # A ready payload object skips aiohttp's payload-type lookup.
            body = (
                BytesPayload(payload, content_type="application/json")
                if len(payload) < _LARGE_PAYLOAD_BYTES
                else io.BytesIO(payload)
            )
            try:
                async with asyncio.timeout_at(deadline):
                    response = await session.post(
                        target.url,
                        data=body,
                        headers=request_headers,
                        timeout=target.timeout,
                        allow_redirects=False,
                    )
                if is_retryable_status(response.status):
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                    retry_delay = self._next_try(chain, attempt, retry_after)
                    if retry_delay is not None:
                        attempt.history.append(f"{backend.name}:HTTP {response.status}")
                        response.release()
                        response = None
                if response is not None:
                    first_chunk = await read_chunk(response.content, deadline - loop.time())
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                if response is not None:
                    response.close()
                elif (
                    stale_retry_left
                    and isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError))
                    and not isinstance(exc, aiohttp.ClientConnectorError)
                    and _REUSED_CONNECTION.get()
                ):
                    # A reused keep-alive connection that broke before any
                    # answer: the backend closed it while idle, the close
                    # racing the reuse. Send once more at once (once per
                    # request, on another connection); not a try of the backend.
                    stale_retry_left = False
                    attempt.tries_here -= 1
                    attempt.total -= 1
                    continue
                timed_out = isinstance(exc, TimeoutError)
                attempt.timed_out = timed_out
                attempt.history.append(f"{backend.name}:{'timeout' if timed_out else exc.__class__.__name__}")
                delay = self._next_try(chain, attempt, None)
                if delay is None:
                    logger.warning("upstream failed after %d attempts: %s", attempt.total, ", ".join(attempt.history))
                    raise UpstreamUnavailable(attempt.total, timed_out, backend.name) from None
                if delay:
                    await asyncio.sleep(delay)
                continue
            except BaseException:
                # Cancellation (client went away) or anything unexpected:
                # drop the upstream connection before propagating.
                if response is not None:
                    response.close()
                raise
            if response is None:
                # A retryable status with another try left; wait outside the
                # first-byte deadline so Retry-After does not eat into it.
                if retry_delay:
                    await asyncio.sleep(retry_delay)
                continue
            if attempt.history:
                logger.info("upstream fallback: %s -> %s", ", ".join(attempt.history), backend.name)
            return UpstreamOpened(
                backend=backend,
                response=response,
                first_chunk=first_chunk,
                attempts=attempt.total,
                fallback_used=backend is not chain[0],
                started_at=started_at,
            )


def _expire(content: aiohttp.StreamReader) -> None:
    content.set_exception(TimeoutError("no data from the model server in time"))


async def read_chunk(content: aiohttp.StreamReader, timeout: float) -> bytes:
    """The body bytes buffered now, else the next ones within ``timeout`` seconds; ``b""`` at the end.

    ``TimeoutError`` when nothing arrives in time. The timer is armed only
    when the proxy has to wait (one timer handle, no ``asyncio.timeout``
    context per chunk); when it fires it fails the reader, which the caller
    then closes.
    """
    chunk = content.read_nowait()
    if chunk or content.is_eof():
        return chunk
    timer = asyncio.get_running_loop().call_later(max(timeout, 0.0), _expire, content)
    try:
        return await content.readany()
    finally:
        timer.cancel()


# --------------------------------------------------------------------------
# relaying


def _sse_error_event(message: str, code: str) -> bytes:
    body = {"error": {"message": message, "type": "upstream_error", "code": code}}
    return b"data: " + json.dumps(body, separators=(",", ":")).encode("utf-8") + b"\n\n"


class SseRelay:
    """Splits upstream SSE bytes into complete events and checks each one.

    Only complete events are forwarded (an event split across reads is held
    until its blank line arrives), so an error event can always be appended
    cleanly. ``data:`` payloads must be ``[DONE]`` or JSON.
    """

    __slots__ = ("done", "finish_seen", "malformed", "_pending")

    def __init__(self) -> None:
        self.done = False
        self.finish_seen = False
        self.malformed = False
        self._pending = b""

    def feed(self, chunk: bytes) -> bytes:
        """Bytes of the complete, valid events in ``chunk`` (after earlier leftovers)."""
        data = self._pending + chunk if self._pending else chunk
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n")
        end = data.rfind(b"\n\n")
        if end < 0:
            if len(data) > _MAX_SSE_EVENT_BYTES:
                self.malformed = True
                self._pending = b""
                return b""
            self._pending = data
            return b""
        complete = data[: end + 2]
        self._pending = data[end + 2 :]
        start = 0
        for event in complete.split(b"\n\n"):
            if not event:
                start += 2
                continue
            if not self._check_event(event):
                self.malformed = True
                return complete[:start]
            start += len(event) + 2
            if self.done:
                return complete[:start]
        return complete

    def _check_event(self, event: bytes) -> bool:
        if event.startswith(b"data:") and b"\n" not in event:
            # The usual shape, one ``data:`` line: no list building.
            payload = event[5:]
        else:
            data_lines = []
            for line in event.split(b"\n"):
                if line.startswith(b"data:"):
                    data_lines.append(line[5:])
            if not data_lines:
                return True  # comments, retry:, id:, event: only
            payload = b"\n".join(line[1:] if line.startswith(b" ") else line for line in data_lines)
        payload = payload.strip()
        if payload == b"[DONE]":
            self.done = True
            return True
        try:
            # The decoder's scanner directly: the same JSON grammar as
            # json.loads at about half the cost per event; anything after
            # the value (other than whitespace, stripped above) is malformed.
            text = payload.decode("utf-8")
            document, end = _SCAN_JSON(text, 0)
        except (StopIteration, ValueError):
            return False
        if end != len(text):
            return False
        if isinstance(document, dict):
            choices = document.get("choices")
            if isinstance(choices, list):
                for choice in choices:
                    if isinstance(choice, dict) and choice.get("finish_reason"):
                        self.finish_seen = True
            if document.get("error"):
                self.done = True  # the upstream's own error event ends the answer
        return True

    @property
    def has_partial_event(self) -> bool:
        """Whether bytes of an unfinished event are held back."""
        return bool(self._pending.strip())


class RelayResponse(web.StreamResponse):
    """A streamed answer whose status line and headers leave with its first body bytes.

    aiohttp's ``StreamResponse.prepare`` sends the headers at once (one
    socket write), and the first chunk follows in a second; a relay always
    writes its first chunk right after ``prepare``, so here both go in one
    write (``web.Response`` does the same). aiohttp reads this class
    attribute in ``_write_headers``; without it (another aiohttp version)
    the headers are simply sent at once, as before.
    """

    _send_headers_immediately = False

    def send_headers_now(self) -> None:
        """Send the buffered headers without body bytes (nothing to relay yet)."""
        writer = self._payload_writer
        send_headers = getattr(writer, "send_headers", None)
        if send_headers is not None:
            send_headers()


async def relay_sse(opened: UpstreamOpened, client: web.StreamResponse) -> RelayOutcome:
    """Relay an upstream SSE stream to an already prepared client response."""
    upstream = opened.response
    content = upstream.content
    backend = opened.backend
    relay = SseRelay()
    outcome = RelayOutcome()
    idle = backend.idle_timeout_seconds
    error: bytes | None = None
    try:
        chunk = opened.first_chunk
        try:
            forward = relay.feed(chunk)
            if forward:
                outcome.bytes_relayed += len(forward)
                await client.write(forward)  # headers go with it (RelayResponse)
            elif isinstance(client, RelayResponse):
                client.send_headers_now()  # only part of an event so far: the client gets its 200 now
            while chunk and not (relay.done or relay.malformed):
                chunk = await read_chunk(content, idle)
                if not chunk:
                    break
                forward = relay.feed(chunk)
                if forward:
                    outcome.bytes_relayed += len(forward)
                    await client.write(forward)
        except TimeoutError:
            error = _sse_error_event("The model server stopped sending data mid-answer.", "upstream_stream_stalled")
        except (aiohttp.ClientError, OSError) as exc:
            logger.info("upstream stream broke: %s", exc.__class__.__name__)
            error = _sse_error_event("The model server connection broke mid-answer.", "upstream_stream_interrupted")
        if error is None and not relay.done:
            if relay.malformed:
                error = _sse_error_event("The model server sent a malformed stream event.", "upstream_malformed_event")
            elif relay.finish_seen and not relay.has_partial_event:
                # Complete answer (finish_reason seen), only the terminator was
                # missing: finish the stream the way clients expect.
                await client.write(b"data: [DONE]\n\n")
            else:
                error = _sse_error_event(
                    "The model server ended the stream before the answer was complete.", "upstream_stream_truncated"
                )
        if error is not None:
            outcome.status = "stream_interrupted"
            outcome.error_code = json.loads(error[6:])["error"]["code"]
            await client.write(error)
        await client.write_eof()
    except ConnectionError:
        outcome.status = "client_disconnected"
    finally:
        if relay.done and outcome.status == "forwarded":
            upstream.release()
        else:
            upstream.close()
    return outcome


async def relay_raw(opened: UpstreamOpened, client: web.StreamResponse, request: web.Request) -> RelayOutcome:
    """Relay a non-SSE upstream body chunk by chunk to a prepared client response."""
    upstream = opened.response
    content = upstream.content
    backend = opened.backend
    outcome = RelayOutcome()
    idle = backend.idle_timeout_seconds
    clean = False
    try:
        chunk = opened.first_chunk
        try:
            while chunk:
                outcome.bytes_relayed += len(chunk)
                await client.write(chunk)
                chunk = await read_chunk(content, idle)
            clean = True
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            logger.info("upstream body broke: %s", exc.__class__.__name__)
            outcome.status = "stream_interrupted"
            outcome.error_code = "upstream_body_interrupted"
            # Headers are gone already; cutting the connection is the only
            # honest signal (an unfinished chunked body / short Content-Length).
            if request.transport is not None:
                request.transport.close()
            return outcome
        await client.write_eof()
    except ConnectionError:
        outcome.status = "client_disconnected"
    finally:
        if clean:
            upstream.release()
        else:
            upstream.close()
    return outcome


def status_for_unavailable(exc: UpstreamUnavailable) -> tuple[int, str, str, str]:
    """Status, message, type and code when no backend answered at all."""
    if exc.timed_out:
        return 504, "The model server did not answer in time.", "upstream_error", "upstream_timeout"
    return 502, "The model server could not be reached.", "upstream_error", "upstream_request_failed"


_HEADER_VALUE_OK = re.compile(r"[\x20-\x7e\t]*")


def upstream_request_headers(accept: str, accept_encoding: str, request_id: str) -> dict[str, str]:
    """Per-request headers sent upstream (the client's own Authorization never is).

    Each backend adds its prebuilt ``Content-Type``, ``User-Agent`` and
    ``Authorization``. A value that is not plain printable ASCII is replaced
    by a safe default, so a client cannot inject header lines.
    """
    if not _HEADER_VALUE_OK.fullmatch(accept_encoding):
        accept_encoding = "identity"
    if not _HEADER_VALUE_OK.fullmatch(request_id):
        request_id = "invalid"
    return {"Accept": accept, "Accept-Encoding": accept_encoding, "X-Request-Id": request_id}
