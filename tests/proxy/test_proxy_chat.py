"""The proxy seen through the official openai SDK: chat, streaming, routing headers, confirmation."""

from __future__ import annotations

import asyncio
import json
import urllib.request

import openai
import pytest
from conftest import SECRET, Proxy, RecordingSink, config_dict, start_proxy, wait_for
from proxy_fakes import FakeModelServer

HELLO = [{"role": "user", "content": "hello there"}]
DANGEROUS = [{"role": "user", "content": "delete all my files now"}]


def client(proxy: Proxy, **kwargs) -> openai.OpenAI:
    return openai.OpenAI(base_url=proxy.base_url, api_key=kwargs.pop("api_key", "unused"), max_retries=0, **kwargs)


def test_non_streaming_chat_is_routed_and_forwarded(proxy: Proxy, alpha: FakeModelServer, sink: RecordingSink) -> None:
    with client(proxy) as sdk:
        raw = sdk.chat.completions.with_raw_response.create(model="anything", messages=HELLO)
    completion = raw.parse()
    assert completion.choices[0].message.content == "answer from alpha"
    assert raw.headers["x-routed-engine"] == "balanced_local"
    assert raw.headers["x-routed-backend"] == "alpha"
    assert len(raw.headers["x-request-id"]) == 32
    assert alpha.attempts == 1
    sent = alpha.received[0]
    assert sent["model"] == "alpha-model"  # the client's model is replaced
    assert sent["messages"] == HELLO
    # The client's Authorization never goes upstream; alpha has no key of its own.
    assert "authorization" not in alpha.headers[0]
    assert alpha.headers[0]["x-request-id"] == raw.headers["x-request-id"]
    wait_for(lambda: bool(sink.records))
    (record,) = sink.records
    assert record["status"] == "forwarded" and record["status_code"] == 200
    assert record["backend"] == "alpha" and record["backend_model"] == "alpha-model"
    assert record["decision"].selected_engine == "balanced_local" == record["selected_engine"]
    assert record["prompt"] == "hello there" and record["fallback_used"] is False
    assert record["route_latency_ms"] >= 0 and record["total_latency_ms"] >= record["upstream_latency_ms"] >= 0


def test_sync_stream_relays_tool_call_deltas_and_done(proxy: Proxy, alpha: FakeModelServer, sink: RecordingSink) -> None:
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]
    with client(proxy) as sdk:
        stream = sdk.chat.completions.create(model="m", messages=HELLO, tools=tools, stream=True)
        chunks = list(stream)
    arguments = "".join(
        call.function.arguments or "" for chunk in chunks for call in (chunk.choices[0].delta.tool_calls or [])
    )
    assert json.loads(arguments) == {"city": "Paris"}
    assert chunks[-1].choices[0].finish_reason == "tool_calls"
    assert alpha.received[0]["tools"] == tools and alpha.received[0]["stream"] is True
    wait_for(lambda: bool(sink.records))
    assert sink.records[0]["status"] == "forwarded"


