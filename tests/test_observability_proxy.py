"""End to end: many simultaneous requests through the real proxy, one event each.

The proxy (``create_app`` with ``observability.enabled``, so the real
``RoutingEventLog``) and a small OpenAI-style upstream run on 127.0.0.1 in
one event loop; an aiohttp client fires plain, streamed, confirmation and
disconnecting requests at once, with a log small enough to rotate during the
run. After shutdown every request has exactly one well-formed event, and no
secret from prompts, headers or bodies is in any line.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from model_router.proxy.app import create_app
from model_router.proxy_config import parse_proxy_config
from model_router.replay import JsonlReader, expand_rotated
from model_router.config import DEFAULT_ROUTING_TARGETS

# Every routable engine of the default catalog (all but the confirmation gate).
ENGINES = tuple(engine for target, engine in DEFAULT_ROUTING_TARGETS.items() if target != "confirmation")
PROMPTS = (
    "hello there",
    "fix the repo and run tests",
    "summarize this paragraph about cats",
    "what is the latest news on the olympics",
    "delete all my files",
)
# (text planted in a prompt, the secret part that must never be logged)
PLANTED = (
    ("key sk-proj-ABCDEFGHIJKLMNOP1234", "sk-proj-ABCDEFGHIJKLMNOP1234"),
    ("aws AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    ("mail jane.doe@example.com", "jane.doe@example.com"),
    ("card 4111 1111 1111 1111", "4111 1111 1111 1111"),
    (
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlX3NpZ25hdHVyZQ",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0",
    ),
    (
        "-----BEGIN PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecretmaterial\n-----END PRIVATE KEY-----",
        "MIIEowIBAAKCAQEAsecretmaterial",
    ),
)
HEADER_SECRET = "header-bearer-secret-0123456789"
BODY_SECRET = "body-tool-secret-0123456789"


def upstream_app() -> web.Application:
    """An OpenAI-style model server: JSON answers, SSE streams, one slow stream."""

    async def chat(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if body.get("stream"):
            response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
            await response.prepare(request)
            slow = "slow" in json.dumps(body["messages"])
            try:
                for index in range(3):
                    chunk = {"choices": [{"index": 0, "delta": {"content": f"part{index} "}}]}
                    await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    await asyncio.sleep(0.2 if slow else 0)
                await response.write(b"data: [DONE]\n\n")
            except ConnectionError:
                pass  # the proxy hung up because its client did
            return response
        return web.json_response(
            {
                "id": "cmpl-1",
                "object": "chat.completion",
                "model": body.get("model"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
            }
        )

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    return app


async def start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"


async def run_traffic(log_path: Path, tmp_path: Path, capture: str) -> dict[str, dict[str, Any]]:
    """Fire the requests; return what each client saw, by request id."""
    upstream_runner, upstream_url = await start(upstream_app())
    config = parse_proxy_config(
        {
            "proxy": {"confirmation_secret": "test-confirmation-secret-0123456789"},
            "backends": {"local": {"base_url": upstream_url + "/v1", "model": "local-model"}},
            "engine_backends": {engine: "local" for engine in ENGINES},
            "observability": {
                "enabled": True,
                "log_path": str(log_path),
                "prompt_capture": capture,
                "max_bytes": 30_000,
                "backups": 1000,
            },
        },
        source="test-observability.yaml",
        config_dir=tmp_path,
        environ={},
    )
    proxy_runner, proxy_url = await start(create_app(config))
    seen: dict[str, dict[str, Any]] = {}
    try:
        async with aiohttp.ClientSession() as client:

            async def one(index: int) -> None:
                request_id = f"req-{index:04d}"
                secret = PLANTED[index % len(PLANTED)][0]
                prompt = f"{PROMPTS[index % len(PROMPTS)]} (ref {secret})"
                kind = index % 10
                body: dict[str, Any] = {
                    "model": "model-router",
                    "messages": [
                        {"role": "system", "content": f"system secret {BODY_SECRET}"},
                        {"role": "user", "content": prompt},
                    ],
                    "tools": [{"type": "function", "function": {"name": BODY_SECRET}}],
                    "stream": kind in (1, 2),
                }
                if kind == 9:
                    body["messages"][-1]["content"] = "slow stream please " + secret
                    body["stream"] = True
                headers = {"X-Request-Id": request_id, "Authorization": f"Bearer {HEADER_SECRET}"}
                async with client.post(proxy_url + "/v1/chat/completions", json=body, headers=headers) as response:
                    if kind == 9:
                        # Disconnect after the first chunk: the stream is interrupted.
                        await response.content.readany()
                        response.close()
                        seen[request_id] = {"status": response.status, "disconnected": True}
                        return
                    await response.read()
                    seen[request_id] = {
                        "status": response.status,
                        "engine": response.headers.get("X-Routed-Engine"),
                        "echoed_id": response.headers.get("X-Request-Id"),
                    }

            await asyncio.gather(*(one(index) for index in range(300)))
            await asyncio.sleep(0.3)  # let the disconnected streams notice
    finally:
        await proxy_runner.cleanup()  # closes the event log: every record flushed
        await upstream_runner.cleanup()
    return seen


@pytest.mark.parametrize("capture", ["redacted_preview", "off"])
def test_every_proxied_request_logs_exactly_one_event(tmp_path: Path, capture: str) -> None:
    log_path = tmp_path / "logs" / "routing-events.jsonl"
    seen = asyncio.run(run_traffic(log_path, tmp_path, capture))
    assert len(seen) == 300

    files = expand_rotated([log_path])
    assert len(files) > 3, "the log must rotate during the run"
    raw = "".join(path.read_text(encoding="utf-8") for path in files if path.exists())
    reader = JsonlReader()
    events = list(reader.rows(files))
    assert reader.malformed == 0
    ids = [event["request_id"] for event in events]
    assert sorted(ids) == sorted(seen), "one event per request, none lost or duplicated"

    by_id = {event["request_id"]: event for event in events}
    for request_id, client_view in seen.items():
        event = by_id[request_id]
        assert event["event_type"] == "routing_event"
        if client_view.get("disconnected"):
            assert event["status"] == "stream_interrupted"
            continue
        assert client_view["echoed_id"] == request_id
        assert event["selected_engine"] == client_view["engine"]
        if client_view["status"] == 409:
            assert event["status"] == "human_confirm" and event["status_code"] == 409
        else:
            assert client_view["status"] == 200
            assert event["status"] == "forwarded" and event["backend"] == "local"
            assert event["backend_model"] == "local-model"
        # The logged scores are the ones of the decision that chose the engine.
        assert {"complexity_score", "risk_score", "confidence_score", "features"} <= set(event)
    statuses = {event["status"] for event in events}
    assert {"forwarded", "human_confirm", "stream_interrupted"} <= statuses

    for secret in (*(part for _text, part in PLANTED), HEADER_SECRET, BODY_SECRET):
        assert secret not in raw, secret
    for forbidden_key in ('"messages"', '"tools"', '"body"', '"headers"', '"prompt":'):
        assert forbidden_key not in raw
    if capture == "off":
        assert '"prompt_preview"' not in raw
    else:
        assert '"prompt_preview"' in raw and "[REDACTED" in raw
