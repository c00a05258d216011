"""The upstream payload: the client's own text with only ``model`` replaced, when that is exact."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model_router.proxy.messages import BadChatRequest, parse_chat_body, parse_chat_request, upstream_payload

FILLER = [{"role": "assistant", "content": "lorem ipsum dolor sit amet " * 60}]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(
    extra=st.dictionaries(
        st.sampled_from(["model", "temperature", "x", "métadonnée"]) | st.text(max_size=6), json_values
    ),
    indent=st.booleans(),
    ascii_only=st.booleans(),
)
def test_payload_equals_a_full_reserialization(extra, indent, ascii_only) -> None:
    body = {**extra, "messages": FILLER + [{"role": "user", "content": "hi \"model\": é"}]}
    body.pop("stream", None)
    raw = json.dumps(body, indent=2 if indent else None, ensure_ascii=ascii_only).encode()
    parsed = parse_chat_request(raw)
    assert parsed.body == json.loads(raw)
    expected = dict(body, model="backend-módel")
    assert json.loads(upstream_payload(parsed, "backend-módel", False)) == expected
    assert json.loads(upstream_payload(parsed, "backend-módel", True)) == {
        k: v for k, v in expected.items() if k not in ("tools", "tool_choice", "functions", "function_call",
                                                       "parallel_tool_calls")
    }


def test_large_body_keeps_the_client_bytes_except_model() -> None:
    raw = json.dumps({"messages": FILLER + [{"role": "user", "content": "日本"}], "model": "model-router",
                      "stream": False}, ensure_ascii=False, indent=1).encode()
    parsed = parse_chat_request(raw)
    assert parsed.text is not None
    assert upstream_payload(parsed, "m", False) == raw.replace(b'"model-router"', b'"m"')


@pytest.mark.parametrize(
    "raw",
    [
        b'{"messages": [], "model": "a", "model": "b"}',  # duplicate key: last wins, as json.loads
        b'{"mod\\u0065l": "a", "messages": [], "model": "b"}',
        b'\xef\xbb\xbf{"messages": [], "model": "a"}',  # BOM: json.loads accepts it
        b'{"messages": []}',
        b'{"messages": [], "model": "a"}   \n',
    ],
)
def test_unusual_bodies_parse_like_json_loads(raw: bytes) -> None:
    raw = raw[:-1] + b" " * 1100 + raw[-1:] if raw.endswith(b"}") else raw + b" " * 1100
    parsed = parse_chat_request(raw)
    assert parsed.body == json.loads(raw)
    assert json.loads(upstream_payload(parsed, "m", False)) == dict(json.loads(raw), model="m")


@pytest.mark.parametrize(
    "raw",
    [
        b"[1]",
        b'{"messages": [1],}',
        b'{"messages": []} x',
        b'{"messages": "no"}',
        b"\xff{",
        b'{"messages": [], "stream": 1}',
    ],
)
def test_bad_bodies_fail_like_the_plain_parser(raw: bytes) -> None:
    raw = raw + b" " * 1100 if not raw.startswith(b"\xff") else raw
    with pytest.raises(BadChatRequest) as plain:
        parse_chat_body(raw)
    with pytest.raises(BadChatRequest) as scanned:
        parse_chat_request(raw)
    assert scanned.value.code == plain.value.code