def test_raw_stream_bytes_are_unchanged_and_end_with_done(proxy: Proxy, alpha: FakeModelServer) -> None:
    request = urllib.request.Request(
        proxy.base_url + "/chat/completions",
        data=json.dumps({"messages": HELLO, "stream": True}).encode(),
        headers={"Content-Type": "application/json", "X-Request-Id": "my-trace.42"},
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        body = response.read()
        assert response.headers["Content-Type"].startswith("text/event-stream")
        assert response.headers["X-Request-Id"] == "my-trace.42"
    expected = b"".join(alpha._chunks({"model": "alpha-model", "stream": True})) + b"data: [DONE]\n\n"
    assert body == expected


def test_async_client_stream_and_non_stream(proxy: Proxy, alpha: FakeModelServer) -> None:
    async def run() -> tuple[str, str]:
        async with openai.AsyncOpenAI(base_url=proxy.base_url, api_key="x", max_retries=0) as sdk:
            completion = await sdk.chat.completions.create(model="m", messages=HELLO)
            stream = await sdk.chat.completions.create(model="m", messages=HELLO, stream=True)
            text = "".join([chunk.choices[0].delta.content or "" async for chunk in stream])
            return completion.choices[0].message.content, text

    plain, streamed = asyncio.run(run())
    assert plain == "answer from alpha" and streamed == "answer from alpha"
    assert alpha.attempts == 2


def test_latest_user_turn_decides_confirmation(proxy: Proxy, alpha: FakeModelServer) -> None:
    messages = DANGEROUS + [
        {"role": "assistant", "content": "Are you sure?"},
        {"role": "user", "content": "never mind, just rewrite this paragraph"},
    ]
    with client(proxy) as sdk:
        completion = sdk.chat.completions.create(model="m", messages=messages)
    assert completion.choices[0].message.content == "answer from alpha"
    assert alpha.received[0]["messages"] == messages  # the whole conversation still goes upstream


def test_an_approval_of_a_risky_proposal_needs_confirmation(proxy: Proxy, alpha: FakeModelServer) -> None:
    proposal = "I found 40 stale branches merged more than 90 days ago. Want me to delete them?"
    messages = [
        {"role": "user", "content": "tidy up the repo"},
        {"role": "assistant", "content": proposal},
        {"role": "user", "content": "yes, go ahead"},
    ]
    with client(proxy) as sdk:
        with pytest.raises(openai.ConflictError) as caught:
            sdk.chat.completions.create(model="m", messages=messages)
        assert caught.value.response.json()["selected_engine"] == "human_confirm"
        assert alpha.attempts == 0
        # A harmless proposal approved goes through, routed by the task it names.
        harmless = messages[:1] + [
            {"role": "assistant", "content": "Want me to run the test suite first?"},
            {"role": "user", "content": "yes"},
        ]
        raw = sdk.chat.completions.with_raw_response.create(model="m", messages=harmless)
        assert raw.headers["x-routed-engine"] == "code_agent"
        # Declining is routed on its own words.
        declined = messages[:2] + [{"role": "user", "content": "no, just list them for me"}]
        assert sdk.chat.completions.create(model="m", messages=declined).choices[0].message.content
    assert alpha.attempts == 2


def test_confirmation_round_trip(proxy: Proxy, alpha: FakeModelServer, sink: RecordingSink) -> None:
    with client(proxy) as sdk:
        with pytest.raises(openai.ConflictError) as caught:
            sdk.chat.completions.create(model="m", messages=DANGEROUS)
        error = caught.value
        assert error.status_code == 409
        body = error.response.json()
        assert body["error"] == {
            "message": "Human confirmation is required before dispatch.",
            "type": "human_confirmation_required",
            "code": "human_confirmation_required",
        }
        assert body["selected_engine"] == "human_confirm"
        assert error.response.headers["x-routed-engine"] == "human_confirm"
        assert error.response.headers["x-should-retry"] == "false"
        token = body["confirmation_token"]
        assert alpha.attempts == 0  # no upstream call, and the SDK did not retry

        # Same body + token: routed as confirmed.
        confirmed = sdk.chat.completions.with_raw_response.create(
            model="m", messages=DANGEROUS, extra_headers={"X-Model-Router-Confirm": token}
        )
        assert confirmed.parse().choices[0].message.content == "answer from alpha"
        assert confirmed.headers["x-routed-engine"] not in ("human_confirm", "none")

        # The token is bound to the body: another request cannot use it.
        with pytest.raises(openai.PermissionDeniedError) as other:
            sdk.chat.completions.create(
                model="m",
                messages=[{"role": "user", "content": "delete the production database"}],
                extra_headers={"X-Model-Router-Confirm": token},
            )
        assert other.value.response.json()["error"]["code"] == "confirmation_token_invalid"
        # A forged token (right shape, wrong MAC) is refused as well.
        forged = token.rsplit(".", 1)[0] + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        with pytest.raises(openai.PermissionDeniedError):
            sdk.chat.completions.create(model="m", messages=DANGEROUS, extra_headers={"X-Model-Router-Confirm": forged})
    assert alpha.attempts == 1
    wait_for(lambda: len(sink.records) == 2)
    statuses = [record["status"] for record in sink.records]
    assert statuses == ["human_confirm", "forwarded"]
    assert sink.records[1]["confirmed"] is True


def test_a_confirmation_covers_the_agents_next_steps_on_the_same_request(proxy: Proxy, alpha: FakeModelServer) -> None:
    tools = [{"type": "function", "function": {"name": "delete_file", "parameters": {"type": "object"}}}]
    first = [{"role": "system", "content": "You are a file agent."}, *DANGEROUS]
    with client(proxy) as sdk:
        with pytest.raises(openai.ConflictError) as caught:
            sdk.chat.completions.create(model="m", messages=first, tools=tools)
        token = {"X-Model-Router-Confirm": caught.value.response.json()["confirmation_token"]}
        sdk.chat.completions.create(model="m", messages=first, tools=tools, extra_headers=token)
        # The agent's next step: its tool call and the tool's result appended,
        # another model name and streaming off; the same approval covers it.
        step = first + [
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "delete_file", "arguments": "{\"path\": \"a\"}"}}
            ]},
            {"role": "tool", "tool_call_id": "c1", "content": "deleted a"},
        ]
        continued = sdk.chat.completions.with_raw_response.create(
            model="other", messages=step, tools=tools, temperature=0.2, extra_headers=token
        )
        assert continued.headers["x-routed-engine"] != "human_confirm"
        # Without the token the same step is gated again; with other tools or a
        # new user message the token does not fit.
        with pytest.raises(openai.ConflictError):
            sdk.chat.completions.create(model="m", messages=step, tools=tools)
        with pytest.raises(openai.PermissionDeniedError):
            sdk.chat.completions.create(model="m", messages=step, tools=tools[:0] or None, extra_headers=token)
        with pytest.raises(openai.PermissionDeniedError):
            sdk.chat.completions.create(
                model="m", messages=step + [{"role": "user", "content": "now wipe the backups too"}],
                tools=tools, extra_headers=token,
            )
    assert alpha.attempts == 2


