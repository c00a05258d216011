"""Bad-input matrix: each malformed request gets its 4xx JSON error, and the server stays healthy."""

from __future__ import annotations

import json
import urllib.request

import openai
import pytest
from conftest import Proxy, config_dict, start_proxy
from test_proxy_faults import post

CHAT = "/v1/chat/completions"


def error(status: int, message: str, error_type: str, code: str) -> tuple[int, dict]:
    return status, {"error": {"message": message, "type": error_type, "code": code}}


def invalid(message: str, code: str) -> tuple[int, dict]:
    return error(400, message, "invalid_request_error", code)


CASES = [
    ("invalid JSON", CHAT, b"{not json", invalid("Request body must be valid JSON.", "invalid_json")),
    ("non-UTF-8 body", CHAT, b"\xff\xfe", invalid("Request body must be valid JSON.", "invalid_json")),
    ("non-object body", CHAT, b"[1, 2]", invalid("Request body must be a JSON object.", "invalid_body")),
    ("missing messages", CHAT, {"model": "m"}, invalid("'messages' is required.", "missing_messages")),
    ("messages not a list", CHAT, {"messages": "hi"}, invalid("'messages' must be a list.", "invalid_messages")),
    (
        "no user message",
        CHAT,
        {"messages": [{"role": "system", "content": "be brief"}]},
        invalid("The request has no user message with text to route.", "no_user_message"),
    ),
    (
        "empty user message",
        CHAT,
        {"messages": [{"role": "user", "content": "   "}]},
        invalid("The request has no user message with text to route.", "no_user_message"),
    ),
    (
        "stream not a boolean",
        CHAT,
        {"messages": [{"role": "user", "content": "hi"}], "stream": "yes"},
        invalid("'stream' must be a boolean.", "invalid_stream"),
    ),
    ("route: invalid JSON", "/v1/route", b"nope", invalid("Request body must be valid JSON.", "invalid_json")),
    ("unknown path", "/v1/embeddings", {"input": "x"}, error(404, "Unknown path.", "not_found_error", "not_found")),
]


@pytest.mark.parametrize(("path", "body", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_bad_request_matrix(proxy: Proxy, alpha, path: str, body, expected) -> None:
    status, headers, raw = post(proxy.url + path, body)
    assert (status, json.loads(raw)) == expected
    assert headers["Content-Type"].startswith("application/json")
    assert len(headers["X-Request-Id"]) == 32 and headers["X-Routed-Engine"] == "none"
    assert alpha.attempts == 0
    _assert_healthy(proxy)


def test_wrong_method_is_405_json(proxy: Proxy) -> None:
    try:
        urllib.request.urlopen(proxy.url + CHAT, timeout=5)
    except urllib.error.HTTPError as exc:
        with exc:
            assert exc.code == 405
            assert json.loads(exc.read())["error"]["code"] == "method_not_allowed"
    else:
        raise AssertionError("GET on chat completions must fail")


def test_paths_without_v1_prefix_work(proxy: Proxy, alpha) -> None:
    status, _, raw = post(proxy.url + "/chat/completions", {"messages": [{"role": "user", "content": "hello there"}]})
    assert status == 200 and json.loads(raw)["choices"][0]["message"]["content"] == "answer from alpha"
    with urllib.request.urlopen(proxy.url + "/models", timeout=5) as response:
        assert json.loads(response.read())["data"][0]["id"] == "model-router"


def test_insane_request_id_is_replaced(proxy: Proxy) -> None:
    status, headers, _ = post(proxy.url + CHAT, b"{", headers={"X-Request-Id": "bad id\twith spaces"})
    assert status == 400 and len(headers["X-Request-Id"]) == 32 and headers["X-Request-Id"].isalnum()


def test_oversize_body_is_413(servers, fake_servers, alpha) -> None:
    small = start_proxy(servers, config_dict(fake_servers, max_body_bytes=2048))
    body = {"messages": [{"role": "user", "content": "x" * 4096}]}
    status, _, raw = post(small.url + CHAT, body)
    assert (status, json.loads(raw)) == error(413, "Request body is too large.", "invalid_request_error", "body_too_large")
    assert alpha.attempts == 0
    _assert_healthy(small)


def test_large_body_within_default_limit_is_accepted(proxy: Proxy, alpha) -> None:
    # A 10 MiB screenshot (well under the 32 MiB default); images are not
    # counted as text, so the context hint stays small.
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * (10 * 1024 * 1024)}}
    body = {"messages": [{"role": "user", "content": [{"type": "text", "text": "what is this?"}, image]}]}
    status, headers, _ = post(proxy.url + CHAT, body, timeout=30)
    assert (status, headers["X-Routed-Engine"]) == (200, "multimodal_vision")
    assert alpha.attempts == 1 and len(json.dumps(alpha.received[0])) > 10 * 1024 * 1024


@pytest.fixture(scope="module")
def authed(servers, fake_servers) -> Proxy:
    return start_proxy(servers, config_dict(fake_servers, api_key="proxy-secret-key"))


@pytest.mark.parametrize(
    "authorization", [None, "Bearer wrong", "bearer proxy-secret-key", "Bearer proxy-secret-keyX", "proxy-secret-key"]
)
def test_wrong_or_missing_key_is_401(authed: Proxy, alpha, authorization) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    for path in (CHAT, "/v1/route"):
        status, _, raw = post(authed.url + path, {"messages": [{"role": "user", "content": "hi"}]}, headers=headers)
        assert (status, json.loads(raw)) == error(
            401, "Missing or invalid bearer token.", "authentication_error", "invalid_api_key"
        )
    request = urllib.request.Request(authed.url + "/health?detail=1", headers=headers)
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=5)
    caught.value.close()
    assert caught.value.code == 401
    assert alpha.attempts == 0
    _assert_healthy(authed)


def test_sdk_sees_401_and_the_right_key_works(authed: Proxy, alpha) -> None:
    messages = [{"role": "user", "content": "hello there"}]
    with openai.OpenAI(base_url=authed.base_url, api_key="wrong", max_retries=0) as sdk:
        with pytest.raises(openai.AuthenticationError) as caught:
            sdk.chat.completions.create(model="m", messages=messages)
        assert caught.value.status_code == 401
        with pytest.raises(openai.AuthenticationError):
            sdk.models.list()
    with openai.OpenAI(base_url=authed.base_url, api_key="proxy-secret-key", max_retries=0) as sdk:
        assert sdk.chat.completions.create(model="m", messages=messages).choices[0].message.content == "answer from alpha"
        assert [model.id for model in sdk.models.list().data] == ["model-router", "router-2"]
    # The proxy key never reaches the model server.
    assert "authorization" not in alpha.headers[0]


def _assert_healthy(proxy: Proxy) -> None:
    with urllib.request.urlopen(proxy.url + "/health", timeout=5) as response:
        assert response.status == 200 and json.loads(response.read()) == {"status": "ok"}
