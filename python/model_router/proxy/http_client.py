"""A lean HTTP/1.1 client for the one request the proxy sends upstream.

Why not ``aiohttp.ClientSession``: measured on the development machine, its
per-request bookkeeping (request/response objects, cookie, redirect, trace
and header merging machinery) cost about 0.2 ms of CPU per proxied request,
a third of the whole proxy's CPU and more than the 0.5 ms added-latency
budget allows next to the server side (docs/proxy.md, "Performance"). The
proxy needs one thing only: ``POST <path>`` with a prebuilt header block on
a pooled keep-alive connection, and the answer's status, headers and body
bytes as they arrive. That is what this module does, on an
``asyncio.Protocol``:

* one write per request (request line, headers and body together unless the
  body is large), no ``Expect``, no redirects, no cookies, no decompression
  (bodies are relayed as the backend encoded them);
* response framing by ``Content-Length``, ``Transfer-Encoding: chunked`` or
  connection close; 1xx interim answers are skipped;
* keep-alive pool per (scheme, host, port): a connection goes back to the
  pool only when its answer was read to the end and the server did not ask
  to close; idle connections that the server closed are dropped as soon as
  the close arrives, and a request that fails on a reused connection before
  any byte of an answer is sent once more on a fresh connection (the server
  closed it idle; it never saw the request);
* reading is paused while more than ``_HIGH_WATER`` bytes are buffered, so a
  slow client cannot make the proxy hold a large answer in memory.

Errors are :class:`UpstreamConnectError` (no answer started: connection
refused, reset, closed before a status line; ``OSError`` from connecting
propagates as is), :class:`UpstreamProtocolError` (not HTTP/1.x) and
:class:`UpstreamBodyError` (the connection broke mid-body).
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from multidict import CIMultiDict, CIMultiDictProxy

__all__ = [
    "HttpClient",
    "HttpResponse",
    "Target",
    "UpstreamBodyError",
    "UpstreamConnectError",
    "UpstreamError",
    "UpstreamProtocolError",
]

_HIGH_WATER = 1024 * 1024
_MAX_HEAD_BYTES = 64 * 1024
_MAX_CHUNK_LINE = 4096
_LARGE_BODY = 256 * 1024
_IDLE_SECONDS = 15.0  # below common server keep-alive timeouts (aiohttp 75 s, nginx 75 s, ...)


class UpstreamError(Exception):
    """Base class of the upstream client's errors."""


class UpstreamConnectError(UpstreamError, ConnectionError):
    """No answer started: the connection failed or closed before a status line."""


class UpstreamProtocolError(UpstreamError):
    """The backend's answer is not valid HTTP/1.x."""


class UpstreamBodyError(UpstreamError):
    """The connection broke before the answer's body was complete."""


