"""The proxy's upstream side on the wire: aiohttp's client against raw scripted servers.

Each upstream here is a real asyncio TCP server on 127.0.0.1 that reads the
proxy's request bytes and answers with exact bytes, so what the proxy sends
(headers, User-Agent, no client Authorization) and how it handles framing
(Content-Length, chunked split anywhere, read until close), interim 1xx
answers, keep-alive reuse, stale pooled connections, broken bodies and
timeouts are all exercised end to end: a real aiohttp client -> the proxy
app -> the scripted server, in one event loop per test.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from multidict import CIMultiDict

from model_router.proxy.app import STATE, UPSTREAM_SESSION, create_app
from model_router.proxy.upstream import USER_AGENT, upstream_request_headers
from model_router.proxy_config import parse_proxy_config
from model_router.config import DEFAULT_ROUTING_TARGETS

# Every routable engine of the default catalog (all but the confirmation gate).
ENGINES = tuple(engine for target, engine in DEFAULT_ROUTING_TARGETS.items() if target != "confirmation")
CHAT = {"model": "model-router", "messages": [{"role": "user", "content": "hello there"}]}
ANSWER = b'{"choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}'

Script = Callable[[asyncio.StreamReader, asyncio.StreamWriter, int], Awaitable[None]]


@dataclass
class Upstream:
    """A scripted server: its base URL and every request it read, with its connection number."""

    base_url: str
    requests: list[tuple[int, bytes, bytes]] = field(default_factory=list)
    connections: int = 0

    def head(self, index: int) -> str:
        return self.requests[index][1].decode("latin-1")

    def header(self, index: int, name: str) -> str | None:
        for line in self.head(index).split("\r\n")[1:]:
            key, _, value = line.partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None


async def read_request(reader: asyncio.StreamReader, upstream: Upstream, connection: int) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    upstream.requests.append((connection, head, await reader.readexactly(length)))


@asynccontextmanager
async def serve(script: Callable[[asyncio.StreamReader, asyncio.StreamWriter, int, Upstream], Awaitable[None]]
                ) -> AsyncIterator[Upstream]:
    """A server running ``script`` per connection (numbered from 1)."""
    upstream = Upstream("")
    handlers: set[asyncio.Task[Any]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.add(asyncio.current_task())  # type: ignore[arg-type]
        upstream.connections += 1
        try:
            await script(reader, writer, upstream.connections, upstream)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    upstream.base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
    try:
        yield upstream
    finally:
        server.close()
        for task in list(handlers):
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        await server.wait_closed()


@dataclass
class Running:
    url: str
    app: web.Application


@asynccontextmanager
async def running_proxy(upstream: Upstream, **backend: Any) -> AsyncIterator[Running]:
    """The proxy app on 127.0.0.1:0 with every engine on the scripted backend ``raw``."""
    data = {
        "proxy": {"model_ids": ["model-router"], "confirmation_secret": "wire-test-secret-0123456789abcdef"},
        "backends": {
            "raw": {
                "base_url": upstream.base_url,
                "model": "raw-model",
                "api_key": "backend-key",
                "connect_timeout_seconds": 1,
                "first_byte_timeout_seconds": 0.5,
                "idle_timeout_seconds": 0.3,
                **backend,
            }
        },
        "engine_backends": {engine: "raw" for engine in ENGINES},
    }
    app = create_app(parse_proxy_config(data, source="wire-test.yaml"))
    runner = web.AppRunner(app, handler_cancellation=True, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield Running(f"http://127.0.0.1:{runner.addresses[0][1]}", app)
    finally:
        await runner.cleanup()


@asynccontextmanager
async def client() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        yield session


async def post_chat(session: aiohttp.ClientSession, proxy: Running, body: dict[str, Any] | None = None,
                    headers: dict[str, str] | None = None) -> tuple[int, CIMultiDict[str], bytes]:
    async with session.post(proxy.url + "/v1/chat/completions", json=body or CHAT, headers=headers) as response:
        return response.status, CIMultiDict(response.headers), await response.read()


def run(coro: Awaitable[None]) -> None:
    asyncio.run(coro)  # type: ignore[arg-type]


def keep_answering(answer: bytes) -> Callable[..., Awaitable[None]]:
    async def script(reader, writer, n, upstream) -> None:  # noqa: ANN001
        while True:
            await read_request(reader, upstream, n)
            writer.write(answer)
            await writer.drain()

    return script


PLAIN = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(ANSWER), ANSWER)


def test_requests_come_from_aiohttp_with_backend_headers_on_one_kept_alive_connection() -> None:
    async def main() -> None:
        async with serve(keep_answering(PLAIN)) as upstream, running_proxy(upstream) as proxy, client() as session:
            for _ in range(3):
                status, headers, body = await post_chat(
                    session, proxy, headers={"Authorization": "Bearer client-secret", "X-Request-Id": "req-1"}
                )
                assert (status, body) == (200, ANSWER)
                assert headers["X-Routed-Backend"] == "raw" and headers["X-Request-Id"] == "req-1"
            assert upstream.connections == 1 and len(upstream.requests) == 3
            head = upstream.head(0)
            assert head.startswith("POST /v1/chat/completions HTTP/1.1\r\n")
            assert upstream.header(0, "Host") == upstream.base_url.split("/")[2]
            assert upstream.header(0, "User-Agent") == USER_AGENT
            assert USER_AGENT.startswith("model-router/") and f"aiohttp/{aiohttp.__version__}" in USER_AGENT
            assert upstream.header(0, "Authorization") == "Bearer backend-key"  # never the client's
            assert "client-secret" not in head
            assert upstream.header(0, "X-Request-Id") == "req-1"
            assert upstream.header(0, "Content-Type") == "application/json"
            sent = json.loads(upstream.requests[0][2])
            assert upstream.header(0, "Content-Length") == str(len(upstream.requests[0][2]))
            assert sent["model"] == "raw-model" and sent["messages"] == CHAT["messages"]

    run(main())


def test_one_client_session_per_app_reused_by_every_request() -> None:
    def sessions() -> list[aiohttp.ClientSession]:
        return [obj for obj in gc.get_objects() if isinstance(obj, aiohttp.ClientSession)]

    async def main() -> None:
        async with serve(keep_answering(PLAIN)) as upstream, client() as session:
            before = len(sessions())
            async with running_proxy(upstream) as proxy:
                upstream_session = proxy.app[UPSTREAM_SESSION]
                assert proxy.app[STATE].upstream.session is upstream_session
                assert len(sessions()) == before + 1  # the app's one, created on startup
                for _ in range(5):
                    assert (await post_chat(session, proxy))[0] == 200
                assert len(sessions()) == before + 1  # none per request
                assert not upstream_session.closed
            assert upstream_session.closed and proxy.app[STATE].upstream is None  # closed with the app

    run(main())


@pytest.mark.parametrize("split", [1, 3, 7, 1000])
def test_chunked_answer_split_anywhere_after_an_interim_1xx(split: int) -> None:
    body_chunks = [ANSWER[:10], ANSWER[10:]]
    wire = (
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
        + b"%x\r\n%s\r\n" % (len(body_chunks[0]), body_chunks[0])
        + b"%x;ext=1\r\n%s\r\n" % (len(body_chunks[1]), body_chunks[1])
        + b"0\r\nTrailer-Field: t\r\n\r\n"
    )

    async def script(reader, writer, n, upstream) -> None:  # noqa: ANN001
        while True:
            await read_request(reader, upstream, n)
            for start in range(0, len(wire), split):
                writer.write(wire[start:start + split])
                await writer.drain()
                await asyncio.sleep(0)

    async def main() -> None:
        async with serve(script) as upstream, running_proxy(upstream) as proxy, client() as session:
            for _ in range(2):
                status, headers, body = await post_chat(session, proxy)
                assert (status, body) == (200, ANSWER)
                assert "Trailer-Field" not in headers
            assert upstream.connections == 1  # the chunked answer ended cleanly, so its connection was reused

    run(main())


def test_sse_stream_split_byte_by_byte_is_relayed_event_by_event() -> None:
    events = (
        b'data: {"choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":null}]}\n\n'
        b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'
        b"data: [DONE]\n\n"
    )
    wire = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    wire += b"".join(b"1\r\n%s\r\n" % events[i:i + 1] for i in range(len(events))) + b"0\r\n\r\n"

    async def script(reader, writer, n, upstream) -> None:  # noqa: ANN001
        await read_request(reader, upstream, n)
        for start in range(0, len(wire), 5):
            writer.write(wire[start:start + 5])
            await writer.drain()
            await asyncio.sleep(0)

    async def main() -> None:
        async with serve(script) as upstream, running_proxy(upstream) as proxy, client() as session:
            status, headers, body = await post_chat(session, proxy, dict(CHAT, stream=True))
            assert (status, body) == (200, events)
            assert headers["Content-Type"].startswith("text/event-stream")
            assert upstream.header(0, "Accept") == "text/event-stream"
            assert upstream.header(0, "Accept-Encoding") == "identity"

    run(main())


def test_encoded_bodies_are_relayed_as_encoded() -> None:
    encoded = gzip.compress(ANSWER)
    wire = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s"

    async def main() -> None:
        async with serve(keep_answering(wire % (len(encoded), encoded))) as upstream, running_proxy(upstream) as proxy, \
                client() as session:
            status, headers, body = await post_chat(session, proxy, headers={"Accept-Encoding": "gzip"})
            assert (status, headers["Content-Encoding"], body) == (200, "gzip", encoded)  # not decompressed
            assert upstream.header(0, "Accept-Encoding") == "gzip"

    run(main())


def test_body_until_close_and_connection_close_are_not_reused() -> None:
    async def script(reader, writer, n, upstream) -> None:  # noqa: ANN001
        await read_request(reader, upstream, n)
        if n == 1:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + ANSWER)
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()

    async def main() -> None:
        async with serve(script) as upstream, running_proxy(upstream) as proxy, client() as session:
            status, _, body = await post_chat(session, proxy)
            assert (status, body) == (200, ANSWER)
            status, headers, body = await post_chat(session, proxy)
            assert (status, body) == (200, b"ok")
            assert "Connection" not in headers or headers["Connection"].lower() != "close"  # hop-by-hop, not relayed
            assert upstream.connections == 2

    run(main())


def test_stale_pooled_connection_is_sent_again_once_on_another_connection() -> None:
    async def script(reader, writer, n, upstream) -> None:  # noqa: ANN001
        await read_request(reader, upstream, n)
        if n == 1:
            writer.write(PLAIN)
            await writer.drain()
            # Keep-alive on paper, but the next request on this connection is
            # dropped unanswered, as when a server closes an idle connection
            # just as the client reuses it.
            await read_request(reader, upstream, n)
            return
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n2")
        await writer.drain()

    async def main() -> None:
        async with serve(script) as upstream, running_proxy(upstream) as proxy, client() as session:
            assert (await post_chat(session, proxy))[::2] == (200, ANSWER)
            # max_attempts is 1 and there is no fallback: only the stale-connection rule can save this one.
            assert (await post_chat(session, proxy))[::2] == (200, b"2")
            assert upstream.connections == 2
            assert [connection for connection, _, _ in upstream.requests] == [1, 1, 2]

    run(main())


def test_fresh_connection_closed_before_an_answer_is_one_failed_try() -> None:
    async def script(reader, writer, n, upstream) -> None:  # noqa: ANN001
        await read_request(reader, upstream, n)  # then close without an answer

    async def main() -> None:
        async with serve(script) as upstream, running_proxy(upstream) as proxy, client() as session:
            status, _, body = await post_chat(session, proxy)
            assert status == 502 and json.loads(body)["error"]["code"] == "upstream_request_failed"
            assert len(upstream.requests) == 1  # a fresh connection: not sent again
        async with serve(script) as upstream, running_proxy(upstream, max_attempts=2) as proxy, client() as session:
            assert (await post_chat(session, proxy))[0] == 502
            assert len(upstream.requests) == 2  # max_attempts bounds the tries

    run(main())


def test_not_http_broken_body_and_refused() -> None:
    async def script(reader, writer, n, upstream) -> None:  # noqa: ANN001
        await read_request(reader, upstream, n)
        if n == 1:
            writer.write(b"SSH-2.0-nope\r\n\r\n")
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\npartial")
        await writer.drain()

    async def main() -> None:
        async with client() as session:
            async with serve(script) as upstream, running_proxy(upstream) as proxy:
                status, _, body = await post_chat(session, proxy)
                assert status == 502 and json.loads(body)["error"]["code"] == "upstream_request_failed"
                with pytest.raises(aiohttp.ClientPayloadError):  # cut off, never a short "complete" answer
                    await post_chat(session, proxy)
                base_url = upstream.base_url
            upstream.base_url = base_url  # nothing listens there any more
            async with running_proxy(upstream) as proxy:
                status, _, body = await post_chat(session, proxy)
                assert status == 502 and json.loads(body)["error"]["code"] == "upstream_request_failed"

    run(main())


def test_first_byte_and_idle_timeouts() -> None:
    async def script(reader, writer, n, upstream) -> None:  # noqa: ANN001
        await read_request(reader, upstream, n)
        if n == 1:
            await asyncio.sleep(5)  # no answer
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\nabc")
        await writer.drain()
        await asyncio.sleep(5)  # body stalls

    async def main() -> None:
        async with serve(script) as upstream, running_proxy(upstream) as proxy, client() as session:
            loop = asyncio.get_running_loop()
            started = loop.time()
            status, _, body = await post_chat(session, proxy)
            assert status == 504 and json.loads(body)["error"]["code"] == "upstream_timeout"
            assert 0.45 < loop.time() - started < 1.5  # first_byte_timeout_seconds 0.5
            started = loop.time()
            with pytest.raises(aiohttp.ClientPayloadError):
                await post_chat(session, proxy)
            assert 0.25 < loop.time() - started < 1.5  # idle_timeout_seconds 0.3 after "abc"
            connector = proxy.app[UPSTREAM_SESSION].connector
            assert connector is not None and not connector._acquired  # both connections given up

    run(main())


def test_request_header_values_are_plain_ascii() -> None:
    headers = upstream_request_headers("application/json", "gzip\r\nX-Evil: 1", "id\nX-Evil: 2")
    assert headers == {"Accept": "application/json", "Accept-Encoding": "identity", "X-Request-Id": "invalid"}
