"""Test helpers: aiohttp servers in background threads, and fake model servers.

A :class:`FakeModelServer` speaks the OpenAI chat wire format (a JSON answer,
or an SSE stream with content or tool-call deltas and ``[DONE]``), counts
attempts, records what it received, and plays scripted faults.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


class ServerThread:
    """Runs aiohttp applications on 127.0.0.1 (port 0) in one background event loop."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="test-servers", daemon=True)
        self._thread.start()
        self._runners: list[web.AppRunner] = []

    def call(self, coro: Coroutine[Any, Any, Any], timeout: float = 10.0) -> Any:
        """Run a coroutine on the server loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def serve(self, app_factory: Callable[[], web.Application], port: int = 0) -> str:
        """Start an app (built on the loop thread); return its base URL."""

        async def start() -> str:
            app = app_factory()
            runner = web.AppRunner(app, handler_cancellation=True, access_log=None, shutdown_timeout=1.0)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", port)
            await site.start()
            self._runners.append(runner)
            return f"http://127.0.0.1:{runner.addresses[0][1]}"

        return self.call(start())

    def close(self) -> None:
        """Stop every app and the loop."""

        async def stop() -> None:
            for runner in reversed(self._runners):
                await runner.cleanup()

        try:
            self.call(stop(), timeout=15.0)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)
            self.loop.close()


def closed_port_url() -> str:
    """A base URL on which nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@dataclass
class Fault:
    """One scripted behaviour of a fake model server for one request."""

    kind: str = "ok"
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None


OK = Fault()


class FakeModelServer:
    """An OpenAI-compatible fake model server with fault injection."""

    def __init__(self, name: str, models: tuple[str, ...] = ()) -> None:
        self.name = name
        self.models = models
        self.faults: deque[Fault] = deque()
        self.default = OK
        self.attempts = 0
        self.received: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.cancelled = 0
        self.finished = 0
        self.base_url = ""

    # -- scripting -------------------------------------------------------

    def script(self, *faults: Fault) -> None:
        """Faults for the next requests, in order; then the default."""
        self.faults.extend(faults)

    def reset(self) -> None:
        self.faults.clear()
        self.default = OK
        self.attempts = 0
        self.received.clear()
        self.headers.clear()
        self.cancelled = 0
        self.finished = 0

    # -- app -------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        return app

    async def _models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": model, "object": "model"} for model in self.models]})

    def _answer(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 1700000000,
            "model": body.get("model"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": f"answer from {self.name}"},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 3, "completion_tokens": 3, "total_tokens": 6},
        }

    def _chunks(self, body: dict[str, Any]) -> list[bytes]:
        base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1700000000, "model": body.get("model")}

        def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
            chunk = dict(base, choices=[{"index": 0, "delta": delta, "finish_reason": finish}])
            return b"data: " + json.dumps(chunk).encode() + b"\n\n"

        if body.get("tools"):
            call = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": ""}}
            return [
                event({"role": "assistant", "content": None, "tool_calls": [call]}),
                event({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
                event({"tool_calls": [{"index": 0, "function": {"arguments": '"Paris"}'}}]}),
                event({}, "tool_calls"),
            ]
        words = ["answer ", "from ", self.name]
        return [event({"role": "assistant", "content": ""})] + [event({"content": w}) for w in words] + [event({}, "stop")]

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        self.attempts += 1
        raw = await request.read()
        body = json.loads(raw)
        self.received.append(body)
        self.headers.append({key.lower(): value for key, value in request.headers.items()})
        fault = self.faults.popleft() if self.faults else self.default
        try:
            response = await self._play(request, body, fault)
            self.finished += 1
            return response
        except asyncio.CancelledError:
            self.cancelled += 1
            raise

    async def _play(self, request: web.Request, body: dict[str, Any], fault: Fault) -> web.StreamResponse:
        kind = fault.kind
        if kind == "status":
            payload = fault.body if fault.body is not None else {"error": {"message": f"fault {fault.status}", "type": "server_error"}}
            return web.json_response(payload, status=fault.status, headers=fault.headers)
        if kind == "hang":  # never answers (until the proxy gives up)
            await asyncio.sleep(3600)
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if not body.get("stream"):
            if kind == "cut_body":
                response = web.StreamResponse(headers={"Content-Type": "application/json", "Content-Length": "500"})
                await response.prepare(request)
                await response.write(b'{"id": "chatcmpl-test", "choices": [')
                await asyncio.sleep(0.05)
                request.transport.close()
                return response
            return web.json_response(self._answer(body))
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)
        chunks = self._chunks(body)
        if kind == "cut_stream":
            await response.write(chunks[0] + chunks[1])
            await asyncio.sleep(0.05)
            request.transport.close()
            return response
        if kind == "stall_stream":
            await response.write(chunks[0])
            await asyncio.sleep(3600)
        if kind == "split_first_event":  # half an event, a pause of fault.body seconds, then the rest
            await response.write(chunks[0][:10])
            await asyncio.sleep(float(fault.body or 0.5))
            await response.write(chunks[0][10:] + b"".join(chunks[1:]) + b"data: [DONE]\n\n")
            return response
        if kind == "malformed":
            await response.write(chunks[0] + b"data: {not json\n\n" + chunks[1])
            await response.write(b"data: [DONE]\n\n")
            return response
        if kind == "slow_stream":  # one chunk per fault.body seconds
            for chunk in chunks:
                await response.write(chunk)
                await asyncio.sleep(float(fault.body or 0.05))
            await response.write(b"data: [DONE]\n\n")
            return response
        if kind == "no_done_unfinished":  # the answer stops before its finish_reason
            await response.write(b"".join(chunks[:-1]))
            await response.write_eof()
            return response
        for chunk in chunks:
            await response.write(chunk)
        if kind == "no_done":
            await response.write_eof()
            return response
        await response.write(b"data: [DONE]\n\n")
        return response
