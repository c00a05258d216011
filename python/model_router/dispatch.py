"""Dry-run dispatch plans: what a future adapter would be asked to do.

A plan never executes anything; it says which engine, provider, model and
adapter a request would go to, and whether it is blocked.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from model_router.models import DispatchPlan
from model_router.policy import FAIL_CLOSED_ENGINE
from model_router.receipts import decision_to_receipt

if TYPE_CHECKING:
    from model_router.router import Hints, ModelRouter

__all__ = ["build_dispatch_plan", "dispatch_plan_to_json"]

DRY_RUN_REASON = "dry-run dispatch plan; no adapter executed"


def build_dispatch_plan(
    prompt: str | None,
    *,
    router: ModelRouter | None = None,
    config_path: str | os.PathLike[str] | None = None,
    hints: Hints = None,
    include_alternatives: bool = False,
) -> DispatchPlan:
    """Route ``prompt`` and describe the dispatch without executing it.

    Without ``router`` the config is loaded with ``from_config``; an invalid
    config raises ``RouterConfigError``.
    """
    if router is None:
        from model_router.router import ModelRouter

        router = ModelRouter.from_config(config_path)
    decision = router.route(prompt, hints, include_alternatives=include_alternatives)
    engine = router.config.get_engine(decision.selected_engine)
    reasons = [DRY_RUN_REASON]
    if decision.requires_confirmation:
        reasons.append("confirmation required before dispatch")
    if decision.selected_engine == FAIL_CLOSED_ENGINE:
        reasons.append("human confirmation gate selected")
    if not decision.config_valid:
        reasons.append("router config invalid")
    if not decision.availability_valid:
        reasons.append("selected engine not available")
    blocked = len(reasons) > 1
    return DispatchPlan(
        selected_engine=decision.selected_engine,
        provider=engine.provider if engine else "unknown",
        model=engine.model if engine else "unknown",
        adapter=engine.adapter if engine else "unknown",
        dry_run=True,
        can_dispatch=not blocked,
        blocked=blocked,
        requires_confirmation=decision.requires_confirmation,
        reasons=tuple(reasons),
        receipt=decision_to_receipt(decision),
    )


def dispatch_plan_to_json(plan: DispatchPlan, indent: int | None = 2) -> str:
    """The plan as JSON with sorted keys."""
    data: dict[str, Any] = plan.to_dict()
    return json.dumps(data, indent=indent, sort_keys=True)