@dataclass(frozen=True)
class Target:
    """Where one backend's chat endpoint is, with its request prefix prebuilt."""

    key: tuple[str, str, int]
    host: str
    port: int
    tls: bool
    prefix: bytes
    """``POST <path> HTTP/1.1`` and the headers that never change for this backend."""

    @classmethod
    def for_url(cls, url: str, static_headers: Iterable[tuple[str, str]] = ()) -> Target:
        """A target for an ``http(s)://host[:port]/path`` URL plus headers sent on every request."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        tls = parts.scheme == "https"
        port = parts.port or (443 if tls else 80)
        host_header = parts.netloc.rpartition("@")[2]  # never send userinfo
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        lines = [f"POST {path} HTTP/1.1", f"Host: {host_header}"]
        lines += [f"{name}: {value}" for name, value in static_headers]
        return cls((parts.scheme, parts.hostname, port), parts.hostname, port, tls, _header_block(lines))


def _header_block(lines: Iterable[str]) -> bytes:
    lines = list(lines)
    if any("\r" in line or "\n" in line or "\0" in line for line in lines):
        raise ValueError("header values must not contain line breaks")
    text = "\r\n".join(lines) + "\r\n"
    return text.encode("latin-1", "strict") if text.isascii() else text.encode("utf-8")


class HttpResponse:
    """One upstream answer: status and headers now, body bytes as they arrive."""

    __slots__ = ("status", "reason", "headers", "content_length", "_conn", "_done")

    def __init__(self, conn: _Connection, status: int, reason: str, headers: CIMultiDictProxy[str],
                 content_length: int | None) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.content_length = content_length
        self._conn: _Connection | None = conn
        self._done = False

    @property
    def content(self) -> HttpResponse:
        """The body reader (this object; kept for symmetry with aiohttp's ``response.content``)."""
        return self

    async def readany(self, timeout: float | None = None) -> bytes:
        """Whatever body bytes are buffered (waiting for some); ``b""`` at the end of the body.

        ``timeout`` bounds only the wait for new bytes (``TimeoutError``):
        the proxy's idle timeout, armed only when nothing is buffered.
        """
        conn = self._conn
        if conn is None:
            return b""
        return await conn.read_body(timeout)

    def release(self) -> None:
        """Done with this answer: keep the connection for reuse when its body was read to the end."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.finish(reuse=True)

    def close(self) -> None:
        """Done with this answer: drop its connection (the backend sees the request cancelled)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.finish(reuse=False)


# Body framing modes.
_LENGTH, _CHUNKED, _UNTIL_CLOSE = 0, 1, 2
# Chunked decoder states.
_CH_SIZE, _CH_DATA, _CH_DATA_END, _CH_TRAILER = 0, 1, 2, 3


class _Connection(asyncio.Protocol):
    """One keep-alive connection to a backend; parses one answer at a time."""

    def __init__(self, client: HttpClient, key: tuple[str, str, int]) -> None:
        self._client = client
        self.key = key
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.idle_since = 0.0
        self._loop = asyncio.get_running_loop()
        self._head: asyncio.Future[HttpResponse] | None = None
        self._buffer = b""
        self.got_bytes = False
        self._in_body = False
        self._mode = _LENGTH
        self._remaining = 0
        self._chunk_state = _CH_SIZE
        self._chunks: deque[bytes] = deque()
        self._buffered = 0
        self._body_complete = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._paused = False
        self._keep_alive = True

    # -- asyncio.Protocol ------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:  # noqa: D102
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:  # noqa: D102
        self.closed = True
        head = self._head
        if head is not None and not head.done():
            head.set_exception(UpstreamConnectError("the backend closed the connection before answering"))
        elif self._in_body and not self._body_complete:
            if self._mode == _UNTIL_CLOSE and exc is None:
                self._body_complete = True
            elif self._error is None:
                self._error = UpstreamBodyError("the backend connection broke mid-answer")
            self._wake()
        self._client._forget(self)

    def data_received(self, data: bytes) -> None:  # noqa: D102
        self.got_bytes = True
        if self._in_body:
            self._feed_body(data)
            return
        if self._head is None:
            # Bytes while idle (no request out): the connection is unusable.
            self._abort(None)
            return
        buffer = self._buffer + data if self._buffer else data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > _MAX_HEAD_BYTES:
                    self._fail_head(UpstreamProtocolError("the backend's response headers are too large"))
                    return
                self._buffer = buffer
                return
            try:
                status, reason, headers, version_11 = _parse_head(buffer[:end])
            except UpstreamProtocolError as exc:
                self._fail_head(exc)
                return
            buffer = buffer[end + 4:]
            if 100 <= status < 200:
                continue  # interim answer (100 Continue, 103 Early Hints): the real one follows
            break
        self._buffer = b""
        connection = headers.get("Connection", "").lower()
        self._keep_alive = ("close" not in connection) if version_11 else ("keep-alive" in connection)
        content_length: int | None = None
        if "chunked" in headers.get("Transfer-Encoding", "").lower():
            self._mode = _CHUNKED
            self._chunk_state = _CH_SIZE
        elif status in (204, 304):
            self._mode, self._remaining, content_length = _LENGTH, 0, 0
        elif "Content-Length" in headers:
            value = headers["Content-Length"].strip()
            if not value.isdigit():
                self._fail_head(UpstreamProtocolError("the backend sent an invalid Content-Length"))
                return
            self._mode, self._remaining = _LENGTH, int(value)
            content_length = self._remaining
        else:
            self._mode = _UNTIL_CLOSE
            self._keep_alive = False
        self._in_body = True
        self._body_complete = self._mode == _LENGTH and self._remaining == 0
        response = HttpResponse(self, status, reason, CIMultiDictProxy(headers), content_length)
        head, self._head = self._head, None
        head.set_result(response)
        if buffer:
            self._feed_body(buffer)

    def eof_received(self) -> bool:  # noqa: D102
        return False  # close the transport; connection_lost settles the answer

    # -- body ------------------------------------------------------------

    def _push(self, data: bytes) -> None:
        if data:
            self._chunks.append(data)
            self._buffered += len(data)

    def _feed_body(self, data: bytes) -> None:
        if self._body_complete:
            self._keep_alive = False  # bytes beyond the answer: do not reuse
            return
        mode = self._mode
        if mode == _LENGTH:
            if len(data) >= self._remaining:
                if len(data) > self._remaining:
                    self._keep_alive = False
                self._push(data[: self._remaining])
                self._remaining = 0
                self._body_complete = True
            else:
                self._push(data)
                self._remaining -= len(data)
        elif mode == _UNTIL_CLOSE:
            self._push(data)
        else:
            try:
                self._feed_chunked(data)
            except UpstreamBodyError as exc:
                self._error = exc
                self._keep_alive = False
                if self.transport is not None:
                    self.transport.close()
        if self._buffered > _HIGH_WATER and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def _feed_chunked(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        position = 0
        size = len(buffer)
        while position < size:
            state = self._chunk_state
            if state == _CH_DATA:
                take = min(self._remaining, size - position)
                self._push(buffer[position:position + take])
                position += take
                self._remaining -= take
                if self._remaining == 0:
                    self._chunk_state = _CH_DATA_END
                continue
            line_end = buffer.find(b"\r\n", position)
            if line_end < 0:
                if size - position > _MAX_CHUNK_LINE:
                    raise UpstreamBodyError("invalid chunked encoding")
                break
            line = buffer[position:line_end]
            position = line_end + 2
            if state == _CH_DATA_END:
                if line:
                    raise UpstreamBodyError("invalid chunked encoding")
                self._chunk_state = _CH_SIZE
            elif state == _CH_SIZE:
                digits = line.split(b";", 1)[0].strip()
                try:
                    self._remaining = int(digits, 16)
                except ValueError:
                    raise UpstreamBodyError("invalid chunk size") from None
                if self._remaining < 0:
                    raise UpstreamBodyError("invalid chunk size")
                self._chunk_state = _CH_TRAILER if self._remaining == 0 else _CH_DATA
            elif not line:  # _CH_TRAILER: the blank line ends the body
                self._body_complete = True
                if position < size:
                    self._keep_alive = False
                self._buffer = b""
                return
        self._buffer = buffer[position:]

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    async def read_body(self, timeout: float | None = None) -> bytes:
        """Buffered body bytes, waiting (at most ``timeout``) when there are none; ``b""`` once complete."""
        while True:
            if self._chunks:
                chunks = self._chunks
                data = chunks.popleft() if len(chunks) == 1 else b"".join(chunks)
                chunks.clear()
                self._buffered = 0
                if self._paused and self.transport is not None and not self.closed:
                    self._paused = False
                    self.transport.resume_reading()
                return data
            if self._error is not None:
                raise self._error
            if self._body_complete:
                return b""
            waiter = self._waiter = self._loop.create_future()
            if timeout is None:
                await waiter
            else:
                timer = self._loop.call_later(timeout, _expire, waiter)
                try:
                    await waiter
                finally:
                    timer.cancel()

    # -- request / lifecycle -------------------------------------------------

    def send(self, request_head: bytes, body: bytes) -> asyncio.Future[HttpResponse]:
        """Write one request; the future resolves with the answer's status line and headers."""
        self._head = self._loop.create_future()
        self.got_bytes = False
        self._in_body = False
        self._body_complete = False
        self._error = None
        self._buffer = b""
        self._chunks.clear()
        self._buffered = 0
        transport = self.transport
        if transport is None or transport.is_closing():
            # Closed under us between the pool check and now (the close
            # callback has not run yet): the caller retries on a fresh one.
            self._head.set_exception(UpstreamConnectError("the pooled connection was closed"))
            return self._head
        if len(body) < _LARGE_BODY:
            transport.write(request_head + body)
        else:  # avoid copying a large body just to prepend the headers
            transport.write(request_head)
            transport.write(body)
        return self._head

    def finish(self, *, reuse: bool) -> None:
        """The caller is done with the current answer."""
        if reuse and self._keep_alive and self._body_complete and not self.closed:
            # An unread remainder of a complete body (a retried 5xx's error
            # JSON) is dropped; the connection itself is fine.
            self._chunks.clear()
            self._buffered = 0
            self._in_body = False
            if self._paused and self.transport is not None:
                self._paused = False
                self.transport.resume_reading()
            self._client._put_idle(self)
        else:
            self._abort(None)

    def _fail_head(self, exc: BaseException) -> None:
        head, self._head = self._head, None
        if head is not None and not head.done():
            head.set_exception(exc)
        self._abort(None)

    def _abort(self, _exc: BaseException | None) -> None:
        self._keep_alive = False
        if self.transport is not None and not self.closed:
            self.closed = True
            self.transport.close()
            self._client._forget(self)


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


def _parse_head(head: bytes) -> tuple[int, str, CIMultiDict[str], bool]:
    text = head.decode("latin-1")
    lines = text.split("\r\n")
    status_line = lines[0]
    version, _, rest = status_line.partition(" ")
    code, _, reason = rest.partition(" ")
    if not version.startswith("HTTP/1.") or len(code) != 3 or not code.isdigit():
        raise UpstreamProtocolError("the backend's answer is not HTTP/1.x")
    headers: CIMultiDict[str] = CIMultiDict()
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise UpstreamProtocolError("the backend sent a malformed header line")
        headers.add(name, value.strip())
    return int(code), reason, headers, version != "HTTP/1.0"


@dataclass
class _Stats:
    connections_opened: int = 0
    in_use: set[_Connection] = field(default_factory=set)


class HttpClient:
    """Pooled keep-alive connections and the one request kind the proxy sends."""

    def __init__(self, *, max_idle_per_host: int = 256, idle_seconds: float = _IDLE_SECONDS) -> None:
        self._idle: dict[tuple[str, str, int], deque[_Connection]] = {}
        self._max_idle = max(1, max_idle_per_host)
        self._idle_seconds = idle_seconds
        self._ssl: ssl.SSLContext | None = None
        self.stats = _Stats()
        self._closed = False

    @property
    def in_use(self) -> int:
        """Connections currently carrying a request or an unread answer."""
        return len(self.stats.in_use)

    @property
    def idle(self) -> int:
        """Connections waiting in the pool."""
        return sum(len(pool) for pool in self._idle.values())

    async def post(
        self, target: Target, headers: bytes, body: bytes, connect_timeout: float | None, deadline: float | None = None
    ) -> HttpResponse:
        """Send ``POST`` to ``target`` and wait for the answer's status and headers.

        ``headers`` are the per-request header lines (each ending in CRLF);
        ``Content-Length`` is added here. ``deadline`` (event-loop time)
        bounds the whole call; ``connect_timeout`` the TCP (and TLS) connect.
        Raises ``OSError`` (including :class:`UpstreamConnectError`),
        ``TimeoutError``, or :class:`UpstreamProtocolError`.
        """
        loop = asyncio.get_running_loop()
        request_head = b"%s%sContent-Length: %d\r\n\r\n" % (target.prefix, headers, len(body))
        for fresh in (False, True):
            conn = None if fresh else self._take_idle(target.key)
            reused = conn is not None
            if conn is None:
                timeout = connect_timeout
                if deadline is not None:
                    left = deadline - loop.time()
                    timeout = left if timeout is None else min(timeout, left)
                conn = await self._connect(target, timeout)
            self.stats.in_use.add(conn)
            try:
                head = conn.send(request_head, body)
                if deadline is None:
                    return await head
                # A timer rather than asyncio.timeout(): one handle per
                # request instead of a context manager and task uncancel
                # bookkeeping, on the path every request takes.
                timer = loop.call_at(deadline, _expire, head)
                try:
                    return await head
                finally:
                    timer.cancel()
            except UpstreamConnectError:
                conn._abort(None)
                if reused and not conn.got_bytes:
                    continue  # closed while idle; the backend never saw this request
                raise
            except BaseException:
                conn._abort(None)  # timeout or cancellation: drop the half-used connection
                raise
        raise AssertionError("unreachable")

    async def _connect(self, target: Target, connect_timeout: float | None) -> _Connection:
        loop = asyncio.get_running_loop()
        ssl_context: ssl.SSLContext | None = None
        if target.tls:
            if self._ssl is None:
                self._ssl = ssl.create_default_context()
            ssl_context = self._ssl
        async with asyncio.timeout(connect_timeout):
            _transport, conn = await loop.create_connection(
                lambda: _Connection(self, target.key),
                target.host,
                target.port,
                ssl=ssl_context,
                server_hostname=target.host if ssl_context else None,
            )
        self.stats.connections_opened += 1
        return conn

    def _take_idle(self, key: tuple[str, str, int]) -> _Connection | None:
        pool = self._idle.get(key)
        if not pool:
            return None
        limit = time.monotonic() - self._idle_seconds
        while pool:
            conn = pool.pop()  # most recently used first: likeliest to be alive
            if conn.closed or conn.transport is None or conn.transport.is_closing():
                continue
            if conn.idle_since < limit:
                conn._abort(None)
                continue
            return conn
        return None

    def _put_idle(self, conn: _Connection) -> None:
        self.stats.in_use.discard(conn)
        if self._closed:
            conn._abort(None)
            return
        pool = self._idle.setdefault(conn.key, deque())
        conn.idle_since = time.monotonic()
        pool.append(conn)
        while len(pool) > self._max_idle:
            pool.popleft()._abort(None)

    def _forget(self, conn: _Connection) -> None:
        self.stats.in_use.discard(conn)
        pool = self._idle.get(conn.key)
        if pool and conn in pool:
            pool.remove(conn)

    async def close(self) -> None:
        """Close every connection (idle and in use)."""
        self._closed = True
        conns = [conn for pool in self._idle.values() for conn in pool] + list(self.stats.in_use)
        self._idle.clear()
        for conn in conns:
            conn._abort(None)
        # Let the transports run their close callbacks before the loop goes away.
        await asyncio.sleep(0)