def test_confirmation_token_expires_and_survives_a_restart(servers, fake_servers, alpha, tmp_path) -> None:
    from model_router.proxy.confirmation import ConfirmationSigner
    from model_router.proxy.messages import confirmation_scope_bytes

    body = {"model": "m", "messages": DANGEROUS}
    signer = ConfirmationSigner(SECRET.encode(), ttl_seconds=600)
    expired, _ = signer.issue(confirmation_scope_bytes(body), now=1_000_000)
    # A second proxy process with the same key accepts a token the first one issued.
    other = start_proxy(servers, config_dict(fake_servers))
    issued, _ = signer.issue(confirmation_scope_bytes(body))
    with client(other) as sdk:
        ok = sdk.chat.completions.create(model="m", messages=DANGEROUS, extra_headers={"X-Model-Router-Confirm": issued})
        assert ok.choices[0].message.content == "answer from alpha"
        with pytest.raises(openai.PermissionDeniedError) as caught:
            sdk.chat.completions.create(model="m", messages=DANGEROUS, extra_headers={"X-Model-Router-Confirm": expired})
    assert caught.value.response.json()["error"]["code"] == "confirmation_token_expired"


def test_route_sidecar_returns_receipt_without_upstream_call(proxy: Proxy, alpha: FakeModelServer) -> None:
    request = urllib.request.Request(
        proxy.url + "/v1/route",
        data=json.dumps({"messages": [{"role": "user", "content": "write a python function to sort a list"}]}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        receipt = json.loads(response.read())
        assert response.headers["X-Routed-Engine"] == "code_agent"
    assert receipt["selected_engine"] == "code_agent"
    assert receipt["backend"] == "alpha" and receipt["backend_model"] == "alpha-model"
    assert "features" not in receipt and "complexity_score" in receipt
    assert alpha.attempts == 0


def test_image_parts_route_to_vision(proxy: Proxy, alpha: FakeModelServer) -> None:
    messages = [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "what does this show?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
            ],
        }
    ]
    with client(proxy) as sdk:
        raw = sdk.chat.completions.with_raw_response.create(model="m", messages=messages)
    assert raw.headers["x-routed-engine"] == "multimodal_vision"


