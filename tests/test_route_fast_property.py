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
