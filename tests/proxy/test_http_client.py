"""The proxy's upstream HTTP/1.1 client against raw scripted servers.

Each server is a real asyncio TCP server on 127.0.0.1 that answers with
exact bytes, so framing (Content-Length, chunked split anywhere, read until
close), interim 1xx answers, keep-alive reuse, stale pooled connections and
broken bodies are all exercised on the wire.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from model_router.proxy.http_client import (
    HttpClient,
    Target,
    UpstreamBodyError,
    UpstreamConnectError,
    UpstreamProtocolError,
)

Script = Callable[[asyncio.StreamReader, asyncio.StreamWriter, int], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return head + await reader.readexactly(length)


async def serve(script: Script) -> tuple[asyncio.Server, str, list[bytes]]:
    """A server running ``script`` per connection; returns it, its URL and the requests it read."""
    requests: list[bytes] = []
    connections = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        try:
            await script(reader, writer, connections)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def recording(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        original = reader.readuntil

        async def readuntil(separator: bytes = b"\n") -> bytes:
            data = await original(separator)
            requests.append(data)
            return data

        reader.readuntil = readuntil  # type: ignore[method-assign]
        await handle(reader, writer)

    server = await asyncio.start_server(recording, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}/v1/chat/completions", requests


async def read_all(response) -> bytes:  # noqa: ANN001
    parts = []
    while chunk := await response.readany(2.0):
        parts.append(chunk)
    return b"".join(parts)


def run(coro: Awaitable[None]) -> None:
    asyncio.run(coro)  # type: ignore[arg-type]


def test_content_length_answer_and_keep_alive_reuse() -> None:
    async def script(reader, writer, _n) -> None:  # noqa: ANN001
        while True:
            await read_request(reader)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
            await writer.drain()

    async def main() -> None:
        server, url, requests = await serve(script)
        client = HttpClient()
        target = Target.for_url(url, [("Content-Type", "application/json"), ("Authorization", "Bearer k")])
        for _ in range(3):
            response = await client.post(target, b"X-Request-Id: r1\r\n", b'{"m":1}', 1.0)
            assert (response.status, response.content_length) == (200, 7)
            assert response.headers["content-type"] == "application/json"
            assert await read_all(response) == b'{"a":1}'
            response.release()
        assert client.stats.connections_opened == 1 and client.idle == 1 and client.in_use == 0
        head = requests[0].decode()
        assert head.startswith("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:")
        assert "Authorization: Bearer k\r\n" in head and "X-Request-Id: r1\r\n" in head
        assert "Content-Length: 7\r\n" in head
        await client.close()
        server.close()
        await server.wait_closed()

    run(main())


@pytest.mark.parametrize("split", [1, 3, 7, 1000])
def test_chunked_body_split_anywhere(split: int) -> None:
    wire = (
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/event-stream\r\n\r\n"
        b"6\r\ndata: \r\n"
        b"a;ext=1\r\n{\"x\": 1}\n\n\r\n"
        b"0\r\nTrailer-Field: t\r\n\r\n"
    )

    async def script(reader, writer, _n) -> None:  # noqa: ANN001
        while True:
            await read_request(reader)
            for start in range(0, len(wire), split):
                writer.write(wire[start:start + split])
                await writer.drain()
                await asyncio.sleep(0)

    async def main() -> None:
        server, url, _ = await serve(script)
        client = HttpClient()
        target = Target.for_url(url)
        for _ in range(2):
            response = await client.post(target, b"", b"{}", 1.0)
            assert response.status == 200 and response.content_length is None
            assert await read_all(response) == b'data: {"x": 1}\n\n'
            response.release()
        assert client.stats.connections_opened == 1  # the chunked answer ended cleanly, so reused
        await client.close()
        server.close()
        await server.wait_closed()

    run(main())


def test_body_until_close_and_connection_close_are_not_reused() -> None:
    async def script(reader, writer, n) -> None:  # noqa: ANN001
        await read_request(reader)
        if n == 1:
            writer.write(b"HTTP/1.1 200 OK\r\n\r\nall of it")
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()

    async def main() -> None:
        server, url, _ = await serve(script)
        client = HttpClient()
        target = Target.for_url(url)
        response = await client.post(target, b"", b"{}", 1.0)
        assert await read_all(response) == b"all of it"
        response.release()
        response = await client.post(target, b"", b"{}", 1.0)
        assert await read_all(response) == b"ok"
        response.release()
        assert client.stats.connections_opened == 2 and client.idle == 0
        await client.close()
        server.close()
        await server.wait_closed()

    run(main())


def test_stale_pooled_connection_is_retried_once_on_a_fresh_one() -> None:
    async def script(reader, writer, n) -> None:  # noqa: ANN001
        await read_request(reader)
        if n == 1:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n1")
            await writer.drain()
            # Keep-alive on paper, but the next request on this connection is
            # dropped unanswered, as when a server closes an idle connection
            # just as the client reuses it.
            await read_request(reader)
            return
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n2")
        await writer.drain()

    async def main() -> None:
        server, url, _ = await serve(script)
        client = HttpClient()
        target = Target.for_url(url)
        response = await client.post(target, b"", b"{}", 1.0)
        assert await read_all(response) == b"1"
        response.release()
        response = await client.post(target, b"", b"{}", 1.0)  # reused, dropped, sent again on a fresh one
        assert await read_all(response) == b"2"
        response.release()
        assert client.stats.connections_opened == 2
        await client.close()
        server.close()
        await server.wait_closed()

    run(main())


def test_errors_refused_closed_before_answer_not_http_and_broken_body() -> None:
    async def script(reader, writer, n) -> None:  # noqa: ANN001
        await read_request(reader)
        if n == 1:
            return  # closes without an answer
        if n == 2:
            writer.write(b"SSH-2.0-nope\r\n\r\n")
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial")
        await writer.drain()

    async def main() -> None:
        server, url, _ = await serve(script)
        client = HttpClient()
        target = Target.for_url(url)
        with pytest.raises(UpstreamConnectError):
            await client.post(target, b"", b"{}", 1.0)
        with pytest.raises(UpstreamProtocolError):
            await client.post(target, b"", b"{}", 1.0)
        response = await client.post(target, b"", b"{}", 1.0)
        assert await response.readany(1.0) == b"partial"
        with pytest.raises(UpstreamBodyError):
            await response.readany(1.0)
        response.close()
        assert client.in_use == 0
        server.close()
        await server.wait_closed()
        with pytest.raises(OSError):
            await client.post(target, b"", b"{}", 1.0)  # refused now
        await client.close()

    run(main())


def test_deadline_and_idle_timeout() -> None:
    async def script(reader, writer, n) -> None:  # noqa: ANN001
        await read_request(reader)
        if n == 1:
            await asyncio.sleep(5)  # no answer
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        await writer.drain()
        await asyncio.sleep(5)  # body stalls

    async def main() -> None:
        server, url, _ = await serve(script)
        client = HttpClient()
        target = Target.for_url(url)
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(TimeoutError):
            await client.post(target, b"", b"{}", 1.0, deadline=loop.time() + 0.2)
        assert loop.time() - started < 1.0 and client.in_use == 0
        response = await client.post(target, b"", b"{}", 1.0, deadline=loop.time() + 2)
        assert await response.readany(0.2) == b"abc"
        with pytest.raises(TimeoutError):
            await response.readany(0.2)
        response.close()
        await client.close()
        server.close()
        await server.wait_closed()

    run(main())


def test_header_values_with_line_breaks_are_refused() -> None:
    with pytest.raises(ValueError, match="line breaks"):
        Target.for_url("http://127.0.0.1:1/v1/chat/completions", [("Authorization", "Bearer k\r\nX-Evil: 1")])
    with pytest.raises(ValueError, match="http"):
        Target.for_url("ftp://example/v1")
