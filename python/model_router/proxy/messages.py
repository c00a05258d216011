"""Chat request parsing: validation, prompt extraction, routing hints, payloads.

Routing and the confirmation gate look at the *latest* user turn only, so a
harmless follow-up ("never mind, rewrite this paragraph") is not blocked by
an earlier dangerous request. The whole conversation still matters for two
hints: image parts anywhere make the request need vision, and the estimated
size of all message text lets the router skip engines whose context window
is too small.

Tool-call history and ``strip_tools`` (a tool-less model rejects ``tools``,
``tool_choice``, ``functions``, ``function_call``, ``parallel_tool_calls``,
and usually also ``role: tool`` messages and assistant ``tool_calls``):
assistant tool calls become a text line appended to the assistant content,
``[tool call NAME(ARGS)]``, and ``tool``/``function`` results become a
``user`` message ``[tool result NAME]\\n<content>``. The model keeps the
information, the server sees only roles it knows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from json.decoder import scanstring as _scan_string
from typing import Any

from model_router.conversation import routing_prompt

__all__ = [
    "TOOL_FIELDS",
    "BadChatRequest",
    "ChatPrompt",
    "confirmation_scope_bytes",
    "extract_prompt",
    "parse_chat_body",
    "parse_chat_request",
    "ParsedChat",
    "upstream_payload",
]

TOOL_FIELDS = ("tools", "tool_choice", "functions", "function_call", "parallel_tool_calls")

# Content-part types that carry media the target model must understand.
_IMAGE_PART_TYPES = frozenset({"image_url", "image", "input_image"})
_AUDIO_PART_TYPES = frozenset({"input_audio", "audio"})


class BadChatRequest(ValueError):
    """The chat body is malformed; the message is safe to show to the client."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ChatPrompt:
    """What routing needs from a chat body."""

    prompt: str
    """Text of the latest user message (string content, or its text parts joined by spaces),
    after the assistant's proposal when it approves one (``model_router.conversation``)."""
    attachments: tuple[str, ...]
    """``"image"`` / ``"audio"`` when any message carries such a part."""
    context_tokens: int
    """Estimated tokens of all message text: ceil(characters / 4)."""

    def hints(self) -> dict[str, Any]:
        """The router hints for this request."""
        return {"attachments": list(self.attachments), "context_tokens": self.context_tokens}


@dataclass(frozen=True, slots=True)
class ParsedChat:
    """A parsed chat body plus what lets the upstream payload reuse the client's bytes."""

    body: dict[str, Any]
    text: str | None = None
    """The body as text when the top-level ``model`` value could be located exactly."""
    model_span: tuple[int, int] = (0, 0)
    """Where the top-level ``model`` value sits in ``text`` (start, end)."""


# Below this size json.loads + one json.dumps is cheaper than scanning the
# top level in Python (measured: 8 vs 10 us at 150 bytes, even at 670 bytes,
# 43 vs 28 us at 2.5 KB, 510 vs 230 us at 110 KB).
_SCAN_MIN_BYTES = 1024
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SCAN_VALUE = json.JSONDecoder().scan_once


def _scan_top_level(text: str) -> tuple[dict[str, Any], tuple[int, int] | None] | None:
    """The top-level object of ``text`` and the span of its one ``model`` value.

    Each value is parsed by the JSON module's own scanner (the grammar of
    ``json.loads``), so the result is the same object ``json.loads`` would
    build. None for anything unusual (not an object, invalid JSON, a
    duplicate ``model`` key): the caller then uses ``json.loads``, which
    also produces the proper error.
    """
    skip = _WHITESPACE.match
    index = skip(text, 0).end()
    if text[index : index + 1] != "{":
        return None
    body: dict[str, Any] = {}
    span: tuple[int, int] | None = None
    index = skip(text, index + 1).end()
    if text[index : index + 1] == "}":
        index += 1
    else:
        try:
            while True:
                if text[index : index + 1] != '"':
                    return None
                key, index = _scan_string(text, index + 1)
                index = skip(text, index).end()
                if text[index : index + 1] != ":":
                    return None
                start = skip(text, index + 1).end()
                value, index = _SCAN_VALUE(text, start)
                if key == "model":
                    if "model" in body:
                        return None  # duplicate key: let json.loads decide (last wins)
                    span = (start, index)
                body[key] = value
                index = skip(text, index).end()
                separator = text[index : index + 1]
                if separator == ",":
                    index = skip(text, index + 1).end()
                elif separator == "}":
                    index += 1
                    break
                else:
                    return None
        except (StopIteration, ValueError):
            return None
    if skip(text, index).end() != len(text):
        return None
    return body, span


def parse_chat_request(raw: bytes) -> ParsedChat:
    """Parse and validate a ``/chat/completions`` body, keeping its text for the payload.

    Raises :class:`BadChatRequest` like :func:`parse_chat_body`.
    """
    if len(raw) < _SCAN_MIN_BYTES:
        return ParsedChat(_validated(_loads(raw)))
    scanned = None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        scanned = _scan_top_level(text)
    if scanned is None:
        return ParsedChat(_validated(_loads(raw)))
    body, span = scanned
    _validated(body)
    if span is None:
        return ParsedChat(body)
    return ParsedChat(body, text, span)


def parse_chat_body(raw: bytes) -> dict[str, Any]:
    """Parse and validate a ``/chat/completions`` body.

    Raises :class:`BadChatRequest` for invalid JSON, a non-object body, a
    missing or non-list ``messages``, a non-boolean ``stream``.
    """
    return _validated(_loads(raw))


