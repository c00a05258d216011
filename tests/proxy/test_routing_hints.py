"""The proxy drops hints that cannot change the decision; the decision must be the same."""

from __future__ import annotations

import pytest

from model_router import ModelRouter
from model_router.proxy.app import ProxyState, _min_context_window
from model_router.proxy.handlers import _routing_hints
from model_router.proxy.messages import extract_prompt

PROMPTS = [
    "hello there, how are you today?",
    "refactor this module and run the test suite",
    "delete all files in the production database",
    "what is the latest news about the election today?",
    "prove that the square root of two is irrational, step by step",
    "draw me a picture of a cat",
]


@pytest.fixture(scope="module")
def router() -> ModelRouter:
    return ModelRouter.from_config(None, validate_availability=True)


def _state(router: ModelRouter) -> ProxyState:
    state = ProxyState.__new__(ProxyState)
    state.min_context_window = _min_context_window(router)
    return state


@pytest.mark.parametrize("prompt", PROMPTS)
@pytest.mark.parametrize("history_chars", [0, 1000, 20_000])
def test_dropped_hints_route_the_same(router: ModelRouter, prompt: str, history_chars: int) -> None:
    messages = [{"role": "assistant", "content": "x" * history_chars}, {"role": "user", "content": prompt}]
    chat = extract_prompt(messages)
    state = _state(router)
    assert state.min_context_window == min(engine.max_context for engine in router.config.engines.values())
    route_hints = _routing_hints(state, chat)
    full = router.route(chat.prompt, chat.hints(), include_alternatives=False)
    if chat.context_tokens <= state.min_context_window:
        assert route_hints is None
    else:
        assert route_hints == chat.hints()
    assert router.route(chat.prompt, route_hints, include_alternatives=False) == full
    assert router.route_fast(chat.prompt, route_hints) == full.selected_engine
    assert router.route(chat.prompt, route_hints, include_alternatives=False, confirmed=True) == router.route(
        chat.prompt, chat.hints(), include_alternatives=False, confirmed=True
    )


def test_attachments_are_always_passed(router: ModelRouter) -> None:
    chat = extract_prompt([{"role": "user", "content": [{"type": "text", "text": "what is this?"},
                                                         {"type": "image_url", "image_url": {"url": "x"}}]}])
    assert _routing_hints(_state(router), chat) == {"attachments": ["image"], "context_tokens": chat.context_tokens}


@pytest.mark.parametrize(
    "assistant",
    [None, 42, {"text": "Want me to delete them?"}, [], [{"type": "text"}], [{"type": "text", "text": None}]],
)
def test_odd_assistant_turns_before_an_approval_leave_it_alone(assistant: object) -> None:
    chat = extract_prompt([{"role": "assistant", "content": assistant}, {"role": "user", "content": "yes"}])
    assert chat.prompt == "yes"


def test_the_approval_reads_the_assistant_turn_right_before_it() -> None:
    proposal = {"role": "assistant", "content": [{"type": "text", "text": "Want me to delete them?"}]}
    assert extract_prompt([proposal, {"role": "user", "content": "yes"}]).prompt == "delete them. yes"
    # Another turn in between (a tool result, a system note) means the reply is not to that question.
    between = [proposal, {"role": "tool", "content": "ok"}, {"role": "user", "content": "yes"}]
    assert extract_prompt(between).prompt == "yes"