def test_models_and_health(proxy: Proxy) -> None:
    with client(proxy) as sdk:
        models = sdk.models.list()
    assert [model.id for model in models.data] == ["model-router", "router-2"]
    with urllib.request.urlopen(proxy.url + "/health", timeout=5) as response:
        assert json.loads(response.read()) == {"status": "ok"}
    with urllib.request.urlopen(proxy.url + "/health?detail=1", timeout=5) as response:
        detail = json.loads(response.read())
    assert detail["backend_health"]["alpha"] == {
        "reachable": True,
        "ok": True,
        "status_code": 200,
        "detail": "HTTP 200; configured model 'alpha-model' listed",
    }
    assert detail["backend_health"]["beta"]["ok"] is False  # beta lists another model
    assert detail["status"] == "degraded"
    assert "beta-backend-key" not in json.dumps(detail) and "127.0.0.1" not in json.dumps(detail)


def test_strip_tools_removes_tool_fields_and_renders_history(servers, fake_servers, alpha) -> None:
    data = config_dict(fake_servers)
    data["backends"]["alpha"]["strip_tools"] = True
    stripped = start_proxy(servers, data)
    messages = [
        {"role": "user", "content": "what is the weather in paris"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
        {"role": "user", "content": "thanks, and summarize that"},
    ]
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]
    with client(stripped) as sdk:
        sdk.chat.completions.create(
            model="m", messages=messages, tools=tools, tool_choice="auto", parallel_tool_calls=False
        )
    sent = alpha.received[0]
    for key in ("tools", "tool_choice", "functions", "function_call", "parallel_tool_calls"):
        assert key not in sent
    assert sent["messages"][1] == {"role": "assistant", "content": '[tool call get_weather({"city":"Paris"})]'}
    assert sent["messages"][2] == {"role": "user", "content": "[tool result call_1]\nsunny"}
    assert sent["messages"][3] == messages[3]


def _custom_gate_router_config(path) -> str:  # noqa: ANN001
    """The packaged catalog with its confirmation target moved to a custom gate, ``ops_review``.

    ``human_confirm`` stays defined (and stays the end of the fallback
    chains), so a request no engine can hold fails closed to it, while the
    safety gate sends dangerous prompts to ``ops_review``.
    """
    import copy

    import yaml

    from model_router.config import default_config_text

    data = yaml.safe_load(default_config_text())
    data["engines"]["ops_review"] = copy.deepcopy(data["engines"]["human_confirm"])
    data["routing_targets"]["confirmation"] = "ops_review"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return str(path)


def test_every_confirmation_gate_blocks_not_only_the_confirmation_target(servers, fake_servers, alpha, tmp_path) -> None:
    data = config_dict(fake_servers)
    data["router_config"] = _custom_gate_router_config(tmp_path / "router.yaml")
    gated = start_proxy(servers, data)
    assert gated.state.router.confirmation_engine == "ops_review"
    # ~70 000 tokens: more than any engine's max_context, so the chain ends
    # at the literal fail-closed human_confirm, which is not the target.
    too_big = [{"role": "user", "content": "hello there " * 23_500}]
    with client(gated) as sdk:
        with pytest.raises(openai.ConflictError) as fail_closed:
            sdk.chat.completions.create(model="m", messages=too_big)
        body = fail_closed.value.response.json()
        assert (body["error"]["code"], body["selected_engine"]) == ("human_confirmation_required", "human_confirm")
        token = body["confirmation_token"]
        # Confirming does not help: there is still no engine, and nothing is forwarded.
        with pytest.raises(openai.ConflictError) as confirmed:
            sdk.chat.completions.create(model="m", messages=too_big, extra_headers={"X-Model-Router-Confirm": token})
        assert confirmed.value.response.json()["error"]["code"] == "no_engine_available"
        # The safety gate goes to the custom target, which blocks as before.
        with pytest.raises(openai.ConflictError) as dangerous:
            sdk.chat.completions.create(model="m", messages=DANGEROUS)
        assert dangerous.value.response.json()["selected_engine"] == "ops_review"
    receipt = json.loads(urllib.request.urlopen(urllib.request.Request(
        gated.base_url + "/route", data=json.dumps({"model": "m", "messages": too_big}).encode(),
        headers={"Content-Type": "application/json"}), timeout=10).read())
    assert receipt["selected_engine"] == "human_confirm" and receipt["confirmation_token"]
    assert alpha.attempts == 0
    wait_for(lambda: len(gated.sink.records) == 3)
    assert [record["status"] for record in gated.sink.records] == ["human_confirm"] * 3
