"""Chat request parsing: validation, payloads, the confirmation scope.

The prompt and hints of a conversation come from the router core
(:func:`model_router.conversation.conversation_prompt`, re-exported here as
``extract_prompt``): the *latest* user turn decides, read with the proposal it
approves, so a harmless follow-up ("never mind, rewrite this paragraph") is
not blocked by an earlier dangerous request while "yes, go ahead" to "Want me
to delete them?" is. The whole conversation still gives two hints: image
parts anywhere make the request need vision, and the estimated size of all
message text lets the router skip engines whose context window is too small.

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

from model_router.conversation import ConversationPrompt as ChatPrompt
from model_router.conversation import conversation_prompt as extract_prompt
from model_router.conversation import message_text

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


class BadChatRequest(ValueError):
    """The chat body is malformed; the message is safe to show to the client."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


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
        user_turns = [
            index for index, message in enumerate(messages)
            if isinstance(message, Mapping) and message.get("role") == "user"
        ]
        latest_user = user_turns[-1] if user_turns else len(messages) - 1
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
        return {"role": "user", "content": f"[tool result {label}]\n{message_text(message.get('content'))}"}
    if role == "assistant" and ("tool_calls" in message or "function_call" in message):
        calls = list(message.get("tool_calls") or [])
        if message.get("function_call"):
            calls.append({"function": message["function_call"]})
        lines = [message_text(message.get("content"))] if message.get("content") else []
        for call in calls:
            function = call.get("function") if isinstance(call, Mapping) else None
            if isinstance(function, Mapping):
                lines.append(f"[tool call {function.get('name', '?')}({function.get('arguments', '')})]")
        rendered = {key: value for key, value in message.items() if key not in ("tool_calls", "function_call")}
        rendered["content"] = "\n".join(lines)
        return rendered
    return message