def _loads(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BadChatRequest("Request body must be valid JSON.", "invalid_json") from None


def _validated(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise BadChatRequest("Request body must be a JSON object.", "invalid_body")
    messages = body.get("messages")
    if messages is None:
        raise BadChatRequest("'messages' is required.", "missing_messages")
    if not isinstance(messages, list):
        raise BadChatRequest("'messages' must be a list.", "invalid_messages")
    stream = body.get("stream", False)
    if stream is not None and not isinstance(stream, bool):
        raise BadChatRequest("'stream' must be a boolean.", "invalid_stream")
    return body


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [part["text"] for part in content if isinstance(part, Mapping) and isinstance(part.get("text"), str)]
        return " ".join(texts)
    return ""


def extract_prompt(messages: list[Any]) -> ChatPrompt:
    """Routing prompt (latest user turn) and hints (whole conversation).

    A latest user turn that approves what the assistant's turn right before it
    proposed is routed with that proposal (``model_router.conversation``).
    """
    prompt: str | None = None
    previous_assistant: str | None = None
    earlier_user: str | None = None
    attachments: set[str] = set()
    total_chars = 0
    for position in range(len(messages) - 1, -1, -1):
        message = messages[position]
        if not isinstance(message, Mapping):
            continue
        content = message.get("content")
        text = _content_text(content)
        total_chars += len(text)
        if isinstance(content, list):
            for part in content:
                if isinstance(part, Mapping):
                    kind = part.get("type")
                    if kind in _IMAGE_PART_TYPES:
                        attachments.add("image")
                    elif kind in _AUDIO_PART_TYPES:
                        attachments.add("audio")
        tool_calls = message.get("tool_calls")
        if isinstance(tool_calls, list):
            for call in tool_calls:
                function = call.get("function") if isinstance(call, Mapping) else None
                if isinstance(function, Mapping) and isinstance(function.get("arguments"), str):
                    total_chars += len(function["arguments"])
        if prompt is None and message.get("role") == "user":
            prompt = text
            previous = messages[position - 1] if position > 0 else None
            if isinstance(previous, Mapping) and previous.get("role") == "assistant":
                previous_assistant = _content_text(previous.get("content"))
                earlier = messages[position - 2] if position > 1 else None
                if isinstance(earlier, Mapping) and earlier.get("role") == "user":
                    earlier_user = _content_text(earlier.get("content"))
    return ChatPrompt(
        prompt=routing_prompt((prompt or "").strip(), previous_assistant, earlier_user),
        attachments=tuple(sorted(attachments)),
        context_tokens=-(-total_chars // 4),
    )


def confirmation_scope_bytes(body: Mapping[str, Any]) -> bytes:
    """What a confirmation token covers, in a stable byte form (sorted keys,
    ASCII escapes): the conversation up to and including its latest user
    message, and the tools offered (``tools``, ``functions``).

    So the approval of a request also covers the agent's next steps on it (the
    same conversation with assistant tool calls and tool results appended),
    while a new user message, other tools or an edited history need a new
    confirmation. Key order, whitespace and the other fields (``model``,
    ``stream``, sampling) do not matter.
    """
    messages = body.get("messages")
    if isinstance(messages, list):
        latest_user = max(
            (index for index, message in enumerate(messages) if isinstance(message, Mapping) and message.get("role") == "user"),
            default=len(messages) - 1,
        )
        messages = messages[: latest_user + 1]
    scope = {"messages": messages, "tools": body.get("tools"), "functions": body.get("functions")}
    return json.dumps(scope, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def upstream_payload(body: Mapping[str, Any] | ParsedChat, model: str, strip_tools: bool) -> bytes:
    """The JSON bytes sent to a backend: the client's body with its model and tool rules.

    Given a :class:`ParsedChat` whose ``model`` value was located and no
    tool stripping, the client's own text is sent with only that value
    replaced (no re-serialization of the conversation); otherwise the body
    is serialized once, compactly.
    """
    if isinstance(body, ParsedChat):
        if body.text is not None and not strip_tools:
            start, end = body.model_span
            text = body.text
            return (text[:start] + json.dumps(model, ensure_ascii=False) + text[end:]).encode("utf-8")
        body = body.body
    payload = dict(body)
    payload["model"] = model
    if strip_tools:
        for key in TOOL_FIELDS:
            payload.pop(key, None)
        messages = payload.get("messages")
        if isinstance(messages, list):
            payload["messages"] = [_without_tool_roles(message) for message in messages]
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass")


def _without_tool_roles(message: Any) -> Any:
    if not isinstance(message, Mapping):
        return message
    role = message.get("role")
    if role in ("tool", "function"):
        label = message.get("name") or message.get("tool_call_id") or "tool"
        return {"role": "user", "content": f"[tool result {label}]\n{_content_text(message.get('content'))}"}
    if role == "assistant" and ("tool_calls" in message or "function_call" in message):
        calls = list(message.get("tool_calls") or [])
        if message.get("function_call"):
            calls.append({"function": message["function_call"]})
        lines = [_content_text(message.get("content"))] if message.get("content") else []
        for call in calls:
            function = call.get("function") if isinstance(call, Mapping) else None
            if isinstance(function, Mapping):
                lines.append(f"[tool call {function.get('name', '?')}({function.get('arguments', '')})]")
        rendered = {key: value for key, value in message.items() if key not in ("tool_calls", "function_call")}
        rendered["content"] = "\n".join(lines)
        return rendered
    return message
