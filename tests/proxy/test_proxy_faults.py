"""Fault matrix: what the client gets, and how often each upstream was tried.

Chain in every case: alpha (primary) -> beta (fallback); first-byte timeout
0.5 s, idle timeout 0.3 s, one try per backend unless a case says otherwise.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any

import openai
import pytest
from conftest import Proxy, RecordingSink, config_dict, start_proxy, wait_for
from proxy_fakes import Fault, FakeModelServer, closed_port_url

HELLO = [{"role": "user", "content": "hello there"}]


def post(url: str, body: Any, headers: dict[str, str] | None = None, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers), exc.read()


def chat(proxy: Proxy, stream: bool = False, **kwargs: Any) -> tuple[int, dict[str, str], bytes]:
    return post(proxy.base_url + "/chat/completions", {"model": "m", "messages": HELLO, "stream": stream}, **kwargs)


def answer_text(body: bytes) -> str:
    return json.loads(body)["choices"][0]["message"]["content"]


def sse_error(code: str, message: str) -> bytes:
    event = {"error": {"message": message, "type": "upstream_error", "code": code}}
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


@pytest.fixture
def retrying_proxy(servers, fake_servers) -> Proxy:
    data = config_dict(fake_servers)
    data["backends"]["alpha"]["max_attempts"] = 2
    return start_proxy(servers, data)


# -- before the first byte: fall back --------------------------------------


def test_refused_primary_falls_back(servers, fake_servers, beta: FakeModelServer) -> None:
    data = config_dict(fake_servers)
    data["backends"]["alpha"]["base_url"] = closed_port_url()
    refused = start_proxy(servers, data)
    status, headers, body = chat(refused)
    assert (status, answer_text(body), headers["X-Routed-Backend"]) == (200, "answer from beta", "beta")
    assert beta.attempts == 1
    assert beta.headers[0]["authorization"] == "Bearer beta-backend-key"  # the backend's own key
    assert beta.received[0]["model"] == "beta-model"
    assert refused.sink.records[0]["fallback_used"] is True


def test_every_backend_refused_is_502_without_details(servers, fake_servers) -> None:
    data = config_dict(fake_servers)
    data["backends"]["alpha"]["base_url"] = closed_port_url()
    data["backends"]["beta"]["base_url"] = closed_port_url()
    refused = start_proxy(servers, data)
    status, headers, body = chat(refused)
    assert status == 502
    assert json.loads(body) == {
        "error": {
            "message": "The model server could not be reached.",
            "type": "upstream_error",
            "code": "upstream_request_failed",
        },
        "selected_engine": "balanced_local",
    }
    assert headers["X-Routed-Engine"] == "balanced_local" and headers["X-Routed-Backend"] == "none"
    assert refused.sink.records[0]["status"] == "upstream_request_failed"
    with openai.OpenAI(base_url=refused.base_url, api_key="x", max_retries=0) as sdk:
        with pytest.raises(openai.InternalServerError) as caught:
            sdk.chat.completions.create(model="m", messages=HELLO)
    assert caught.value.status_code == 502


def test_5xx_once_then_fallback(proxy: Proxy, alpha: FakeModelServer, beta: FakeModelServer) -> None:
    alpha.script(Fault("status", 500))
    status, headers, body = chat(proxy)
    assert (status, answer_text(body)) == (200, "answer from beta")
    assert (alpha.attempts, beta.attempts) == (1, 1)


def test_5xx_once_then_same_backend_again_when_attempts_allow(retrying_proxy, alpha, beta) -> None:
    alpha.script(Fault("status", 503))
    status, headers, body = chat(retrying_proxy)
    assert (status, answer_text(body), headers["X-Routed-Backend"]) == (200, "answer from alpha", "alpha")
    assert (alpha.attempts, beta.attempts) == (2, 0)


def test_persistent_5xx_relays_the_last_answer(proxy: Proxy, alpha, beta) -> None:
    alpha.default = Fault("status", 500)
    beta.default = Fault("status", 500, body={"error": {"message": "beta is down", "type": "server_error"}})
    status, headers, body = chat(proxy)
    assert status == 500
    assert json.loads(body) == {"error": {"message": "beta is down", "type": "server_error"}}
    assert (alpha.attempts, beta.attempts) == (1, 1)
    assert headers["X-Routed-Backend"] == "beta"


def test_429_with_retry_after_waits_then_retries_same_backend(retrying_proxy, alpha, beta) -> None:
    alpha.script(Fault("status", 429, headers={"Retry-After": "1"}))
    started = time.monotonic()
    status, _, body = chat(retrying_proxy)
    elapsed = time.monotonic() - started
    assert (status, answer_text(body)) == (200, "answer from alpha")
    assert (alpha.attempts, beta.attempts) == (2, 0)
    assert 1.0 <= elapsed < 3.0


def test_429_with_retry_after_beyond_bound_falls_back_at_once(retrying_proxy, alpha, beta) -> None:
    alpha.script(Fault("status", 429, headers={"Retry-After": "120"}))
    started = time.monotonic()
    status, _, body = chat(retrying_proxy)
    assert (status, answer_text(body)) == (200, "answer from beta")
    assert (alpha.attempts, beta.attempts) == (1, 1)
    assert time.monotonic() - started < 1.0


def test_429_without_retry_after_falls_back(proxy: Proxy, alpha, beta) -> None:
    alpha.script(Fault("status", 429))
    status, _, body = chat(proxy)
    assert (status, answer_text(body)) == (200, "answer from beta")
    assert (alpha.attempts, beta.attempts) == (1, 1)


def test_429_on_the_last_backend_is_relayed_with_retry_after(proxy: Proxy, alpha, beta) -> None:
    alpha.default = Fault("status", 429)
    beta.default = Fault("status", 429, headers={"Retry-After": "30"}, body={"error": {"message": "slow down"}})
    status, headers, body = chat(proxy)
    assert (status, json.loads(body), headers["Retry-After"]) == (429, {"error": {"message": "slow down"}}, "30")
    assert (alpha.attempts, beta.attempts) == (1, 1)


def test_no_answer_times_out_and_falls_back(proxy: Proxy, alpha, beta) -> None:
    alpha.script(Fault("hang"))
    started = time.monotonic()
    status, _, body = chat(proxy)
    assert (status, answer_text(body)) == (200, "answer from beta")
    assert 0.5 <= time.monotonic() - started < 2.0
    assert (alpha.attempts, beta.attempts) == (1, 1)
    wait_for(lambda: alpha.cancelled == 1)  # the proxy dropped the hanging request


def test_no_answer_anywhere_is_504(proxy: Proxy, alpha, beta) -> None:
    alpha.default = beta.default = Fault("hang")
    status, _, body = chat(proxy)
    assert status == 504
    assert json.loads(body)["error"] == {
        "message": "The model server did not answer in time.",
        "type": "upstream_error",
        "code": "upstream_timeout",
    }
    assert (alpha.attempts, beta.attempts) == (1, 1)


def test_slow_first_byte_within_the_deadline_is_served(proxy: Proxy, alpha, beta) -> None:
    alpha.script(Fault(delay=0.2))
    status, _, body = chat(proxy, stream=True)
    assert status == 200 and body.endswith(b"data: [DONE]\n\n")
    assert (alpha.attempts, beta.attempts) == (1, 0)


def test_slow_first_byte_beyond_the_deadline_falls_back(proxy: Proxy, alpha, beta) -> None:
    alpha.script(Fault(delay=1.0))
    status, headers, body = chat(proxy, stream=True)
    assert status == 200 and headers["X-Routed-Backend"] == "beta"
    assert b"beta" in body and body.endswith(b"data: [DONE]\n\n")
    assert (alpha.attempts, beta.attempts) == (1, 1)


def test_context_length_400_is_passed_through_untouched(proxy: Proxy, alpha, beta) -> None:
    overflow = {
        "error": {
            "message": "This model's maximum context length is 8192 tokens.",
            "type": "invalid_request_error",
            "code": "context_length_exceeded",
        }
    }
    alpha.script(Fault("status", 400, body=overflow))
    status, headers, body = chat(proxy)
    assert (status, json.loads(body)) == (400, overflow)
    assert (alpha.attempts, beta.attempts) == (1, 0)
    with openai.OpenAI(base_url=proxy.base_url, api_key="x", max_retries=0) as sdk:
        alpha.script(Fault("status", 400, body=overflow))
        with pytest.raises(openai.BadRequestError) as caught:
            sdk.chat.completions.create(model="m", messages=HELLO)
    assert caught.value.code == "context_length_exceeded"


# -- after the first byte: explicit error events ----------------------------


def test_stream_cut_mid_answer_ends_with_error_event(proxy: Proxy, alpha, beta, sink: RecordingSink) -> None:
    alpha.script(Fault("cut_stream"))
    status, _, body = chat(proxy, stream=True)
    chunks = alpha._chunks({"model": "alpha-model", "stream": True})
    assert status == 200
    assert body == chunks[0] + chunks[1] + sse_error(
        "upstream_stream_interrupted", "The model server connection broke mid-answer."
    )
    assert (alpha.attempts, beta.attempts) == (1, 0)
    wait_for(lambda: bool(sink.records))
    assert sink.records[0]["status"] == "stream_interrupted"


def test_stream_cut_is_an_error_for_the_sdk(proxy: Proxy, alpha) -> None:
    alpha.script(Fault("cut_stream"))
    with openai.OpenAI(base_url=proxy.base_url, api_key="x", max_retries=0) as sdk:
        stream = sdk.chat.completions.create(model="m", messages=HELLO, stream=True)
        with pytest.raises(openai.APIError, match="connection broke mid-answer"):
            for _ in stream:
                pass


def test_stream_stall_ends_with_error_event(proxy: Proxy, alpha, beta) -> None:
    alpha.script(Fault("stall_stream"))
    started = time.monotonic()
    status, _, body = chat(proxy, stream=True)
    chunks = alpha._chunks({"model": "alpha-model", "stream": True})
    assert status == 200
    assert body == chunks[0] + sse_error("upstream_stream_stalled", "The model server stopped sending data mid-answer.")
    assert 0.3 <= time.monotonic() - started < 2.0
    assert (alpha.attempts, beta.attempts) == (1, 0)
    wait_for(lambda: alpha.cancelled == 1)


def test_malformed_sse_chunk_ends_with_error_event(proxy: Proxy, alpha) -> None:
    alpha.script(Fault("malformed"))
    status, _, body = chat(proxy, stream=True)
    chunks = alpha._chunks({"model": "alpha-model", "stream": True})
    assert status == 200
    assert body == chunks[0] + sse_error("upstream_malformed_event", "The model server sent a malformed stream event.")
    assert alpha.attempts == 1


def test_finished_stream_without_done_is_completed(proxy: Proxy, alpha) -> None:
    alpha.script(Fault("no_done"))
    started = time.monotonic()
    status, _, body = chat(proxy, stream=True)
    chunks = alpha._chunks({"model": "alpha-model", "stream": True})
    assert (status, body) == (200, b"".join(chunks) + b"data: [DONE]\n\n")
    assert time.monotonic() - started < 0.3  # promptly: no idle timeout involved


def test_unfinished_stream_without_done_is_an_error(proxy: Proxy, alpha) -> None:
    alpha.script(Fault("no_done_unfinished"))
    status, _, body = chat(proxy, stream=True)
    chunks = alpha._chunks({"model": "alpha-model", "stream": True})
    assert status == 200
    assert body == b"".join(chunks[:-1]) + sse_error(
        "upstream_stream_truncated", "The model server ended the stream before the answer was complete."
    )


def test_non_stream_body_cut_is_not_a_complete_answer(proxy: Proxy, alpha, sink: RecordingSink) -> None:
    alpha.script(Fault("cut_body"))
    request = urllib.request.Request(
        proxy.base_url + "/chat/completions",
        data=json.dumps({"messages": HELLO}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 200
        with pytest.raises(http.client.IncompleteRead):
            response.read()
    wait_for(lambda: bool(sink.records))
    assert sink.records[0]["status"] == "stream_interrupted"


def test_client_disconnect_mid_stream_closes_upstream(proxy: Proxy, alpha, beta, sink: RecordingSink) -> None:
    alpha.script(Fault("slow_stream", body=0.2))
    host, port = proxy.url.removeprefix("http://").split(":")
    body = json.dumps({"model": "m", "messages": HELLO, "stream": True}).encode()
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + b"Content-Length: %d\r\n\r\n" % len(body)
            + body
        )
        assert b"200 OK" in sock.recv(65536)
    wait_for(lambda: alpha.cancelled == 1)
    assert alpha.finished == 0 and beta.attempts == 0
    wait_for(lambda: proxy.state.in_flight == 0)
    wait_for(lambda: bool(sink.records))
    assert sink.records[0]["status"] == "stream_interrupted"
    connector = proxy.state.upstream.session.connector
    # aiohttp has no public count of checked-out connections; _acquired is it.
    wait_for(lambda: not connector._acquired)  # no upstream connection left checked out
    status, _, answer = chat(proxy)  # and the server is healthy afterwards
    assert (status, answer_text(answer)) == (200, "answer from alpha")


def test_concurrency_limit_answers_429_with_retry_after(servers, fake_servers, alpha) -> None:
    limited = start_proxy(servers, config_dict(fake_servers, max_concurrency=1))
    alpha.script(Fault(delay=0.4))
    results: list[int] = []
    first = threading.Thread(target=lambda: results.append(chat(limited)[0]))
    first.start()
    wait_for(lambda: limited.state.in_flight == 1)
    status, headers, body = chat(limited)
    first.join(5)
    assert (status, headers["Retry-After"]) == (429, "1")
    assert json.loads(body)["error"]["code"] == "proxy_overloaded"
    assert results == [200] and alpha.attempts == 1


def test_stream_headers_do_not_wait_for_a_complete_event(proxy: Proxy, alpha) -> None:
    # The proxy sends headers together with the first relayed bytes; when the
    # first read holds only part of an event, the 200 must still go out at once.
    # (a pause under the fixture's 0.3 s idle timeout)
    alpha.script(Fault("split_first_event", body=0.25))
    started = time.monotonic()
    request = urllib.request.Request(
        proxy.base_url + "/chat/completions",
        data=json.dumps({"model": "m", "messages": HELLO, "stream": True}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        headers_after = time.monotonic() - started
        body = response.read()
        finished_after = time.monotonic() - started
    chunks = alpha._chunks({"model": "alpha-model", "stream": True})
    assert response.status == 200
    assert finished_after - headers_after >= 0.15  # the headers came before the pause, not after it
    assert body == b"".join(chunks) + b"data: [DONE]\n\n"
