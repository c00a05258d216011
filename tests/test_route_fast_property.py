"""``route_fast(p, h) == route(p, h).selected_engine``, always (active backend)."""

from __future__ import annotations

from hypothesis import event, example, given
from hypothesis import strategies as st

from model_router.policy import FAIL_CLOSED_ENGINE
from tests.strategies import HINTS, PROMPTS


@given(PROMPTS, HINTS, st.booleans())
@example("rewrite this text", None, False)
@example("delete it", {"force_engine": "fast_local"}, False)
@example("x" * 70_000, None, False)
def test_route_fast_is_route(default_router, prompt, hints, confirmed) -> None:
    decision = default_router.route(prompt, hints, include_alternatives=False, confirmed=confirmed)
    event(f"engine={decision.selected_engine}")
    assert default_router.route_fast(prompt, hints, confirmed=confirmed) == decision.selected_engine
    if decision.selected_engine == FAIL_CLOSED_ENGINE:
        assert decision.requires_confirmation and decision.alternatives == ()


@given(st.lists(PROMPTS, min_size=1, max_size=4), st.booleans(), st.booleans())
@example(["rewrite this text", "rewrite this text, please"], True, False)
@example(["summarize these notes " * 3000, "summarize these notes " * 3001], False, False)
def test_memoized_route_equals_the_full_computation(default_router, prompts, alternatives, confirmed) -> None:
    # A hint-free route() is memoized; the hinted path is not. Both must give
    # the same decision, on first and repeated calls.
    for prompt in prompts + prompts:
        memoized = default_router.route(prompt, include_alternatives=alternatives, confirmed=confirmed)
        full = default_router.route(
            prompt, {"context_tokens": 0}, include_alternatives=alternatives, confirmed=confirmed
        )
        assert memoized == full
        assert hash(memoized) == hash(full)
        # A memo hit is assembled from a copied field dict: same fields, same order.
        assert list(memoized.to_dict().items()) == list(full.to_dict().items())
